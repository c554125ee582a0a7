package jp.kyoseivision.ui;

import jp.kyoseivision.ui.common.I18n;
import jp.kyoseivision.ui.kpi.KpiView;
import jp.kyoseivision.ui.kpi.KpiViewModel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import jp.kyoseivision.kpi.KpiLine;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.store.FileChecksums;
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

/** The KPI window on a real plan file with the bundled data: grades shown, bad input refused, charts follow edits. */
@ExtendWith(ApplicationExtension.class)
class KpiViewTest {
    @TempDir
    Path dir;

    private MainViewModel main;
    private KpiView view;
    private Path file;

    @Start
    void start(Stage stage) {
        file = dir.resolve("kpi.kyosei");
        PlanFile.create(file, Sample.load()).close();
        main = new MainViewModel(new I18n(Locale.JAPANESE), new Settings(dir.resolve("settings.properties")));
        main.open(file);
        view = new KpiView(new KpiViewModel(main));
        view.show(null);
    }

    private void select(FxRobot robot, String no, int fy) {
        robot.interact(() -> {
            ListView<KpiLine> list = robot.lookup("#kpi-list").queryAs(ListView.class);
            list.getSelectionModel().select(list.getItems().stream().filter(l -> l.no().equals(no)).findFirst()
                    .orElseThrow());
            TabPane years = robot.lookup("#kpi-years").queryAs(TabPane.class);
            years.getSelectionModel().select(years.getTabs().stream()
                    .filter(t -> t.getId().equals("kpi-year-" + fy)).findFirst().orElseThrow());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static Number value(XYChart<String, Number> chart, String series, String category) {
        return chart.getData().stream().filter(s -> s.getName().equals(series)).findFirst().orElseThrow().getData()
                .stream().filter(d -> d.getXValue().equals(category)).findFirst().map(XYChart.Data::getYValue)
                .orElse(null);
    }

    @Test
    void showsTheRulesGradeBesideTheRecordedOneAndWhyThereIsNone(FxRobot robot) {
        // seed 000 L153: No.5 R5 11,819 of 27,600 printed B; the rule gives D (42.8 %)
        select(robot, "5", 2023);
        assertThat(robot.lookup("#kpi-number-2023").queryAs(TextField.class).getText()).isEqualTo("11819");
        assertThat(text(robot, "#kpi-computed-2023")).isEqualTo("D（42.8%）");
        assertThat(robot.lookup("#kpi-computed-2023").queryAs(Label.class).getStyleClass()).contains("mismatch");
        assertThat(text(robot, "#kpi-overview-2023")).isEqualTo("D");
        // seed 000 L165: No.13 R4 会場の分散化により、集計不可
        select(robot, "13", 2022);
        assertThat(robot.lookup("#kpi-note-2022").queryAs(TextField.class).getText())
                .isEqualTo("会場の分散化により、集計不可");
        assertThat(text(robot, "#kpi-computed-2022")).isEqualTo("評価なし");
        assertThat(text(robot, "#kpi-reason-2022")).isEqualTo("実績値が数値ではありません（会場の分散化により、集計不可）");
        // the summary line as the report prints it, computed
        assertThat(text(robot, "#kpi-summary")).startsWith("令和5年度 (2023)　A：達成 8項目（24.2%）");
    }

    @Test
    void lettersAreMarkedAtTheFieldAndNothingIsSaved(FxRobot robot) throws Exception {
        select(robot, "5", 2023);
        String before = FileChecksums.sha256(file);
        TextField number = robot.lookup("#kpi-number-2023").queryAs(TextField.class);
        robot.interact(() -> number.setText("12a"));
        robot.interact(() -> number.fireEvent(new javafx.event.ActionEvent())); // Enter commits the field
        WaitForAsyncUtils.waitForFxEvents();
        TextField shown = robot.lookup("#kpi-number-2023").queryAs(TextField.class);
        assertThat(shown.getStyleClass()).contains("invalid");
        assertThat(shown.getText()).isEqualTo("12a"); // what was typed stays, with its reason
        assertThat(text(robot, "#kpi-error-2023")).contains("「12a」は数値として読めません");
        assertThat(FileChecksums.sha256(file)).isEqualTo(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void chartsFollowAnEditAndTheFileHoldsIt(FxRobot robot) throws Exception {
        select(robot, "5", 2023);
        LineChart<String, Number> trend = robot.lookup("#chart-trend").queryAs(LineChart.class);
        StackedBarChart<String, Number> grades = robot.lookup("#chart-grades").queryAs(StackedBarChart.class);
        assertThat(value(trend, "実績値", "令和5年度").longValue()).isEqualTo(11819L);
        assertThat(value(trend, "目標値", "令和5年度").longValue()).isEqualTo(27600L);
        assertThat(value(trend, "現状値", "平成30年度").longValue()).isEqualTo(27932L);
        assertThat(value(grades, "A 達成", "令和5年度").intValue()).isEqualTo(8);
        assertThat(value(grades, "D 未達成", "令和5年度").intValue()).isEqualTo(7);

        // full-width digits are accepted; the trend follows as it is typed, before saving
        TextField number = robot.lookup("#kpi-number-2023").queryAs(TextField.class);
        robot.interact(() -> number.setText("２７，６００"));
        assertThat(number.getStyleClass()).doesNotContain("invalid");
        assertThat(text(robot, "#kpi-computed-2023")).isEqualTo("A（100.0%）");
        assertThat(value(trend, "実績値", "令和5年度").longValue()).isEqualTo(27600L);
        assertThat(value(grades, "A 達成", "令和5年度").intValue()).isEqualTo(8);

        robot.interact(() -> number.fireEvent(new javafx.event.ActionEvent())); // Enter: saved as one edit
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#kpi-use-rule-2023").queryButton().fire()); // the grade: saved at once
        WaitForAsyncUtils.waitForFxEvents();
        grades = robot.lookup("#chart-grades").queryAs(StackedBarChart.class);
        assertThat(value(grades, "A 達成", "令和5年度").intValue()).isEqualTo(9);
        assertThat(value(grades, "D 未達成", "令和5年度").intValue()).isEqualTo(6);
        assertThat(text(robot, "#kpi-saved-2023")).isEqualTo("保存しました");
        try (PlanFile pf = PlanFile.openReadOnly(file)) {
            Kpi k = pf.read().revisions().flatMap(r -> r.measures().stream()).flatMap(m -> m.kpis().stream())
                    .filter(x -> x.id().equals("v2-m05-k1")).findFirst().orElseThrow();
            assertThat(k.actual(2023).orElseThrow().value().number()).isEqualByComparingTo("27600");
            assertThat(k.actual(2023).orElseThrow().recordedGrade()).isEqualTo("A");
            assertThat(k.actual(2023).orElseThrow().overviewGrade()).isEqualTo("D"); // as printed, kept
        }
    }

    @Test
    void chartsExportAsPngAtTwiceTheirSize(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#kpi-tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        Path png = dir.resolve("grades.png");
        robot.interact(() -> view.exportPng("chart-grades", png));
        var img = ImageIO.read(png.toFile());
        var chart = robot.lookup("#chart-grades").queryAs(StackedBarChart.class);
        assertThat(img.getWidth()).isEqualTo((int) Math.ceil(chart.getWidth() * 2));
        assertThat(Files.size(png)).isGreaterThan(5_000);
        // the 2nd vision has no budgets: the charts say so instead of drawing nothing
        assertThat(text(robot, "#chart-budget-area-note")).isEqualTo("第２次一関・平泉定住自立圏共生ビジョン には事業費のデータがありません");
    }

    @Test
    void theReportOfTheShownPlanIsWrittenAsPdfWithItsSummaryAndFindings(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#kpi-report-pdf").queryButton().getText()).isEqualTo("報告書をPDFに書き出し…");
        assertThat(robot.lookup("#chart-grades-print").queryButton().getText()).isEqualTo("印刷…");
        Path pdf = dir.resolve("report.pdf");
        String[] said = new String[1];
        robot.interact(() -> said[0] = view.writeReportPdf(main.sphereProperty().get().plans().stream()
                .filter(p -> p.edition() == 2).findFirst().orElseThrow(), pdf));
        assertThat(said[0]).startsWith(pdf + " に書き出しました");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            // cells wrap, so compare without line breaks
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s", "");
            // seed 000 L153: KPI No.5 R5 actual 11,819 recorded B, which the rule grades D (42.8 %)
            assertThat(text).contains("地域子育て支援拠点事業の利用者数", "11,819",
                    // R5 by the rule: A 8 of all 33 KPIs (No.2 is a note: 評価なし); the report printed 9 (seed 000 L85)
                    // — marked ■
                    "令和5年度(2023)A824.2A：達成8項目（24.2%）99■", "評価なし1項目（3.0%）", "未入力0項目（0.0%）");
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
        }
        assertThat(Files.exists(dir.resolve("report.pdf.tmp"))).isFalse();
    }
}
