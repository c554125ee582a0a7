package jp.kyoseivision.ui.kpi;

import jp.kyoseivision.ui.common.FieldBinding;
import jp.kyoseivision.ui.common.I18n;
import jp.kyoseivision.ui.common.Views;

import java.util.function.IntConsumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import jp.kyoseivision.kpi.ActualInput;
import jp.kyoseivision.kpi.GradeOutcome;
import jp.kyoseivision.kpi.KpiGrader;
import jp.kyoseivision.kpi.KpiLine;
import jp.kyoseivision.kpi.PlanFigures;
import jp.kyoseivision.kpi.YearResult;
import jp.kyoseivision.model.GradeBand;
import jp.kyoseivision.model.KpiValue;
import jp.kyoseivision.text.LocalizedException;

/**
 * The form for one KPI in one fiscal year, bound to its {@link KpiYearModel}: number or note, recorded grade beside
 * the rule's (with the reason when there is none), the narratives. Each field is saved when it is left or Enter is
 * pressed, as in the card form; bad input is marked at the field with its reason and nothing is saved.
 */
public final class KpiYearForm {
    private final KpiViewModel vm;
    private final I18n i18n;
    private final KpiCharts charts;
    private final LineChart<String, Number> trend;
    private final IntConsumer onSaved;

    public KpiYearForm(KpiViewModel vm, KpiCharts charts, LineChart<String, Number> trend, IntConsumer onSaved) {
        this.vm = vm;
        this.i18n = vm.i18n();
        this.charts = charts;
        this.trend = trend;
        this.onSaved = onSaved;
    }

    public Node build(KpiLine line, YearResult y) {
        int fy = y.fy();
        // a plan without a grading rule (the 総合戦略, the action plan): no letters to record, the ratio alone
        boolean graded = vm.planProperty().get().graded();
        KpiYearModel model = vm.yearModel(line.kpi().id(), fy);
        Label error = new Label();
        error.setId("kpi-error-" + fy);
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        TextField number = FieldBinding.bind(new TextField(), model.number(), null);
        number.setPromptText(i18n.t("kpi.number.prompt"));
        TextField note = FieldBinding.bind(new TextField(), model.note(), null);
        note.setPromptText(i18n.t("kpi.note.prompt"));
        ComboBox<String> recorded = new ComboBox<>();
        recorded.setId("kpi-recorded-" + fy);
        recorded.getItems().add("");
        vm.planProperty().get().grading().bands().stream().map(GradeBand::grade).forEach(recorded.getItems()::add);
        recorded.setValue(model.recorded());
        recorded.setDisable(vm.readOnly());
        Label computed = new Label();
        computed.setId("kpi-computed-" + fy);
        computed.getStyleClass().add("grade");
        computed.setMinWidth(Label.USE_PREF_SIZE);
        Label reason = new Label();
        reason.setId("kpi-reason-" + fy);
        reason.setWrapText(true);
        reason.getStyleClass().add("reason");
        Button useRule = new Button(i18n.t("kpi.useRule"));
        useRule.setId("kpi-use-rule-" + fy);
        Label overview = new Label(y.overview() == null ? "—" : y.overview());
        overview.setId("kpi-overview-" + fy);
        TextArea progress = FieldBinding.bind(new TextArea(), model.progress(), null);
        progress.setPrefRowCount(4);
        progress.setWrapText(true);
        TextArea next = FieldBinding.bind(new TextArea(), model.nextSteps(), null);
        next.setPrefRowCount(3);
        next.setWrapText(true);
        Label saved = new Label();
        saved.setId("kpi-saved-" + fy);
        // the first refusal of any field of this year, under the fields
        Runnable showError = () -> error.setText(java.util.stream.Stream.of(model.number(), model.note(),
                model.progress(), model.nextSteps()).map(f -> f.error()).filter(e -> !e.isEmpty()).findFirst()
                .orElse(""));
        for (var f : java.util.List.of(model.number(), model.note(), model.progress(), model.nextSteps())) {
            FieldBinding.listenWeakly(error, f.errorProperty(), (o, a, b) -> showError.run());
        }
        showError.run();

        Runnable live = () -> {
            // the grade and the trend follow what is typed; it is saved when the field is left
            GradeOutcome g;
            PlanFigures.Point preview;
            try {
                var n = ActualInput.number(number.getText());
                KpiValue typed = n.isEmpty() && note.getText().isBlank() ? null
                        : new KpiValue(n.orElse(null), note.getText().isBlank() ? null : note.getText().strip());
                g = KpiGrader.grade(vm.planProperty().get().grading(), line.kpi(), typed);
                preview = new PlanFigures.Point(fy, n.orElse(null));
            } catch (LocalizedException | ArithmeticException e) {
                g = null;
                preview = null;
            }
            computed.setText(g == null ? "" : g.hasGrade() ? g.grade() + (g.percent() == null ? ""
                    : paren(g.percent().toPlainString() + "%"))
                    : g.percent() != null ? g.percent().toPlainString() + "%" // no grading rule: the ratio alone
                    : graded ? i18n.t("kpi.noGrade") : "—");
            reason.setText(g == null ? "" : g.reasonText(i18n.locale()));
            useRule.setDisable(vm.readOnly() || g == null || !g.hasGrade());
            String rec = recorded.getValue();
            boolean differs = g != null && g.hasGrade() && rec != null && !rec.isEmpty() && !rec.equals(g.grade());
            computed.getStyleClass().remove("mismatch");
            if (differs) {
                computed.getStyleClass().add("mismatch");
            }
            if (preview != null) {
                charts.fillTrend(trend, line.kpi(), preview);
            }
        };
        number.textProperty().addListener((o, a, b) -> live.run());
        note.textProperty().addListener((o, a, b) -> live.run());
        // the officer's choice of a recorded grade: saved at once, as one edit
        recorded.setOnAction(e -> {
            try {
                model.setRecorded(recorded.getValue());
                onSaved.accept(fy);
            } catch (LocalizedException ex) {
                error.setText(ex.getMessage());
            }
            live.run();
        });
        useRule.setOnAction(e -> {
            String g = computed.getText().isEmpty() ? "" : computed.getText().substring(0, 1);
            if (recorded.getItems().contains(g)) {
                recorded.setValue(g);
            }
        });
        live.run(); // the grade and reason as stored

        GridPane g = Views.formGrid();
        int row = 0;
        g.add(Views.fieldLabel(i18n.t("kpi.actual")), 0, row);
        Label unit = new Label(line.kpi().unit());
        unit.setMinWidth(Label.USE_PREF_SIZE);
        g.add(new HBox(8, number, unit), 1, row++);
        g.add(Views.fieldLabel(i18n.t("kpi.note")), 0, row);
        g.add(note, 1, row++);
        g.add(error, 1, row++);
        if (graded || y.recorded() != null) {
            g.add(Views.fieldLabel(i18n.t("kpi.recorded")), 0, row);
            g.add(new HBox(8, recorded, useRule), 1, row++);
        }
        g.add(Views.fieldLabel(i18n.t(graded ? "kpi.computed" : "kpi.computed.noRule")), 0, row);
        g.add(new VBox(2, computed, reason), 1, row++);
        if (graded || y.overview() != null) {
            g.add(Views.fieldLabel(i18n.t("kpi.overview")), 0, row);
            g.add(overview, 1, row++);
        }
        g.add(Views.fieldLabel(i18n.t("kpi.progress")), 0, row);
        g.add(progress, 1, row++);
        g.add(Views.fieldLabel(i18n.t("kpi.nextSteps")), 0, row);
        g.add(next, 1, row++);
        Label how = new Label(i18n.t(vm.readOnly() ? "kpi.readOnly" : "kpi.autosave"));
        how.setId("kpi-how-" + fy);
        how.setWrapText(true);
        how.getStyleClass().add("reason");
        g.add(new HBox(12, how, saved), 1, row);
        GridPane.setHgrow(progress, Priority.ALWAYS);
        g.setPadding(new Insets(10));
        return g;
    }

    private String paren(String s) {
        return paren(i18n, s);
    }

    /** （…） in Japanese, " (…)" in English. */
    public static String paren(I18n i18n, String s) {
        return i18n.english() ? " (" + s + ")" : "（" + s + "）";
    }
}
