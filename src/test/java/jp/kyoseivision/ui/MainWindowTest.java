package jp.kyoseivision.ui;

import jp.kyoseivision.ui.common.I18n;
import jp.kyoseivision.ui.nav.NavNode;
import jp.kyoseivision.ui.nav.NavTree;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import jp.kyoseivision.store.FileChecksums;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.Sample;
import jp.kyoseivision.store.Settings;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the window headless on the bundled sample, walks the tree as a user would and reads a card. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    static Path dir;

    private MainWindow window;
    private Path file;

    @Start
    void start(Stage stage) {
        file = dir.resolve("一関・平泉.kyosei");
        if (!Files.exists(file)) {
            PlanFile.create(file, Sample.load()).close();
        }
        MainViewModel vm = new MainViewModel(new I18n(Locale.JAPANESE), new Settings(dir.resolve("settings.properties")));
        window = new MainWindow(stage, vm);
        stage.show();
        window.openNow(file);
    }

    @Test
    void titleAndStatusBarNameTheFile(FxRobot robot) {
        assertThat(window.stage().getTitle()).isEqualTo("Kyosei Vision — 一関・平泉.kyosei");
        StatusBar status = robot.lookup("#status-bar").queryAs(StatusBar.class);
        assertThat(status.getText()).isEqualTo(file.toString());
        assertThat(robot.lookup("#save-state").queryAs(Label.class).getText()).isEqualTo("保存済み");
    }

    @Test
    void walkingTheTreeToACardShowsItsFields(FxRobot robot) {
        TreeView<NavNode> tree = robot.lookup("#nav-tree").queryAs(TreeView.class);
        TreeItem<NavNode> first = tree.getRoot().getChildren().get(0);
        assertThat(NavTree.label(first.getValue(), new I18n(Locale.JAPANESE)))
                .isEqualTo("第３次一関・平泉定住自立圏共生ビジョン");

        robot.clickOn("第３次一関・平泉定住自立圏共生ビジョン");
        assertThat(robot.lookup("#plan-cards").queryAs(Label.class).getText()).isEqualTo("具体的な取組：32件");

        robot.doubleClickOn("地域保健医療体制の充実");
        robot.clickOn("No.1 休日・夜間診療体制確保事業");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#card-name")).isEqualTo("No.1　休日・夜間診療体制確保事業");
        assertThat(text(robot, "#card-breadcrumb")).isEqualTo("生活機能の強化 ＞ 医療 ＞ 地域保健医療体制の充実");
        // seed 001 line 1718: 事業費(千円) 48,221 for each of 2024–2028
        assertThat(text(robot, "#card-budget-2024")).isEqualTo("48,221");
        assertThat(text(robot, "#card-budget-2028")).isEqualTo("48,221");
        assertThat(text(robot, "#card-budget-total")).isEqualTo("241,105");
        // seed 001 line 1741: KPI 休日及び夜間等に対して診療を実施した割合, 84% (2022) → 84% (2028)
        assertThat(text(robot, "#card-kpi-1-name")).isEqualTo("休日及び夜間等に対して診療を実施した割合");
        assertThat(text(robot, "#card-kpi-1-baseline")).isEqualTo("84\n令和4年度 (2022)");
        assertThat(text(robot, "#card-kpi-1-target")).isEqualTo("84\n令和10年度 (2028)");
        assertThat(text(robot, "#card-participants")).isEqualTo("一関市・平泉町");
        assertThat(text(robot, "#card-effect")).startsWith("休日及び夜間等の医療提供体制を確保することにより");
        assertThat(robot.lookup("#card-projects").queryAll()).hasSize(1);
        assertThat(robot.lookup("#card-projects .label").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(t -> t.startsWith("【一関市】○休日・夜間当番医制運営事業"))
                .anyMatch(t -> t.equals("【平泉町】○医療体制充実事業"));
    }

    @Test
    void aDirectionShowsItsAgreementAndEachRole(FxRobot robot) {
        robot.clickOn("医療従事者の確保対策");
        assertThat(text(robot, "#direction-agreement")).startsWith("圏域における医師をはじめとした医療従事者の確保に努める");
        assertThat(text(robot, "#direction-role-hiraizumi")).isEqualTo("圏域の医療従事者確保のため、医師等の確保に向けた取組を推進する。");
    }

    @Test
    void openingABrokenFileShowsTheReasonAndKeepsTheOpenFile(FxRobot robot) throws Exception {
        Path bad = dir.resolve("壊れた.kyosei");
        Files.writeString(bad, "not a database");
        String before = FileChecksums.sha256(bad);
        robot.interact(() -> window.openPath(bad));
        // read off the FX thread: the reason comes once the read has failed
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#error-message").tryQuery().isPresent());
        assertThat(text(robot, "#error-message")).contains("壊れた.kyosei").contains("Kyosei Vision の計画ファイルではありません").doesNotContain("not a Kyosei");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        assertThat(window.stage().getTitle()).isEqualTo("Kyosei Vision — 一関・平泉.kyosei");
        assertThat(FileChecksums.sha256(bad)).isEqualTo(before);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
