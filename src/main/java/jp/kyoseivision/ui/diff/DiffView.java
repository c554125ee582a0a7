package jp.kyoseivision.ui.diff;

import jp.kyoseivision.ui.common.I18n;
import jp.kyoseivision.ui.common.Views;

import jp.kyoseivision.report.FontLocator;
import jp.kyoseivision.report.ReportTables;
import jp.kyoseivision.text.LocalizedException;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.StringConverter;
import jp.kyoseivision.diff.BudgetLine;
import jp.kyoseivision.diff.CardDiff;
import jp.kyoseivision.diff.ComparisonTable;
import jp.kyoseivision.diff.CsvExport;
import jp.kyoseivision.diff.DiffJson;
import jp.kyoseivision.diff.DiffLabels;
import jp.kyoseivision.diff.DiffService;
import jp.kyoseivision.diff.RevisionDiff;
import jp.kyoseivision.diff.XlsxExport;
import jp.kyoseivision.model.ChangeKind;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.text.JapaneseYears;

/**
 * The comparison window (新旧比較): two revisions picked on top, the counts per kind and the budget totals per
 * fiscal year, the card list with change badges and filters on the left, the selected pair side by side on the
 * right with inline highlights, the reason editor and a button that opens the card in the main window.
 *
 * <p>Changes are never shown by colour alone: deleted text is struck through and wrapped in [− ], inserted text is
 * underlined and wrapped in [+ ]; badges carry the kind's name.
 */
public final class DiffView {
    private final DiffViewModel vm;
    private final I18n i18n;
    private final Locale locale;
    private final Consumer<String> openCard;
    private final Stage stage;
    private final HBox summary = new HBox(8);
    private final GridPane totals = new GridPane();
    /** Said under the totals when two plan periods are set side by side by plan year. */
    private final Label totalsNote = new Label();
    private final VBox detail = new VBox(10);
    private final DiffDetail details;
    /** Said under the pickers when the two revisions belong to plans of different series. */
    private final Label crossSeries = new Label();
    private final javafx.scene.control.Tab itemsTab = new javafx.scene.control.Tab();
    private final TargetsPane targets;

    /**
     * @param openCard called with a measure id when the officer asks to open that card in the main window
     */
    /** The PDF font chosen in 設定… or the print preview; null = found automatically. */
    private java.nio.file.Path pdfFont;

    /** Exports PDF with {@code font} (null: the first usable font {@link FontLocator} finds). */
    public void usePdfFont(java.nio.file.Path font) {
        pdfFont = font;
    }

    /** Revisions of more cards than this (the two together) are compared in the background. */
    static final int BACKGROUND_CARDS = 400;

    /**
     * The window's way to compare: small revisions at once, large ones off the JavaFX thread with a progress window
     * and 中止 over {@code owner} (issue 16).
     */
    public static DiffViewModel.Runner inBackground(javafx.stage.Window owner, I18n i18n) {
        return (from, to, compare, apply) -> {
            if (from.measures().size() + to.measures().size() <= BACKGROUND_CARDS) {
                apply.accept(compare.apply(DiffService.NEVER));
            } else {
                // 中止 stops the comparison itself, at its next pair of cards (issue 16)
                jp.kyoseivision.ui.common.Background.run(owner, i18n, i18n.t("diff.computing"),
                        i18n.t("dialog.error.header"), progress -> compare.apply(progress::cancelled), apply);
            }
        };
    }

    public DiffView(Stage stage, DiffViewModel vm, I18n i18n, Consumer<String> openCard, String fileName) {
        this.stage = stage;
        this.vm = vm;
        this.i18n = i18n;
        this.locale = i18n.locale();
        this.openCard = openCard;
        this.details = new DiffDetail(i18n);
        this.targets = new TargetsPane(i18n);

        BorderPane root = new BorderPane();
        root.setId("diff-root");
        crossSeries.setId("diff-cross-series");
        crossSeries.setWrapText(true);
        crossSeries.getStyleClass().add("diff-notice");
        crossSeries.managedProperty().bind(crossSeries.visibleProperty());
        crossSeries.setVisible(false);
        VBox top = new VBox(8, pickers(), crossSeries, summary, totals, totalsNote);
        totalsNote.setId("diff-total-note");
        totalsNote.setWrapText(true);
        totalsNote.getStyleClass().add("breadcrumb");
        totalsNote.managedProperty().bind(totalsNote.visibleProperty());
        totalsNote.setVisible(false);
        top.setPadding(new Insets(10));
        summary.setId("diff-summary");
        summary.setAlignment(Pos.CENTER_LEFT);
        totals.setId("diff-totals");
        totals.getStyleClass().add("ruled-table");
        totals.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        root.setTop(top);

        SplitPane split = new SplitPane(listPane(), detailPane());
        split.setDividerPositions(0.34);
        // the items compared, and the plans' numeric targets side by side (a restructured plan's goals continue)
        itemsTab.setContent(split);
        itemsTab.setId("diff-tab-items");
        itemsTab.setClosable(false);
        javafx.scene.control.Tab targetsTab = new javafx.scene.control.Tab(i18n.t("diff.tab.targets"),
                targets.node());
        targetsTab.setId("diff-tab-targets");
        targetsTab.setClosable(false);
        javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane(itemsTab, targetsTab);
        tabs.setId("diff-tabs");
        root.setCenter(tabs);

        vm.diffProperty().addListener((o, a, b) -> showSummary(b));
        vm.selectedProperty().addListener((o, a, b) -> details.show(detail, b));
        showSummary(vm.diffProperty().get());
        details.show(detail, vm.selectedProperty().get());

        Scene scene = jp.kyoseivision.ui.common.WindowPlacement.scene(root, 1280, 860);
        scene.getStylesheets().add(DiffView.class.getResource("/jp/kyoseivision/ui/kyosei.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle(i18n.t("diff.title", fileName));
    }

    /** Shows the change from card {@code oldId} to {@code newId} (a 反映済 opinion's change), every row listed. */
    public boolean showPair(String oldId, String newId) {
        return vm.showPair(oldId, newId);
    }

    public Stage stage() {
        return stage;
    }

    private Node pickers() {
        ComboBox<Revision> from = revisionBox("diff-from");
        from.setItems(vm.fromChoices());
        from.valueProperty().bindBidirectional(vm.fromProperty());
        ComboBox<Revision> to = revisionBox("diff-to");
        to.valueProperty().bindBidirectional(vm.toProperty());
        MenuButton export = new MenuButton(i18n.t("diff.export"));
        export.setId("diff-export");
        export.getItems().addAll(exportItem("pdf"), exportItem("csv"), exportItem("csvSjis"), exportItem("xlsx"),
                exportItem("json"), new javafx.scene.control.SeparatorMenuItem(), exportItem("targetsCsv"),
                exportItem("targetsXlsx"));
        // one picker a line: a long plan title (an action plan's) still shows the revision's name after it
        Label fromLabel = new Label(i18n.t("diff.from"));
        Label toLabel = new Label(i18n.t("diff.to"));
        for (javafx.scene.control.Control c : new javafx.scene.control.Control[] {fromLabel, toLabel, export}) {
            c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        from.setPrefWidth(640);
        to.setPrefWidth(640);
        GridPane box = new GridPane();
        box.setHgap(8);
        box.setVgap(6);
        box.addRow(0, fromLabel, from, export);
        box.addRow(1, toLabel, to);
        return box;
    }

    private ComboBox<Revision> revisionBox(String id) {
        ComboBox<Revision> box = new ComboBox<>(vm.revisions());
        box.setId(id);
        // a revision of another series is offered after the same series', marked as compared by name only
        box.setConverter(Views.converter(r -> i18n.t("diff.revision", vm.planOf(r).title(), r.name())
                + ("diff-from".equals(id) && vm.otherSeries(r) ? i18n.t("diff.otherSeries") : "")));
        return box;
    }

    private void showSummary(RevisionDiff d) {
        summary.getChildren().clear();
        totals.getChildren().clear();
        totalsNote.setVisible(false);
        crossSeries.setVisible(false);
        targets.show(d);
        if (d == null) {
            return;
        }
        jp.kyoseivision.diff.FieldNames names = jp.kyoseivision.diff.FieldNames.of(d, locale);
        details.names(names);
        itemsTab.setText(names.vision() ? i18n.t("diff.tab.items") : i18n.t("diff.tab.items.of", names.item()));
        if (!d.sameSeries()) {
            crossSeries.setText(ComparisonTable.crossSeries(d, locale));
            crossSeries.setVisible(true);
        }
        summary.getChildren().add(Views.fieldLabel(i18n.t("diff.summary")));
        for (ChangeKind k : ChangeKind.values()) {
            Label badge = new Label(i18n.t("diff.count", DiffLabels.kind(k, locale), d.count(k)));
            badge.setId("diff-count-" + k.name().toLowerCase(Locale.ROOT));
            badge.getStyleClass().addAll("diff-badge", "diff-" + k.name().toLowerCase(Locale.ROOT));
            summary.getChildren().add(badge);
        }
        if (d.budgetTotals().isEmpty()) {
            return;
        }
        Views.header(totals, i18n.t("diff.totals"), 0, 0);
        if (d.byPlanYear()) {
            // two plan periods: the amounts side by side per plan year, with each period's total; no change shown
            Views.header(totals, details.side(true, d.fromPlan()), 0, 1).setAlignment(Pos.CENTER_LEFT);
            Views.header(totals, details.side(false, d.toPlan()), 0, 2).setAlignment(Pos.CENTER_LEFT);
            int col = 1;
            Long old = null;
            Long now = null;
            for (BudgetLine l : d.budgetTotals()) {
                Views.header(totals, i18n.t("diff.planYear", l.planYear()), col, 0);
                Views.cell(totals, DiffDetail.amount(l.oldAmount()), col, 1, true)
                        .setId("diff-total-y" + l.planYear() + "-old");
                Views.cell(totals, DiffDetail.amount(l.newAmount()), col, 2, true)
                        .setId("diff-total-y" + l.planYear() + "-new");
                old = plus(old, l.oldAmount());
                now = plus(now, l.newAmount());
                col++;
            }
            Views.header(totals, i18n.t("diff.planYear.total"), col, 0);
            // a period without any budget entered shows — (not entered), never 0
            Views.cell(totals, DiffDetail.amount(old), col, 1, true).setId("diff-total-sum-old");
            Views.cell(totals, DiffDetail.amount(now), col, 2, true).setId("diff-total-sum-new");
            totalsNote.setText(i18n.t("diff.planYear.note"));
            totalsNote.setVisible(true);
            return;
        }
        Views.header(totals, i18n.t("diff.side.old"), 0, 1).setAlignment(Pos.CENTER_LEFT);
        Views.header(totals, i18n.t("diff.side.new"), 0, 2).setAlignment(Pos.CENTER_LEFT);
        Views.header(totals, i18n.t("diff.budget.difference"), 0, 3).setAlignment(Pos.CENTER_LEFT);
        int col = 1;
        for (BudgetLine l : d.budgetTotals()) {
            Views.header(totals, JapaneseYears.fiscalYear(l.fy(), locale), col, 0);
            Views.cell(totals, DiffDetail.amount(l.oldAmount()), col, 1, true).setId("diff-total-" + l.fy() + "-old");
            Views.cell(totals, DiffDetail.amount(l.newAmount()), col, 2, true).setId("diff-total-" + l.fy() + "-new");
            Views.cell(totals, DiffDetail.difference(l), col, 3, true).setId("diff-total-" + l.fy() + "-diff");
            col++;
        }
    }

    /** A sum that stays {@code null} (not entered) until some amount is added. */
    private static Long plus(Long sum, Long amount) {
        if (amount == null) {
            return sum;
        }
        return sum == null ? amount : Long.valueOf(sum + amount);
    }

    private Node listPane() {
        ComboBox<DiffViewModel.Filter> filter = new ComboBox<>();
        filter.setId("diff-filter");
        filter.getItems().setAll(DiffViewModel.Filter.values());
        filter.setConverter(Views.converter(f -> i18n.t("diff.filter." + f.name().toLowerCase(Locale.ROOT))));
        filter.valueProperty().bindBidirectional(vm.filterProperty());
        ComboBox<String> area = new ComboBox<>();
        area.setId("diff-area");
        area.getItems().add(null);
        area.getItems().addAll(vm.areas());
        vm.areas().addListener((javafx.collections.ListChangeListener<String>) c -> {
            area.getItems().setAll((String) null);
            area.getItems().addAll(vm.areas());
        });
        // a plan that groups its items by no level (an action plan) has nothing to filter by
        area.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.areas()));
        area.managedProperty().bind(area.visibleProperty());
        area.setConverter(new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null ? allGroups() : s;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        area.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(s == null ? allGroups() : s);
            }
        });
        area.valueProperty().bindBidirectional(vm.areaProperty());

        ListView<CardDiff> list = new ListView<>(vm.rows());
        list.setId("diff-list");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(CardDiff c, boolean empty) {
                super.updateItem(c, empty);
                getStyleClass().removeIf(s -> s.startsWith("diff-row-"));
                if (empty || c == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label badge = new Label(DiffLabels.kind(c.kind(), locale));
                badge.getStyleClass().addAll("diff-badge", "diff-" + c.kind().name().toLowerCase(Locale.ROOT));
                setGraphic(badge);
                setText(details.rowText(c));
                if (c.shaded()) {
                    getStyleClass().add("diff-row-shaded");
                }
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedProperty().set(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b != null && list.getSelectionModel().getSelectedItem() != b) {
                list.getSelectionModel().select(b);
            }
        });
        if (vm.selectedProperty().get() != null) {
            list.getSelectionModel().select(vm.selectedProperty().get());
        }
        // a 基本目標 is a whole sentence: the group box takes the width left, the filter keeps its own
        filter.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        area.setPrefWidth(220);
        area.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(area, Priority.ALWAYS);
        HBox filters = new HBox(6, filter, area);
        VBox box = new VBox(6, filters, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(6));
        return box;
    }

    /** すべての政策分野 for the vision; すべての基本目標 for a 総合戦略. */
    private String allGroups() {
        String level = vm.groupLevelName();
        RevisionDiff d = vm.diffProperty().get();
        if (d == null || level == null || jp.kyoseivision.diff.FieldNames.of(d, locale).vision()) {
            return i18n.t("diff.area.all");
        }
        return i18n.t("diff.area.all.of", level);
    }

    private Node detailPane() {
        detail.setId("diff-detail");
        detail.setPadding(new Insets(12));
        ScrollPane sp = new ScrollPane(detail);
        sp.setFitToWidth(true);
        // the reason editor stays in view below the scrolling detail
        BorderPane pane = new BorderPane(sp);
        pane.setBottom(reasonEditor());
        return pane;
    }

    private Node reasonEditor() {
        TextArea text = new TextArea();
        text.setId("diff-reason");
        text.setWrapText(true);
        text.setPrefRowCount(4);
        text.textProperty().bindBidirectional(vm.reasonTextProperty());
        Button save = new Button(i18n.t("diff.reason.save"));
        save.setId("diff-reason-save");
        save.setDisable(!vm.canSaveReason());
        vm.selectedProperty().addListener((o, a, b) -> save.setDisable(!vm.canSaveReason()));
        Label error = new Label();
        error.setId("diff-reason-error");
        error.setWrapText(true);
        error.getStyleClass().add("diff-deleted");
        error.textProperty().bind(vm.saveErrorProperty());
        save.setOnAction(e -> vm.saveReason());
        Button open = new Button(i18n.t("diff.openCard"));
        open.setId("diff-open-card");
        open.disableProperty().bind(vm.selectedProperty().isNull());
        open.setOnAction(e -> openCard.accept(vm.selectedProperty().get().card().id()));
        HBox buttons = new HBox(8, save, open);
        VBox box = new VBox(6, Views.fieldLabel(i18n.t("diff.reason")), text, buttons, error);
        box.setId("diff-reason-box");
        box.setPadding(new Insets(8, 12, 8, 12));
        box.getStyleClass().add("diff-reason-box");
        return box;
    }

    private MenuItem exportItem(String format) {
        MenuItem mi = new MenuItem(i18n.t("diff.export." + format));
        mi.setId("diff-export-" + format);
        mi.setOnAction(e -> export(format));
        return mi;
    }

    private void export(String format) {
        RevisionDiff d = vm.diffProperty().get();
        if (d == null) {
            return;
        }
        // CSV in Shift_JIS (CP932) for an office whose Excel reads nothing else; UTF-8 with BOM otherwise
        jp.kyoseivision.text.CsvEncoding encoding = "csvSjis".equals(format) ? jp.kyoseivision.text.CsvEncoding.CP932
                : jp.kyoseivision.text.CsvEncoding.UTF8;
        String ext = "csvSjis".equals(format) || "targetsCsv".equals(format) ? "csv"
                : "targetsXlsx".equals(format) ? "xlsx" : format;
        FileChooser fc = new FileChooser();
        fc.setTitle(i18n.t("diff.export"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext.toUpperCase(Locale.ROOT), "*." + ext));
        jp.kyoseivision.diff.FieldNames names = jp.kyoseivision.diff.FieldNames.of(d, locale);
        String name = format.startsWith("targets") ? i18n.t("diff.tab.targets")
                : names.vision() ? i18n.t("diff.export.fileName") : i18n.t("diff.export.fileName.of", names.item());
        fc.setInitialFileName(name + "." + ext);
        File f = jp.kyoseivision.ui.common.FileDialogs.saveExport(fc, stage);
        if (f == null) {
            return;
        }
        exportTo(d, f, format.startsWith("targets") ? format : ext, encoding);
    }

    /** Writes the comparison {@code d} to {@code f} as {@code format} (pdf, csv, xlsx, json); a CSV in {@code encoding}. */
    void exportTo(RevisionDiff d, File f, String format, jp.kyoseivision.text.CsvEncoding encoding) {
        if ("pdf".equals(format)) {
            // laid out and written off the JavaFX thread with progress and 中止, through a temporary file: a failed
            // or cancelled export leaves no half-written PDF (issue 16)
            jp.kyoseivision.ui.common.PdfExport.start(stage, i18n, f.toPath(),
                    () -> ReportTables.comparison(ComparisonTable.of(d, locale),
                            d.toPlan().title() + "　" + d.to().name()),
                    () -> FontLocator.find(pdfFont), written -> written.warning().ifPresent(w -> {
                        javafx.scene.control.Alert a = new javafx.scene.control.Alert(
                                javafx.scene.control.Alert.AlertType.WARNING, w.message(i18n.locale()));
                        a.setHeaderText(i18n.t("print.warning.header"));
                        a.initOwner(stage);
                        a.show();
                    }));
            return;
        }
        if (format.startsWith("targets")) {
            jp.kyoseivision.diff.TargetTable t = jp.kyoseivision.diff.TargetTable.of(d, locale);
            try {
                jp.kyoseivision.store.SafeFiles.write(f.toPath(), out -> {
                    if ("targetsCsv".equals(format)) {
                        jp.kyoseivision.diff.TargetExport.csv(t, encoding.writer(out));
                    } else {
                        jp.kyoseivision.diff.TargetExport.xlsx(t, locale, out);
                    }
                });
            } catch (LocalizedException e) {
                exportFailed(f, e);
            }
            return;
        }
        ComparisonTable table = ComparisonTable.of(d, locale);
        try {
            jp.kyoseivision.store.SafeFiles.write(f.toPath(), out -> {
                switch (format) {
                    case "csv" -> CsvExport.write(table, locale, encoding.writer(out)); // flushed, BOM for UTF-8
                    case "xlsx" -> XlsxExport.write(table, locale, out);
                    default -> DiffJson.write(d, new java.io.BufferedWriter(
                            new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)));
                }
            });
        } catch (LocalizedException e) {
            exportFailed(f, e);
        }
    }

    private void exportFailed(File f, Exception e) {
        javafx.scene.control.Alert a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR,
                i18n.t("diff.export.failed", f, e.getMessage()));
        a.initOwner(stage);
        a.show();
    }
}
