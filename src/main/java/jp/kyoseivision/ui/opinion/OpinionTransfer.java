package jp.kyoseivision.ui.opinion;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import jp.kyoseivision.opinions.AnswerCsv;
import jp.kyoseivision.opinions.AnswerPdf;
import jp.kyoseivision.opinions.AnswerTable;
import jp.kyoseivision.opinions.AnswerXlsx;
import jp.kyoseivision.opinions.OpinionImport;
import jp.kyoseivision.store.SafeFiles;
import jp.kyoseivision.ui.common.Background;
import jp.kyoseivision.ui.common.Dialogs;
import jp.kyoseivision.ui.common.FileDialogs;
import jp.kyoseivision.ui.common.I18n;
import jp.kyoseivision.ui.common.PdfExport;
import jp.kyoseivision.ui.opinion.OpinionViewModel.Choice;

/**
 * 意見を取り込む… and 書き出す… of the 意見 window. The import asks the kind and consultation, reads and checks the
 * whole file off the JavaFX thread, then previews every row: rows whose 項目 matched nothing are assigned a card or
 * direction from a list; the other problems are listed with their row numbers; nothing is applied until every row is
 * valid, then all of them as one undoable edit. The export writes the 「ご意見の概要及びご意見に対する考え方」 table of
 * the opinions shown, as PDF (A4), xlsx or CSV, off the JavaFX thread.
 */
final class OpinionTransfer {
    private final OpinionViewModel vm;
    private final I18n i18n;
    private final Stage owner;
    private final java.util.function.Supplier<Path> pdfFont;

    OpinionTransfer(OpinionViewModel vm, Stage owner, java.util.function.Supplier<Path> pdfFont) {
        this.vm = vm;
        this.i18n = vm.i18n();
        this.owner = owner;
        this.pdfFont = pdfFont;
    }

    // ---- import -------------------------------------------------------------------------------------------------

    void importOpinions() {
        vm.commitPending();
        Dialog<ButtonType> ask = new Dialog<>();
        ask.initOwner(owner);
        ask.setTitle(i18n.t("op.import.title"));
        ask.setHeaderText(i18n.t("op.import.header"));
        ComboBox<Choice<String>> kind = new ComboBox<>();
        kind.setId("op-import-kind");
        kind.getItems().setAll(vm.kindChoices().subList(1, vm.kindChoices().size()));
        String filtered = vm.kindFilterProperty().get();
        kind.setValue(kind.getItems().stream().filter(c -> c.value().equals(filtered)).findFirst()
                .orElse(kind.getItems().isEmpty() ? null : kind.getItems().get(0)));
        TextField source = new TextField(kind.getValue() == null ? "" : vm.lastSource(kind.getValue().value()));
        source.setId("op-import-source");
        source.setPrefColumnCount(36);
        kind.valueProperty().addListener((o, a, b) -> source.setText(b == null ? "" : vm.lastSource(b.value())));
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.addRow(0, new Label(i18n.t("op.field.kind")), kind);
        g.addRow(1, new Label(i18n.t("op.field.source")), source);
        ask.getDialogPane().setContent(g);
        ask.getDialogPane().setId("op-import-ask");
        ask.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        ask.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(kind.valueProperty().isNull());
        Dialogs.fit(ask);
        if (ask.showAndWait().filter(b -> b == ButtonType.OK).isEmpty()) {
            return;
        }
        OpinionImport.Target target = vm.importTarget(kind.getValue().value(), source.getText());
        FileChooser fc = new FileChooser();
        fc.setTitle(i18n.t("op.import.title"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.t("op.import.filter"), "*.xlsx", "*.csv"));
        File f = FileDialogs.open(fc, owner);
        if (f != null) {
            importFrom(target, f.toPath());
        }
    }

    /** Reads and checks {@code file} in the background, then previews it. */
    void importFrom(OpinionImport.Target target, Path file) {
        var sphere = vm.sphere();
        Background.run(owner, i18n, i18n.t("op.import.reading", file.getFileName()), i18n.t("op.import.failed"),
                progress -> OpinionViewModel.check(sphere, target, file), r -> {
                    if (vm.sphere() == sphere) {
                        preview(file, r);
                    } else {
                        importFrom(target, file); // the file changed meanwhile: checked again against it
                    }
                });
    }

    private void preview(Path file, OpinionImport.Result first) {
        SimpleObjectProperty<OpinionImport.Result> result = new SimpleObjectProperty<>(first);
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(i18n.t("op.import.title"));
        Label header = new Label(i18n.t("op.import.preview", file.getFileName(), first.rows().size()));
        header.setWrapText(true);
        header.setMaxWidth(900);
        TableView<OpinionImport.Row> table = new TableView<>();
        table.setId("op-import-rows");
        table.getColumns().add(column("op.import.col.row", r -> String.valueOf(r.row()), 44));
        table.getColumns().add(column("op.col.number", r -> r.number() == null ? "" : String.valueOf(r.number()), 48));
        table.getColumns().add(column("op.col.page", r -> r.page() == null ? "" : r.page(), 48));
        table.getColumns().add(column("op.col.item", r -> r.item() == null ? "" : r.item(), 180));
        table.getColumns().add(column("op.col.text", OpinionImport.Row::text, 300));
        TableColumn<OpinionImport.Row, OpinionImport.Row> assign = new TableColumn<>(i18n.t("op.import.col.assign"));
        assign.setPrefWidth(280);
        assign.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue()));
        List<Choice<String>> choices = vm.concernChoices();
        assign.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(OpinionImport.Row r, boolean empty) {
                super.updateItem(r, empty);
                setText(null);
                setGraphic(null);
                if (empty || r == null) {
                    return;
                }
                boolean wasUnmatched = first.unmatched().stream().anyMatch(x -> x.row() == r.row());
                if (!wasUnmatched) {
                    setText(vm.concernLabel(r.policyAreaId(), r.directionId(), r.measureId()));
                    return;
                }
                ComboBox<Choice<String>> box = new ComboBox<>();
                box.setId("op-import-assign-" + r.row());
                box.setPromptText(i18n.t("op.import.unmatched"));
                box.getItems().setAll(choices);
                box.setMaxWidth(Double.MAX_VALUE);
                if (r.matched()) {
                    String id = r.measureId() != null ? r.measureId()
                            : r.directionId() != null ? r.directionId() : r.policyAreaId();
                    choices.stream().filter(x -> java.util.Objects.equals(x.value(), id)).findFirst()
                            .ifPresent(box::setValue);
                }
                box.valueProperty().addListener((o, a, b) -> {
                    if (b != null) {
                        result.set(vm.assign(result.get(), r.row(), b.value()));
                    }
                });
                setGraphic(box);
            }
        });
        table.getColumns().add(assign);
        table.getItems().setAll(first.rows());
        table.setPrefSize(920, 340);
        TextArea problems = new TextArea();
        problems.setId("op-import-problems");
        problems.setEditable(false);
        problems.setWrapText(true);
        problems.setPrefRowCount(6);
        Label problemsTitle = new Label();
        problemsTitle.setId("op-import-status");
        VBox box = new VBox(8, header, table, problemsTitle, problems);
        VBox.setVgrow(table, Priority.ALWAYS);
        d.getDialogPane().setContent(box);
        d.getDialogPane().setId("op-import-preview");
        ButtonType apply = new ButtonType(i18n.t("op.import.apply"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(apply, ButtonType.CANCEL);
        Button applyButton = (Button) d.getDialogPane().lookupButton(apply);
        applyButton.setId("op-import-apply");
        Runnable show = () -> {
            OpinionImport.Result r = result.get();
            List<String> lines = new java.util.ArrayList<>(r.problems().stream()
                    .map(p -> "・" + p.message(i18n.locale())).toList());
            r.more().ifPresent(m -> lines.add(m.message(i18n.locale())));
            problems.setText(String.join("\n", lines));
            problemsTitle.setText(r.refused() ? i18n.t("op.import.problems", r.problemCount())
                    : i18n.t("op.import.ready"));
            applyButton.setDisable(r.refused() || r.rows().isEmpty());
        };
        result.addListener((o, a, b) -> show.run());
        show.run();
        d.setResizable(true);
        Dialogs.fit(d);
        if (d.showAndWait().filter(b -> b == apply).isPresent()) {
            try {
                vm.applyImport(result.get());
            } catch (RuntimeException e) {
                Dialogs.error(owner, i18n, i18n.t("op.import.failed"), e.getMessage()).show();
            }
        }
    }

    private TableColumn<OpinionImport.Row, String> column(String key, Function<OpinionImport.Row, String> value,
            double w) {
        TableColumn<OpinionImport.Row, String> c = new TableColumn<>(i18n.t(key));
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(value.apply(x.getValue())));
        c.setPrefWidth(w);
        c.setSortable(false);
        return c;
    }

    // ---- export -------------------------------------------------------------------------------------------------

    void export() {
        vm.commitPending();
        FileChooser fc = new FileChooser();
        fc.setTitle(i18n.t("op.export.title"));
        // the same CSV in Shift_JIS (CP932), for an office whose Excel or system reads nothing else
        FileChooser.ExtensionFilter sjis = new FileChooser.ExtensionFilter(i18n.t("op.export.csvSjis"), "*.csv");
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(i18n.t("op.export.pdf"), "*.pdf"),
                new FileChooser.ExtensionFilter(i18n.t("op.export.xlsx"), "*.xlsx"),
                new FileChooser.ExtensionFilter(i18n.t("op.export.csv"), "*.csv"), sjis);
        fc.setInitialFileName(i18n.t("op.export.name") + ".pdf");
        File f = FileDialogs.saveExport(fc, owner);
        if (f == null) {
            return;
        }
        String name = f.getName();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".pdf") && !lower.endsWith(".xlsx") && !lower.endsWith(".csv")) {
            var chosen = fc.getSelectedExtensionFilter();
            String ext = chosen == null ? ".pdf" : chosen.getExtensions().get(0).substring(1);
            name = name + ext;
        }
        exportTo(f.toPath().resolveSibling(name), fc.getSelectedExtensionFilter() == sjis
                ? jp.kyoseivision.text.CsvEncoding.CP932 : jp.kyoseivision.text.CsvEncoding.UTF8);
    }

    void exportTo(Path target) {
        exportTo(target, jp.kyoseivision.text.CsvEncoding.UTF8);
    }

    /** Writes the table of the opinions shown to {@code target}: PDF, xlsx or CSV (in {@code encoding}) by its extension. */
    void exportTo(Path target, jp.kyoseivision.text.CsvEncoding encoding) {
        AnswerTable t = vm.answerTable();
        String lower = target.getFileName().toString().toLowerCase(Locale.ROOT);
        java.util.function.Consumer<Object> done = x -> vm.exported(i18n.t("op.export.written", target));
        if (lower.endsWith(".pdf")) {
            Path font = pdfFont.get();
            PdfExport.start(owner, i18n, target, () -> AnswerPdf.document(t, t.title()),
                    () -> jp.kyoseivision.report.FontLocator.find(font), done::accept);
        } else {
            boolean xlsx = lower.endsWith(".xlsx");
            Background.run(owner, i18n, i18n.t("op.export.writing"), i18n.t("op.export.title"), progress -> {
                SafeFiles.write(target, out -> {
                    if (xlsx) {
                        AnswerXlsx.write(t, progress.watch(out));
                    } else {
                        AnswerCsv.write(t, progress.watch(out), encoding);
                    }
                });
                return target;
            }, done::accept);
        }
    }
}
