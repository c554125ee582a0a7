package jp.kyoseivision.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import jp.kyoseivision.importer.KpiImport;
import jp.kyoseivision.kpi.KpiValueText;
import jp.kyoseivision.model.KpiActual;
import jp.kyoseivision.text.JapaneseYears;
import jp.kyoseivision.text.LocalizedException;
import jp.kyoseivision.ui.common.I18n;

/**
 * 成果指標の実績値を取り込む…: the KPI table a partner filled in, checked whole off the JavaFX thread; then every
 * problem (nothing is written), or the changes (KPI, year, old → new) applied as one undoable edit on confirmation.
 * An adopted (策定済) revision takes its actuals without being unlocked, as in the KPI window: results are entered
 * after adoption, and they are not the plan's text.
 */
final class KpiImportDialogs {
    private final Stage stage;
    private final I18n i18n;
    private final MainViewModel vm;
    private final Consumer<Throwable> showError;

    KpiImportDialogs(Stage stage, I18n i18n, MainViewModel vm, Consumer<Throwable> showError) {
        this.stage = stage;
        this.i18n = i18n;
        this.vm = vm;
        this.showError = showError;
    }

    void importKpi() {
        if (vm.fileProperty().get() == null) {
            return;
        }
        if (vm.fileProperty().get().isReadOnly()) {
            showError.accept(new LocalizedException("edit.readOnly", vm.fileProperty().get().path().getFileName()));
            return;
        }
        FileChooser fc = new FileChooser();
        fc.setTitle(i18n.t("kpiimport.title"));
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(i18n.t("budget.filter.all"), "*.xlsx",
                "*.csv", "*.xls"), new FileChooser.ExtensionFilter(i18n.t("budget.filter.xlsx"), "*.xlsx"),
                new FileChooser.ExtensionFilter(i18n.t("budget.filter.csv"), "*.csv"));
        File f = jp.kyoseivision.ui.common.FileDialogs.open(fc, stage);
        if (f != null) {
            importFrom(f.toPath());
        }
    }

    /** Checks {@code file} off the JavaFX thread and shows the problems or the preview; applies on confirmation. */
    void importFrom(Path file) {
        var sphere = vm.sphereProperty().get();
        jp.kyoseivision.ui.common.Background.run(stage, i18n, i18n.t("budget.import.reading", file.getFileName()),
                progress -> KpiImport.check(sphere, file), r -> {
                    if (vm.sphereProperty().get() == sphere) {
                        show(file, r);
                    } else {
                        importFrom(file); // the file changed meanwhile: checked again against it
                    }
                }, showError::accept);
    }

    private void show(Path file, KpiImport.Result r) {
        if (r.refused()) {
            Alert a = new Alert(Alert.AlertType.ERROR);
            a.initOwner(stage);
            a.setTitle(i18n.t("kpiimport.title"));
            a.setHeaderText(i18n.t("budget.refused", file.getFileName(), r.problems().size()));
            TextArea list = new TextArea(String.join("\n", r.problems().stream()
                    .map(p -> "・" + p.message(i18n.locale())).toList()));
            list.setId("kpi-problems");
            list.setEditable(false);
            list.setWrapText(true);
            list.setPrefSize(760, 300);
            a.getDialogPane().setContent(list);
            a.setResizable(true);
            a.show();
            return;
        }
        if (r.changes().isEmpty()) {
            Alert a = new Alert(Alert.AlertType.INFORMATION, i18n.t("kpiimport.noChange", file.getFileName()));
            a.initOwner(stage);
            a.setHeaderText(i18n.t("kpiimport.title"));
            a.getDialogPane().setId("kpi-no-change");
            a.show();
            return;
        }
        preview(file, r).showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .ifPresent(b -> apply(r));
    }

    /** The changes as one undoable edit. */
    void apply(KpiImport.Result r) {
        try {
            java.util.Set<String> cards = new java.util.HashSet<>();
            var s = vm.sphereProperty().get();
            for (KpiImport.Change c : r.changes()) {
                s.revisions().flatMap(x -> x.measures().stream())
                        .filter(m -> m.kpis().stream().anyMatch(k -> k.id().equals(c.kpiId())))
                        .forEach(m -> cards.add(m.id()));
            }
            // a node's 数値目標 or the plan's own target is no card's row: then the whole spheres are compared
            boolean onCards = r.changes().stream().allMatch(c -> jp.kyoseivision.edit.KpiEdits.onCard(s,
                    c.kpiId()));
            vm.applyEdit(i18n.t("kpiimport.edit", r.changes().size()),
                    x -> new jp.kyoseivision.edit.Edited(r.applyTo(x), onCards ? cards : null));
        } catch (RuntimeException e) {
            showError.accept(e);
        }
    }

    private Dialog<ButtonType> preview(Path file, KpiImport.Result r) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(stage);
        d.setTitle(i18n.t("kpiimport.title"));
        d.setHeaderText(i18n.t("kpiimport.preview.header", file.getFileName(), r.changes().size()));
        TableView<KpiImport.Change> table = new TableView<>();
        table.setId("kpi-preview");
        table.getColumns().add(column("kpiimport.col.no", KpiImport.Change::no, 50));
        table.getColumns().add(column("kpiimport.col.measure", KpiImport.Change::measure, 200));
        table.getColumns().add(column("kpiimport.col.kpi", KpiImport.Change::kpi, 200));
        table.getColumns().add(column("budget.col.fy", c -> JapaneseYears.fiscalYear(c.fy(), i18n.locale()), 130));
        table.getColumns().add(column("kpiimport.col.before", c -> value(c.before()), 110));
        table.getColumns().add(column("kpiimport.col.after", c -> value(c.after()), 110));
        table.getItems().setAll(r.changes());
        table.setPrefSize(820, 320);
        d.getDialogPane().setContent(table);
        d.getDialogPane().getButtonTypes().addAll(new ButtonType(i18n.t("budget.apply"),
                ButtonBar.ButtonData.OK_DONE), ButtonType.CANCEL);
        d.setResizable(true);
        return d;
    }

    private TableColumn<KpiImport.Change, String> column(String key, Function<KpiImport.Change, String> value,
            double w) {
        TableColumn<KpiImport.Change, String> c = new TableColumn<>(i18n.t(key));
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(value.apply(x.getValue())));
        c.setPrefWidth(w);
        c.setSortable(false);
        return c;
    }

    private String value(KpiActual a) {
        return a == null || a.value() == null ? i18n.t("budget.none") : KpiValueText.show(a.value());
    }
}
