package jp.kyoseivision.ui.opinion;

import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import jp.kyoseivision.model.Opinion;
import jp.kyoseivision.model.OpinionStatus;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.ui.common.FieldBinding;
import jp.kyoseivision.ui.common.FieldModel;
import jp.kyoseivision.ui.common.I18n;
import jp.kyoseivision.ui.common.Views;
import jp.kyoseivision.ui.common.WindowPlacement;
import jp.kyoseivision.ui.opinion.OpinionViewModel.Choice;
import jp.kyoseivision.ui.opinion.OpinionViewModel.Row;

/**
 * The 意見 window: per revision, the table of opinions (番号, 種別, 政策分野, 項目, ページ, 意見の概要, 回答・考え方, 状況)
 * with its filters and search, and below it the form of the selected opinion. The 項目 of a card or direction is a
 * link that selects it in the main window; a 反映済 opinion's change opens in the comparison window. Node ids
 * ({@code op-…}) let tests find each part.
 */
public final class OpinionView {
    private final OpinionViewModel vm;
    private final I18n i18n;
    private final Consumer<String> openItem;
    private final BiConsumer<String, String> openPair;
    private final Stage stage = new Stage();
    private final ComboBox<Revision> revisionBox = new ComboBox<>();
    private final ComboBox<Choice<String>> kindBox = new ComboBox<>();
    private final ComboBox<Choice<String>> areaBox = new ComboBox<>();
    private final ComboBox<Choice<String>> cardBox = new ComboBox<>();
    private final ComboBox<Choice<OpinionStatus>> statusBox = new ComboBox<>();
    private final TextField search = new TextField();
    private final Label count = new Label();
    private final TableView<Row> table = new TableView<>();
    /** The table's rows: a copy of the view model's, replaced with the selection guarded (an edit redraws them). */
    private final javafx.collections.ObservableList<Row> shownRows = javafx.collections.FXCollections
            .observableArrayList();
    private final BorderPane editor = new BorderPane();
    private final Button add = new Button();
    private final Button delete = new Button();
    private final Button importButton = new Button();
    private final Label summary = new Label();
    private final OpinionTransfer transfer;
    private final Label error = new Label();
    private boolean updating;
    private String shownForm;
    private boolean shownEditable;

    /**
     * @param openItem called with a card's or direction's id to select it in the main window
     * @param openPair called with the older and newer card ids of a change to show it in the comparison window
     */
    public OpinionView(OpinionViewModel vm, Consumer<String> openItem, BiConsumer<String, String> openPair,
            String fileName) {
        this.vm = vm;
        this.i18n = vm.i18n();
        this.openItem = openItem;
        this.openPair = openPair;
        this.transfer = new OpinionTransfer(vm, stage, vm::pdfFont);

        VBox top = new VBox(6, filters(), searchRow());
        top.setPadding(new Insets(8));
        table.setId("op-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(i18n.t("op.empty")));
        columns();
        table.setItems(shownRows);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!updating) {
                vm.commitPending();
                vm.selectedIdProperty().set(b == null ? null : b.opinion().id());
            }
        });
        table.setOnKeyPressed(e -> {
            Row r = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && r != null && r.itemKey() != null) {
                openItem.accept(r.itemKey());
                e.consume();
            }
        });
        vm.rows().addListener((javafx.collections.ListChangeListener<Row>) c -> afterRows());
        vm.selectedIdProperty().addListener((o, a, b) -> {
            selectRow(b);
            showEditor();
        });
        vm.revisionProperty().addListener((o, a, b) -> fillChoices());

        editor.setId("op-editor");
        editor.setPadding(new Insets(8));
        ScrollPane editorScroll = new ScrollPane(editor);
        editorScroll.setFitToWidth(true);
        SplitPane split = new SplitPane(table, editorScroll);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        BorderPane root = new BorderPane(split);
        root.setId("op-root");
        root.setTop(top);
        Scene scene = WindowPlacement.scene(root, 1300, 860);
        scene.getStylesheets().add(OpinionView.class.getResource("/jp/kyoseivision/ui/kyosei.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle(i18n.t("op.title", fileName));
        stage.addEventFilter(javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST, e -> vm.commitPending());
        stage.setOnHiding(e -> vm.commitPending());
        fillChoices();
        afterRows();
        showEditor();
    }

    public Stage stage() {
        return stage;
    }

    public OpinionViewModel viewModel() {
        return vm;
    }

    public void show(Window owner) {
        if (owner != null && stage.getOwner() == null) {
            stage.initOwner(owner);
            // never larger than the screen it opens on (a laptop's 1366×768 included); its place is remembered
            WindowPlacement.apply(stage, vm.settings(), "opinions", 1300, 860);
            jp.kyoseivision.ui.common.AppIcons.apply(stage);
        }
        stage.show();
        stage.toFront();
    }

    // ---- the filters ----------------------------------------------------------------------------------------------

    private Node filters() {
        revisionBox.setId("op-revision");
        revisionBox.setItems(vm.revisions());
        revisionBox.setConverter(Views.converter(vm::revisionLabel));
        revisionBox.setMaxWidth(360);
        revisionBox.valueProperty().addListener((o, a, b) -> {
            if (!updating && b != null && !b.equals(vm.revisionProperty().get())) {
                vm.commitPending();
                vm.revisionProperty().set(b);
            }
        });
        vm.revisionProperty().addListener((o, a, b) -> {
            updating = true;
            try {
                revisionBox.setValue(b);
            } finally {
                updating = false;
            }
        });
        revisionBox.setValue(vm.revisionProperty().get());
        filter(kindBox, "op-filter-kind", vm.kindFilterProperty(), 150);
        filter(areaBox, "op-filter-area", vm.areaFilterProperty(), 170);
        filter(cardBox, "op-filter-card", vm.cardFilterProperty(), 240);
        filter(statusBox, "op-filter-status", vm.statusFilterProperty(), 100);
        HBox row = new HBox(8, label("op.revision"), revisionBox, label("op.filter.kind"), kindBox,
                label("op.filter.area"), areaBox, label("op.filter.card"), cardBox, label("op.filter.status"),
                statusBox);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Label label(String key) {
        Label l = new Label(i18n.t(key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private <T> void filter(ComboBox<Choice<T>> box, String id, javafx.beans.property.ObjectProperty<T> property,
            double width) {
        box.setId(id);
        box.setPrefWidth(width);
        box.setMinWidth(80);
        HBox.setHgrow(box, Priority.SOMETIMES);
        box.valueProperty().addListener((o, a, b) -> {
            if (!updating && b != null && !Objects.equals(b.value(), property.get())) {
                vm.commitPending();
                property.set(b.value());
            }
        });
        property.addListener((o, a, b) -> choose(box, b));
    }

    private static <T> void choose(ComboBox<Choice<T>> box, T value) {
        box.getItems().stream().filter(c -> Objects.equals(c.value(), value)).findFirst().ifPresent(box::setValue);
    }

    /** The choices of the filters for the revision shown. */
    private void fillChoices() {
        updating = true;
        try {
            fill(kindBox, vm.kindChoices(), vm.kindFilterProperty().get());
            fill(areaBox, vm.areaChoices(), vm.areaFilterProperty().get());
            fill(cardBox, vm.cardChoices(), vm.cardFilterProperty().get());
            fill(statusBox, vm.statusChoices(true), vm.statusFilterProperty().get());
        } finally {
            updating = false;
        }
    }

    private static <T> void fill(ComboBox<Choice<T>> box, List<Choice<T>> items, T value) {
        if (!items.equals(box.getItems())) {
            box.getItems().setAll(items);
        }
        choose(box, value);
    }

    private Node searchRow() {
        search.setId("op-search");
        search.setPromptText(i18n.t("op.search.prompt"));
        search.setPrefColumnCount(24);
        search.textProperty().bindBidirectional(vm.queryProperty());
        count.setId("op-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        add.setText(i18n.t("op.add"));
        add.setId("op-add");
        add.setOnAction(e -> askAdd());
        delete.setText(i18n.t("op.delete"));
        delete.setId("op-delete");
        delete.setOnAction(e -> confirmDelete());
        importButton.setText(i18n.t("op.import"));
        importButton.setId("op-import");
        importButton.setOnAction(e -> transfer.importOpinions());
        Button export = new Button(i18n.t("op.export"));
        export.setId("op-export");
        export.setOnAction(e -> transfer.export());
        for (Button b : List.of(add, delete, importButton, export)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(8, label("op.search"), search, count, gap, add, delete, importButton, export);
        row.setAlignment(Pos.CENTER_LEFT);
        summary.setId("op-summary");
        summary.setWrapText(true);
        summary.getStyleClass().add("breadcrumb");
        Label message = new Label();
        message.setId("op-message");
        message.textProperty().bind(vm.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        return new VBox(4, row, summary, message);
    }

    // ---- the table ------------------------------------------------------------------------------------------------

    private void columns() {
        table.getColumns().add(column("op.col.number", "op-col-number", Row::number, 40, false));
        table.getColumns().add(column("op.col.kind", "op-col-kind", Row::kind, 132, true));
        table.getColumns().add(column("op.col.area", "op-col-area", Row::area, 92, true));
        TableColumn<Row, Row> item = new TableColumn<>(i18n.t("op.col.item"));
        item.setId("op-col-item");
        item.setPrefWidth(170);
        item.setCellValueFactory(c -> new javafx.beans.property.SimpleObjectProperty<>(c.getValue()));
        item.setCellFactory(c -> new ItemCell(item));
        table.getColumns().add(item);
        table.getColumns().add(column("op.col.page", "op-col-page", Row::page, 48, false));
        table.getColumns().add(column("op.col.text", "op-col-text", Row::text, 320, true));
        table.getColumns().add(column("op.col.answer", "op-col-answer", Row::answer, 390, true));
        table.getColumns().add(column("op.col.status", "op-col-status", Row::status, 64, false));
    }

    private TableColumn<Row, String> column(String key, String id, java.util.function.Function<Row, String> value,
            double width, boolean wrap) {
        TableColumn<Row, String> c = new TableColumn<>(i18n.t(key));
        c.setId(id);
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 44));
        c.setCellValueFactory(x -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(x.getValue())));
        if (wrap) {
            c.setCellFactory(x -> new WrapCell(c));
        }
        return c;
    }

    /** A cell whose text wraps at the column's width (the row grows to hold it). */
    private static final class WrapCell extends TableCell<Row, String> {
        private final Text text = new Text();

        WrapCell(TableColumn<Row, String> column) {
            text.wrappingWidthProperty().bind(column.widthProperty().subtract(12));
            text.fillProperty().bind(textFillProperty());
            text.getStyleClass().add("op-cell-text");
            setPrefHeight(Region.USE_COMPUTED_SIZE);
        }

        @Override
        protected void updateItem(String s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setGraphic(null);
            } else {
                text.setText(s);
                setGraphic(text);
            }
        }
    }

    /** The 項目: a link to the card or direction (selects it in the main window), else the text as printed. */
    private final class ItemCell extends TableCell<Row, Row> {
        private final Hyperlink link = new Hyperlink();
        private final Text text = new Text();

        ItemCell(TableColumn<Row, Row> column) {
            link.setWrapText(true);
            link.maxWidthProperty().bind(column.widthProperty().subtract(10));
            link.setMnemonicParsing(false);
            text.wrappingWidthProperty().bind(column.widthProperty().subtract(12));
            text.fillProperty().bind(textFillProperty());
            link.setOnAction(e -> {
                Row r = getItem();
                if (r != null && r.itemKey() != null) {
                    openItem.accept(r.itemKey());
                }
            });
        }

        @Override
        protected void updateItem(Row r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null) {
                setGraphic(null);
            } else if (r.itemKey() != null) {
                link.setText(r.item());
                link.setId("op-item-" + r.opinion().id());
                setGraphic(link);
            } else {
                text.setText(r.item());
                setGraphic(text);
            }
        }
    }

    private void afterRows() {
        updating = true;
        try {
            shownRows.setAll(vm.rows());
        } finally {
            updating = false;
        }
        count.setText(i18n.t("op.count", vm.rows().size()));
        String counts = vm.summary();
        summary.setText(counts.isEmpty() ? "" : i18n.t("op.summary", counts.replace("\n", " ")));
        selectRow(vm.selectedIdProperty().get());
        showEditor();
    }

    private void selectRow(String id) {
        Row shown = table.getSelectionModel().getSelectedItem();
        if (shown != null && shown.opinion().id().equals(id) && shownRows.contains(shown)) {
            return;
        }
        updating = true;
        try {
            Row r = id == null ? null : shownRows.stream().filter(x -> x.opinion().id().equals(id)).findFirst()
                    .orElse(null);
            if (r == null) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().select(r);
                table.scrollTo(r);
            }
        } finally {
            updating = false;
        }
    }

    // ---- the form -------------------------------------------------------------------------------------------------

    private final ComboBox<Choice<String>> kindChoice = new ComboBox<>();
    private final ComboBox<Choice<String>> concernChoice = new ComboBox<>();
    private final ComboBox<Choice<OpinionStatus>> statusChoice = new ComboBox<>();
    private final ComboBox<Choice<String>> changeChoice = new ComboBox<>();
    private final Button openChange = new Button();

    /** Draws the selected opinion's form when another one is selected (or its editability changed); else updates. */
    private void showEditor() {
        boolean canEdit = vm.editable();
        add.setDisable(!canEdit);
        importButton.setDisable(!canEdit);
        var form = vm.selectedForm();
        delete.setDisable(!canEdit || form.isEmpty());
        if (form.isEmpty()) {
            shownForm = null;
            Label none = new Label(i18n.t(canEdit ? "op.noSelection" : "op.readOnly"));
            none.setId("op-no-selection");
            none.setWrapText(true);
            editor.setCenter(none);
            return;
        }
        OpinionFormModel f = form.get();
        if (!f.opinionId().equals(shownForm) || shownEditable != canEdit) {
            render(f, canEdit);
        }
        updateChoices(f);
    }

    private void render(OpinionFormModel f, boolean canEdit) {
        shownForm = f.opinionId();
        shownEditable = canEdit;
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints wide = new ColumnConstraints();
        wide.setHgrow(Priority.ALWAYS);
        wide.setFillWidth(true);
        g.getColumnConstraints().addAll(labels, wide, labels, wide);
        openChange.setText(i18n.t("op.change.open"));
        openChange.setId("op-change-open");
        openChange.setMinWidth(Region.USE_PREF_SIZE);
        openChange.setOnAction(e -> f.current().filter(Opinion::hasChange)
                .ifPresent(o -> openPair.accept(o.changeFromMeasureId(), o.changeToMeasureId())));
        HBox change = new HBox(6, changeChoice, openChange);
        change.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(changeChoice, Priority.ALWAYS);
        // what the officer works on most (status, the change it caused, the answer) stays in view at 1366×768
        g.addRow(0, Views.fieldLabel(i18n.t("op.field.number")), text(f.field("op-number")),
                Views.fieldLabel(i18n.t("op.field.kind")), kindChoice);
        g.addRow(1, Views.fieldLabel(i18n.t("op.field.status")), statusChoice,
                Views.fieldLabel(i18n.t("op.field.change")), change);
        g.addRow(2, Views.fieldLabel(i18n.t("op.field.concern")), concernChoice,
                Views.fieldLabel(i18n.t("op.field.page")), text(f.field("op-page")));
        g.add(Views.fieldLabel(i18n.t("op.field.text")), 0, 3);
        g.add(area(f.field("op-text"), 3), 1, 3, 3, 1);
        g.add(Views.fieldLabel(i18n.t("op.field.answer")), 0, 4);
        g.add(area(f.field("op-answer"), 4), 1, 4, 3, 1);
        g.addRow(5, Views.fieldLabel(i18n.t("op.field.topic")), text(f.field("op-topic")),
                Views.fieldLabel(i18n.t("op.field.source")), text(f.field("op-source")));
        kindChoice.setId("op-kind");
        concernChoice.setId("op-concern");
        statusChoice.setId("op-status");
        changeChoice.setId("op-change");
        for (ComboBox<?> c : List.of(kindChoice, concernChoice, statusChoice, changeChoice)) {
            c.setMaxWidth(Double.MAX_VALUE);
            c.setDisable(!canEdit);
        }
        updating = true;
        try {
            kindChoice.getItems().setAll(f.kindChoices());
            concernChoice.getItems().setAll(f.concernChoices());
            statusChoice.getItems().setAll(vm.statusChoices(false));
            changeChoice.getItems().setAll(f.changeChoices());
        } finally {
            updating = false;
        }
        kindChoice.setOnAction(e -> act(() -> f.setKind(value(kindChoice))));
        concernChoice.setOnAction(e -> act(() -> f.setConcern(value(concernChoice))));
        statusChoice.setOnAction(e -> act(() -> f.setStatus(value(statusChoice))));
        changeChoice.setOnAction(e -> act(() -> f.setChangeTo(value(changeChoice))));
        error.setId("op-error");
        error.setWrapText(true);
        error.getStyleClass().add("field-error");
        VBox box = new VBox(6, g, error);
        if (!canEdit) {
            Label ro = new Label(i18n.t("op.readOnly"));
            ro.setId("op-read-only");
            ro.setWrapText(true);
            box.getChildren().add(0, ro);
        }
        editor.setCenter(box);
    }

    private static <T> T value(ComboBox<Choice<T>> box) {
        return box.getValue() == null ? null : box.getValue().value();
    }

    /** Runs a choice's edit; a refusal is said under the form (the choice goes back to what the file holds). */
    private void act(Runnable edit) {
        if (updating) {
            return;
        }
        try {
            edit.run();
            error.setText("");
        } catch (RuntimeException e) {
            error.setText(e.getMessage());
        }
        vm.selectedForm().ifPresent(this::updateChoices);
    }

    private void updateChoices(OpinionFormModel f) {
        f.current().ifPresent(o -> {
            updating = true;
            try {
                choose(kindChoice, o.kindId());
                choose(concernChoice, f.concern());
                choose(statusChoice, o.status());
                choose(changeChoice, f.changeTo());
            } finally {
                updating = false;
            }
            changeChoice.setDisable(!shownEditable || o.status() != OpinionStatus.REFLECTED);
            openChange.setDisable(!o.hasChange());
        });
    }

    private TextField text(FieldModel m) {
        TextField t = FieldBinding.bind(new TextField(), m, error);
        t.setMaxWidth(Double.MAX_VALUE);
        return t;
    }

    private TextArea area(FieldModel m, int rows) {
        TextArea t = FieldBinding.bind(new TextArea(), m, error);
        t.setWrapText(true);
        t.setPrefRowCount(rows);
        return t;
    }

    // ---- add and delete -------------------------------------------------------------------------------------------

    private void askAdd() {
        vm.commitPending();
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(stage);
        d.setTitle(i18n.t("op.add.title"));
        d.setHeaderText(i18n.t("op.add.header"));
        ComboBox<Choice<String>> kind = new ComboBox<>();
        kind.setId("op-add-kind");
        kind.getItems().setAll(vm.kindChoices().subList(1, vm.kindChoices().size()));
        String filtered = vm.kindFilterProperty().get();
        kind.setValue(kind.getItems().stream().filter(c -> c.value().equals(filtered)).findFirst()
                .orElse(kind.getItems().isEmpty() ? null : kind.getItems().get(0)));
        TextArea text = new TextArea();
        text.setId("op-add-text");
        text.setWrapText(true);
        text.setPrefRowCount(5);
        text.setPrefColumnCount(40);
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.addRow(0, new Label(i18n.t("op.field.kind")), kind);
        g.addRow(1, new Label(i18n.t("op.field.text")), text);
        d.getDialogPane().setContent(g);
        d.getDialogPane().setId("op-add-dialog");
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(text.textProperty().isEmpty().or(kind.valueProperty().isNull()));
        jp.kyoseivision.ui.common.Dialogs.fit(d);
        // the caret starts in the text, the one field to fill (else the focus is on 取消 and typing is lost)
        d.setOnShown(e -> text.requestFocus());
        if (d.showAndWait().filter(b -> b == ButtonType.OK).isPresent()) {
            try {
                vm.add(kind.getValue().value(), text.getText());
                error.setText("");
            } catch (RuntimeException e) {
                jp.kyoseivision.ui.common.Dialogs.error(stage, i18n, i18n.t("op.add.title"), e.getMessage()).show();
            }
        }
    }

    private void confirmDelete() {
        vm.selectedForm().flatMap(OpinionFormModel::current).ifPresent(o -> {
            Alert a = new Alert(Alert.AlertType.CONFIRMATION, i18n.t("op.deleteConfirm", vm.kindName(o),
                    o.number() == null ? "" : o.number()), ButtonType.OK, ButtonType.CANCEL);
            a.initOwner(stage);
            a.setHeaderText(i18n.t("op.edit.delete"));
            a.getDialogPane().setId("op-confirm-delete");
            if (a.showAndWait().filter(b -> b == ButtonType.OK).isPresent()) {
                try {
                    vm.delete(o.id());
                } catch (RuntimeException e) {
                    jp.kyoseivision.ui.common.Dialogs.error(stage, i18n, i18n.t("op.edit.delete"), e.getMessage())
                            .show();
                }
            }
        });
    }
}
