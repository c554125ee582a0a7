package jp.kyoseivision.ui;

import jp.kyoseivision.ui.common.I18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.Sample;
import jp.kyoseivision.store.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** 表示 > 成果指標（KPI）… opens the KPI window on the open file. */
@ExtendWith(ApplicationExtension.class)
class KpiMenuTest {
    @TempDir
    Path dir;

    private Path file;

    @Start
    void start(Stage stage) {
        file = dir.resolve("menu.kyosei");
        PlanFile.create(file, Sample.load()).close();
        MainViewModel vm = new MainViewModel(new I18n(Locale.JAPANESE), new Settings(dir.resolve("s.properties")));
        MainWindow w = new MainWindow(stage, vm);
        stage.show();
        w.openNow(file);
    }

    @Test
    void ctrlZInTheKpiWindowUndoesTheActualSavedThere(FxRobot robot) throws Exception {
        robot.clickOn("#menu-view");
        robot.clickOn("#menu-view-kpi");
        WaitForAsyncUtils.waitForFxEvents();
        // No.1 (seed 000 L149), 令和5年度: 84 as printed; the window says 元に戻す：Ctrl+Z under the fields
        javafx.scene.control.TabPane years = robot.lookup("#kpi-years").queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> years.getSelectionModel().select(years.getTabs().stream()
                .filter(t -> t.getId().equals("kpi-year-2023")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextField number = robot.lookup("#kpi-number-2023")
                .queryAs(javafx.scene.control.TextField.class);
        String printed = number.getText();
        String before = jp.kyoseivision.store.FileChecksums.sha256(file);
        robot.interact(() -> number.setText("50"));
        robot.interact(() -> number.fireEvent(new javafx.event.ActionEvent())); // Enter: saved as one edit
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(jp.kyoseivision.store.FileChecksums.sha256(file)).isNotEqualTo(before);
        robot.interact(() -> robot.lookup("#kpi-list").query().requestFocus());
        robot.press(javafx.scene.input.KeyCode.CONTROL).press(javafx.scene.input.KeyCode.Z)
                .release(javafx.scene.input.KeyCode.Z).release(javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#kpi-number-2023").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo(printed);
        try (PlanFile pf = PlanFile.openReadOnly(file)) {
            assertThat(pf.read()).isEqualTo(Sample.load());
        }
    }

    @Test
    void theViewMenuOpensTheKpiWindow(FxRobot robot) {
        robot.clickOn("#menu-view");
        robot.clickOn("#menu-view-kpi");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Window.getWindows()).extracting(w -> w instanceof Stage s ? s.getTitle() : "")
                .contains("成果指標（KPI）― 実績の入力と達成度");
        // the plan with results: the 2nd vision, its first KPI selected (seed 000 L149: No.1 休日及び夜間…)
        assertThat(robot.lookup("#kpi-name").queryAs(Label.class).getText())
                .isEqualTo("No.1　休日及び夜間に対する診療の充足率");
    }
}
