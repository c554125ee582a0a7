package jp.kyoseivision.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.Sample;
import jp.kyoseivision.store.Settings;
import jp.kyoseivision.ui.common.I18n;
import jp.kyoseivision.ui.diff.DiffView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The comparison window on the 総合戦略 (seeds 002 → 003): its targets tab and a comparison across two series. */
@ExtendWith(ApplicationExtension.class)
class DiffViewPlanKindsTest {
    @TempDir
    static Path dir;

    private DiffView view;

    @Start
    void start(Stage stage) {
        Path file = dir.resolve("kinds-" + System.nanoTime() + ".kyosei");
        PlanFile.create(file, Sample.load()).close();
        MainViewModel vm = new MainViewModel(new I18n(Locale.JAPANESE), new Settings(dir.resolve("settings.properties")));
        MainWindow window = new MainWindow(stage, vm);
        stage.show();
        window.openNow(file);
        view = window.openDiff();
    }

    @SuppressWarnings("unchecked")
    private void pick(FxRobot robot, String fromId, String toId) {
        robot.interact(() -> {
            var scene = view.stage().getScene();
            ComboBox<Revision> to = (ComboBox<Revision>) scene.lookup("#diff-to");
            ComboBox<Revision> from = (ComboBox<Revision>) scene.lookup("#diff-from");
            to.setValue(to.getItems().stream().filter(r -> r.id().equals(toId)).findFirst().orElseThrow());
            from.setValue(from.getItems().stream().filter(r -> r.id().equals(fromId)).findFirst().orElseThrow());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String label(FxRobot robot, String id) {
        return ((Label) robot.lookup(id).query()).getText();
    }

    @Test
    void theTargetsOfBothPhasesStandSideBySide(FxRobot robot) {
        pick(robot, "s1-r1", "s2-r1");
        TabPane tabs = robot.lookup("#diff-tabs").queryAs(TabPane.class);
        assertThat(tabs.getTabs().get(0).getText()).isEqualTo("施策");
        assertThat(tabs.getTabs().get(1).getText()).isEqualTo("数値目標の推移");
        assertThat(robot.lookup("#diff-cross-series").queryAs(Label.class).isVisible()).isFalse();
        robot.interact(() -> tabs.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#diff-targets-note")).contains("評価することはしません");
        // row 2: 002 L273 年間転出超過者数 448人 (H26) → 329人 beside 003 L35 転出超過者数 644人 → 322人
        assertThat(label(robot, "#diff-target-2-0")).isEqualTo("年間転出超過者数");
        assertThat(label(robot, "#diff-target-2-2")).isEqualTo("329人 (R1)");
        assertThat(label(robot, "#diff-target-2-4")).isEqualTo("644人 (R1)");
        assertThat(label(robot, "#diff-target-2-5")).isEqualTo("322人 (R7)");
        // the population outlook of 003 has no predecessor
        assertThat(label(robot, "#diff-target-1-3")).isEqualTo("人口");
        assertThat(label(robot, "#diff-target-1-6")).isEqualTo("対応なし");
    }

    @Test
    void theGroupFilterAndFieldsUseTheStrategysLevelNames(FxRobot robot) {
        pick(robot, "s1-r1", "s2-r1");
        robot.clickOn("No.8 結婚支援 → No.12 結婚の支援");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#diff-detail-kind")).isEqualTo("名称変更");
        var detail = view.stage().getScene().lookup("#diff-detail");
        assertThat(robot.from(detail).lookup("基本目標").tryQuery()).isPresent();
        assertThat(robot.from(detail).lookup("施策展開の基本的方向／2階層目").tryQuery()).isPresent();
        assertThat(robot.from(detail).lookup("政策分野").tryQuery()).isEmpty();
        assertThat(robot.from(view.stage().getScene().getRoot()).lookup("すべての基本目標").tryQuery()).isPresent();
    }

    @Test
    void anotherSeriesIsComparedWithANotice(FxRobot robot) {
        pick(robot, "v3-adopted", "s2-r1");
        Label notice = robot.lookup("#diff-cross-series").queryAs(Label.class);
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).startsWith("別の系列の計画との比較です（第３次一関・平泉定住自立圏共生ビジョン と 第2期");
    }
}
