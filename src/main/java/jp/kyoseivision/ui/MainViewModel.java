package jp.kyoseivision.ui;

import jp.kyoseivision.ui.common.I18n;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import java.util.HashSet;
import java.util.Set;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import jp.kyoseivision.edit.EditHistory;
import jp.kyoseivision.edit.Edited;
import jp.kyoseivision.edit.SphereEdit;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.RevisionStatus;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.AppDirs;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.Sample;
import jp.kyoseivision.store.Settings;

/**
 * State of the main window: the open plan file, its sphere, the title and the status bar texts. Opening a file
 * that fails leaves the previous one open and untouched; the caller shows the exception's message.
 */
public final class MainViewModel {
    private final I18n i18n;
    private final Settings settings;
    private final ObjectProperty<PlanFile> file = new SimpleObjectProperty<>();
    private final ObjectProperty<Sphere> sphere = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper filePath = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper saveState = new ReadOnlyStringWrapper();
    private final EditHistory history = new EditHistory();
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper();
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty canRedo = new SimpleBooleanProperty();
    private final Set<String> unlocked = new HashSet<>();

    public MainViewModel(I18n i18n, Settings settings) {
        this.i18n = i18n;
        this.settings = settings;
        // refusals and errors (LocalizedException) speak the window's language, one language at a time
        jp.kyoseivision.text.Texts.setLanguage(i18n.locale());
        file.addListener((o, old, now) -> {
            title.set(now == null ? i18n.t("app.title") : i18n.t(now.isReadOnly() ? "app.titleReadOnly"
                    : "app.titleWithFile", now.path().getFileName()));
            filePath.set(now == null ? i18n.t("status.noFile") : now.path().toString());
            saveState.set(now == null ? "" : i18n.t(now.isReadOnly() ? "status.readOnly" : "status.saved"));
            readOnly.set(now != null && (now.isReadOnly() || loading.get()));
        });
        title.set(i18n.t("app.title"));
        filePath.set(i18n.t("status.noFile"));
        refreshHistory();
    }

    /**
     * Applies one edit: computes the next sphere, saves the difference in one transaction, then records it for
     * undo. When the edit is invalid or cannot be saved, nothing changes and the exception says why. The edit does
     * not say what it touched: the two whole spheres are compared (see {@link #applyEdit} for the edits that do).
     */
    public void apply(String description, UnaryOperator<Sphere> edit) {
        applyEdit(description, SphereEdit.whole(edit));
    }

    /**
     * Applies one edit command: when it names the cards it changed in place ({@link Edited#targeted()}), only
     * those cards' differing rows are written (and undo writes them back), and the window redraws only them
     * ({@link #changedCards()}); otherwise the whole spheres are compared.
     */
    public void applyEdit(String description, SphereEdit edit) {
        PlanFile f = file.get();
        Sphere before = sphere.get();
        if (f == null || before == null) {
            return;
        }
        if (loading.get()) {
            // only part of the file is read yet: nothing is written until the whole sphere replaced it
            throw new jp.kyoseivision.text.LocalizedException("edit.loading", f.path().getFileName());
        }
        if (f.isReadOnly()) {
            // nothing is written to a file opened read-only; the editors are disabled, this is the last guard
            throw new jp.kyoseivision.text.LocalizedException("edit.readOnly", f.path().getFileName());
        }
        Edited edited = edit.apply(before);
        Sphere after = edited.sphere();
        if (after == before || (edited.targeted() ? edited.cards().isEmpty() : after.equals(before))) {
            return;
        }
        takeOpenBackup();
        write(f, before, after, edited.cards());
        changedSinceBackup = true;
        history.push(new EditHistory.Edit(description, before, after, edited.cards()));
        show(after, edited.cards());
        saveState.set(i18n.t("status.saved"));
        refreshHistory();
    }

    private static void write(PlanFile f, Sphere before, Sphere after, java.util.Set<String> cards) {
        if (cards == null) {
            f.save(before, after);
        } else {
            f.save(before, after, cards);
        }
    }

    private java.util.Set<String> changedCards;

    /** The sphere shown from now on; {@code cards}: the only cards it changed in place (null: anything). */
    private void show(Sphere next, java.util.Set<String> cards) {
        changedCards = cards;
        try {
            sphere.set(next);
        } finally {
            changedCards = null;
        }
    }

    /**
     * While the sphere property's listeners run for an edit (or its undo, redo) that changed only the content of
     * some cards in place: their ids, so a view can redraw just those; null when anything may have changed.
     */
    public java.util.Set<String> changedCards() {
        return changedCards;
    }

    /** Ctrl+S: everything is saved as it is typed; the status bar confirms it (or says the file is read-only). */
    public void confirmSaved() {
        PlanFile f = file.get();
        if (f != null) {
            saveState.set(i18n.t(f.isReadOnly() ? "status.readOnly" : "status.savedConfirmed",
                    java.time.LocalTime.now().withNano(0)));
        }
    }

    public void undo() {
        history.nextUndo().ifPresent(e -> travel(e.before(), e.cards(), history::undone));
    }

    public void redo() {
        history.nextRedo().ifPresent(e -> travel(e.after(), e.cards(), history::redone));
    }

    /**
     * Writes {@code target} over what the file holds (for an edit of cards in place, only those cards' rows: the
     * inverse of what the edit wrote); only when that is saved does the history move on.
     */
    private void travel(Sphere target, java.util.Set<String> cards, Runnable moveHistory) {
        if (readOnly.get()) {
            return;
        }
        takeOpenBackup();
        write(file.get(), sphere.get(), target, cards);
        changedSinceBackup = true;
        moveHistory.run();
        show(target, cards);
        refreshHistory();
    }

    private void refreshHistory() {
        canUndo.set(history.nextUndo().isPresent());
        canRedo.set(history.nextRedo().isPresent());
        undoText.set(history.nextUndo().map(e -> i18n.t("menu.edit.undoWhat", e.description()))
                .orElse(i18n.t("menu.edit.undo")));
        redoText.set(history.nextRedo().map(e -> i18n.t("menu.edit.redoWhat", e.description()))
                .orElse(i18n.t("menu.edit.redo")));
    }

    /**
     * Whether {@code r} cannot be edited now: the file is open read-only (another user edits it), or the revision
     * is adopted (策定済) and locked against accidental edits until the officer unlocks it.
     */
    public boolean locked(Revision r) {
        return readOnly.get() || r.status() == RevisionStatus.ADOPTED && !unlocked.contains(r.id());
    }

    private final BooleanProperty readOnly = new SimpleBooleanProperty();

    /** Whether a file is open. */
    public boolean hasFile() {
        return file.get() != null;
    }

    /**
     * True while the open file is read-only, or only its first screen is read ({@link #loadingProperty()}): every
     * editor is disabled and no write is attempted.
     */
    public javafx.beans.property.ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly;
    }

    public void unlock(Revision r) {
        unlocked.add(r.id());
        lockChanged.set(!lockChanged.get());
    }

    private final BooleanProperty lockChanged = new SimpleBooleanProperty();

    /** Flips whenever a revision is unlocked, so views can refresh their editable state. */
    public javafx.beans.property.ReadOnlyBooleanProperty lockChangedProperty() {
        return lockChanged;
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    public javafx.beans.value.ObservableBooleanValue canUndoProperty() {
        return canUndo;
    }

    public javafx.beans.value.ObservableBooleanValue canRedoProperty() {
        return canRedo;
    }

    /**
     * A file opened and read but not shown yet: {@link #read} makes it on any thread (off the FX thread, so the
     * window stays responsive while a big file is read), {@link #show} shows it on the FX thread.
     */
    public record Opened(PlanFile file, Sphere sphere, boolean complete) {
        /** The whole sphere read. */
        public Opened(PlanFile file, Sphere sphere) {
            this(file, sphere, true);
        }

        /** Closes the file (releasing its edit lock) when it is not shown after all (a newer open replaced it). */
        public void discard() {
            file.close();
        }
    }

    /**
     * Opens and reads {@code path} (any thread; touches nothing of the window); when it is the default file and
     * does not exist yet, creates it with the sample. On failure nothing stays open and the exception says why.
     */
    public static Opened read(Path path) {
        Path p = path.toAbsolutePath().normalize();
        PlanFile opened;
        if (!Files.exists(p) && p.equals(AppDirs.defaultFile().toAbsolutePath().normalize())) {
            opened = PlanFile.create(p, Sample.load());
        } else {
            opened = PlanFile.open(p);
        }
        return new Opened(opened, readOrClose(opened));
    }

    /**
     * The files smaller than this are read whole at once ({@link #readFirst}): reading them twice would cost more than
     * it saves (the bundled sample is 0.4 MB; 1,000 synthetic cards 6 MB).
     */
    static final long READ_WHOLE_BELOW_BYTES = 2L << 20;

    /**
     * The first of an open's two reads (any thread, issue 16): opens {@code path} as {@link #read} and reads what the
     * window shows first — the newest plan's current revision ({@link PlanFile#readFirstScreen}) — unless the file is
     * small, which is read whole ({@link Opened#complete()}). {@link #showFirst} shows it read-only,
     * {@link #readRest} reads the whole sphere, {@link #showRest} swaps it in. On failure nothing stays open.
     */
    public static Opened readFirst(Path path) {
        Path p = path.toAbsolutePath().normalize();
        if (!Files.exists(p) && p.equals(AppDirs.defaultFile().toAbsolutePath().normalize())) {
            return read(path);
        }
        long bytes;
        try {
            bytes = Files.size(p);
        } catch (java.io.IOException | RuntimeException e) {
            bytes = Long.MAX_VALUE; // PlanFile.open says what is wrong
        }
        if (bytes < READ_WHOLE_BELOW_BYTES) {
            return read(path);
        }
        PlanFile opened = PlanFile.openCheckingPagesLater(p); // its quick_check runs before the whole read
        try {
            return new Opened(opened, opened.readFirstScreen(), false);
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    /**
     * The second read (any thread): checks every page of a file shown by {@link #showFirst} (the check
     * {@link PlanFile#openCheckingPagesLater} left out), then reads the whole sphere. Closes nothing.
     */
    public static Sphere readRest(PlanFile f) {
        f.checkPages();
        return f.read();
    }

    /** As {@link #read}, read-only (another user edits it, or to look without changing anything). */
    public static Opened readReadOnly(Path path) {
        PlanFile opened = PlanFile.openReadOnly(path);
        return new Opened(opened, readOrClose(opened));
    }

    /** Shows a file {@link #read}: it replaces the open one, whose edit lock is released. FX thread. */
    public void show(Opened o) {
        loading.set(false);
        replace(o.file(), o.sphere());
        logOpened(o.file());
        // the backup of the content as opened: started by the window once the file is drawn (off the FX thread,
        // startOpenBackup), and in any case taken before the first edit, undo or close touches the file
        openBackupPending = !o.file().isReadOnly();
    }

    /**
     * Shows the first read of a file ({@link #readFirst}; FX thread): it replaces the open one, whose edit lock is
     * released. When it is only the first screen, the window is read-only ({@link #loadingProperty()}) until
     * {@link #showRest} swaps the whole sphere in: no edit, undo, backup or copy touches the file meanwhile (the
     * reader uses its connection), and nothing half-read can be written back.
     */
    public void showFirst(Opened o) {
        if (o.complete()) {
            show(o);
            return;
        }
        loading.set(true);
        try {
            replace(o.file(), o.sphere());
        } catch (RuntimeException e) {
            loading.set(false);
            throw e;
        }
        saveState.set(i18n.t("status.loading"));
        openBackupPending = false; // taken once the whole file is read (showRest)
    }

    /**
     * The whole sphere of the file shown by {@link #showFirst} (FX thread): it replaces the first screen's sphere
     * (the views keep their selection: {@link #completingLoad()}), and the file becomes editable. False, nothing
     * done, when {@code f} is no longer the open file.
     */
    public boolean showRest(PlanFile f, Sphere whole) {
        if (file.get() != f || !loading.get()) {
            return false;
        }
        completing = true;
        try {
            sphere.set(whole);
        } finally {
            completing = false;
        }
        loading.set(false);
        readOnly.set(f.isReadOnly());
        saveState.set(i18n.t(f.isReadOnly() ? "status.readOnly" : "status.saved"));
        logOpened(f);
        openBackupPending = !f.isReadOnly();
        return true;
    }

    /**
     * The whole read of the file shown by {@link #showFirst} failed (FX thread): it is closed and the window shows
     * no file (the caller says why). Nothing was written to it.
     */
    public void restFailed(PlanFile f) {
        if (file.get() != f) {
            f.close();
            return;
        }
        history.clear();
        unlocked.clear();
        file.set(null);
        loading.set(false);
        sphere.set(null);
        readOnly.set(false);
        refreshHistory();
        f.close();
    }

    private boolean completing;

    /**
     * Whether what {@code n} shows is read: always, except while only the first screen is read, when only the
     * newest plan's current revision is (its plan, revision and everything below them).
     */
    public boolean isRead(jp.kyoseivision.ui.nav.NavNode n) {
        if (!loading.get()) {
            return true;
        }
        Sphere s = sphere.get();
        Revision first = s == null ? null : s.plans().stream()
                .max(java.util.Comparator.comparingInt(jp.kyoseivision.model.Plan::edition))
                .flatMap(jp.kyoseivision.model.Plan::current).orElse(null);
        Revision r = n instanceof jp.kyoseivision.ui.nav.NavNode.PlanNode p ? p.revision()
                : n instanceof jp.kyoseivision.ui.nav.NavNode.RevisionNode rn ? rn.revision()
                : n instanceof jp.kyoseivision.ui.nav.NavNode.PerspectiveNode pn ? pn.revision()
                : n instanceof jp.kyoseivision.ui.nav.NavNode.AreaNode an ? an.revision()
                : n instanceof jp.kyoseivision.ui.nav.NavNode.DirectionNode dn ? dn.revision()
                : ((jp.kyoseivision.ui.nav.NavNode.MeasureNode) n).revision();
        return first != null && r != null && r.id().equals(first.id());
    }

    /** True while the sphere property's listeners run for {@link #showRest}: the same file, now read whole. */
    public boolean completingLoad() {
        return completing;
    }

    private final BooleanProperty loading = new SimpleBooleanProperty();

    /** True while only the first screen of the open file is read ({@link #showFirst}); the window is read-only. */
    public javafx.beans.property.ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    /** Opens {@code path} at once on this thread; when it is the default file and does not exist yet, creates it. */
    public void open(Path path) {
        show(read(path));
    }

    /** Opens {@code path} read-only at once on this thread. */
    public void openReadOnly(Path path) {
        show(readReadOnly(path));
    }

    /** The helpdesk's first question after "which version": which file, how big, and could it be written. */
    private void logOpened(PlanFile opened) {
        Sphere s = sphere.get();
        long bytes;
        try {
            bytes = Files.size(opened.path());
        } catch (java.io.IOException e) {
            bytes = -1;
        }
        jp.kyoseivision.store.AppLog.info("opened " + opened.path() + " (" + bytes + " bytes, "
                + (s == null ? 0 : s.plans().size()) + " plans" + (opened.isReadOnly() ? ", read-only" : "") + ")");
    }

    /** Reads the whole file; when that fails, closes it (releasing its edit lock) before the error goes up. */
    private static Sphere readOrClose(PlanFile opened) {
        try {
            return opened.read();
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    // ---- backups (docs/reliability.md) ------------------------------------------------------------------------

    private boolean changedSinceBackup;
    private boolean openBackupPending;

    /** The open-time backup running off the FX thread ({@link #startOpenBackup}), until its result is shown. */
    private java.util.concurrent.CompletableFuture<jp.kyoseivision.store.Backups.Backup> openBackup;

    /**
     * Takes the backup of the file as it was opened, if not taken yet (see {@link #show}); when it is being taken
     * off the FX thread, waits for it. Called before anything writes to the file, so the backup always holds the
     * content as opened.
     */
    public void takeOpenBackup() {
        if (openBackupPending) {
            openBackupPending = false;
            backupNow();
        } else {
            finishOpenBackup();
        }
    }

    /**
     * Starts the backup of the file as opened on a background thread (the window calls this once the file is
     * drawn); an edit before it is done waits for it ({@link #takeOpenBackup}). Nothing when taken already.
     */
    public void startOpenBackup() {
        PlanFile f = file.get();
        if (!openBackupPending || f == null || f.isReadOnly() || loading.get()) {
            return;
        }
        openBackupPending = false;
        int keep = jp.kyoseivision.store.Preferences.load(settings()).backupKeep();
        var running = new java.util.concurrent.CompletableFuture<jp.kyoseivision.store.Backups.Backup>();
        openBackup = running;
        Thread t = new Thread(() -> {
            try {
                running.complete(jp.kyoseivision.store.Backups.take(f, keep));
            } catch (Throwable e) {
                running.completeExceptionally(e);
            }
            javafx.application.Platform.runLater(() -> {
                if (openBackup == running) {
                    finishOpenBackup();
                }
            });
        }, "open-time backup");
        t.setDaemon(true);
        t.start();
    }

    /** Waits for the open-time backup running off the FX thread (if any) and shows its outcome. */
    private void finishOpenBackup() {
        var running = openBackup;
        if (running == null) {
            return;
        }
        openBackup = null;
        try {
            backedUp(running.join());
        } catch (java.util.concurrent.CompletionException e) {
            backupState.set(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
        }
    }

    private void backedUp(jp.kyoseivision.store.Backups.Backup b) {
        changedSinceBackup = false;
        backupState.set(i18n.t("status.backedUp", b.taken().toLocalTime().withNano(0)));
    }

    private final ReadOnlyStringWrapper backupState = new ReadOnlyStringWrapper("");

    /** Takes a verified backup of the open file; a failure is shown in the status bar, never blocks editing. */
    public java.util.Optional<jp.kyoseivision.store.Backups.Backup> backupNow() {
        finishOpenBackup(); // one backup at a time on the file's connection
        PlanFile f = file.get();
        if (f == null || f.isReadOnly() || loading.get()) { // while loading, the reader uses the connection
            return java.util.Optional.empty();
        }
        try {
            var b = jp.kyoseivision.store.Backups.take(f, jp.kyoseivision.store.Preferences.load(settings()).backupKeep());
            backedUp(b);
            return java.util.Optional.of(b);
        } catch (RuntimeException e) {
            backupState.set(e.getMessage());
            return java.util.Optional.empty();
        }
    }

    /** Called every few minutes: backs up only when something was edited since the last backup. */
    public void backupIfChanged() {
        if (changedSinceBackup) {
            backupNow();
        }
    }

    public ReadOnlyStringProperty backupStateProperty() {
        return backupState.getReadOnlyProperty();
    }

    /**
     * Replaces the open file's content with {@code backup}: first backs up the current content (so the restore can
     * itself be undone from the list), closes the file, swaps the content in, and reopens it.
     */
    public void replaceWithBackup(jp.kyoseivision.store.Backups.Backup backup) {
        PlanFile f = file.get();
        if (f == null || f.isReadOnly()) {
            return;
        }
        Path p = f.path();
        backupNow();
        f.close();
        try {
            jp.kyoseivision.store.Backups.replaceWith(backup, p);
        } finally {
            open(p); // the restored content, or the unchanged file when the swap failed
        }
    }

    /** Creates a new file holding {@code initial} and opens it. */
    public void createNew(Path path, Sphere initial) {
        PlanFile created = PlanFile.create(path, initial);
        replace(created, created.read());
    }

    /** Copies the open file to {@code target} and continues working in the copy. */
    public void saveAs(Path target) {
        PlanFile current = file.get();
        if (current == null) {
            return;
        }
        finishOpenBackup(); // the file's connection does one thing at a time
        current.copyTo(target);
        open(target);
    }

    private void replace(PlanFile opened, Sphere read) {
        finishOpenBackup(); // the old file's backup may still be running on its connection: it ends first
        PlanFile old = file.get();
        history.clear();
        unlocked.clear();
        file.set(opened); // first: the views rebuilt on the sphere's change ask which file it is
        sphere.set(read);
        refreshHistory();
        if (old != null) {
            old.close();
        }
        try {
            settings.addRecent(opened.path());
        } catch (jp.kyoseivision.text.LocalizedException e) {
            // the file is open all the same; the status bar says the recent-files list was not kept
            saveState.set(e.message(i18n.locale()));
        }
    }

    /**
     * The window closes: backs up what is due and closes the file. While the whole file is still being read
     * ({@link #loadingProperty()}) nothing was changed and the reader holds the connection: the window closes the
     * file when the read ends ({@link #restFailed} or its own discard).
     */
    public void close() {
        if (loading.get()) {
            return;
        }
        takeOpenBackup();
        backupIfChanged();
        if (file.get() != null) {
            file.get().close();
        }
    }

    public ReadOnlyObjectProperty<Sphere> sphereProperty() {
        return sphere;
    }

    public ReadOnlyObjectProperty<PlanFile> fileProperty() {
        return file;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty filePathProperty() {
        return filePath.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    public Settings settings() {
        return settings;
    }

    public I18n i18n() {
        return i18n;
    }
}
