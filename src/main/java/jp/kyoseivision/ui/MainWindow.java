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
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import jp.kyoseivision.model.Municipality;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.AppDirs;
import jp.kyoseivision.text.AppVersion;
import jp.kyoseivision.ui.card.CardActions;
import jp.kyoseivision.ui.common.Dialogs;
import jp.kyoseivision.ui.common.I18n;
import jp.kyoseivision.ui.common.Views;
import jp.kyoseivision.ui.common.WindowPlacement;
import jp.kyoseivision.ui.diff.DiffView;
import jp.kyoseivision.ui.diff.DiffViewModel;
import jp.kyoseivision.ui.kpi.KpiView;
import jp.kyoseivision.ui.kpi.KpiViewModel;
import jp.kyoseivision.ui.nav.NavNode;
import jp.kyoseivision.ui.nav.Navigation;
import jp.kyoseivision.ui.print.PrintPreview;
import jp.kyoseivision.ui.print.PrintScope;
import org.controlsfx.control.StatusBar;

/**
 * The main window: the menu bar ({@link MainMenu}), the navigation column ({@link Navigation}), the content of the
 * selected row ({@link ContentPane}) and the status bar; the file dialogs and the windows it opens. Data flows one
 * way: an edit goes to the view model, which saves it; the new sphere rebuilds the navigation, whose selection
 * renders the content.
 */
public final class MainWindow {
    private final Stage stage;
    private final MainViewModel vm;
    private final I18n i18n;
    private final Navigation navigation;
    private final ContentPane content;
    private final CardActions actions;
    private final BackupDialogs backups;
    private final BudgetDialogs budgets;
    private final StatusBar statusBar = new StatusBar();
    private final Label message = new Label();
    private KpiView kpiView;
    private jp.kyoseivision.ui.opinion.OpinionView opinionView;
    private DiffView diffView;
    private PrintPreview preview;

    private static final KeyCombination UNDO = KeyCombination.keyCombination("Shortcut+Z");
    private static final KeyCombination REDO = KeyCombination.keyCombination("Shortcut+Y");
    private static final KeyCombination REDO_SHIFT = KeyCombination.keyCombination("Shortcut+Shift+Z");

    /** Backups while editing every {@link jp.kyoseivision.store.Preferences#backupIntervalMinutes()} (設定…). */
    private final javafx.animation.Timeline backupTimer = new javafx.animation.Timeline();
    /** How long after a file is shown its open-time backup is taken (docs/reliability.md, docs/benchmarks.md). */
    static final int OPEN_BACKUP_DELAY_MS = 300;

    public MainWindow(Stage stage, MainViewModel vm) {
        this.stage = stage;
        this.vm = vm;
        this.i18n = vm.i18n();
        Views.useSettings(vm.settings());
        String selectionKey = "selection.";
        this.navigation = new Navigation(i18n, key -> {
            var f = vm.fileProperty().get();
            if (f != null) {
                vm.settings().put(selectionKey + f.path(), key);
            }
        }, () -> {
            var f = vm.fileProperty().get();
            return f == null ? null : vm.settings().get(selectionKey + f.path(), "");
        });
        this.content = new ContentPane(vm, this::showError, this::unlock, () -> navigation.search().query(),
                this::openOpinions);
        this.actions = new CardActions(i18n, vm, navigation::selected, this::selectAndFocus, this::showError,
                () -> stage);
        this.backups = new BackupDialogs(stage, i18n, vm, this::showError);
        this.budgets = new BudgetDialogs(stage, i18n, vm, navigation::selected, this::showError);
        this.jsonImport = new JsonImportDialogs(stage, i18n, vm, this::openDropped);

        navigation.selectedProperty().addListener((o, a, b) -> content.show(b));
        navigation.search().filterProperty().addListener((o, a, b) -> content.show(navigation.selected()));
        vm.lockChangedProperty().addListener((o, a, b) -> content.show(navigation.selected()));
        vm.readOnlyProperty().addListener((o, a, b) -> content.show(navigation.selected()));
        vm.fileProperty().addListener((o, before, now) -> fileChanged = true);
        vm.sphereProperty().addListener((o, old, now) -> {
            boolean newFile = fileChanged;
            fileChanged = false;
            java.util.Set<String> cards = vm.changedCards();
            // an edit of cards in place updates their rows only; anything else rebuilds the tree
            if (vm.completingLoad() && !newFile && now != null) {
                navigation.showWhole(now); // the whole file replaces its first screen: rows, selection, scroll kept
            } else if (newFile || now == null || cards == null || !navigation.showCards(now, cards)) {
                navigation.show(now, newFile);
            }
            content.show(navigation.selected()); // the same row, redrawn from the new sphere (or refreshed in place)
        });

        SplitPane split = new SplitPane(navigation.node(), content.node());
        split.setDividerPositions(0.3);
        SplitPane.setResizableWithParent(navigation.node(), false);

        statusBar.setId("status-bar");
        statusBar.textProperty().bind(vm.filePathProperty());
        Label saved = new Label();
        saved.setId("save-state");
        saved.textProperty().bind(vm.saveStateProperty());
        Label backedUp = new Label();
        backedUp.setId("backup-state");
        backedUp.textProperty().bind(vm.backupStateProperty());
        message.setId("status-message");
        // a message stands apart from the file path the status bar shows after it, and takes no room when empty
        message.setPadding(new javafx.geometry.Insets(0, 16, 0, 0));
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        statusBar.getLeftItems().add(message);
        statusBar.getRightItems().addAll(backedUp, new javafx.scene.control.Separator(
                javafx.geometry.Orientation.VERTICAL), saved);
        // a backup every few minutes while editing (only when something changed), see docs/reliability.md
        startBackupTimer(jp.kyoseivision.store.Preferences.load(vm.settings()).backupIntervalMinutes());
        // the backup of a file as opened is taken once the window has drawn it, off the FX thread (start-up speed);
        // an edit before then waits for it (MainViewModel.takeOpenBackup)
        // (a file shown first screen first is backed up once it is read whole: restRead)
        vm.fileProperty().addListener((o, before, now) -> {
            if (now != null) {
                backupOnceDrawn();
            }
        });

        BorderPane root = new BorderPane(split);
        root.setTop(new MainMenu(this, vm).build());
        root.setBottom(statusBar);
        // placed first: the scene is laid out at the size the window opens with (the tree keeps its share)
        WindowPlacement.apply(stage, vm.settings(), "main", 1280, 800);
        Scene scene = new Scene(root, stage.getWidth(), stage.getHeight());
        scene.getStylesheets().add(MainWindow.class.getResource("/jp/kyoseivision/ui/kyosei.css").toExternalForm());
        stage.setScene(scene);
        // a window replaced on its stage by another scene (TestFX's one stage) stops its timer: a running
        // Timeline is held by JavaFX's pulse timer and would keep this window and its file in memory
        scene.windowProperty().addListener((o, before, now) -> {
            if (now == null) {
                backupTimer.stop();
            }
        });
        stage.setMinWidth(640);
        stage.setMinHeight(400);
        undoKeys(scene);
        jp.kyoseivision.ui.common.AppIcons.apply(stage);
        FileDrop.install(scene, this::openDropped, () -> say(i18n.t("status.drop.onlyPlanFile")));
        stage.titleProperty().bind(vm.titleProperty());
        stage.setOnHidden(e -> {
            backupTimer.stop();
            content.shownForm().ifPresent(f -> f.commitPending());
            vm.close();
        });
        // the typing in the focused field is committed before the window closes (nothing typed is dropped)
        stage.addEventFilter(javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST, commitOnClose);
        // a stage given to a new window (a new UI language; the tests reuse one) lets go of the previous window and
        // its file's sphere
        if (stage.getProperties().put(MainWindow.class, this) instanceof MainWindow previous && previous != this) {
            stage.removeEventFilter(javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST, previous.commitOnClose);
            previous.backupTimer.stop();
        }
        if (vm.sphereProperty().get() != null) {
            navigation.show(vm.sphereProperty().get(), true);
        }
    }

    private boolean fileChanged = true;
    private final javafx.event.EventHandler<javafx.stage.WindowEvent> commitOnClose = e -> commitFocused();

    /** Starts the open-time backup {@link #OPEN_BACKUP_DELAY_MS} after the next frame is drawn. */
    private void backupOnceDrawn() {
        if (stage.getScene() == null) {
            vm.startOpenBackup();
            return;
        }
        Runnable[] drawn = new Runnable[1];
        drawn[0] = () -> {
            stage.getScene().removePostLayoutPulseListener(drawn[0]);
            javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(
                    javafx.util.Duration.millis(OPEN_BACKUP_DELAY_MS));
            later.setOnFinished(e -> vm.startOpenBackup());
            later.play();
        };
        stage.getScene().addPostLayoutPulseListener(drawn[0]);
        Platform.requestNextPulse();
    }

    public Stage stage() {
        return stage;
    }

    Navigation navigation() {
        return navigation;
    }

    CardActions actions() {
        return actions;
    }

    BackupDialogs backups() {
        return backups;
    }

    private final JsonImportDialogs jsonImport;

    /** ファイル → JSONを取り込む… (a new plan file from a JSON document, then opened). */
    JsonImportDialogs jsonImport() {
        return jsonImport;
    }

    BudgetDialogs budgets() {
        return budgets;
    }

    TreeView<NavNode> tree() {
        return navigation.tree();
    }

    /** Commits what the focused field holds, as leaving it would. */
    private void commitFocused() {
        content.shownForm().ifPresent(f -> f.commitPending());
    }

    void focusSearch() {
        navigation.search().focus();
    }

    /** After adding a card: selects it and puts the focus in its first field. */
    private void selectAndFocus(String key) {
        navigation.selectKey(key);
        content.focusFirstField();
    }

    /** 編集ロックを解除 (menu or the banner's button): then the focus goes to the first field of the card. */
    void unlock() {
        actions.unlock();
        content.focusFirstField();
    }

    /** Says something in the status bar (an export written, …) until the next message. */
    void say(String text) {
        message.setText(text);
    }

    void showLogFolder() {
        jp.kyoseivision.store.AppLog.install();
        Path dir = jp.kyoseivision.store.AppLog.dir();
        say(i18n.t("status.logFolder", dir));
        try {
            if (java.awt.Desktop.isDesktopSupported()
                    && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.OPEN)) {
                java.nio.file.Files.createDirectories(dir);
                java.awt.Desktop.getDesktop().open(dir.toFile());
            }
        } catch (java.io.IOException | RuntimeException e) {
            jp.kyoseivision.store.AppLog.error("cannot open the log folder", e);
        }
    }

    /** Selects the card with this measure id in the tree and brings the main window to the front. */
    void selectCard(String measureId) {
        navigation.selectKey(measureId);
        stage.toFront();
    }

    /** Selects the row with {@code key}. */
    void selectKey(String key) {
        navigation.selectKey(key);
    }

    /** Opens the comparison window (新旧比較) on the open file; its 「このカードを開く」 selects the card here. */
    DiffView openDiff() {
        Sphere sphere = vm.sphereProperty().get();
        if (sphere == null) {
            return null;
        }
        if (diffView != null && diffView.stage().isShowing()) {
            diffView.stage().toFront(); // one comparison window per file: Ctrl+D brings it back
            return diffView;
        }
        Stage s = new Stage();
        s.initOwner(stage);
        DiffViewModel dvm = new DiffViewModel(sphere, vm.fileProperty().get() == null || vm.readOnlyProperty().get() ? null : (name, edit) -> {
            vm.apply(i18n.t("edit.reason") + "（" + name + "）", edit);
            return vm.sphereProperty().get();
        }, DiffView.inBackground(stage, i18n));
        // looking at a 総合戦略 or an action plan: the comparison opens on that plan, not on the vision
        actions().revision().ifPresent(dvm::focus);
        DiffView view = new DiffView(s, dvm, i18n, this::selectCard,
                vm.fileProperty().get() == null ? "" : vm.fileProperty().get().path().getFileName().toString());
        view.usePdfFont(PrintPreview.chosenFont(vm.settings()));
        jp.kyoseivision.ui.common.AppIcons.apply(s);
        WindowPlacement.apply(s, vm.settings(), "diff", 1280, 860);
        // the window works on one file: when another file is opened, it closes rather than write to the old one
        javafx.beans.value.ChangeListener<jp.kyoseivision.store.PlanFile> closeOnOtherFile = (o, a, b) -> s.close();
        vm.fileProperty().addListener(closeOnOtherFile);
        // a closed comparison window is let go (the listener would keep it and its diff in memory)
        s.setOnHidden(e -> vm.fileProperty().removeListener(closeOnOtherFile));
        s.show();
        diffView = view;
        return view;
    }

    /**
     * Ctrl+Z / Ctrl+Y / Ctrl+Shift+Z in {@code scene} undo and redo the file's edits (the main window's, and the
     * windows that edit the same file: an edit made there is undone where it was made); a text field still holding
     * its own typing undoes that first.
     */
    private void undoKeys(Scene scene) {
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            boolean undo = UNDO.match(e);
            if (!undo && !REDO.match(e) && !REDO_SHIFT.match(e)) {
                return;
            }
            if (scene.getFocusOwner() instanceof javafx.scene.control.TextInputControl t
                    && (undo ? t.isUndoable() : t.isRedoable())) {
                return;
            }
            e.consume();
            guard(undo ? vm::undo : vm::redo);
        });
    }

    /**
     * 意見…: the opinions window of the open file, one per main window (closed when another file is opened);
     * {@code measureId}: shows only the opinions about that card (null: as it was).
     */
    jp.kyoseivision.ui.opinion.OpinionView openOpinions(String measureId) {
        if (vm.sphereProperty().get() == null) {
            return null;
        }
        if (opinionView == null || !opinionView.stage().isShowing()) {
            var ovm = new jp.kyoseivision.ui.opinion.OpinionViewModel(vm);
            var view = new jp.kyoseivision.ui.opinion.OpinionView(ovm, key -> {
                navigation.selectKey(key);
                stage.toFront();
            }, this::showPair, vm.fileProperty().get() == null ? ""
                    : vm.fileProperty().get().path().getFileName().toString());
            // the window works on one file: when another file is opened, it closes rather than write to the old one
            javafx.beans.value.ChangeListener<jp.kyoseivision.store.PlanFile> closeOnOtherFile =
                    (o, a, b) -> view.stage().close();
            vm.fileProperty().addListener(closeOnOtherFile);
            undoKeys(view.stage().getScene());
            view.stage().setOnHidden(e -> {
                vm.fileProperty().removeListener(closeOnOtherFile);
                ovm.dispose(); // let go of the closed window
            });
            opinionView = view;
        }
        if (measureId != null) {
            opinionView.viewModel().showCard(measureId);
        }
        opinionView.show(stage);
        return opinionView;
    }

    /** The comparison window on the change from card {@code oldId} to {@code newId} (a 反映済 opinion's change). */
    void showPair(String oldId, String newId) {
        DiffView d = openDiff();
        if (d != null) {
            d.showPair(oldId, newId);
            d.stage().toFront();
        }
    }

    /** 成果指標（KPI）…: the KPI results window of the open file, one per main window. */
    void openKpi() {
        if (kpiView == null) {
            // a large plan is graded off the JavaFX thread, with progress and 中止 (issue 16)
            kpiView = new KpiView(new KpiViewModel(vm, KpiViewModel.inBackground(stage, i18n,
                    KpiViewModel.BACKGROUND_CARDS)));
            undoKeys(kpiView.stage().getScene()); // the window says 元に戻す：Ctrl+Z under its fields
        }
        kpiView.show(stage);
    }

    /** Opens the print preview for the selected row (the card, else its policy area, else all cards). */
    void printPreview(PrintScope preferred) {
        NavNode node = navigation.selected();
        Sphere sphere = vm.sphereProperty().get();
        if (sphere == null || PrintScope.available(node).isEmpty()) {
            Dialogs.error(stage, i18n, i18n.t("print.failed.header"), i18n.t("print.nothing")).show();
            return;
        }
        try {
            if (preview != null) {
                preview.stage().close(); // one preview at a time: the new selection replaces the old one
            }
            preview = new PrintPreview(stage, i18n, vm.settings(), sphere, node, preferred);
            preview.show();
        } catch (RuntimeException e) {
            showError(e, "print.failed.header");
        }
    }

    /** Asks for the scope and a file, then writes the measure sheets as PDF. */
    void exportPdf() {
        NavNode node = navigation.selected();
        Sphere sphere = vm.sphereProperty().get();
        List<PrintScope> scopes = PrintScope.available(node);
        if (sphere == null || scopes.isEmpty()) {
            Dialogs.error(stage, i18n, i18n.t("print.failed.header"), i18n.t("print.nothing")).show();
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
            // off the JavaFX thread with progress and 中止: a plan of many cards takes a while (issue 16)
            Path chosenFont = PrintPreview.chosenFont(vm.settings());
            jp.kyoseivision.ui.common.PdfExport.start(stage, i18n, target.get(),
                    () -> scope.document(sphere, node, false, i18n.locale()),
                    () -> jp.kyoseivision.report.FontLocator.find(chosenFont), written -> {
                        written.warning().ifPresent(this::showWarning);
                        say(i18n.t("status.exported", target.get()));
                    });
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

    void openFile() {
        File f = jp.kyoseivision.ui.common.FileDialogs.open(chooser("dialog.open.title"), stage);
        if (f != null) {
            openPath(f.toPath());
        }
    }

    /**
     * Start-up: reads {@code path} off the FX thread at once, with the busy bar, while the window is still being
     * built and shown (the read and the first layout overlap on two cores), then shows it — or why it cannot be
     * opened — and runs {@code then}. Call before {@code stage.show()}, in the same FX event: the result comes in a
     * later event, when the window is showing (a result for a window not showing is dropped).
     */
    void openAtStart(Path path, Runnable then) {
        openPath(path, then);
    }

    /**
     * Start-up with a big file (KyoseiApp.readWhileShowing): lets the empty window with a busy bar in the status bar
     * be painted first, then opens {@code path} (as {@link #openPath}) and runs {@code then} once it is shown (or
     * refused).
     */
    void openAfterFirstFrame(Path path, Runnable then) {
        statusBar.setProgress(-1);
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            stage.getScene().removePostLayoutPulseListener(once[0]);
            Platform.runLater(() -> openPath(path, then));
        };
        stage.getScene().addPostLayoutPulseListener(once[0]);
    }

    /** A .kyosei file dropped on the window: what is typed in the open form is kept first, then as 開く. */
    void openDropped(Path path) {
        commitFocused();
        openPath(path);
    }

    /** The version and where this user's files live (the helpdesk's first two questions). */
    private Label aboutText() {
        AppDirs dirs = AppDirs.current();
        Label l = new Label(i18n.t("dialog.about.text", AppVersion.get(), dirs.settings(), dirs.backups(), dirs.logs()));
        l.setId("about-text");
        return l;
    }

    /**
     * Opens {@code path}, or shows why it cannot be opened; the open file stays as it was. The file is read off the
     * FX thread in two steps (issue 16), with the busy bar in the status bar: first what the window shows first (the
     * newest plan's current revision, {@link MainViewModel#readFirst}), which is drawn at once, read-only; then the
     * whole sphere, which replaces it keeping the selected row ({@link MainViewModel#showRest}), after which the
     * file can be edited. The window keeps answering (menus, typing) meanwhile, and the open file stays open and
     * usable until the new one is shown. 開く, recent files, a dropped file and start-up all come here; a locked,
     * damaged or newer file is offered the same dialogs as before, on the FX thread, whichever read fails.
     */
    public void openPath(Path path) {
        openPath(path, () -> {
        });
    }

    /** The two reads of an open (tests replace them, e.g. with a second read that waits). */
    interface OpenSteps {
        MainViewModel.Opened first(Path path);

        Sphere rest(jp.kyoseivision.store.PlanFile file);
    }

    private OpenSteps steps = new OpenSteps() {
        @Override
        public MainViewModel.Opened first(Path path) {
            return MainViewModel.readFirst(path);
        }

        @Override
        public Sphere rest(jp.kyoseivision.store.PlanFile file) {
            return MainViewModel.readRest(file);
        }
    };

    void useOpenSteps(OpenSteps s) {
        this.steps = s;
    }

    private void openPath(Path path, Runnable then) {
        if (opening != null) {
            next = () -> openPath(path, then); // one read at a time: the newest request wins
            return;
        }
        statusBar.setProgress(-1);
        say(i18n.t("status.opening", path.getFileName()));
        opening = jp.kyoseivision.ui.common.Background.quietly("open " + path.getFileName(),
                p -> steps.first(path), read -> firstRead(path, read, then),
                e -> firstRead(path, () -> backups.openFailed(path, e), then));
    }

    /** The first read of {@code path} failed: says why, unless a newer open was asked for meanwhile. */
    private void firstRead(Path path, Runnable failed, Runnable then) {
        opening = null;
        if (runNext() || !stage.isShowing()) {
            return;
        }
        idle();
        try {
            failed.run();
        } finally {
            then.run();
        }
    }

    /** The first read of {@code path} ended: shows it (or why not), then reads the rest unless it is all there. */
    private void firstRead(Path path, MainViewModel.Opened read, Runnable then) {
        opening = null;
        if (next != null || !stage.isShowing()) {
            read.discard(); // replaced by a newer open, or the window closed while reading: never shown
            runNext();
            return;
        }
        try {
            vm.showFirst(read);
        } catch (RuntimeException e) {
            if (vm.fileProperty().get() != read.file()) {
                read.discard(); // not shown: its edit lock is released
            }
            idle();
            backups.openFailed(path, e);
            then.run();
            return;
        }
        if (read.complete()) {
            idle();
        } else {
            say(i18n.t("status.loadingRest", path.getFileName()));
            jp.kyoseivision.store.PlanFile file = read.file();
            opening = jp.kyoseivision.ui.common.Background.quietly("read " + path.getFileName(),
                    p -> steps.rest(file), whole -> restRead(file, whole), e -> restFailed(path, file, e));
        }
        then.run(); // the window with the file is on screen (start-up time, exitWhenShown)
    }

    /** The whole sphere of {@code file} is read: it replaces the first screen; then the open-time backup. */
    private void restRead(jp.kyoseivision.store.PlanFile file, Sphere whole) {
        opening = null;
        if (!stage.isShowing()) {
            vm.restFailed(file); // the window closed meanwhile (MainViewModel.close left the file to us)
            return;
        }
        idle();
        if (vm.showRest(file, whole)) {
            backupOnceDrawn();
        }
        runNext();
    }

    /** The whole read of {@code file} failed: it is closed, the window shows no file, and the dialogs say why. */
    private void restFailed(Path path, jp.kyoseivision.store.PlanFile file, Throwable e) {
        opening = null;
        vm.restFailed(file);
        if (!stage.isShowing()) {
            return;
        }
        idle();
        backups.openFailed(path, e);
        runNext();
    }

    /** Runs the open asked for while a read ran; true when there was one. */
    private boolean runNext() {
        Runnable waiting = next;
        next = null;
        if (waiting != null && stage.isShowing()) {
            waiting.run();
        }
        return waiting != null;
    }

    /** The busy bar stops; the status message is cleared. */
    private void idle() {
        statusBar.setProgress(0);
        say("");
    }

    /** The reads running off the FX thread (either step), and the open asked for meanwhile (run when it ends). */
    private javafx.concurrent.Task<?> opening;
    private Runnable next;

    /** True while a file is being read ({@link #openPath}), both steps. FX thread. */
    boolean isOpening() {
        return opening != null;
    }

    /** Opens {@code path} at once on the FX thread, as {@link #openPath} but waiting for the read (tests). */
    void openNow(Path path) {
        backups.open(path);
    }

    void saveAs() {
        FileChooser fc = chooser("dialog.saveAs.title");
        var current = vm.fileProperty().get();
        if (current != null) {
            String name = current.path().getFileName().toString();
            String base = name.toLowerCase(java.util.Locale.ROOT).endsWith(".kyosei")
                    ? name.substring(0, name.length() - ".kyosei".length()) : name;
            fc.setInitialFileName(i18n.t("dialog.saveAs.name", base) + ".kyosei");
        }
        File f = jp.kyoseivision.ui.common.FileDialogs.save(fc, stage);
        if (f != null) {
            guard(() -> vm.saveAs(withExtension(f.toPath())));
        }
    }

    void newFile() {
        if (opening != null) {
            return; // the menu item is disabled while a file is read (its connection is in use)
        }
        Optional<Sphere> sphere = askNewSphere();
        if (sphere.isEmpty()) {
            return;
        }
        File f = jp.kyoseivision.ui.common.FileDialogs.save(chooser("dialog.new.title"), stage);
        if (f != null) {
            guard(() -> vm.createNew(withExtension(f.toPath()), sphere.get()));
        }
    }

    /** ファイル ▸ サンプルから新規作成: a new file (asked for) holding the bundled sample of this id. */
    void newFromSample(String sampleId) {
        if (opening != null) {
            return; // the menu item is disabled while a file is read (its connection is in use)
        }
        File f = jp.kyoseivision.ui.common.FileDialogs.save(chooser("dialog.new.title"), stage);
        if (f != null) {
            guard(() -> vm.createNew(withExtension(f.toPath()), jp.kyoseivision.store.Sample.load(sampleId).orElseThrow()));
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

    static Path withExtension(Path p) {
        String name = p.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".kyosei") ? p : p.resolveSibling(name + ".kyosei");
    }

    void sphereSettings() {
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
                aboutText(), Licences.pane(i18n)));
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
            try {
                p.save(settings);
            } catch (jp.kyoseivision.text.LocalizedException e) {
                showError(e); // the new values apply to this session; the message says they were not kept
            }
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

    /** Runs a command of a menu or a button; a refusal or failure is shown, never lost. */
    void guard(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            showError(e);
        }
    }

    /** Shows an error in the UI language; used for every failure the user can act on. */
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
        if (!(e instanceof jp.kyoseivision.text.LocalizedException)) {
            Dialogs.unexpected(stage, i18n, e);
            return;
        }
        Alert a = Dialogs.error(stage, i18n, i18n.t(headerKey), e.getMessage());
        if (Platform.isFxApplicationThread()) {
            a.show();
        }
    }
}
