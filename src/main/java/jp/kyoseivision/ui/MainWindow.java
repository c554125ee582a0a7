package jp.kyoseivision.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import jp.kyoseivision.text.AppVersion;
import jp.kyoseivision.model.Municipality;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.AppDirs;
import org.controlsfx.control.StatusBar;

/** The main window: menus, the navigation tree, the selected item in the centre, and the status bar. */
public final class MainWindow {
    private final Stage stage;
    private final MainViewModel vm;
    private final I18n i18n;
    private final TreeView<NavNode> tree;
    private final ScrollPane centre = new ScrollPane();
    private final CardView cardView;
    private final SummaryView summaryView;
    private final Menu recentMenu;
    private final CardEditor cardEditor;
    private final DirectionEditor directionEditor;
    private final StructureEditor structureEditor;
    private final CardActions actions;
    private final SearchBar search;
    /** The sphere the tree was last built from, to tell an edit (keep the open rows) from a new file. */
    private Sphere shown;
    private boolean rebuilding;

    private static final javafx.scene.input.KeyCombination UNDO =
            javafx.scene.input.KeyCombination.keyCombination("Shortcut+Z");
    private static final javafx.scene.input.KeyCombination REDO =
            javafx.scene.input.KeyCombination.keyCombination("Shortcut+Y");
    private KpiView kpiView;

    /** Minutes between backups while editing. */
    private StatusBar statusBar;

    /** Backups while editing every {@link jp.kyoseivision.store.Preferences#backupIntervalMinutes()} (設定…). */
    private final javafx.animation.Timeline backupTimer = new javafx.animation.Timeline();
    /** How long after a file is shown its open-time backup is taken (docs/reliability.md, docs/benchmarks.md). */
    static final int OPEN_BACKUP_DELAY_MS = 300;
    private final BackupDialogs backups;
    private final BudgetDialogs budgets;

    public MainWindow(Stage stage, MainViewModel vm) {
        this.stage = stage;
        this.vm = vm;
        this.i18n = vm.i18n();
        this.tree = NavTree.create(i18n);
        this.cardView = new CardView(i18n);
        this.summaryView = new SummaryView(i18n);
        this.recentMenu = new Menu(i18n.t("menu.file.recent"));
        recentMenu.setId("menu-recent");
        this.cardEditor = new CardEditor(i18n, vm, this::showError);
        this.directionEditor = new DirectionEditor(i18n, vm, this::showError);
        this.structureEditor = new StructureEditor(i18n, vm, this::showError);
        this.actions = new CardActions(i18n, vm, this::selectedNode, this::selectKey, this::showError,
                () -> stage);
        this.search = new SearchBar(i18n);
        this.backups = new BackupDialogs(stage, i18n, vm, this::showError);
        this.budgets = new BudgetDialogs(stage, i18n, vm, this::selectedNode, this::showError);
        search.filterProperty().addListener((o, a, b) -> rebuildTree(vm.sphereProperty().get()));
        vm.lockChangedProperty().addListener((o, a, b) -> show(tree.getSelectionModel().getSelectedItem()));

        centre.setId("centre");
        centre.setFitToWidth(true);
        centre.setContent(summaryView.placeholder());
        tree.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (rebuilding && now == null) {
                return; // the tree is being rebuilt after an edit; the same row is selected again right after
            }
            show(now);
            rememberSelection(now);
        });
        vm.sphereProperty().addListener((o, old, now) -> rebuildTree(now));

        javafx.scene.layout.VBox left = new javafx.scene.layout.VBox(search.node(), tree);
        javafx.scene.layout.VBox.setVgrow(tree, javafx.scene.layout.Priority.ALWAYS);
        SplitPane split = new SplitPane(left, centre);
        split.setDividerPositions(0.32);
        SplitPane.setResizableWithParent(left, false);

        StatusBar status = new StatusBar();
        statusBar = status;
        status.setId("status-bar");
        status.textProperty().bind(vm.filePathProperty());
        Label saved = new Label();
        saved.setId("save-state");
        saved.textProperty().bind(vm.saveStateProperty());
        status.getRightItems().add(saved);
        Label backedUp = new Label();
        backedUp.setId("backup-state");
        backedUp.textProperty().bind(vm.backupStateProperty());
        status.getRightItems().addAll(0, List.of(backedUp,
                new javafx.scene.control.Separator(javafx.geometry.Orientation.VERTICAL)));
        // a backup every few minutes while editing (only when something changed), see docs/reliability.md
        startBackupTimer(jp.kyoseivision.store.Preferences.load(vm.settings()).backupIntervalMinutes());
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> backupTimer.stop());
        // the backup of a file as opened is taken once the window shows it, not before (start-up speed)
        vm.fileProperty().addListener((o, before, now) -> {
            if (now != null) {
                javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(
                        javafx.util.Duration.millis(OPEN_BACKUP_DELAY_MS));
                later.setOnFinished(e -> vm.takeOpenBackup());
                later.play();
            }
        });

        BorderPane root = new BorderPane(split);
        root.setTop(menuBar());
        root.setBottom(status);
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(MainWindow.class.getResource("kyosei.css").toExternalForm());
        stage.setScene(scene);
        // Ctrl+Z / Ctrl+Y: a text field still holding its own typing undoes that first; otherwise the last edit
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            boolean undo = UNDO.match(e);
            if (!undo && !REDO.match(e)) {
                return;
            }
            if (scene.getFocusOwner() instanceof javafx.scene.control.TextInputControl t
                    && (undo ? t.isUndoable() : t.isRedoable())) {
                return;
            }
            e.consume();
            guard(undo ? vm::undo : vm::redo);
        });
        for (int size : new int[] {16, 32, 64, 256}) {
            var icon = MainWindow.class.getResourceAsStream("icons/kyosei-vision-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new javafx.scene.image.Image(icon));
            }
        }
        stage.titleProperty().bind(vm.titleProperty());
        stage.setOnHidden(e -> vm.close());
        if (vm.sphereProperty().get() != null) {
            rebuildTree(vm.sphereProperty().get());
        }
    }

    public Stage stage() {
        return stage;
    }

    private MenuBar menuBar() {
        MenuItem newFile = item("menu.file.new", "Shortcut+N", this::newFile);
        MenuItem open = item("menu.file.open", "Shortcut+O", this::openFile);
        MenuItem saveAs = item("menu.file.saveAs", "Shortcut+Shift+S", this::saveAs);
        saveAs.disableProperty().bind(vm.fileProperty().isNull());
        MenuItem exit = item("menu.file.exit", "Shortcut+Q", () -> stage.close());
        MenuItem print = item("menu.file.print", "Shortcut+P", () -> printPreview(PrintScope.CARD));
        MenuItem exportPdf = item("menu.file.exportPdf", "Shortcut+Shift+P", this::exportPdf);
        print.disableProperty().bind(vm.sphereProperty().isNull());
        exportPdf.disableProperty().bind(vm.sphereProperty().isNull());
        MenuItem restore = item("menu.file.restore", null, backups::showRestore);
        restore.disableProperty().bind(vm.fileProperty().isNull());
        MenuItem importBudget = item("menu.file.importBudget", null, budgets::importBudget);
        MenuItem exportBudget = item("menu.file.exportBudget", null, budgets::exportBudget);
        importBudget.disableProperty().bind(vm.fileProperty().isNull());
        exportBudget.disableProperty().bind(vm.sphereProperty().isNull());
        MenuItem prefs = item("menu.file.preferences", "Shortcut+COMMA", this::preferences);
        prefs.setId("menu-preferences");
        Menu file = new Menu(i18n.t("menu.file"), null, newFile, open, recentMenu, new SeparatorMenuItem(), saveAs,
                restore, new SeparatorMenuItem(), importBudget, exportBudget, new SeparatorMenuItem(), print, exportPdf,
                new SeparatorMenuItem(), prefs,
                new SeparatorMenuItem(), exit);
        file.setId("menu-file");
        file.setOnShowing(e -> fillRecent());
        fillRecent();

        MenuItem undo = item("menu.edit.undo", "Shortcut+Z", () -> guard(vm::undo));
        MenuItem redo = item("menu.edit.redo", "Shortcut+Y", () -> guard(vm::redo));
        undo.textProperty().bind(vm.undoTextProperty());
        redo.textProperty().bind(vm.redoTextProperty());
        undo.disableProperty().bind(javafx.beans.binding.Bindings.not(vm.canUndoProperty()));
        redo.disableProperty().bind(javafx.beans.binding.Bindings.not(vm.canRedoProperty()));
        MenuItem find = item("menu.edit.find", "Shortcut+F", search::focus);
        Menu edit = new Menu(i18n.t("menu.edit"), null, undo, redo, new SeparatorMenuItem(),
                item("menu.edit.addCard", "Shortcut+Shift+A", actions::addCard),
                item("menu.edit.duplicateCard", "Shortcut+Shift+D", actions::duplicateCard),
                item("menu.edit.deleteCard", "Shortcut+DELETE", actions::deleteCard),
                item("menu.edit.moveUp", "Alt+UP", () -> actions.moveCard(-1)),
                item("menu.edit.moveDown", "Alt+DOWN", () -> actions.moveCard(1)),
                new SeparatorMenuItem(), find);
        edit.setId("menu-edit");
        Menu plan = new Menu(i18n.t("menu.plan"), null,
                item("menu.plan.newRevision", null, actions::newRevision),
                item("menu.plan.newEdition", null, actions::newEdition),
                new SeparatorMenuItem(),
                item("menu.plan.adopt", null, actions::adopt),
                item("menu.plan.unlock", null, actions::unlock),
                new SeparatorMenuItem(),
                item("menu.plan.settings", null, this::sphereSettings));
        plan.setId("menu-plan");

        Menu view = new Menu(i18n.t("menu.view"), null,
                item("menu.view.expandAll", null, () -> NavTree.setExpanded(tree.getRoot(), true)),
                item("menu.view.collapseAll", null, () -> NavTree.setExpanded(tree.getRoot(), false)),
                new SeparatorMenuItem(), diffItem(), kpiItem());
        view.setId("menu-view");
        Menu help = new Menu(i18n.t("menu.help"), null, item("menu.help.about", "F1", this::about));
        help.setId("menu-help");
        MenuBar bar = new MenuBar(file, edit, view, plan, help);
        bar.setId("menu-bar");
        return bar;
    }

    private MenuItem diffItem() {
        MenuItem diff = item("menu.view.diff", "Shortcut+D", this::openDiff);
        diff.disableProperty().bind(vm.sphereProperty().isNull());
        return diff;
    }

    /** Opens the comparison window (新旧比較) on the open file; its 「このカードを開く」 selects the card here. */
    DiffView openDiff() {
        Sphere sphere = vm.sphereProperty().get();
        if (sphere == null) {
            return null;
        }
        Stage s = new Stage();
        s.initOwner(stage);
        DiffViewModel dvm = new DiffViewModel(sphere, vm.fileProperty().get() == null ? null : (name, edit) -> {
            vm.apply(i18n.t("edit.reason") + "（" + name + "）", edit);
            return vm.sphereProperty().get();
        });
        DiffView view = new DiffView(s, dvm, i18n, this::selectCard,
                vm.fileProperty().get() == null ? "" : vm.fileProperty().get().path().getFileName().toString());
        view.usePdfFont(PrintPreview.chosenFont(vm.settings()));
        s.getIcons().addAll(stage.getIcons());
        // the window works on one file: when another file is opened, it closes rather than write to the old one
        vm.fileProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends jp.kyoseivision.store.PlanFile> o,
                    jp.kyoseivision.store.PlanFile a, jp.kyoseivision.store.PlanFile b) {
                vm.fileProperty().removeListener(this);
                s.close();
            }
        });
        s.show();
        return view;
    }

    /** Selects the card with this measure id in the tree and brings the main window to the front. */
    void selectCard(String measureId) {
        selectKey(measureId);
        stage.toFront();
    }

    /** 成果指標（KPI）…: the KPI results window of the open file, one per main window. */
    private MenuItem kpiItem() {
        MenuItem kpi = item("menu.view.kpi", "Shortcut+K", () -> {
            if (kpiView == null) {
                kpiView = new KpiView(new KpiViewModel(vm));
            }
            kpiView.show(stage);
        });
        kpi.disableProperty().bind(vm.fileProperty().isNull());
        return kpi;
    }

    private MenuItem item(String key, String accelerator, Runnable action) {
        MenuItem mi = new MenuItem(i18n.t(key));
        mi.setId(key.replace('.', '-'));
        if (accelerator != null) {
            mi.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        mi.setOnAction(e -> action.run());
        return mi;
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        for (Path p : vm.settings().recentFiles()) {
            MenuItem mi = new MenuItem(p.toString());
            mi.setMnemonicParsing(false);
            mi.setOnAction(e -> openPath(p));
            recentMenu.getItems().add(mi);
        }
        if (recentMenu.getItems().isEmpty()) {
            MenuItem none = new MenuItem(i18n.t("menu.file.recent.none"));
            none.setDisable(true);
            recentMenu.getItems().add(none);
        }
    }

    private void rebuildTree(Sphere sphere) {
        if (sphere == null) {
            tree.setRoot(null);
            centre.setContent(summaryView.placeholder());
            shown = null;
            return;
        }
        boolean sameFile = shown != null && tree.getRoot() != null;
        java.util.Set<String> open = sameFile ? NavTree.expandedKeys(tree.getRoot(), new java.util.HashSet<>()) : null;
        search.setSphere(sphere);
        SearchBar.Filter filter = search.filterProperty().get();
        TreeItem<NavNode> root = NavTree.root(sphere, filter);
        if (!filter.isEmpty()) {
            NavTree.setExpanded(root, true);
        } else if (open != null) {
            NavTree.expand(root, open);
        } else if (!root.getChildren().isEmpty()) {
            // open the newest plan down to its directions, so its cards are one click away; older plans stay closed
            TreeItem<NavNode> newest = root.getChildren().get(0);
            NavTree.setExpanded(newest, true);
            collapseDirections(newest);
        }
        search.showCount(NavTree.countCards(root), !filter.isEmpty());
        shown = sphere;
        rebuilding = true;
        try {
            tree.setRoot(root);
        } finally {
            rebuilding = false;
        }
        restoreSelection(root);
    }

    private NavNode selectedNode() {
        TreeItem<NavNode> item = tree.getSelectionModel().getSelectedItem();
        return item == null ? null : item.getValue();
    }

    /** Selects the row with {@code key} (a card, direction, revision or plan id). */
    void selectKey(String key) {
        TreeItem<NavNode> item = NavTree.find(tree.getRoot(), key);
        if (item != null) {
            for (TreeItem<NavNode> p = item.getParent(); p != null; p = p.getParent()) {
                p.setExpanded(true);
            }
            tree.getSelectionModel().select(item);
            tree.scrollTo(Math.max(0, tree.getRow(item) - 3));
        }
    }

    private String selectionKey() {
        var f = vm.fileProperty().get();
        return f == null ? null : "selection." + f.path();
    }

    /** The officer comes back to the row they left: the selection is remembered per file. */
    private void rememberSelection(TreeItem<NavNode> item) {
        String key = selectionKey();
        if (key != null && item != null && item.getValue() != null) {
            vm.settings().put(key, item.getValue().key());
        }
    }

    private void restoreSelection(TreeItem<NavNode> root) {
        String key = selectionKey();
        TreeItem<NavNode> item = key == null ? null : NavTree.find(root, vm.settings().get(key, ""));
        if (item == null && !root.getChildren().isEmpty()) {
            item = root.getChildren().get(0);
        }
        if (item != null) {
            for (TreeItem<NavNode> p = item.getParent(); p != null; p = p.getParent()) {
                p.setExpanded(true);
            }
            tree.getSelectionModel().select(item);
            int row = tree.getRow(item);
            tree.scrollTo(Math.max(0, row - 3));
        }
    }

    private static void collapseDirections(TreeItem<NavNode> item) {
        if (item.getValue() instanceof NavNode.DirectionNode) {
            item.setExpanded(false);
            return;
        }
        item.getChildren().forEach(MainWindow::collapseDirections);
    }

    private String shownKey;

    private void show(TreeItem<NavNode> item) {
        Sphere sphere = vm.sphereProperty().get();
        if (item == null || item.getValue() == null || sphere == null) {
            centre.setContent(summaryView.placeholder());
            shownKey = null;
            return;
        }
        NavNode n = item.getValue();
        // the same row shown again after an edit: keep the scroll position, the focused field and unsaved entries
        boolean again = n.key().equals(shownKey);
        double scroll = centre.getVvalue();
        Node focused = stage.getScene() == null ? null : stage.getScene().getFocusOwner();
        String focusId = again && focused != null && isInside(focused, centre.getContent()) ? focused.getId() : null;
        java.util.Map<String, String[]> pending = again ? Views.pendingInput(centre.getContent())
                : java.util.Map.of();
        Node content;
        if (n instanceof NavNode.MeasureNode m) {
            content = vm.locked(m.revision()) ? lockedCard(sphere, m) : cardEditor.render(sphere, m);
        } else if (n instanceof NavNode.DirectionNode d) {
            content = vm.locked(d.revision()) ? summaryView.direction(sphere, d) : directionEditor.render(sphere, d);
        } else if (n instanceof NavNode.PlanNode p) {
            Node summary = summaryView.plan(p.plan(), p.revision());
            content = p.revision() == null || vm.locked(p.revision()) ? summary
                    : structureEditor.plan(n, p.plan(), summary);
        } else if (n instanceof NavNode.RevisionNode r) {
            Node summary = summaryView.plan(r.plan(), r.revision());
            content = vm.locked(r.revision()) ? summary : structureEditor.plan(n, r.plan(), summary);
        } else if (n instanceof NavNode.PerspectiveNode p && !vm.locked(p.revision())) {
            content = structureEditor.perspective(p);
        } else if (n instanceof NavNode.AreaNode a && !vm.locked(a.revision())) {
            content = structureEditor.area(a);
        } else {
            content = summaryView.placeholder();
        }
        centre.setContent(content);
        shownKey = n.key();
        Views.restorePending(content, pending);
        if (again) {
            centre.layout();
            centre.setVvalue(scroll);
            if (focusId != null) {
                Node target = content.lookup("#" + focusId);
                if (target != null) {
                    Platform.runLater(target::requestFocus);
                }
            }
        } else {
            centre.setVvalue(0);
        }
    }

    private static boolean isInside(Node node, Node container) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == container) {
                return true;
            }
        }
        return false;
    }

    /** A card of an adopted revision: shown as printed, with the way to unlock it for editing. */
    private Node lockedCard(Sphere sphere, NavNode.MeasureNode m) {
        Label banner = new Label(i18n.t("edit.lockedBanner", m.revision().name()));
        banner.setWrapText(true);
        javafx.scene.control.Button unlock = new javafx.scene.control.Button(i18n.t("menu.plan.unlock"));
        unlock.setId("unlock-button");
        unlock.setOnAction(e -> actions.unlock());
        javafx.scene.layout.HBox bar = new javafx.scene.layout.HBox(12, banner, unlock);
        bar.getStyleClass().add("lock-banner");
        bar.setId("lock-banner");
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return new javafx.scene.layout.VBox(bar, cardView.render(sphere, m));
    }

    /** Opens the print preview for the selected row (the card, else its policy area, else all cards). */
    void printPreview(PrintScope preferred) {
        NavNode node = selectedNode();
        Sphere sphere = vm.sphereProperty().get();
        if (sphere == null || PrintScope.available(node).isEmpty()) {
            showError(new IllegalStateException(i18n.t("print.nothing")), "print.failed.header");
            return;
        }
        try {
            new PrintPreview(stage, i18n, vm.settings(), sphere, node, preferred).show();
        } catch (RuntimeException e) {
            showError(e, "print.failed.header");
        }
    }

    /** Asks for the scope and a file, then writes the measure sheets as PDF. */
    private void exportPdf() {
        NavNode node = selectedNode();
        Sphere sphere = vm.sphereProperty().get();
        List<PrintScope> scopes = PrintScope.available(node);
        if (sphere == null || scopes.isEmpty()) {
            showError(new IllegalStateException(i18n.t("print.nothing")), "print.failed.header");
            return;
        }
        javafx.scene.control.ChoiceDialog<String> ask = new javafx.scene.control.ChoiceDialog<>(
                scopes.get(0).label(i18n), scopes.stream().map(s -> s.label(i18n)).toList());
        ask.initOwner(stage);
        ask.setTitle(i18n.t("print.export.title"));
        ask.setHeaderText(i18n.t("print.export.header"));
        Optional<String> picked = ask.showAndWait();
        if (picked.isEmpty()) {
            return;
        }
        PrintScope scope = scopes.stream().filter(s -> s.label(i18n).equals(picked.get())).findFirst().orElseThrow();
        Optional<Path> target = Views.askPdfTarget(stage, i18n.t("print.savePdf.title"),
                i18n.t("print.savePdf.name"));
        if (target.isPresent()) {
            try {
                var doc = scope.document(sphere, node, false, i18n.locale());
                var font = jp.kyoseivision.report.FontLocator.find(PrintPreview.chosenFont(vm.settings()));
                jp.kyoseivision.store.SafeFiles.produce(target.get(),
                        out -> jp.kyoseivision.report.PdfWriter.write(doc, font, out))
                        .warning().ifPresent(this::showWarning);
            } catch (RuntimeException e) {
                showError(e, "print.failed.header");
            }
        }
    }

    private FileChooser chooser(String titleKey) {
        FileChooser fc = new FileChooser();
        fc.setTitle(i18n.t(titleKey));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.t("dialog.fileFilter"), "*.kyosei"));
        Path current = vm.fileProperty().get() == null ? AppDirs.dataDir() : vm.fileProperty().get().path().getParent();
        if (current != null && current.toFile().isDirectory()) {
            fc.setInitialDirectory(current.toFile());
        }
        return fc;
    }

    private void openFile() {
        File f = chooser("dialog.open.title").showOpenDialog(stage);
        if (f != null) {
            openPath(f.toPath());
        }
    }

    /**
     * Start-up: lets the empty window with a busy bar in the status bar be painted first, then opens {@code path}
     * (as {@link #openPath}) and runs {@code then}. Reading a file takes a noticeable moment on a cold JVM
     * (docs/benchmarks.md, "Start-up").
     */
    void openAfterFirstFrame(Path path, Runnable then) {
        statusBar.setProgress(-1);
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            stage.getScene().removePostLayoutPulseListener(once[0]);
            Platform.runLater(() -> {
                try {
                    openPath(path);
                } finally {
                    statusBar.setProgress(0);
                }
                then.run();
            });
        };
        stage.getScene().addPostLayoutPulseListener(once[0]);
    }

    /** Opens {@code path}, or shows why it cannot be opened; the open file stays as it was. */
    public void openPath(Path path) {
        backups.open(path);
    }

    private void saveAs() {
        File f = chooser("dialog.saveAs.title").showSaveDialog(stage);
        if (f != null) {
            guard(() -> vm.saveAs(withExtension(f.toPath())));
        }
    }

    private void newFile() {
        Optional<Sphere> sphere = askNewSphere();
        if (sphere.isEmpty()) {
            return;
        }
        File f = chooser("dialog.new.title").showSaveDialog(stage);
        if (f != null) {
            guard(() -> vm.createNew(withExtension(f.toPath()), sphere.get()));
        }
    }

    private Optional<Sphere> askNewSphere() {
        Dialog<Sphere> d = new Dialog<>();
        d.initOwner(stage);
        d.setTitle(i18n.t("dialog.new.title"));
        d.setHeaderText(i18n.t("dialog.new.header"));
        TextField name = new TextField();
        name.setId("new-sphere-name");
        TextArea towns = new TextArea();
        towns.setId("new-sphere-municipalities");
        towns.setPrefRowCount(5);
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.addRow(0, new Label(i18n.t("dialog.new.sphere")), name);
        g.addRow(1, new Label(i18n.t("dialog.new.municipalities")), towns);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = d.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(name.textProperty().isEmpty().or(towns.textProperty().isEmpty()));
        d.setResultConverter(b -> {
            if (b != ButtonType.OK) {
                return null;
            }
            List<Municipality> list = new ArrayList<>();
            for (String line : towns.getText().split("\\R")) {
                if (!line.isBlank()) {
                    list.add(new Municipality("m" + (list.size() + 1), line.strip()));
                }
            }
            if (list.isEmpty()) {
                return null;
            }
            return Sphere.empty(name.getText().strip(), list, list.get(0).id());
        });
        return d.showAndWait();
    }

    private static Path withExtension(Path p) {
        String name = p.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".kyosei") ? p : p.resolveSibling(name + ".kyosei");
    }

    private void sphereSettings() {
        Sphere s = vm.sphereProperty().get();
        if (s == null) {
            return;
        }
        SphereSettingsDialog.show(stage, i18n, s).ifPresent(r -> guard(() -> vm.apply(i18n.t("settings.title"),
                x -> jp.kyoseivision.edit.SphereEdits.updateSphere(x, r.name(), r.municipalities(), r.centralId()))));
    }

    void about() {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(stage);
        a.setTitle(i18n.t("dialog.about.title"));
        a.setHeaderText(i18n.t("app.title"));
        a.getDialogPane().setId("dialog-about");
        // the licences always shown (not behind JavaFX's "Show Details", which is not in our bundles)
        a.getDialogPane().setContent(new javafx.scene.layout.VBox(10,
                new Label(i18n.t("dialog.about.text", AppVersion.get(), AppDirs.dataDir())), Licences.pane(i18n)));
        a.showAndWait();
    }

    /** (Re)starts the backups while editing every {@code minutes}; 0 stops them (open and close still back up). */
    void startBackupTimer(int minutes) {
        backupTimer.stop();
        backupTimer.getKeyFrames().clear();
        if (minutes > 0) {
            backupTimer.getKeyFrames().add(new javafx.animation.KeyFrame(javafx.util.Duration.minutes(minutes),
                    e -> vm.backupIfChanged()));
            backupTimer.setCycleCount(javafx.animation.Animation.INDEFINITE);
            backupTimer.play();
        }
    }

    javafx.util.Duration backupInterval() {
        return backupTimer.getKeyFrames().isEmpty() ? javafx.util.Duration.ZERO : backupTimer.getKeyFrames().get(0).getTime();
    }

    /** 設定…: stores the preferences; a new language or year display reopens the window on the same file. */
    void preferences() {
        jp.kyoseivision.store.Settings settings = vm.settings();
        jp.kyoseivision.store.Preferences before = jp.kyoseivision.store.Preferences.load(settings);
        PreferencesDialog.show(stage, i18n, before).ifPresent(p -> {
            p.save(settings);
            startBackupTimer(p.backupIntervalMinutes());
            if (!p.language().equals(before.language()) || p.westernYears() != before.westernYears()) {
                Path path = vm.fileProperty().get() == null ? AppDirs.defaultFile() : vm.fileProperty().get().path();
                // close this window (and its file) first; the application must not end in between
                boolean implicitExit = Platform.isImplicitExit();
                Platform.setImplicitExit(false);
                stage.close();
                Stage next = new Stage();
                next.setX(stage.getX());
                next.setY(stage.getY());
                KyoseiApp.openWindow(next, settings, path);
                Platform.setImplicitExit(implicitExit);
            }
        });
    }

    private void guard(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            showError(e);
        }
    }

    /** Shows an error in Japanese and English; used for every failure the user can act on. */
    void showError(Throwable e) {
        showError(e, "dialog.error.header");
    }

    /** A PDF was written but some characters are not as they should be: said, not hidden. */
    void showWarning(jp.kyoseivision.text.LocalizedException w) {
        Alert a = new Alert(Alert.AlertType.WARNING);
        a.initOwner(stage);
        a.setTitle(i18n.t("dialog.error.title"));
        a.setHeaderText(i18n.t("print.warning.header"));
        Label text = new Label(w.message(i18n.locale()));
        text.setWrapText(true);
        text.setMaxWidth(560);
        a.getDialogPane().setContent(text);
        if (Platform.isFxApplicationThread()) {
            a.show();
        }
    }

    void showError(Throwable e, String headerKey) {
        if (e instanceof jp.kyoseivision.text.LocalizedException le && le.key().startsWith("input.")) {
            return; // marked at the field already
        }
        Alert a = new Alert(Alert.AlertType.ERROR);
        a.initOwner(stage);
        a.setTitle(i18n.t("dialog.error.title"));
        a.setHeaderText(i18n.t(headerKey));
        Label text = new Label(e.getMessage());
        text.setId("error-message");
        text.setWrapText(true);
        text.setMaxWidth(560);
        a.getDialogPane().setContent(text);
        if (Platform.isFxApplicationThread()) {
            a.show();
        }
    }

    TreeView<NavNode> tree() {
        return tree;
    }

    BudgetDialogs budgets() {
        return budgets;
    }
}
