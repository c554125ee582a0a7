package jp.kyoseivision.ui.kpi;

import jp.kyoseivision.ui.common.I18n;
import jp.kyoseivision.ui.common.WindowPlacement;
import jp.kyoseivision.ui.common.Views;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import jp.kyoseivision.kpi.GradeSummary;
import jp.kyoseivision.kpi.GradeTally;
import jp.kyoseivision.kpi.KpiLine;
import jp.kyoseivision.kpi.KpiResults;
import jp.kyoseivision.kpi.PlanFigures;
import jp.kyoseivision.kpi.YearResult;
import jp.kyoseivision.model.GradeBand;
import jp.kyoseivision.model.KpiValue;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.text.JapaneseYears;
import jp.kyoseivision.text.LocalizedException;
import jp.kyoseivision.text.Numbers;

/**
 * The KPI results window (成果指標（KPI）): enter each KPI's actual per fiscal year (a number or a note) with the
 * narratives, see the rule's grade beside the recorded one, and the plan's charts. Node ids ({@code kpi-…},
 * {@code chart-…}) let tests find each field.
 */
public final class KpiView {
    private final KpiViewModel vm;
    private final I18n i18n;
    private final KpiCharts charts;
    private final Stage stage = new Stage();
    private final ComboBox<Plan> planBox = new ComboBox<>();
    private final ListView<KpiLine> list = new ListView<>();
    private final VBox detail = new VBox(10);
    private final Label summary = new Label();
    private final Label reportStatus = new Label();
    private final LineChart<String, Number> trend;
    private final StackedBarChart<String, Number> grades;
    private final StackedBarChart<String, Number> budgetByArea;
    private final Label budgetByAreaNote = new Label();
    private final VBox summaryTable = new VBox();
    private final VBox findings = new VBox(4);
    private final BarChart<String, Number> cardBudget;
    private final ComboBox<Measure> cardBox = new ComboBox<>();
    private final Label cardLabel = new Label();
    private final BarChart<Number, String> editions;
    private final Label editionsNote = new Label();
    private final TabPane years = new TabPane();
    private boolean updating;
    private final KpiYearForm yearForm;

    public KpiView(KpiViewModel vm) {
        this.vm = vm;
        this.i18n = vm.i18n();
        this.charts = new KpiCharts(i18n);
        this.trend = charts.trendChart();
        this.grades = charts.gradesChart();
        this.budgetByArea = charts.budgetByAreaChart();
        this.cardBudget = charts.cardBudgetChart();
        this.editions = charts.editionsChart();
        this.yearForm = new KpiYearForm(vm, charts, trend, this::lookupSaved);

        planBox.setId("kpi-plan");
        planBox.setConverter(Views.converter(p -> p.title()));
        planBox.valueProperty().addListener((o, old, now) -> {
            if (!updating && now != null) {
                String id = now.id();
                commitPending();
                // the plan as the file holds it after that save, chosen by its id
                vm.plans().stream().filter(p -> p.id().equals(id)).findFirst().ifPresent(vm.planProperty()::set);
            }
        });
        summary.setId("kpi-summary");
        summary.setWrapText(true);
        Label planLabel = new Label(i18n.t("kpi.plan"));
        planLabel.setMinWidth(Label.USE_PREF_SIZE);
        Button reportPdf = new Button(i18n.t("kpi.reportPdf"));
        reportPdf.setId("kpi-report-pdf");
        reportPdf.setOnAction(e -> exportReportPdf());
        reportStatus.setId("kpi-report-status");
        reportStatus.setWrapText(true);
        // the plan's grading rule: attached, changed or removed (the 総合戦略 and action plans print none)
        Button grading = new Button(i18n.t("kpi.grading"));
        grading.setId("kpi-grading");
        grading.setMinWidth(Button.USE_PREF_SIZE);
        grading.setOnAction(e -> openGrading());
        grading.disableProperty().bind(vm.planProperty().isNull());
        HBox planRow = new HBox(10, planLabel, planBox, grading, reportPdf, reportStatus);
        planRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox top = new VBox(6, planRow, summary);
        top.setPadding(new Insets(8));

        list.setId("kpi-list");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(KpiLine l, boolean empty) {
                super.updateItem(l, empty);
                setText(empty || l == null ? null : listText(l));
                setTooltip(empty || l == null ? null : new javafx.scene.control.Tooltip(l.group().label(
                        i18n.locale())));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null && !updating) {
                String id = now.kpi().id();
                // what was typed for the KPI being left is saved (or stays, refused, in its form); the save redraws
                // the list, so the officer's choice is selected again by its id
                commitPending();
                vm.selectedKpiIdProperty().set(id);
                KpiLine shown = list.getSelectionModel().getSelectedItem();
                if (shown == null || !shown.kpi().id().equals(id)) {
                    list.getItems().stream().filter(l -> l.kpi().id().equals(id)).findFirst()
                            .ifPresent(l -> list.getSelectionModel().select(l));
                }
            }
        });
        vm.selectedKpiIdProperty().addListener((o, old, now) -> showSelected());
        years.setId("kpi-years");
        years.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!updating) {
                commitPending(); // switching year tab saves what was typed in the year left
            }
        });
        years.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        detail.setPadding(new Insets(12));
        ScrollPane detailScroll = new ScrollPane(detail);
        detailScroll.setFitToWidth(true);
        SplitPane entry = new SplitPane(list, detailScroll);
        entry.setDividerPositions(0.3);

        cardBox.setId("chart-card-choice");
        cardBox.setConverter(Views.converter(m -> i18n.t("card.number", m.number()) + " " + m.name()));
        cardBox.valueProperty().addListener((o, old, now) -> charts.fillCardBudget(cardBudget, now, planYears()));
        budgetByAreaNote.setId("chart-budget-area-note");
        editionsNote.setId("chart-budget-editions-note");
        summaryTable.setId("kpi-summary-table");
        findings.setId("kpi-findings");
        Label findingsTitle = new Label(i18n.t("kpi.findings"));
        findingsTitle.getStyleClass().add("field-label");
        Node budgetBox = exportable(budgetByArea);
        Node cardBudgetBox = exportable(cardBudget);
        // a plan without budgets (the 2nd vision) shows the note instead of empty axes
        budgetBox.visibleProperty().bind(budgetByAreaNote.textProperty().isEmpty());
        budgetBox.managedProperty().bind(budgetBox.visibleProperty());
        cardBudgetBox.visibleProperty().bind(budgetBox.visibleProperty());
        cardBudgetBox.managedProperty().bind(budgetBox.visibleProperty());
        // the card chooser belongs to the budget charts: a plan without budgets (the 総合戦略) shows neither
        HBox cardRow = new HBox(8, cardLabel, cardBox);
        cardRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        cardRow.visibleProperty().bind(budgetBox.visibleProperty());
        cardRow.managedProperty().bind(budgetBox.visibleProperty());
        VBox chartBox = new VBox(16, summaryTable, findingsTitle, findings, exportable(grades), budgetByAreaNote,
                budgetBox, cardRow, cardBudgetBox, editionsNote, exportable(editions));
        chartBox.setPadding(new Insets(12));
        ScrollPane chartScroll = new ScrollPane(chartBox);
        chartScroll.setFitToWidth(true);

        Tab entryTab = new Tab(i18n.t("kpi.tab.entry"), entry);
        entryTab.setId("kpi-tab-entry");
        Tab chartTab = new Tab(i18n.t("kpi.tab.charts"), chartScroll);
        chartTab.setId("kpi-tab-charts");
        TabPane tabs = new TabPane(entryTab, chartTab);
        tabs.setId("kpi-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        BorderPane root = new BorderPane(tabs);
        root.setTop(top);
        Scene scene = WindowPlacement.scene(root, 1240, 860);
        scene.getStylesheets().add(KpiView.class.getResource("/jp/kyoseivision/ui/kyosei.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle(i18n.t("kpi.title"));
        // closing the window saves what the focused field holds
        stage.addEventFilter(javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST, e -> commitPending());
        stage.setOnHiding(e -> commitPending());

        vm.resultsProperty().addListener((o, old, now) -> refresh());
        refresh();
    }

    public Stage stage() {
        return stage;
    }

    public void show(Window owner) {
        if (owner != null && stage.getOwner() == null) {
            stage.initOwner(owner);
            // never larger than the screen it opens on (a laptop's 1366×768 included); its place is remembered
            WindowPlacement.apply(stage, vm.settings(), "kpi", 1240, 860);
            jp.kyoseivision.ui.common.AppIcons.apply(stage);
        }
        stage.show();
        stage.toFront();
    }

    private List<Integer> planYears() {
        Plan p = vm.planProperty().get();
        return p == null ? List.of() : p.fiscalYears();
    }

    /** Everything from the current results: list, summary, charts and the selected KPI's form. */
    private void refresh() {
        KpiResults r = vm.resultsProperty().get();
        String keep = vm.selectedKpiIdProperty().get();
        updating = true;
        try {
            planBox.getItems().setAll(vm.plans());
            planBox.setValue(vm.planProperty().get());
        } finally {
            updating = false;
        }
        List<KpiLine> all = r == null ? List.of() : r.all();
        list.getItems().setAll(all);
        KpiLine again = all.stream().filter(l -> l.kpi().id().equals(keep)).findFirst()
                .orElse(all.isEmpty() ? null : r.lines().isEmpty() ? all.get(0) : r.lines().get(0));
        if (again != null) {
            list.getSelectionModel().select(again);
        }
        KpiViewModel.Graded g = vm.graded();
        summary.setText(summaryText(g));
        fillSummaryTable(g);
        charts.fillGrades(grades, g == null ? null : r, g == null ? List.of() : g.summaries());
        Plan plan = vm.planProperty().get();
        Revision rev = plan == null ? null : plan.current().orElse(null);
        charts.fillBudgetByArea(budgetByArea, rev, planYears());
        budgetByAreaNote.setText(rev != null && PlanFigures.hasBudget(rev) ? ""
                : i18n.t("chart.noBudget", plan == null ? "" : plan.title()));
        // what the plan calls an item: 具体的な取組, 施策, プロジェクト
        cardLabel.setText(plan == null || plan.kind().equals(jp.kyoseivision.model.PlanKind.VISION)
                ? i18n.t("chart.card") : plan.kind().item());
        Measure card = cardBox.getValue();
        cardBox.getItems().setAll(rev == null ? List.of() : rev.measures());
        Measure sameCard = card == null || rev == null ? null : rev.measures().stream()
                .filter(m -> m.lineageId().equals(card.lineageId())).findFirst().orElse(null);
        cardBox.setValue(sameCard != null ? sameCard : cardBox.getItems().isEmpty() ? null : cardBox.getItems().get(0));
        charts.fillCardBudget(cardBudget, cardBox.getValue(), planYears());
        fillEditions(plan);
        showSelected();
    }

    private void fillEditions(Plan plan) {
        Plan older = plan == null ? null : vm.plans().stream().filter(p -> p.edition() < plan.edition())
                .max(java.util.Comparator.comparingInt(Plan::edition)).orElse(null);
        Plan newer = plan;
        if (older == null && plan != null) { // the oldest plan: compare it with the next one
            older = plan;
            newer = vm.plans().stream().filter(p -> p.edition() > plan.edition())
                    .min(java.util.Comparator.comparingInt(Plan::edition)).orElse(null);
        }
        Revision o = older == null ? null : older.current().orElse(null);
        Revision n = newer == null ? null : newer.current().orElse(null);
        charts.fillEditions(editions, o, older == null ? "" : older.title(), n, newer == null ? "" : newer.title());
        StringBuilder note = new StringBuilder();
        if (o == null || n == null) {
            note.append(i18n.t("chart.editions.none"));
        } else {
            for (Plan p : List.of(older, newer)) {
                if (!PlanFigures.hasBudget(p.current().orElseThrow())) {
                    note.append(note.length() == 0 ? "" : "\n").append(i18n.t("chart.noBudget", p.title()));
                }
            }
        }
        editionsNote.setText(note.toString());
    }

    /**
     * Per fiscal year: each grade's count and share (of all KPIs) by the rule, the ungraded and the not entered; then
     * the contradictions found.
     */
    private void fillSummaryTable(KpiViewModel.Graded g) {
        summaryTable.getChildren().clear();
        findings.getChildren().clear();
        if (g == null) {
            return;
        }
        KpiResults r = g.results();
        if (!r.plan().graded()) {
            // no grading rule: nothing to count per grade; the sentence says so (and how to attach one)
            Label none = new Label(noRuleText(r.plan()));
            none.setId("kpi-summary-norule");
            none.setWrapText(true);
            summaryTable.getChildren().add(none);
        } else {
            summaryTable.getChildren().add(summaryGrid(g));
        }
        var list = g.findings();
        if (list.isEmpty()) {
            findings.getChildren().add(new Label(i18n.t("kpi.findings.none")));
        }
        for (var f : list) {
            Label l = new Label("・" + f.message(i18n.locale()));
            l.setWrapText(true);
            findings.getChildren().add(l);
        }
    }

    private String noRuleText(Plan p) {
        return i18n.t("kpi.noRule", p.title());
    }

    /** 「No.5 …」 for an item's KPI, 「基本目標Ⅰ …」 for a node's, 「計画全体 人口」 for the plan's own target. */
    private String listText(KpiLine l) {
        return switch (l.group().scope()) {
            case ITEM -> "No." + l.no() + " " + l.name();
            case NODE -> l.group().level() + l.no() + " " + l.name();
            case PLAN -> l.group().label(i18n.locale()) + " " + l.name();
        };
    }

    private GridPane summaryGrid(KpiViewModel.Graded g) {
        KpiResults r = g.results();
        GridPane t = Views.table("kpi-summary-grid");
        int col = 0;
        Views.header(t, i18n.t("chart.axis.fy"), col++, 0);
        for (GradeBand b : r.plan().grading().bands()) {
            Views.header(t, i18n.t("kpi.gradeHeader", b.grade(), b.label()), col++, 0);
        }
        Views.header(t, i18n.t("kpi.noGrade"), col, 0);
        Views.header(t, i18n.t("kpi.notEntered"), col + 1, 0);
        int row = 1;
        for (int fy : r.years()) {
            GradeSummary s = g.summary(fy);
            col = 0;
            Views.cell(t, JapaneseYears.fiscalYear(fy, i18n.locale()), col++, row, false);
            for (GradeTally tally : s.tallies()) {
                Label c = Views.cell(t, tally.count() + (tally.percent() == null ? ""
                        : paren(tally.percent().toPlainString() + "%")), col++, row, true);
                c.setId("kpi-summary-" + fy + "-" + tally.band().grade());
            }
            Views.cell(t, String.valueOf(s.ungraded()), col, row, true);
            Views.cell(t, String.valueOf(s.notEntered()), col + 1, row, true).setId("kpi-summary-" + fy + "-notEntered");
            row++;
        }
        return t;
    }

    private String summaryText(KpiViewModel.Graded g) {
        if (g == null || g.results().years().isEmpty()) {
            return "";
        }
        KpiResults r = g.results();
        if (!r.plan().graded()) {
            return noRuleText(r.plan());
        }
        // the latest year with any actual, as the report does ("令和5年度末時点での結果")
        int fy = r.years().stream().filter(y -> g.summary(y).graded() > 0)
                .reduce((a, b) -> b).orElse(r.years().get(r.years().size() - 1));
        GradeSummary s = g.summary(fy);
        StringBuilder sb = new StringBuilder(JapaneseYears.fiscalYear(fy, i18n.locale()) + "　");
        for (GradeTally t : s.tallies()) {
            sb.append(t.line(i18n.locale())).append("　");
        }
        if (s.ungraded() > 0) {
            sb.append(s.ungradedLine(i18n.locale())).append("　");
        }
        if (s.notEntered() > 0) {
            sb.append(s.notEnteredLine(i18n.locale()));
        }
        return sb.toString().strip();
    }

    /** Saves what is typed in the KPI forms; while a save rebuilds the view, the selection changes are ignored. */
    private void commitPending() {
        if (committing) {
            return;
        }
        committing = true;
        try {
            vm.commitPending();
        } finally {
            committing = false;
        }
    }

    private boolean committing;

    private void showSelected() {
        boolean was = updating;
        updating = true; // the tabs rebuilt here are not the officer's choice of a year
        try {
            renderSelected();
        } finally {
            updating = was;
        }
    }

    private void renderSelected() {
        KpiLine line = vm.selected().orElse(null);
        String selectedTab = years.getSelectionModel().getSelectedItem() == null ? null
                : years.getSelectionModel().getSelectedItem().getId();
        detail.getChildren().clear();
        years.getTabs().clear();
        if (line == null) {
            charts.fillTrend(trend, null, null);
            detail.getChildren().add(new Label(i18n.t("kpi.none")));
            return;
        }
        Label name = new Label(listText(line).replaceFirst(" ", "　"));
        name.setId("kpi-name");
        name.getStyleClass().add("card-title");
        name.setWrapText(true);
        Label meta = new Label(metaText(line));
        meta.setId("kpi-meta");
        meta.setWrapText(true);
        meta.setVisible(false);
        meta.setManaged(false);
        // the same facts, each kept whole on its line (値が大きいほど良い never breaks as 良/い)
        javafx.scene.layout.FlowPane metaItems = new javafx.scene.layout.FlowPane(16, 2);
        metaItems.setId("kpi-meta-items");
        for (String part : meta.getText().split("　|  ")) {
            if (!part.isBlank()) {
                Label l = new Label(part.strip());
                if (part.strip().length() <= 24) {
                    l.setMinWidth(Label.USE_PREF_SIZE);
                } else {
                    l.setWrapText(true); // a long measure name may wrap, within its own item
                }
                metaItems.getChildren().add(l);
            }
        }
        for (YearResult y : line.years()) {
            Tab t = new Tab(charts.fy(y.fy()), yearForm.build(line, y));
            t.setId("kpi-year-" + y.fy());
            years.getTabs().add(t);
        }
        Tab select = years.getTabs().stream().filter(t -> t.getId().equals(selectedTab)).findFirst()
                .orElse(lastWithActual(line));
        years.getSelectionModel().select(select);
        charts.fillTrend(trend, line.kpi(), null);
        detail.getChildren().addAll(name, meta, metaItems, years, exportable(trend));
    }

    private Tab lastWithActual(KpiLine line) {
        int fy = line.years().stream().filter(y -> y.actual() != null).mapToInt(YearResult::fy).max()
                .orElse(line.years().get(0).fy());
        return years.getTabs().stream().filter(t -> t.getId().equals("kpi-year-" + fy)).findFirst()
                .orElse(years.getTabs().get(0));
    }

    private String point(jp.kyoseivision.model.KpiPoint p) {
        if (p == null) {
            return i18n.t("card.empty");
        }
        KpiValue v = p.value();
        String value = v.hasNumber() ? Numbers.grouped(v.number()) : v.note();
        // the printed period when it is not a plain fiscal year: 5,533（H26～H30平均）
        return value + paren(p.period() != null && !p.period().isBlank() ? p.period()
                : JapaneseYears.fiscalYear(p.fy(), i18n.locale()));
    }

    /**
     * The selected KPI's facts, 「　」-separated: what it belongs to (the vision's 施策, else the level and name), its
     * qualifier, unit, baseline, target and further targets (2040), and which direction is better.
     */
    private String metaText(KpiLine line) {
        var k = line.kpi();
        Plan plan = vm.planProperty().get();
        String text;
        if (line.group().scope() == jp.kyoseivision.kpi.KpiGroup.Scope.ITEM
                && (plan == null || plan.kind().equals(jp.kyoseivision.model.PlanKind.VISION))) {
            text = i18n.t("kpi.meta", line.measure().name(), k.unit(), point(k.baseline()), point(k.target()),
                    i18n.t("kpi.better." + k.better().name()));
        } else {
            text = i18n.t("kpi.meta.group", line.group().label(i18n.locale()), k.unit(), point(k.baseline()),
                    point(k.target()), i18n.t("kpi.better." + k.better().name()));
        }
        StringBuilder sb = new StringBuilder(text);
        if (k.qualifier() != null && !k.qualifier().isBlank()) {
            sb.append("　").append(i18n.t("kpi.meta.qualifier", k.qualifier()));
        }
        for (var m : k.milestones()) {
            sb.append("　").append(i18n.t("kpi.meta.milestone", point(m)));
        }
        return sb.toString();
    }

    private void openGrading() {
        if (vm.planProperty().get() != null) {
            commitPending();
            new GradingRuleDialog(stage, vm).show();
        }
    }


    private String paren(String s) {
        return KpiYearForm.paren(i18n, s);
    }

    private void lookupSaved(int fy) {
        Node n = stage.getScene().lookup("#kpi-saved-" + fy);
        if (n instanceof Label l) {
            l.setText(i18n.t("kpi.saved"));
        }
    }

    private Node exportable(XYChart<?, ?> chart) {
        Button export = new Button(i18n.t("chart.export"));
        export.setId(chart.getId() + "-export");
        export.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.setTitle(i18n.t("chart.export"));
            fc.setInitialFileName(chart.getId() + ".png");
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG", "*.png"));
            File f = jp.kyoseivision.ui.common.FileDialogs.saveExport(fc, stage);
            if (f != null) {
                try {
                    exportPng(chart.getId(), f.toPath());
                } catch (LocalizedException ex) {
                    Label err = new Label(ex.getMessage());
                    err.getStyleClass().add("field-error");
                    ((VBox) export.getParent().getParent()).getChildren().add(err);
                }
            }
        });
        Button print = new Button(i18n.t("chart.print"));
        print.setId(chart.getId() + "-print");
        print.setOnAction(e -> reportStatus.setText(ChartPrint.print(chart, stage, i18n)));
        VBox box = new VBox(4, chart, new HBox(8, export, print));
        VBox.setVgrow(chart, Priority.ALWAYS);
        return box;
    }

    /** Writes the chart with node id {@code chartId} as a PNG at twice its size. */
    public void exportPng(String chartId, Path target) {
        Node chart = stage.getScene().lookup("#" + chartId);
        if (chart == null) {
            chart = chartNode(chartId);
        }
        ChartExport.png(chart, target);
    }

    private Node chartNode(String id) {
        for (XYChart<?, ?> c : List.<XYChart<?, ?>>of(trend, grades, budgetByArea, cardBudget, editions)) {
            if (id.equals(c.getId())) {
                return c;
            }
        }
        throw new IllegalArgumentException(id);
    }

    /** Writes the selected plan's KPI report (summary, results, findings; all years) as an A4 landscape PDF. */
    private void exportReportPdf() {
        Plan plan = vm.planProperty().get();
        if (plan == null) {
            return;
        }
        // graded, laid out and written off the JavaFX thread with progress and 中止 (issue 16)
        java.nio.file.Path font = vm.pdfFont();
        Views.askPdfTarget(stage, i18n.t("kpi.reportPdf"), i18n.t("kpi.reportPdf.name"))
                .ifPresent(target -> jp.kyoseivision.ui.common.PdfExport.start(stage, i18n, target,
                        () -> jp.kyoseivision.report.ReportTables.kpiReport(KpiResults.of(plan), fy -> true,
                                i18n.locale()),
                        () -> jp.kyoseivision.report.FontLocator.find(font),
                        written -> reportStatus.setText(said(target, written))));
    }

    private String said(Path target, jp.kyoseivision.report.PdfWriter.Written written) {
        String saved = i18n.t("print.saved", target, written.pages());
        return written.warning().map(w -> saved + " " + w.message(i18n.locale())).orElse(saved);
    }

    /** Writes the report of {@code plan} to {@code target}; returns what to tell the officer. */
    public String writeReportPdf(Plan plan, Path target) {
        try {
            var doc = jp.kyoseivision.report.ReportTables.kpiReport(KpiResults.of(plan), fy -> true, i18n.locale());
            var font = jp.kyoseivision.report.FontLocator.find(vm.pdfFont());
            return said(target, jp.kyoseivision.store.SafeFiles.produce(target,
                    out -> jp.kyoseivision.report.PdfWriter.write(doc, font, out)));
        } catch (LocalizedException e) {
            return e.getMessage();
        }
    }
}
