package jp.kyoseivision.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.Sample;
import jp.kyoseivision.store.Settings;
import jp.kyoseivision.ui.common.I18n;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** 計画 menu: この版を策定済にする and 編集ロックを解除… are offered only where they would do something. */
@ExtendWith(ApplicationExtension.class)
class PlanMenuTest {
    @TempDir
    Path dir;

    private MainWindow window;
    private MainViewModel vm;

    @Start
    void start(Stage stage) {
        Path file = dir.resolve("plan.kyosei");
        PlanFile.create(file, Sample.load()).close();
        vm = new MainViewModel(new I18n(Locale.JAPANESE), new Settings(dir.resolve("s.properties")));
        window = new MainWindow(stage, vm);
        stage.show();
        window.openNow(file);
    }

    private MenuItem shown(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        Menu plan = bar.getMenus().stream().filter(m -> "menu-plan".equals(m.getId())).findFirst().orElseThrow();
        robot.interact(() -> {
            plan.show();
            plan.hide();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return plan.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void adoptIsOfferedForADraftOnlyAndUnlockForALockedRevisionOnly(FxRobot robot) {
        // card No.1 of the 3rd vision, adopted (策定済) and locked: adopting it again would do nothing
        robot.interact(() -> window.navigation().selectKey("v3-m01"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.actions().revision().orElseThrow().id()).isEqualTo("v3-adopted");
        assertThat(shown(robot, "menu-plan-adopt").isDisable()).isTrue();
        assertThat(shown(robot, "menu-plan-unlock").isDisable()).isFalse();
        // unlocked: nothing left to unlock
        robot.interact(() -> vm.unlock(vm.sphereProperty().get().revision("v3-adopted").orElseThrow()));
        assertThat(shown(robot, "menu-plan-unlock").isDisable()).isTrue();
        assertThat(shown(robot, "menu-plan-newRevision").isDisable()).isFalse();
    }

    @Test
    void aStatusMessageStandsApartFromTheFilePathAfterIt(FxRobot robot) {
        // 「… を開いています…」 ran into the path text after it: 「…を開いています…ファイルが開かれていません」
        robot.interact(() -> window.say("plan.kyosei を開いています…"));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Label message = robot.lookup("#status-message").queryAs(javafx.scene.control.Label.class);
        javafx.scene.Node bar = robot.lookup("#status-bar").query();
        javafx.scene.control.Label path = robot.from(bar).lookup(".label").queryAllAs(javafx.scene.control.Label.class)
                .stream().filter(l -> l != message && l.getText() != null && l.getText().endsWith("plan.kyosei"))
                .findFirst().orElseThrow();
        double messageEnd = message.localToScene(message.getBoundsInLocal()).getMinX() + message.prefWidth(-1)
                - message.getPadding().getRight();
        double pathStart = path.localToScene(path.getBoundsInLocal()).getMinX();
        assertThat(pathStart - messageEnd).as("gap between the message and the path").isGreaterThanOrEqualTo(12);
        // no message: no gap before the path
        robot.interact(() -> window.say(""));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(message.isManaged()).isFalse();
    }
}
