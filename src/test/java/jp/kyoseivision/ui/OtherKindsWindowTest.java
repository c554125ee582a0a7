package jp.kyoseivision.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import jp.kyoseivision.OtherKinds;
import jp.kyoseivision.kpi.KpiLine;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.Settings;
import jp.kyoseivision.ui.common.I18n;
import jp.kyoseivision.ui.kpi.KpiView;
import jp.kyoseivision.ui.kpi.KpiViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window on an action plan without levels (seed 004, issue 19): its project opens in the card form and can be
 * edited and saved, and the KPI window shows an actual as a percentage of the target without a letter.
 */
@ExtendWith(ApplicationExtension.class)
class OtherKindsWindowTest {
    @TempDir
    Path dir;

    private MainWindow window;
    private MainViewModel vm;
    private Path file;

    @Start
    void start(Stage stage) {
        file = dir.resolve("kp.kyosei");
        PlanFile.create(file, OtherKinds.actionPlan()).close();
        vm = new MainViewModel(new I18n(Locale.JAPANESE), new Settings(dir.resolve("settings.properties")));
        window = new MainWindow(stage, vm);
        stage.show();
        window.openNow(file);
    }

    @Test
    void aProjectRightBelowThePlanOpensInTheCardFormAndIsSaved(FxRobot robot) throws Exception {
        robot.interact(() -> window.selectKey("kp-p01"));
        WaitForAsyncUtils.waitForFxEvents();
        if (robot.lookup("#unlock-button").tryQuery().isPresent()) { // the revision is adopted: unlock it first
            robot.clickOn("#unlock-button");
            WaitForAsyncUtils.waitForFxEvents();
            robot.type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(robot.lookup("#card-editor").tryQuery()).isPresent();
        TextField name = robot.lookup("#edit-name").queryAs(TextField.class);
        assertThat(name.getText()).isEqualTo("子育て寄り添いプロジェクト");
        robot.interact(() -> {
            name.setText("子育て寄り添いプロジェクト（改）");
            name.fireEvent(new javafx.event.ActionEvent());
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(nameInFile("kp-p01")).isEqualTo("子育て寄り添いプロジェクト（改）");
    }

    private String nameInFile(String measureId) throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement();
                var rs = st.executeQuery("SELECT name FROM measure WHERE id = '" + measureId + "'")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    @Test
    void theKpiWindowShowsThePercentageWithoutALetter(FxRobot robot) {
        KpiView[] view = new KpiView[1];
        robot.interact(() -> {
            view[0] = new KpiView(new KpiViewModel(vm));
            view[0].show(null);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            ListView<KpiLine> list = robot.lookup("#kpi-list").queryAs(ListView.class);
            list.getSelectionModel().select(0);
            TabPane years = robot.lookup("#kpi-years").queryAs(TabPane.class);
            years.getSelectionModel().select(years.getTabs().stream()
                    .filter(t -> t.getId().equals("kpi-year-2024")).findFirst().orElseThrow());
        });
        WaitForAsyncUtils.waitForFxEvents();
        // 子育て環境の充実度: 62.5 % against the target 65 % (R7)
        assertThat(robot.lookup("#kpi-number-2024").queryAs(TextField.class).getText()).isEqualTo("62.5");
        assertThat(robot.lookup("#kpi-computed-2024").queryAs(Label.class).getText()).isEqualTo("96.2%");
        assertThat(robot.lookup("#kpi-reason-2024").queryAs(Label.class).getText()).contains("目標値に対する割合");
    }
}
