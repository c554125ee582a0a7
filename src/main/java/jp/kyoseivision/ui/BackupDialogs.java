package jp.kyoseivision.ui;

import jp.kyoseivision.ui.common.I18n;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import jp.kyoseivision.store.Backups;
import jp.kyoseivision.store.FileLockedException;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.StoreException;
import jp.kyoseivision.text.JapaneseYears;

/**
 * バックアップから復元… and the offers made when a file cannot be opened for editing: read-only when another
 * user edits it, the newest good backup (as a new file beside it) when it is refused as damaged.
 */
final class BackupDialogs {
    private final Stage stage;
    private final I18n i18n;
    private final MainViewModel vm;
    private final Consumer<Throwable> showError;

    BackupDialogs(Stage stage, I18n i18n, MainViewModel vm, Consumer<Throwable> showError) {
        this.stage = stage;
        this.i18n = i18n;
        this.vm = vm;
        this.showError = showError;
    }

    /** 令和8年11月23日 (2026-11-23) 10:15:02 — the date as the officer reads it, and the time. */
    String label(Backups.Backup b) {
        return JapaneseYears.date(b.taken().toLocalDate(), i18n.locale()) + " "
                + b.taken().toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm:ss"));
    }

    /** The list of backups of the open file; restores the chosen one into a new file or over the open one. */
    void showRestore() {
        PlanFile f = vm.fileProperty().get();
        if (f == null) {
            return;
        }
        List<Backups.Backup> all = Backups.list(f.path());
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(stage);
        d.setTitle(i18n.t("backup.title"));
        d.setHeaderText(i18n.t("backup.header", f.path().getFileName(), Backups.dirFor(f.path())));
        ListView<Backups.Backup> list = new ListView<>();
        list.setId("backup-list");
        list.getItems().setAll(all);
        list.setPrefSize(520, 300);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Backups.Backup b, boolean empty) {
                super.updateItem(b, empty);
                setText(empty || b == null ? null : label(b));
            }
        });
        if (!all.isEmpty()) {
            list.getSelectionModel().select(0);
        }
        Label none = new Label(all.isEmpty() ? i18n.t("backup.none") : "");
        d.getDialogPane().setContent(new VBox(8, list, none));
        ButtonType asNew = new ButtonType(i18n.t("backup.asNew"), ButtonBar.ButtonData.OTHER);
        ButtonType replace = new ButtonType(i18n.t("backup.replace"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(asNew, replace, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(asNew).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        d.getDialogPane().lookupButton(replace).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull().or(
                        javafx.beans.binding.Bindings.createBooleanBinding(f::isReadOnly)));
        Optional<ButtonType> choice = d.showAndWait();
        Backups.Backup b = list.getSelectionModel().getSelectedItem();
        if (choice.isEmpty() || b == null) {
            return;
        }
        if (choice.get() == asNew) {
            FileChooser fc = new FileChooser();
            fc.setTitle(i18n.t("backup.asNew"));
            fc.setInitialFileName(suggestedName(f.path(), b));
            if (f.path().getParent() != null) {
                fc.setInitialDirectory(f.path().getParent().toFile());
            }
            java.io.File target = jp.kyoseivision.ui.common.FileDialogs.save(fc, stage);
            if (target != null) {
                Path t = target.toPath();
                if (!t.getFileName().toString().endsWith(PlanFile.EXTENSION)) {
                    t = t.resolveSibling(t.getFileName() + PlanFile.EXTENSION);
                }
                Path chosen = t;
                guard(() -> {
                    Backups.restoreAsNew(b, chosen);
                    vm.open(chosen);
                });
            }
        } else if (choice.get() == replace && confirm(i18n.t("backup.replaceConfirm", f.path().getFileName(),
                label(b)))) {
            guard(() -> vm.replaceWithBackup(b));
        }
    }

    /** Opens {@code path} at once; when it is locked or refused, as {@link #openFailed}. */
    void open(Path path) {
        try {
            vm.open(path);
        } catch (RuntimeException e) {
            openFailed(path, e);
        }
    }

    /**
     * Opening {@code path} failed with {@code failure} (on this or another thread; this runs on the FX thread):
     * when it is locked offers read-only, when it is refused offers the newest good backup, else says why.
     */
    void openFailed(Path path, Throwable failure) {
        try {
            throw failure;
        } catch (FileLockedException e) {
            if (askReadOnly(e)) {
                guard(() -> vm.openReadOnly(path));
            }
        } catch (StoreException e) {
            if ("store.schema".equals(e.key()) && offerSalvage(path, e)) {
                return;
            }
            Optional<Backups.Backup> good = refused(e) ? Backups.newestGood(path) : Optional.empty();
            if (good.isEmpty()) {
                showError.accept(e);
                return;
            }
            Path copy = path.toAbsolutePath().resolveSibling(suggestedName(path, good.get()));
            if (confirm(e.getMessage() + "\n\n" + i18n.t("backup.offer", label(good.get()), copy.getFileName()))) {
                guard(() -> {
                    Backups.restoreAsNew(good.get(), copy);
                    vm.open(copy);
                });
            }
        } catch (Throwable e) {
            showError.accept(e);
        }
    }

    /**
     * A file whose schema was changed by another program (an added trigger, a view …) is never opened; when its
     * tables are intact, its data can be copied into a clean new file beside it, which is then opened. The file
     * itself stays as it was. Returns false when the officer declines (a backup may still be offered).
     */
    private boolean offerSalvage(Path path, StoreException e) {
        Path target = path.toAbsolutePath().resolveSibling(salvageName(path));
        if (!confirm(e.getMessage() + "\n\n" + i18n.t("salvage.offer", target.getFileName()))) {
            return false;
        }
        guard(() -> vm.open(jp.kyoseivision.store.PlanFile.salvage(path, target)));
        return true;
    }

    /** 一関・平泉-修復-20261129-1015.kyosei beside the original. */
    String salvageName(Path file) {
        String name = file.getFileName().toString();
        String base = name.endsWith(PlanFile.EXTENSION) ? name.substring(0, name.length() - PlanFile.EXTENSION.length())
                : name;
        return base + "-" + i18n.t("salvage.suffix") + "-" + java.time.LocalDateTime.now().format(
                java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + PlanFile.EXTENSION;
    }

    /** The refusals of a file that a backup can stand in for. */
    static boolean refused(StoreException e) {
        return switch (e.key()) {
            case "store.notSqlite", "store.foreign", "store.corrupt", "store.invalidData", "store.readFailed",
                    "store.openFailed" -> true;
            default -> false;
        };
    }

    /** 一関・平泉-復元-20261123-1015.kyosei beside the original. */
    static String suggestedName(Path file, Backups.Backup b) {
        String name = file.getFileName().toString();
        String base = name.endsWith(PlanFile.EXTENSION) ? name.substring(0, name.length() - PlanFile.EXTENSION.length())
                : name;
        return base + "-restored-" + b.taken().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT))
                + PlanFile.EXTENSION;
    }

    /** The file is being edited by someone else: who, since when (local time, 和暦 and 西暦), and read-only? */
    private boolean askReadOnly(FileLockedException e) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION);
        a.initOwner(stage);
        a.setTitle(i18n.t("lock.title"));
        a.setHeaderText(i18n.t("lock.header", e.file().getFileName()));
        a.getDialogPane().setId("dialog-locked");
        var h = e.holder();
        // an unreadable lock says so in its own words (the store's message names the lock file)
        String who = h == null ? e.getMessage() : h.pid() < 0 ? i18n.t("lock.unknownHolder")
                : i18n.t("lock.holder", h.user(), h.host(), since(h.since()));
        a.getDialogPane().setContent(jp.kyoseivision.ui.common.Dialogs.wrapped(who + "\n\n" + i18n.t("lock.explain"),
                "lock-message"));
        ButtonType readOnly = new ButtonType(i18n.t("lock.openReadOnlyButton"), ButtonBar.ButtonData.OK_DONE);
        a.getButtonTypes().setAll(readOnly, ButtonType.CANCEL);
        jp.kyoseivision.ui.common.Dialogs.fit(a);
        return a.showAndWait().filter(b -> b == readOnly).isPresent();
    }

    /** An instant written in the lock file, as local date and time: 令和8年11月29日 (2026-11-29) 10:15. */
    String since(String instant) {
        try {
            var local = java.time.Instant.parse(instant).atZone(java.time.ZoneId.systemDefault());
            return jp.kyoseivision.text.JapaneseYears.date(local.toLocalDate(), i18n.locale()) + " "
                    + local.toLocalTime().withSecond(0).withNano(0);
        } catch (RuntimeException ex) {
            return i18n.t("lock.unknownTime");
        }
    }

    private boolean confirm(String text) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION);
        a.initOwner(stage);
        a.setTitle(i18n.t("backup.title"));
        a.setHeaderText(null);
        Label l = new Label(text);
        l.setId("confirm-message");
        l.setWrapText(true);
        l.setMaxWidth(560);
        a.getDialogPane().setContent(l);
        return a.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    private void guard(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            showError.accept(e);
        }
    }
}
