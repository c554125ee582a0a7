package jp.kyoseivision.ui.kpi;

import java.util.ArrayList;
import java.util.List;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import jp.kyoseivision.edit.GradingRuleInput;
import jp.kyoseivision.model.GradeBand;
import jp.kyoseivision.model.GradingRule;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.RatioBasis;
import jp.kyoseivision.text.LocalizedException;
import jp.kyoseivision.ui.common.I18n;
import jp.kyoseivision.ui.common.Views;

/**
 * 評価基準…: the plan's grading rule — the ratio's basis and the bands (grade letter, label, lower bound in %) — to
 * attach, change or remove. The 総合戦略 and action plans print none; 「共生ビジョンの基準から始める」 fills in the
 * vision's A 達成 100 / B 概ね達成 80 / C ある程度達成 50 / D 未達成 0. What is typed is checked whole when 保存 is
 * pressed: a refusal is shown in the dialog, which stays open, and nothing is saved. Saving is one undoable edit.
 */
public final class GradingRuleDialog {
    /** Rows offered at first; 行を追加 adds more. */
    static final int ROWS = 5;

    private final KpiViewModel vm;
    private final I18n i18n;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ComboBox<RatioBasis> basis = new ComboBox<>();
    private final GridPane grid = new GridPane();
    private final List<TextField[]> rows = new ArrayList<>();
    private final Label error = new Label();
    private final ButtonType save;
    private final ButtonType remove;

    public GradingRuleDialog(Window owner, KpiViewModel vm) {
        this.vm = vm;
        this.i18n = vm.i18n();
        Plan plan = vm.planProperty().get();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(i18n.t("grading.title"));
        dialog.setHeaderText(i18n.t(plan.graded() ? "grading.header" : "grading.header.none", plan.title()));
        dialog.getDialogPane().setId("dialog-grading");
        save = new ButtonType(i18n.t("grading.save"), ButtonBar.ButtonData.OK_DONE);
        remove = new ButtonType(i18n.t("grading.remove"), ButtonBar.ButtonData.LEFT);
        ButtonType cancel = new ButtonType(i18n.t("grading.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(save, remove, cancel);
        dialog.getDialogPane().lookupButton(cancel).setId("grading-cancel");

        basis.setId("grading-basis");
        basis.getItems().setAll(RatioBasis.values());
        basis.setConverter(Views.converter(b -> i18n.t("grading.basis." + b.name())));
        basis.setValue(plan.grading().basis());
        grid.setId("grading-bands");
        grid.setHgap(8);
        grid.setVgap(4);
        grid.add(Views.fieldLabel(i18n.t("grading.col.grade")), 0, 0);
        grid.add(Views.fieldLabel(i18n.t("grading.col.label")), 1, 0);
        grid.add(Views.fieldLabel(i18n.t("grading.col.minPercent")), 2, 0);
        fill(plan.grading());
        Button vision = new Button(i18n.t("grading.fromVision"));
        vision.setId("grading-from-vision");
        vision.setOnAction(e -> {
            basis.setValue(GradingRuleInput.VISION.basis());
            fill(GradingRuleInput.VISION);
        });
        Button more = new Button(i18n.t("grading.addRow"));
        more.setId("grading-add-row");
        more.setOnAction(e -> addRow("", "", ""));
        error.setId("grading-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMaxWidth(520);
        Label how = new Label(i18n.t("grading.how"));
        how.setWrapText(true);
        how.setMaxWidth(520);
        how.getStyleClass().add("reason");
        VBox content = new VBox(10, new HBox(8, Views.fieldLabel(i18n.t("grading.basis")), basis), how, grid,
                new HBox(8, vision, more), error);
        dialog.getDialogPane().setContent(content);
        dialog.setResizable(true);

        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("grading-save");
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (!apply(false)) {
                e.consume(); // the dialog stays open with the reason
            }
        });
        Button removeButton = (Button) dialog.getDialogPane().lookupButton(remove);
        removeButton.setId("grading-remove");
        removeButton.setDisable(!plan.graded());
        removeButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (!apply(true)) {
                e.consume();
            }
        });
        boolean readOnly = vm.readOnly();
        saveButton.setDisable(readOnly);
        removeButton.setDisable(readOnly || !plan.graded());
        if (readOnly) {
            error.setText(i18n.t("grading.readOnly"));
        }
    }

    /** The rows as the rule has them, then empty rows up to {@link #ROWS}. */
    private void fill(GradingRule rule) {
        for (TextField[] r : rows) {
            grid.getChildren().removeAll(r);
        }
        rows.clear();
        for (GradeBand b : rule.bands()) {
            addRow(b.grade(), b.label(), b.minPercent().toPlainString());
        }
        while (rows.size() < ROWS) {
            addRow("", "", "");
        }
    }

    private void addRow(String grade, String label, String min) {
        int i = rows.size();
        TextField g = new TextField(grade);
        g.setId("grading-grade-" + i);
        g.setPrefColumnCount(2);
        TextField l = new TextField(label);
        l.setId("grading-label-" + i);
        l.setPrefColumnCount(14);
        TextField m = new TextField(min);
        m.setId("grading-min-" + i);
        m.setPrefColumnCount(5);
        rows.add(new TextField[] {g, l, m});
        grid.add(g, 0, i + 1);
        grid.add(l, 1, i + 1);
        grid.add(new HBox(4, m, new Label("%")), 2, i + 1);
    }

    /** Checks and saves (or removes the rule); false with the reason shown when refused. */
    private boolean apply(boolean removeRule) {
        try {
            GradingRule rule = null;
            if (!removeRule) {
                List<GradingRuleInput.Band> typed = rows.stream()
                        .map(r -> new GradingRuleInput.Band(r[0].getText(), r[1].getText(), r[2].getText())).toList();
                rule = GradingRuleInput.parse(basis.getValue(), typed);
            }
            vm.setGrading(rule);
            return true;
        } catch (LocalizedException e) {
            error.setText(e.message(i18n.locale()));
            return false;
        }
    }

    public Dialog<ButtonType> dialog() {
        return dialog;
    }

    /** Opens the dialog without waiting (the window stays responsive; the edit is applied by 保存). */
    public void show() {
        jp.kyoseivision.ui.common.Dialogs.fit(dialog);
        dialog.getDialogPane().setMaxWidth(640);
        dialog.show();
    }
}
