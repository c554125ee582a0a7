package jp.kyoseivision.ui;

import jp.kyoseivision.ui.common.I18n;
import jp.kyoseivision.ui.nav.NavNode;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import jp.kyoseivision.importer.BudgetChange;
import jp.kyoseivision.importer.BudgetExport;
import jp.kyoseivision.importer.BudgetImport;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.text.JapaneseYears;
import jp.kyoseivision.text.LocalizedException;
import jp.kyoseivision.text.Numbers;

/**
 * 予算表を取り込む… / 予算表を書き出す… (docs/budget-import.md): the import checks the whole file, then shows either
 * every problem (nothing is written) or the changes (card, fiscal year, old → new), applied as one undoable edit
 * only when the officer confirms.
 */
final class BudgetDialogs {
    private final Stage stage;
    private final I18n i18n;
    private final MainViewModel vm;
    private final Supplier<NavNode> selected;
    private final Consumer<Throwable> showError;
    private final KpiImportDialogs kpis;

    BudgetDialogs(Stage stage, I18n i18n, MainViewModel vm, Supplier<NavNode> selected, Consumer<Throwable> showError) {
        this.stage = stage;
        this.i18n = i18n;
        this.vm = vm;
        this.selected = selected;
        this.showError = showError;
        this.kpis = new KpiImportDialogs(stage, i18n, vm, showError);
    }

    /** 成果指標の実績値を取り込む…, beside the budget import. */
    KpiImportDialogs kpis() {
        return kpis;
    }

    /** The plan of the selected row, else the newest plan. */
    Optional<Plan> plan() {
        Sphere s = vm.sphereProperty().get();
        if (s == null) {
            return Optional.empty();
        }
        NavNode n = selected.get();
        Plan p = n == null ? null : jp.kyoseivision.ui.nav.NavTree.plan(n);
        if (p != null) {
            return s.plan(p.id()); // the plan as it is now, not as the tree row was built
        }
        return s.plans().stream().max(Comparator.comparingInt(Plan::edition));
    }

    private FileChooser chooser(String titleKey) {
        FileChooser fc = new FileChooser();
        fc.setTitle(i18n.t(titleKey));
        fc.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(i18n.t("budget.filter.xlsx"), "*.xlsx"),
                new FileChooser.ExtensionFilter(i18n.t("budget.filter.csv"), "*.csv"));
        var f = vm.fileProperty().get();
        if (f != null && f.path().getParent() != null && f.path().getParent().toFile().isDirectory()) {
            fc.setInitialDirectory(f.path().getParent().toFile());
        }
        return fc;
    }

    /** 予算表を取り込む…: the plan, unlocked if adopted and the officer agrees, then a file, then the preview. */
    void importBudget() {
        Optional<Plan> plan = plan();
        if (plan.isEmpty() || vm.fileProperty().get() == null) {
            return;
        }
        if (vm.fileProperty().get().isReadOnly()) {
            showError.accept(new LocalizedException("edit.readOnly", vm.fileProperty().get().path().getFileName()));
            return;
        }
        Revision rev = plan.get().current().orElse(null);
        if (rev != null && vm.locked(rev)) {
            Alert a = new Alert(Alert.AlertType.CONFIRMATION, i18n.t("budget.unlockConfirm", rev.name()),
                    ButtonType.OK, ButtonType.CANCEL);
            a.initOwner(stage);
            a.setHeaderText(i18n.t("budget.import.title"));
            if (a.showAndWait().filter(b -> b == ButtonType.OK).isEmpty()) {
                return;
            }
            vm.unlock(rev);
        }
        FileChooser fc = chooser("budget.import.title");
        fc.getExtensionFilters().add(0, new FileChooser.ExtensionFilter(i18n.t("budget.filter.all"), "*.xlsx",
                "*.csv", "*.xls"));
        File f = jp.kyoseivision.ui.common.FileDialogs.open(fc, stage);
        if (f != null) {
            importFrom(plan.get().edition(), f.toPath());
        }
    }

    /** Checks {@code file} and shows the problems or the preview; applies on confirmation. */
    void importFrom(int edition, Path file) {
        // the workbook is read and checked against the plan off the JavaFX thread, with progress and 中止 (issue 16)
        var sphere = vm.sphereProperty().get();
        jp.kyoseivision.ui.common.Background.run(stage, i18n, i18n.t("budget.import.reading", file.getFileName()),
                progress -> BudgetImport.check(sphere, edition, file), r -> {
                    if (vm.sphereProperty().get() == sphere) {
                        show(file, r);
                    } else {
                        importFrom(edition, file); // the plan changed meanwhile: checked again against it
                    }
                }, showError::accept);
    }

    /** Shows the problems, or that nothing changes, or the preview; applies on confirmation. */
    private void show(Path file, BudgetImport.Result r) {
        if (r.refused()) {
            problems(file, r);
        } else if (r.changes().isEmpty()) {
            Alert a = new Alert(Alert.AlertType.INFORMATION, i18n.t("budget.noChange", file.getFileName()));
            a.initOwner(stage);
            a.setHeaderText(i18n.t("budget.import.title"));
            a.getDialogPane().setId("budget-no-change");
            a.show();
        } else {
            preview(file, r).showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                    .ifPresent(b -> {
                        try {
                            // only budgets of the listed cards change: their budget rows are written, their rows redrawn
                            java.util.Set<String> cards = new java.util.HashSet<>();
                            r.changes().forEach(x -> cards.add(x.measureId()));
                            vm.applyEdit(i18n.t("budget.edit", r.changes().size()),
                                    s -> new jp.kyoseivision.edit.Edited(r.applyTo(s), cards));
                        } catch (RuntimeException e) {
                            showError.accept(e);
                        }
                    });
        }
    }

    private void problems(Path file, BudgetImport.Result r) {
        Alert a = new Alert(Alert.AlertType.ERROR);
        a.initOwner(stage);
        a.setTitle(i18n.t("budget.import.title"));
        a.setHeaderText(i18n.t("budget.refused", file.getFileName(), r.problemCount()));
        // one problem per line, wrapped, and selectable so the list can be copied to whoever sent the file
        List<String> lines = new java.util.ArrayList<>(r.problems().stream().map(p -> "・" + p.message()).toList());
        r.more().ifPresent(m -> lines.add(m.getMessage()));
        TextArea list = new TextArea(String.join("\n", lines));
        list.setId("budget-problems");
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefSize(760, 300);
        a.getDialogPane().setContent(list);
        a.setResizable(true);
        a.show();
    }

    private Dialog<ButtonType> preview(Path file, BudgetImport.Result r) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(stage);
        d.setTitle(i18n.t("budget.import.title"));
        d.setHeaderText(i18n.t("budget.preview.header", file.getFileName(), r.plan().title(),
                r.revision().name(), r.changes().size()));
        TableView<BudgetChange> table = new TableView<>();
        table.setId("budget-preview");
        table.getColumns().add(column("budget.col.number", c -> String.valueOf(c.number()), 50));
        table.getColumns().add(column("budget.col.name", BudgetChange::name, 260));
        table.getColumns().add(column("budget.col.fy", c -> JapaneseYears.fiscalYear(c.fy(), i18n.locale()), 140));
        table.getColumns().add(column("budget.col.before", c -> amount(c.before()), 150));
        table.getColumns().add(column("budget.col.after", c -> amount(c.after()), 150));
        table.getColumns().subList(3, 5).forEach(c -> c.setStyle("-fx-alignment: CENTER-RIGHT;"));
        table.getItems().setAll(r.changes());
        table.setPrefSize(780, 320);
        VBox box = new VBox(8, table);
        List<String> notes = r.notices().stream().map((LocalizedException e) -> e.message(i18n.locale())).toList();
        if (!notes.isEmpty()) {
            Label n = new Label(String.join("\n", notes));
            n.setId("budget-notices");
            n.setWrapText(true);
            box.getChildren().add(n);
        }
        d.getDialogPane().setContent(box);
        d.getDialogPane().getButtonTypes().addAll(new ButtonType(i18n.t("budget.apply"),
                ButtonBar.ButtonData.OK_DONE), ButtonType.CANCEL);
        d.setResizable(true);
        return d;
    }

    private TableColumn<BudgetChange, String> column(String key, Function<BudgetChange, String> value, double w) {
        TableColumn<BudgetChange, String> c = new TableColumn<>(i18n.t(key));
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(value.apply(x.getValue())));
        c.setPrefWidth(w);
        c.setSortable(false);
        return c;
    }

    private String amount(Long v) {
        return v == null ? i18n.t("budget.none") : Numbers.grouped(v);
    }

    /** 予算表を書き出す…: the plan's budget table as xlsx or CSV, the template the import reads. */
    void exportBudget() {
        Optional<Plan> plan = plan();
        if (plan.isEmpty()) {
            return;
        }
        FileChooser fc = chooser("budget.export.title");
        // the same CSV in Shift_JIS, for an office whose Excel or system reads nothing else
        FileChooser.ExtensionFilter sjis = new FileChooser.ExtensionFilter(i18n.t("budget.filter.csvSjis"), "*.csv");
        fc.getExtensionFilters().add(sjis);
        fc.setInitialFileName(i18n.t("budget.export.name", plan.get().edition()) + ".xlsx");
        File f = jp.kyoseivision.ui.common.FileDialogs.saveExport(fc, stage);
        if (f == null) {
            return;
        }
        String name = f.getName();
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (!lower.endsWith(".csv") && !lower.endsWith(".xlsx")) {
            boolean csv = fc.getSelectedExtensionFilter() != null
                    && fc.getSelectedExtensionFilter().getExtensions().contains("*.csv");
            name = name + (csv ? ".csv" : ".xlsx");
        }
        exportTo(plan.get(), f.toPath().resolveSibling(name), fc.getSelectedExtensionFilter() == sjis
                ? jp.kyoseivision.text.CsvEncoding.CP932 : jp.kyoseivision.text.CsvEncoding.UTF8);
    }

    void exportTo(Plan plan, Path target) {
        exportTo(plan, target, jp.kyoseivision.text.CsvEncoding.UTF8);
    }

    /** Writes the table; a CSV in {@code encoding} (an xlsx ignores it). */
    void exportTo(Plan plan, Path target, jp.kyoseivision.text.CsvEncoding encoding) {
        try {
            String name = target.getFileName().toString();
            // a wrong extension is refused before anything is written
            BudgetExport.write(plan, i18n.locale(), name, encoding, OutputStream.nullOutputStream());
            jp.kyoseivision.store.SafeFiles.write(target,
                    out -> BudgetExport.write(plan, i18n.locale(), name, encoding, out));
        } catch (IOException | RuntimeException e) {
            showError.accept(e);
        }
    }

    /** A table in the window's choice, shown by its name. */
    private record TableChoice(jp.kyoseivision.exports.XlsxTables.Table table, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** ファイル → Excelに書き出す…: which table of the selected (else the newest) plan, then where. */
    void exportXlsx() {
        Optional<Plan> plan = plan();
        if (plan.isEmpty()) {
            return;
        }
        List<TableChoice> choices = java.util.Arrays.stream(jp.kyoseivision.exports.XlsxTables.Table.values())
                .map(t -> new TableChoice(t, t.label(i18n.locale()))).toList();
        javafx.scene.control.ChoiceDialog<TableChoice> ask = new javafx.scene.control.ChoiceDialog<>(choices.get(0),
                choices);
        ask.initOwner(stage);
        ask.setTitle(i18n.t("xlsx.choose.title"));
        ask.setHeaderText(i18n.t("xlsx.choose.header", plan.get().title()));
        ask.setContentText(i18n.t("xlsx.choose.label"));
        ask.getDialogPane().setId("xlsx-choose");
        Optional<TableChoice> picked = ask.showAndWait();
        if (picked.isEmpty()) {
            return;
        }
        FileChooser fc = new FileChooser();
        fc.setTitle(i18n.t("xlsx.choose.title"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.t("budget.filter.xlsx"), "*.xlsx"));
        fc.setInitialFileName(picked.get().label() + ".xlsx");
        File f = jp.kyoseivision.ui.common.FileDialogs.saveExport(fc, stage);
        if (f == null) {
            return;
        }
        String name = f.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") ? f.getName()
                : f.getName() + ".xlsx";
        exportXlsxTo(plan.get(), picked.get().table(), f.toPath().resolveSibling(name));
    }

    /** Writes the workbook off the JavaFX thread; an existing file is only replaced once the new one is whole. */
    javafx.concurrent.Task<Path> exportXlsxTo(Plan plan, jp.kyoseivision.exports.XlsxTables.Table table,
            Path target) {
        Sphere s = vm.sphereProperty().get();
        java.util.Locale locale = i18n.locale();
        return jp.kyoseivision.ui.common.Background.run(stage, i18n, i18n.t("xlsx.exporting"),
                i18n.t("xlsx.failed.header"), progress -> {
                    jp.kyoseivision.exports.XlsxTables.check(plan, target.getFileName().toString());
                    return jp.kyoseivision.store.SafeFiles.write(target,
                            out -> jp.kyoseivision.exports.XlsxTables.write(s, plan, table, locale, out));
                }, written -> { });
    }
}
