package jp.kyoseivision.ui;

import jp.kyoseivision.ui.common.I18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.FileChecksums;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.Sample;
import jp.kyoseivision.store.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** ファイル → 予算表を取り込む… on the bundled sample: the preview, the edit it makes, undo, and a refused file. */
@ExtendWith(ApplicationExtension.class)
class BudgetDialogsTest {
    @TempDir
    Path dir;

    private MainWindow window;
    private MainViewModel vm;
    private Path file;
    private String oldHome;

    @Start
    void start(Stage stage) {
        oldHome = System.getProperty("kyosei.home");
        System.setProperty("kyosei.home", dir.resolve("home").toString());
        file = dir.resolve("一関・平泉.kyosei");
        PlanFile.create(file, Sample.load()).close();
        vm = new MainViewModel(new I18n(Locale.JAPANESE), new Settings(dir.resolve("settings.properties")));
        window = new MainWindow(stage, vm);
        stage.show();
        window.openNow(file);
    }

    @AfterEach
    void restoreHome() {
        if (oldHome == null) {
            System.clearProperty("kyosei.home");
        } else {
            System.setProperty("kyosei.home", oldHome);
        }
    }

    private static long card24(Sphere s, int fy) {
        return s.revision("v3-adopted").orElseThrow().measures().get(23).budget().get(fy);
    }

    @Test
    void theFileMenuOffersImportAndExport(FxRobot robot) {
        var items = robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().get(0).getItems();
        assertThat(items).extracting(MenuItem::getText).contains("予算表を取り込む(_I)…", "予算表を書き出す(_E)…");
    }

    @Test
    void previewThenImportIsOneUndoableEdit(FxRobot robot) throws Exception {
        Path csv = dir.resolve("予算.csv");
        Files.writeString(csv, "番号,令和7年度,令和8年度\n24,\"800,000\",241930\n", StandardCharsets.UTF_8);
        Platform.runLater(() -> window.budgets().importFrom(3, csv));
        // read off the JavaFX thread (issue 16): the preview comes when the file is checked
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#budget-preview").tryQuery().isPresent()
                        && robot.lookup("取り込む").match(javafx.scene.Node::isVisible).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#budget-preview").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(1);
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryLabeled().getText())
                .contains("事業費の変更 1 件");
        robot.clickOn("取り込む");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(card24(vm.sphereProperty().get(), 2025)).isEqualTo(800_000L);
        try (PlanFile pf = PlanFile.openReadOnly(file)) {
            assertThat(card24(pf.read(), 2025)).isEqualTo(800_000L);
        }
        assertThat(vm.undoTextProperty().get()).contains("予算表の取り込み（1 件）");
        robot.interact(vm::undo);
        // 001 L3285: 事業費(千円) 242,227 796,530 241,930 241,930 241,930 (card 24)
        assertThat(card24(vm.sphereProperty().get(), 2025)).isEqualTo(796_530L);
    }

    @Test
    void aRefusedFileListsEveryProblemAndLeavesThePlanFileAlone(FxRobot robot) throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "番号,2024,2025\n1,12.5,\n2,,-1\n77,1,1\n", StandardCharsets.UTF_8);
        String before = FileChecksums.sha256(file);
        Platform.runLater(() -> window.budgets().importFrom(3, csv));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#budget-problems").tryQuery().isPresent());
        TextArea list = robot.lookup("#budget-problems").queryAs(TextArea.class);
        assertThat(list.getText().lines()).hasSize(3);
        assertThat(list.getText()).startsWith("・2行目「2024」：「12.5」は金額として読めません")
                .contains("3行目「2025」：「-1」は負の値です", "4行目「番号」：番号 77 のカードはこの計画にありません");
        assertThat(FileChecksums.sha256(file)).isEqualTo(before);
        assertThat(vm.canUndoProperty().get()).isFalse();
    }

    @Test
    void theExportedWorkbookImportsBackWithNoChange(FxRobot robot) throws Exception {
        Path xlsx = dir.resolve("事業費.xlsx");
        robot.interact(() -> window.budgets().exportTo(vm.sphereProperty().get().planByEdition(3).orElseThrow(),
                xlsx));
        assertThat(xlsx).exists();
        Platform.runLater(() -> window.budgets().importFrom(3, xlsx));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#budget-no-change").tryQuery().isPresent());
    }

    @Test
    void theCsvCanBeExportedInShiftJisAndImportsBack(FxRobot robot) throws Exception {
        Path csv = dir.resolve("事業費.csv");
        robot.interact(() -> window.budgets().exportTo(vm.sphereProperty().get().planByEdition(3).orElseThrow(),
                csv, jp.kyoseivision.text.CsvEncoding.CP932));
        byte[] bytes = java.nio.file.Files.readAllBytes(csv);
        assertThat(bytes[0]).isNotEqualTo((byte) 0xEF); // no BOM: Shift_JIS
        assertThat(new String(bytes, java.nio.charset.Charset.forName("windows-31j"))).startsWith("第３次一関・平泉定住自立圏共生ビジョン（策定）事業費（千円）")
                .contains("番号,施策名,令和6年度 (2024)");
        Platform.runLater(() -> window.budgets().importFrom(3, csv));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#budget-no-change").tryQuery().isPresent());
    }

    @Test
    void theKpiTableIsWrittenToExcelOffTheFxThread(FxRobot robot) throws Exception {
        Path xlsx = dir.resolve("成果指標.xlsx");
        var plan = vm.sphereProperty().get().planByEdition(2).orElseThrow();
        robot.interact(() -> window.budgets().exportXlsxTo(plan, jp.kyoseivision.exports.XlsxTables.Table.KPIS,
                xlsx));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> java.nio.file.Files.exists(xlsx));
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(java.nio.file.Files.newInputStream(xlsx))) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("成果指標");
            assertThat(wb.getSheetAt(0).getRow(2).getCell(13).getStringCellValue()).isEqualTo("KPI ID");
        }
    }

    @Test
    void aBadKpiTableListsItsProblemsAndAGoodOneIsOneUndoableEdit(FxRobot robot) throws Exception {
        var kpi = vm.sphereProperty().get().planByEdition(2).orElseThrow().current().orElseThrow().measures().get(0)
                .kpis().get(0);
        Path bad = dir.resolve("bad-kpi.csv");
        java.nio.file.Files.writeString(bad, "KPI ID,年度,実績値\r\nx-1,令和5年度,1\r\n");
        String before = FileChecksums.sha256(file);
        Platform.runLater(() -> window.budgets().kpis().importFrom(bad));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#kpi-problems").tryQuery().isPresent());
        assertThat(robot.lookup("#kpi-problems").queryAs(TextArea.class).getText())
                .isEqualTo("・2行目「KPI ID」：KPI ID「x-1」の成果指標は、どの計画の現在の版にもありません");
        assertThat(FileChecksums.sha256(file)).isEqualTo(before);
        Path good = dir.resolve("kpi.csv");
        java.nio.file.Files.writeString(good, "KPI ID,年度,実績値\r\n" + kpi.id() + ",令和5年度,98.5\r\n");
        var r = jp.kyoseivision.importer.KpiImport.check(vm.sphereProperty().get(), good);
        assertThat(r.changes()).hasSize(1);
        robot.interact(() -> window.budgets().kpis().apply(r));
        assertThat(vm.sphereProperty().get().planByEdition(2).orElseThrow().current().orElseThrow().measures().get(0)
                .kpis().get(0).actual(2023).orElseThrow().value().number()).isEqualByComparingTo("98.5");
        assertThat(vm.canUndoProperty().get()).isTrue();
        robot.interact(vm::undo);
        assertThat(vm.sphereProperty().get().planByEdition(2).orElseThrow().current().orElseThrow().measures().get(0)
                .kpis().get(0).actual(2023).orElseThrow().value().number()).isEqualByComparingTo("100");
    }

    @Test
    void kpiActualsOfAnAdoptedRevisionAreImportedWithoutUnlockingIt(FxRobot robot) throws Exception {
        // results are entered after adoption, as in the KPI window: no unlock question, the revision stays locked
        var rev = vm.sphereProperty().get().planByEdition(2).orElseThrow().current().orElseThrow();
        assertThat(vm.locked(rev)).isTrue();
        var kpi = rev.measures().get(0).kpis().get(0);
        Path good = dir.resolve("kpi-adopted.csv");
        java.nio.file.Files.writeString(good, "KPI ID,年度,実績値\r\n" + kpi.id() + ",令和5年度,98.5\r\n");
        Platform.runLater(() -> window.budgets().kpis().importFrom(good));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#kpi-preview").tryQuery().isPresent());
        assertThat(vm.locked(rev)).isTrue();
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anAdoptedRevisionIsOnlyImportedIntoAfterTheOfficerUnlocksIt(FxRobot robot) {
        var rev = vm.sphereProperty().get().revision("v3-adopted").orElseThrow();
        assertThat(vm.locked(rev)).isTrue();
        Platform.runLater(window.budgets()::importBudget);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".dialog-pane .content").queryLabeled().getText())
                .isEqualTo("この版（" + rev.name() + "）は策定済でロックされています。ロックを解除して予算表を取り込みますか？");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.locked(rev)).isTrue();
    }
}
