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

    public MainWindow(Stage stage, MainViewModel vm) {
        this.stage = stage;
        this.vm = vm;
        this.i18n = vm.i18n();
        this.tree = NavTree.create(i18n);
        this.cardView = new CardView(i18n);
        this.summaryView = new SummaryView(i18n);
        this.recentMenu = new Menu(i18n.t("menu.file.recent"));
        recentMenu.setId("menu-recent");

        centre.setId("centre");
        centre.setFitToWidth(true);
        centre.setContent(summaryView.placeholder());
        tree.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            show(now);
            rememberSelection(now);
        });
        vm.sphereProperty().addListener((o, old, now) -> rebuildTree(now));

        SplitPane split = new SplitPane(tree, centre);
        split.setDividerPositions(0.32);
        SplitPane.setResizableWithParent(tree, false);

        StatusBar status = new StatusBar();
        status.setId("status-bar");
        status.textProperty().bind(vm.filePathProperty());
        Label saved = new Label();
        saved.setId("save-state");
        saved.textProperty().bind(vm.saveStateProperty());
        status.getRightItems().add(saved);

        BorderPane root = new BorderPane(split);
        root.setTop(menuBar());
        root.setBottom(status);
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(MainWindow.class.getResource("kyosei.css").toExternalForm());
        stage.setScene(scene);
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
        Menu file = new Menu(i18n.t("menu.file"), null, newFile, open, recentMenu, new SeparatorMenuItem(), saveAs,
                new SeparatorMenuItem(), print, exportPdf, new SeparatorMenuItem(), exit);
        file.setId("menu-file");
        file.setOnShowing(e -> fillRecent());
        fillRecent();

        MenuItem undo = item("menu.edit.undo", "Shortcut+Z", () -> { });
        MenuItem redo = item("menu.edit.redo", "Shortcut+Y", () -> { });
        MenuItem find = item("menu.edit.find", "Shortcut+F", () -> { });
        // editing arrives with the card forms; until then the commands are shown but not available
        undo.setDisable(true);
        redo.setDisable(true);
        find.setDisable(true);
        Menu edit = new Menu(i18n.t("menu.edit"), null, undo, redo, new SeparatorMenuItem(), find);
        edit.setId("menu-edit");

        Menu view = new Menu(i18n.t("menu.view"), null,
                item("menu.view.expandAll", null, () -> NavTree.setExpanded(tree.getRoot(), true)),
                item("menu.view.collapseAll", null, () -> NavTree.setExpanded(tree.getRoot(), false)));
        view.setId("menu-view");
        Menu help = new Menu(i18n.t("menu.help"), null, item("menu.help.about", "F1", this::about));
        help.setId("menu-help");
        MenuBar bar = new MenuBar(file, edit, view, help);
        bar.setId("menu-bar");
        return bar;
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
            return;
        }
        TreeItem<NavNode> root = NavTree.root(sphere);
        // open the newest plan down to its directions, so its cards are one click away; older plans stay closed
        if (!root.getChildren().isEmpty()) {
            TreeItem<NavNode> newest = root.getChildren().get(0);
            NavTree.setExpanded(newest, true);
            collapseDirections(newest);
        }
        tree.setRoot(root);
        centre.setContent(summaryView.placeholder());
        restoreSelection(root);
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

    private void show(TreeItem<NavNode> item) {
        Sphere sphere = vm.sphereProperty().get();
        if (item == null || item.getValue() == null || sphere == null) {
            centre.setContent(summaryView.placeholder());
            return;
        }
        NavNode n = item.getValue();
        Node content;
        if (n instanceof NavNode.MeasureNode m) {
            content = cardView.render(sphere, m);
        } else if (n instanceof NavNode.DirectionNode d) {
            content = summaryView.direction(sphere, d);
        } else if (n instanceof NavNode.PlanNode p) {
            content = summaryView.plan(p.plan(), p.revision());
        } else if (n instanceof NavNode.RevisionNode r) {
            content = summaryView.plan(r.plan(), r.revision());
        } else {
            content = summaryView.placeholder();
        }
        centre.setContent(content);
        centre.setVvalue(0);
    }

    private NavNode selectedNode() {
        TreeItem<NavNode> item = tree.getSelectionModel().getSelectedItem();
        return item == null ? null : item.getValue();
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
        FileChooser fc = new FileChooser();
        fc.setTitle(i18n.t("print.savePdf.title"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF (*.pdf)", "*.pdf"));
        fc.setInitialFileName(i18n.t("print.savePdf.name") + ".pdf");
        File f = fc.showSaveDialog(stage);
        if (f != null) {
            try {
                jp.kyoseivision.report.PdfWriter.write(scope.document(sphere, node, false, i18n.locale()),
                        jp.kyoseivision.report.FontLocator.find(PrintPreview.chosenFont(vm.settings())), f.toPath());
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

    /** Opens {@code path}, or shows why it cannot be opened; the open file stays as it was. */
    public void openPath(Path path) {
        guard(() -> vm.open(path));
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

    private void about() {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(stage);
        a.setTitle(i18n.t("dialog.about.title"));
        a.setHeaderText(i18n.t("app.title"));
        a.setContentText(i18n.t("dialog.about.text", AppVersion.get(), AppDirs.dataDir()));
        a.showAndWait();
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
        showError(e, "dialog.openFailed.header");
    }

    void showError(Throwable e, String headerKey) {
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
}
