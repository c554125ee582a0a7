package jp.kyoseivision.ui.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import jp.kyoseivision.kpi.KpiLine;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.FileChecksums;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.Sample;
import jp.kyoseivision.store.Settings;
import jp.kyoseivision.text.LocalizedException;
import jp.kyoseivision.ui.MainViewModel;
import jp.kyoseivision.ui.common.I18n;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 19: the KPI window on the 総合戦略 (seeds 002, 003), the 3rd vision's own targets and the action plan
 * (seed 004): node-level 数値目標 and plan-level targets listed with their group, entered and stored; a plan without
 * a grading rule shows percentages and says it has no rule; 評価基準… attaches one (bad input refused, nothing
 * saved) as one undoable edit.
 */
@ExtendWith(ApplicationExtension.class)
class KpiEveryPlanViewTest {
    @TempDir
    Path dir;

    private MainViewModel main;
    private KpiViewModel vm;
    private KpiView view;
    private Path file;

    @Start
    void start(Stage stage) {
        file = dir.resolve("kpi.kyosei");
        PlanFile.create(file, Sample.load()).close();
        PlanFile.create(dir.resolve("kitakami.kyosei"), Sample.load("kitakami").orElseThrow()).close();
        main = new MainViewModel(new I18n(Locale.JAPANESE), new Settings(dir.resolve("settings.properties")));
        main.open(file);
        vm = new KpiViewModel(main);
        view = new KpiView(vm);
        view.show(null);
    }

    private void plan(FxRobot robot, String id) {
        robot.interact(() -> vm.planProperty().set(main.sphereProperty().get().plan(id).orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private ListView<KpiLine> list(FxRobot robot) {
        return robot.lookup("#kpi-list").queryAs(ListView.class);
    }

    private void select(FxRobot robot, String kpiId, int fy) {
        robot.interact(() -> {
            ListView<KpiLine> list = list(robot);
            list.getSelectionModel().select(list.getItems().stream().filter(l -> l.kpi().id().equals(kpiId))
                    .findFirst().orElseThrow());
            TabPane years = robot.lookup("#kpi-years").queryAs(TabPane.class);
            years.getSelectionModel().select(years.getTabs().stream()
                    .filter(t -> t.getId().equals("kpi-year-" + fy)).findFirst().orElseThrow());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private String listed(FxRobot robot, String kpiId) {
        ListView<KpiLine> l = list(robot);
        int i = l.getItems().indexOf(l.getItems().stream().filter(x -> x.kpi().id().equals(kpiId)).findFirst()
                .orElseThrow());
        return robot.lookup("#kpi-list .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> c.getIndex() == i).findFirst().map(c -> c.getText()).orElse(null);
    }

    @Test
    void aGoalTargetOfTheStrategyIsListedEnteredAsAPercentageAndStored(FxRobot robot) throws Exception {
        plan(robot, "s1");
        // seed 002 L273: 基本目標Ⅰ 数値目標 年間転出超過者数 448人 (H26) → 329人
        assertThat(list(robot).getItems().get(0).kpi().id()).isEqualTo("s1-g1-k1");
        assertThat(listed(robot, "s1-g1-k1")).isEqualTo("基本目標Ⅰ 年間転出超過者数");
        select(robot, "s1-g1-k1", 2019);
        String meta = robot.lookup("#kpi-meta").queryAs(Label.class).getText();
        assertThat(meta).contains("基本目標：市民が力を発揮できる仕事を創出し、若者や女性が集うまちを目指します", "現状値：448",
                "目標値：329", "値が小さいほど良い");
        // no grading rule (002 prints none): said instead of counts per grade
        assertThat(text(robot, "#kpi-summary")).startsWith("「一関市まち・ひと・しごと創生総合戦略」には評価基準")
                .contains("目標値に対する割合");
        assertThat(robot.lookup("#kpi-summary-norule").tryQuery()).isPresent();
        assertThat(robot.lookup("#kpi-summary-grid").tryQuery()).isEmpty();

        TextField number = robot.lookup("#kpi-number-2019").queryAs(TextField.class);
        robot.interact(() -> number.setText("400"));
        assertThat(text(robot, "#kpi-computed-2019")).isEqualTo("82.3%"); // 329 ÷ 400, lower is better, no letter
        robot.interact(() -> number.fireEvent(new javafx.event.ActionEvent()));
        WaitForAsyncUtils.waitForFxEvents();
        try (PlanFile pf = PlanFile.openReadOnly(file)) {
            var k = pf.read().plan("s1").orElseThrow().current().orElseThrow().nodes().get(0).kpis().get(0);
            assertThat(k.actual(2019).orElseThrow().value().number()).isEqualByComparingTo("400");
        }
        // the trend: baseline 448 (H26 = 平成26年度), actual 400, target 329
        @SuppressWarnings("unchecked")
        LineChart<String, Number> trend = robot.lookup("#chart-trend").queryAs(LineChart.class);
        assertThat(value(trend, "実績値", "令和元年度").longValue()).isEqualTo(400L);
        assertThat(value(trend, "現状値", "平成26年度").longValue()).isEqualTo(448L);
        // one undoable edit
        assertThat(main.undoTextProperty().get()).contains("年間転出超過者数");
        robot.interact(() -> main.undo());
        try (PlanFile pf = PlanFile.openReadOnly(file)) {
            var k = pf.read().plan("s1").orElseThrow().current().orElseThrow().nodes().get(0).kpis().get(0);
            assertThat(k.actuals()).isEmpty();
        }
    }

    @Test
    void theSecondStrategyAndTheThirdVisionListTheirOwnTargets(FxRobot robot) {
        plan(robot, "s2");
        // seed 003: 人口 (2040) and the 10 数値目標 of its 3 基本目標
        assertThat(list(robot).getItems()).hasSize(11);
        assertThat(listed(robot, "s2-t1")).isEqualTo("計画全体 人口");
        assertThat(listed(robot, "s2-g1-k1")).isEqualTo("基本目標1-1 転出超過者数");
        select(robot, "s2-t1", 2021); // no baseline: the chart and form are still drawn
        assertThat(robot.lookup("#kpi-meta").queryAs(Label.class).getText()).contains("計画全体",
                "89,000（令和22年（2040年））");

        plan(robot, "v3");
        // seed 001 L1452–1463: 人口 107,400人程度 (2028), 94,000人程度 (2040)
        assertThat(listed(robot, "v3-t1")).isEqualTo("計画全体 人口");
        select(robot, "v3-t1", 2024);
        assertThat(robot.lookup("#kpi-meta").queryAs(Label.class).getText())
                .contains("さらに先の目標値：94,000（2040年（令和22年））");
        @SuppressWarnings("unchecked")
        LineChart<String, Number> trend = robot.lookup("#chart-trend").queryAs(LineChart.class);
        assertThat(value(trend, "目標値", "2040年（令和22年）").longValue()).isEqualTo(94000L);
        assertThat(value(trend, "現状値", "2023年（R5年）").longValue()).isEqualTo(116684L);
        // the vision's summary is as it was: its rule, its 33 KPIs
        assertThat(text(robot, "#kpi-summary")).contains("A：達成");
    }

    @Test
    void theActionPlansPeriodsLabelTheChart(FxRobot robot) {
        robot.interact(() -> main.open(dir.resolve("kitakami.kyosei")));
        WaitForAsyncUtils.waitForFxEvents();
        plan(robot, "kp");
        select(robot, "kp-p04-k08", 2021);
        // seed 004 L243: 私有林からの素材生産量 5,533 m³ (H26～H30平均) → 6,640 m³
        assertThat(robot.lookup("#kpi-meta").queryAs(Label.class).getText()).contains("5,533（H26～H30平均）");
        @SuppressWarnings("unchecked")
        LineChart<String, Number> trend = robot.lookup("#chart-trend").queryAs(LineChart.class);
        assertThat(value(trend, "現状値", "H26～H30平均").longValue()).isEqualTo(5533L);
        assertThat(value(trend, "目標値", "令和7年度").longValue()).isEqualTo(6640L);
        // a target printed as words only (seed 004: 不登校出現率 全国・県の出現率のうち低い値を下回る)
        select(robot, "kp-p02-k03", 2021);
        assertThat(trend.getData().stream().filter(s -> s.getName().equals("目標値")).findFirst().orElseThrow()
                .getData()).isEmpty();
        assertThat(listed(robot, "kp-p01-k01")).startsWith("No.1-1 子育て環境の充実度");
    }

    @Test
    void aGradingRuleIsCheckedAttachedAndUndone(FxRobot robot) throws Exception {
        plan(robot, "s1");
        robot.interact(() -> robot.lookup("#kpi-grading").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#dialog-grading").tryQuery()).isPresent();
        String before = FileChecksums.sha256(file);
        robot.interact(() -> {
            robot.lookup("#grading-grade-0").queryAs(TextField.class).setText("A");
            robot.lookup("#grading-label-0").queryAs(TextField.class).setText("達成");
            robot.lookup("#grading-min-0").queryAs(TextField.class).setText("abc");
        });
        robot.interact(() -> robot.lookup("#grading-save").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#grading-error")).isEqualTo("1行目：評価「A」の下限「abc」は数値として読めません（例：80）");
        robot.interact(() -> {
            robot.lookup("#grading-min-0").queryAs(TextField.class).setText("100");
            robot.lookup("#grading-grade-1").queryAs(TextField.class).setText("ａ"); // full-width: read as A
            robot.lookup("#grading-label-1").queryAs(TextField.class).setText("未達成");
            robot.lookup("#grading-min-1").queryAs(TextField.class).setText("0");
        });
        robot.interact(() -> robot.lookup("#grading-save").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#grading-error")).isEqualTo("2行目：評価「A」は1行目と重複しています");
        robot.interact(() -> robot.lookup("#grading-min-1").queryAs(TextField.class).setText("50"));
        robot.interact(() -> robot.lookup("#grading-grade-1").queryAs(TextField.class).setText("B"));
        robot.interact(() -> robot.lookup("#grading-save").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#grading-error")).isEqualTo("下限0％の評価区分が必要です（どの達成率にも評価が付くように）");
        assertThat(FileChecksums.sha256(file)).isEqualTo(before); // nothing saved
        assertThat(robot.lookup("#dialog-grading").tryQuery()).isPresent();

        // start from the vision's rule and save: one edit, stored in the file
        robot.interact(() -> robot.lookup("#grading-from-vision").queryButton().fire());
        assertThat(robot.lookup("#grading-label-2").queryAs(TextField.class).getText()).isEqualTo("ある程度達成");
        robot.interact(() -> robot.lookup("#grading-save").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#dialog-grading").tryQuery()).isEmpty();
        try (PlanFile pf = PlanFile.openReadOnly(file)) {
            var s1 = pf.read().plan("s1").orElseThrow();
            assertThat(s1.graded()).isTrue();
            assertThat(s1.grading().bands()).extracting(b -> b.grade() + b.minPercent().toPlainString())
                    .containsExactly("A100", "B80", "C50", "D0");
        }
        assertThat(text(robot, "#kpi-summary")).startsWith("令和元年度 (2019)　A：達成 0項目");
        assertThat(robot.lookup("#kpi-summary-grid").tryQuery()).isPresent();
        assertThat(main.undoTextProperty().get()).contains("評価基準の設定");
        robot.interact(() -> main.undo());
        WaitForAsyncUtils.waitForFxEvents();
        try (PlanFile pf = PlanFile.openReadOnly(file)) {
            assertThat(pf.read().plan("s1").orElseThrow().graded()).isFalse();
        }
        assertThat(text(robot, "#kpi-summary")).contains("評価基準（達成度の区分）がありません");
    }

    @Test
    void aReadOnlyFileRefusesARule(FxRobot robot) throws Exception {
        robot.interact(() -> main.show(MainViewModel.readReadOnly(file)));
        WaitForAsyncUtils.waitForFxEvents();
        plan(robot, "s1");
        String before = FileChecksums.sha256(file);
        robot.interact(() -> robot.lookup("#kpi-grading").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#grading-save").queryButton().isDisabled()).isTrue();
        assertThat(text(robot, "#grading-error")).contains("読み取り専用");
        robot.interact(() -> robot.lookup("#dialog-grading").queryAs(javafx.scene.control.DialogPane.class)
                .getScene().getWindow().hide());
        Sphere s = main.sphereProperty().get();
        LocalizedException e = org.junit.jupiter.api.Assertions.assertThrows(LocalizedException.class,
                () -> vm.setGrading(jp.kyoseivision.edit.GradingRuleInput.VISION));
        assertThat(e.message(Locale.JAPANESE)).contains("読み取り専用");
        assertThat(main.sphereProperty().get()).isSameAs(s);
        assertThat(FileChecksums.sha256(file)).isEqualTo(before);
    }

    @SuppressWarnings("unchecked")
    private static Number value(XYChart<String, Number> chart, String series, String category) {
        return chart.getData().stream().filter(s -> s.getName().equals(series)).findFirst().orElseThrow().getData()
                .stream().filter(d -> d.getXValue().equals(category)).findFirst().map(XYChart.Data::getYValue)
                .orElse(null);
    }
}
