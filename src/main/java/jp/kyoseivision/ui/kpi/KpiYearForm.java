package jp.kyoseivision.ui.kpi;

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
 * The form for one KPI in one fiscal year: number or note, recorded grade beside the rule's (with the reason when
 * there is none), the narratives, 保存. Bad input is marked at the field; nothing is saved until it is valid.
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
        KpiValue v = y.value();
        TextField number = new TextField(v == null || v.number() == null ? "" : v.number().toPlainString());
        number.setId("kpi-number-" + fy);
        number.setPromptText(i18n.t("kpi.number.prompt"));
        TextField note = new TextField(v == null || v.note() == null ? "" : v.note());
        note.setId("kpi-note-" + fy);
        note.setPromptText(i18n.t("kpi.note.prompt"));
        Label error = new Label();
        error.setId("kpi-error-" + fy);
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        ComboBox<String> recorded = new ComboBox<>();
        recorded.setId("kpi-recorded-" + fy);
        recorded.getItems().add("");
        vm.planProperty().get().grading().bands().stream().map(GradeBand::grade).forEach(recorded.getItems()::add);
        recorded.setValue(y.recorded() == null ? "" : y.recorded());
        Label computed = new Label();
        computed.setId("kpi-computed-" + fy);
        computed.getStyleClass().add("grade");
        Label reason = new Label();
        reason.setId("kpi-reason-" + fy);
        reason.setWrapText(true);
        reason.getStyleClass().add("reason");
        Button useRule = new Button(i18n.t("kpi.useRule"));
        useRule.setId("kpi-use-rule-" + fy);
        Label overview = new Label(y.overview() == null ? "—" : y.overview());
        overview.setId("kpi-overview-" + fy);
        TextArea progress = new TextArea(y.actual() == null || y.actual().progress() == null ? ""
                : y.actual().progress());
        progress.setId("kpi-progress-" + fy);
        progress.setPrefRowCount(4);
        progress.setWrapText(true);
        TextArea next = new TextArea(y.actual() == null || y.actual().nextSteps() == null ? ""
                : y.actual().nextSteps());
        next.setId("kpi-next-" + fy);
        next.setPrefRowCount(3);
        next.setWrapText(true);
        Button save = new Button(i18n.t("kpi.save"));
        save.setId("kpi-save-" + fy);
        save.setDefaultButton(true);
        Label saved = new Label();
        saved.setId("kpi-saved-" + fy);

        Runnable live = () -> {
            // the grade and the trend follow what is typed; nothing is saved until 保存
            GradeOutcome g;
            PlanFigures.Point preview;
            try {
                var n = ActualInput.number(number.getText());
                number.getStyleClass().remove("invalid");
                error.setText("");
                KpiValue typed = n.isEmpty() && note.getText().isBlank() ? null
                        : new KpiValue(n.orElse(null), note.getText().isBlank() ? null : note.getText().strip());
                g = KpiGrader.grade(vm.planProperty().get().grading(), line.kpi(), typed);
                preview = new PlanFigures.Point(fy, n.orElse(null));
            } catch (LocalizedException e) {
                if (!number.getStyleClass().contains("invalid")) {
                    number.getStyleClass().add("invalid");
                }
                error.setText(e.getMessage());
                g = null;
                preview = null;
            }
            computed.setText(g == null ? "" : g.hasGrade() ? g.grade() + (g.percent() == null ? ""
                    : paren(g.percent().toPlainString() + "%")) : i18n.t("kpi.noGrade"));
            reason.setText(g == null ? "" : g.reasonText(i18n.locale()));
            useRule.setDisable(g == null || !g.hasGrade());
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
        recorded.valueProperty().addListener((o, a, b) -> live.run());
        useRule.setOnAction(e -> {
            String g = computed.getText().isEmpty() ? "" : computed.getText().substring(0, 1);
            if (recorded.getItems().contains(g)) {
                recorded.setValue(g);
            }
        });
        save.setOnAction(e -> {
            try {
                vm.save(line.kpi().id(), fy, number.getText(), note.getText(), recorded.getValue(),
                        progress.getText(), next.getText());
                // the form is rebuilt from the file read back; say so on the new form
                onSaved.accept(fy);
            } catch (LocalizedException ex) {
                if (!number.getStyleClass().contains("invalid") && ex.key().startsWith("input.")) {
                    number.getStyleClass().add("invalid");
                }
                error.setText(ex.getMessage());
            }
        });
        live.run(); // the grade and reason as stored

        GridPane g = Views.formGrid();
        int row = 0;
        g.add(Views.fieldLabel(i18n.t("kpi.actual")), 0, row);
        g.add(new HBox(8, number, new Label(line.kpi().unit())), 1, row++);
        g.add(Views.fieldLabel(i18n.t("kpi.note")), 0, row);
        g.add(note, 1, row++);
        g.add(error, 1, row++);
        g.add(Views.fieldLabel(i18n.t("kpi.recorded")), 0, row);
        g.add(new HBox(8, recorded, useRule), 1, row++);
        g.add(Views.fieldLabel(i18n.t("kpi.computed")), 0, row);
        g.add(new VBox(2, computed, reason), 1, row++);
        g.add(Views.fieldLabel(i18n.t("kpi.overview")), 0, row);
        g.add(overview, 1, row++);
        g.add(Views.fieldLabel(i18n.t("kpi.progress")), 0, row);
        g.add(progress, 1, row++);
        g.add(Views.fieldLabel(i18n.t("kpi.nextSteps")), 0, row);
        g.add(next, 1, row++);
        g.add(new HBox(12, save, saved), 1, row);
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
