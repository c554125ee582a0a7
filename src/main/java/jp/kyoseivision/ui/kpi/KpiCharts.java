package jp.kyoseivision.ui.kpi;

import jp.kyoseivision.ui.common.I18n;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;
import javafx.collections.FXCollections;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;
import jp.kyoseivision.kpi.GradeSource;
import jp.kyoseivision.kpi.GradeSummary;
import jp.kyoseivision.kpi.GradeTally;
import jp.kyoseivision.kpi.KpiResults;
import jp.kyoseivision.kpi.PlanFigures;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.KpiPoint;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.text.JapaneseYears;

/**
 * The plan's charts (JavaFX built-in charts, not animated so that they are drawn at once and snapshot cleanly):
 * fiscal years on the axes in 和暦 (令和6年度), figures with thousands separators. Each {@code fill…} method
 * replaces a chart's data, so a chart follows the data as it is edited.
 */
public final class KpiCharts {
    private final I18n i18n;

    public KpiCharts(I18n i18n) {
        this.i18n = i18n;
    }

    /** The axis label of a fiscal year: 令和6年度 (FY2024 (R6) in English). */
    public String fy(int fy) {
        return i18n.english() ? "FY" + fy + " (" + JapaneseYears.shortForm(fy) + ")"
                : JapaneseYears.eraYear(fy) + "度";
    }

    public static StringConverter<Number> grouped() {
        DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n == null ? "" : f.format(n);
            }

            @Override
            public Number fromString(String s) {
                return Double.valueOf(s.replace(",", ""));
            }
        };
    }

    /** Distinct colours for up to 12 series (JavaFX's own palette repeats after 8: 10 policy areas need more). */
    static final String[] PALETTE = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1",
        "#ff9da7", "#9c755f", "#79706e", "#1f3a93", "#8cd17d"};
    /** Grades A–D: achieved green, mostly blue, partly orange, not achieved red. */
    static final String[] GRADE_COLOURS = {"#59a14f", "#4e79a7", "#f28e2b", "#e15759"};

    /** Colours the bars of series i and their legend symbol with {@code colours[i]}. */
    public static <X, Y> void colour(XYChart<X, Y> chart, String[] colours) {
        for (int i = 0; i < chart.getData().size(); i++) {
            String c = colours[i % colours.length];
            for (XYChart.Data<X, Y> d : chart.getData().get(i).getData()) {
                if (d.getNode() != null) {
                    d.getNode().setStyle("-fx-bar-fill: " + c + ";");
                }
            }
        }
        chart.applyCss();
        int i = 0;
        for (javafx.scene.Node item : chart.lookupAll(".chart-legend-item")) {
            if (item instanceof javafx.scene.control.Label l && l.getGraphic() != null) {
                l.getGraphic().setStyle("-fx-background-color: " + colours[i % colours.length] + ";");
            }
            i++;
        }
    }

    private NumberAxis numberAxis(String label) {
        NumberAxis y = new NumberAxis();
        y.setLabel(label);
        y.setTickLabelFormatter(grouped());
        y.setForceZeroInRange(true);
        return y;
    }

    private <C extends XYChart<String, Number>> C setUp(C chart, String id, String title) {
        chart.setId(id);
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setMinHeight(300);
        chart.setPrefHeight(340);
        return chart;
    }

    public StackedBarChart<String, Number> budgetByAreaChart() {
        CategoryAxis x = new CategoryAxis();
        x.setLabel(i18n.t("chart.axis.fy"));
        return setUp(new StackedBarChart<>(x, numberAxis(i18n.t("chart.axis.budget"))), "chart-budget-area",
                i18n.t("chart.budgetByArea"));
    }

    public void fillBudgetByArea(StackedBarChart<String, Number> chart, Revision rev, List<Integer> years) {
        ((CategoryAxis) chart.getXAxis()).setCategories(FXCollections.observableArrayList(years.stream()
                .map(this::fy).toList()));
        List<XYChart.Series<String, Number>> all = new ArrayList<>();
        if (rev != null) {
            for (Map.Entry<String, SortedMap<Integer, Long>> e : PlanFigures.budgetByArea(rev).entrySet()) {
                XYChart.Series<String, Number> s = new XYChart.Series<>();
                s.setName(e.getKey());
                e.getValue().forEach((y, amount) -> s.getData().add(new XYChart.Data<>(fy(y), amount)));
                all.add(s);
            }
        }
        chart.getData().setAll(all);
        colour(chart, PALETTE);
    }

    public BarChart<String, Number> cardBudgetChart() {
        CategoryAxis x = new CategoryAxis();
        x.setLabel(i18n.t("chart.axis.fy"));
        BarChart<String, Number> c = setUp(new BarChart<>(x, numberAxis(i18n.t("chart.axis.budget"))),
                "chart-budget-card", i18n.t("chart.cardBudget"));
        c.setLegendVisible(false);
        return c;
    }

    public void fillCardBudget(BarChart<String, Number> chart, Measure m, List<Integer> years) {
        chart.setTitle(m == null ? i18n.t("chart.cardBudget") : i18n.t("chart.cardBudgetOf", m.number(), m.name()));
        ((CategoryAxis) chart.getXAxis()).setCategories(FXCollections.observableArrayList(years.stream()
                .map(this::fy).toList()));
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        s.setName(i18n.t("chart.axis.budget"));
        if (m != null) {
            m.budget().forEach((y, amount) -> s.getData().add(new XYChart.Data<>(fy(y), amount)));
        }
        chart.getData().setAll(List.of(s));
        colour(chart, PALETTE);
    }

    /** Horizontal bars: ten long area names (地域内外の住民との交流、移住促進) each get a row of their own. */
    public BarChart<Number, String> editionsChart() {
        CategoryAxis y = new CategoryAxis();
        y.setLabel(i18n.t("chart.axis.area"));
        NumberAxis x = numberAxis(i18n.t("chart.axis.budgetTotal"));
        BarChart<Number, String> c = new BarChart<>(x, y);
        c.setId("chart-budget-editions");
        c.setTitle(i18n.t("chart.editions"));
        c.setAnimated(false);
        c.setMinHeight(420);
        c.setPrefHeight(480);
        return c;
    }

    /**
     * Total budget per policy area of two plans. A plan without any budget gets no bars; the title says so, so an
     * exported image carries the explanation too.
     */
    public void fillEditions(BarChart<Number, String> chart, Revision older, String olderName, Revision newer,
            String newerName) {
        List<XYChart.Series<Number, String>> all = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (older != null && newer != null) {
            Map<String, long[]> totals = PlanFigures.budgetOldVsNew(older, newer);
            // first area at the top, as in the plan
            List<String> areas = new ArrayList<>(totals.keySet());
            java.util.Collections.reverse(areas);
            ((CategoryAxis) chart.getYAxis()).setCategories(FXCollections.observableArrayList(areas));
            Revision[] revs = {older, newer};
            String[] names = {olderName, newerName};
            for (int side = 0; side < 2; side++) {
                if (!PlanFigures.hasBudget(revs[side])) {
                    notes.add(i18n.t("chart.noBudget", names[side]));
                    continue;
                }
                XYChart.Series<Number, String> s = new XYChart.Series<>();
                s.setName(names[side]);
                for (Map.Entry<String, long[]> e : totals.entrySet()) {
                    s.getData().add(new XYChart.Data<>(e.getValue()[side], e.getKey()));
                }
                all.add(s);
            }
        } else {
            notes.add(i18n.t("chart.editions.none"));
        }
        chart.setTitle(i18n.t("chart.editions") + (notes.isEmpty() ? "" : "\n" + String.join("\n", notes)));
        chart.getData().setAll(all);
        colour(chart, PALETTE);
    }

    public LineChart<String, Number> trendChart() {
        CategoryAxis x = new CategoryAxis();
        x.setLabel(i18n.t("chart.axis.fy"));
        NumberAxis y = numberAxis("");
        LineChart<String, Number> c = setUp(new LineChart<>(x, y), "chart-trend", i18n.t("chart.trend"));
        c.setCreateSymbols(true);
        return c;
    }

    /** Baseline, actuals (with {@code preview} replacing the stored value of its year, if any) and target. */
    public void fillTrend(LineChart<String, Number> chart, Kpi k, PlanFigures.Point preview) {
        if (k == null) {
            chart.getData().clear();
            chart.setTitle(i18n.t("chart.trend"));
            return;
        }
        chart.setTitle(i18n.t("chart.trendOf", k.name()));
        chart.getYAxis().setLabel(k.unit());
        PlanFigures.Trend t = PlanFigures.trend(k);
        List<PlanFigures.Point> targets = new ArrayList<>(t.target());
        for (KpiPoint m : k.milestones()) { // further targets (the 3rd vision's 2040) on the target line
            if (m.value().hasNumber()) {
                targets.add(new PlanFigures.Point(m.fy(), m.value().number()));
            }
        }
        targets.sort(java.util.Comparator.comparingInt(PlanFigures.Point::fy));
        // a year printed as a period (H26～H30平均, 2019年実績) is labelled as printed
        Map<Integer, String> labels = new java.util.HashMap<>();
        java.util.stream.Stream.concat(java.util.stream.Stream.of(k.baseline(), k.target()), k.milestones().stream())
                .filter(p -> p != null && p.period() != null && !p.period().isBlank())
                .forEach(p -> labels.putIfAbsent(p.fy(), p.period()));
        java.util.function.IntFunction<String> label = y -> labels.getOrDefault(y, fy(y));
        List<PlanFigures.Point> actuals = new ArrayList<>(t.actuals());
        if (preview != null) {
            actuals.removeIf(p -> p.fy() == preview.fy());
            if (preview.value() != null) {
                actuals.add(preview);
            }
            actuals.sort(java.util.Comparator.comparingInt(PlanFigures.Point::fy));
        }
        TreeSet<Integer> years = new TreeSet<>();
        t.baseline().forEach(p -> years.add(p.fy()));
        actuals.forEach(p -> years.add(p.fy()));
        targets.forEach(p -> years.add(p.fy()));
        if (!years.isEmpty()) {
            for (int y = years.first(); y <= years.last(); y++) {
                years.add(y);
            }
        }
        ((CategoryAxis) chart.getXAxis()).setCategories(FXCollections.observableArrayList(years.stream()
                .map(label::apply).toList()));
        chart.getData().setAll(List.of(series(i18n.t("chart.baseline"), t.baseline(), label),
                series(i18n.t("chart.actual"), actuals, label), series(i18n.t("chart.target"), targets, label)));
    }

    private XYChart.Series<String, Number> series(String name, List<PlanFigures.Point> points,
            java.util.function.IntFunction<String> label) {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        s.setName(name);
        for (PlanFigures.Point p : points) {
            s.getData().add(new XYChart.Data<>(label.apply(p.fy()), toNumber(p.value())));
        }
        return s;
    }

    /** For plotting only: a whole number as long when it fits, else the nearest double (never throws). */
    static Number toNumber(BigDecimal d) {
        if (d.scale() <= 0 && d.precision() - d.scale() <= 18) {
            return d.longValue();
        }
        double v = d.doubleValue();
        return Double.isFinite(v) ? v : (d.signum() < 0 ? -Double.MAX_VALUE : Double.MAX_VALUE);
    }

    public StackedBarChart<String, Number> gradesChart() {
        CategoryAxis x = new CategoryAxis();
        x.setLabel(i18n.t("chart.axis.fy"));
        NumberAxis y = numberAxis(i18n.t("chart.axis.kpis"));
        y.setMinorTickVisible(false);
        return setUp(new StackedBarChart<>(x, y), "chart-grades", i18n.t("chart.grades"));
    }

    public void fillGrades(StackedBarChart<String, Number> chart, KpiResults r) {
        fillGrades(chart, r, r == null ? List.of()
                : r.years().stream().map(fy -> r.summary(fy, GradeSource.COMPUTED)).toList());
    }

    /** As above, with the computed grades' summaries already worked out ({@code sums}, one per year of {@code r}). */
    public void fillGrades(StackedBarChart<String, Number> chart, KpiResults r, List<GradeSummary> sums) {
        List<XYChart.Series<String, Number>> all = new ArrayList<>();
        if (r != null) {
            ((CategoryAxis) chart.getXAxis()).setCategories(FXCollections.observableArrayList(r.years().stream()
                    .map(this::fy).toList()));
            for (var band : r.plan().grading().bands()) {
                XYChart.Series<String, Number> s = new XYChart.Series<>();
                s.setName(band.grade() + " " + band.label());
                for (GradeSummary g : sums) {
                    int count = g.tally(band.grade()).map(GradeTally::count).orElse(0);
                    s.getData().add(new XYChart.Data<>(fy(g.fy()), count));
                }
                all.add(s);
            }
        }
        // a plan without a grading rule has no grades to count: the title says so (an exported image too)
        chart.setTitle(r != null && r.plan().grading().bands().isEmpty()
                ? i18n.t("chart.grades") + "\n" + i18n.t("chart.grades.noRule", r.plan().title())
                : i18n.t("chart.grades"));
        chart.getData().setAll(all);
        colour(chart, GRADE_COLOURS);
        // a count of KPIs: whole steps only (no 0.25 ticks)
        int max = 0;
        for (int i = 0; r != null && i < r.years().size(); i++) {
            int sum = 0;
            for (XYChart.Series<String, Number> s : all) {
                sum += s.getData().get(i).getYValue().intValue();
            }
            max = Math.max(max, sum);
        }
        NumberAxis y = (NumberAxis) chart.getYAxis();
        y.setAutoRanging(false);
        y.setLowerBound(0);
        int step = Math.max(1, (int) Math.ceil(max / 10.0));
        y.setUpperBound(Math.max(step, (int) Math.ceil(max / (double) step) * step));
        y.setTickUnit(step);
        y.setMinorTickVisible(false);
    }
}
