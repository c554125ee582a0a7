package jp.kyoseivision.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import jp.kyoseivision.store.JsonImport;
import jp.kyoseivision.store.StoreException;
import jp.kyoseivision.text.LocalizedException;
import jp.kyoseivision.ui.common.Background;
import jp.kyoseivision.ui.common.Dialogs;
import jp.kyoseivision.ui.common.FileDialogs;
import jp.kyoseivision.ui.common.I18n;

/**
 * ファイル → JSONを取り込む…: a JSON document (docs/json-format.md) becomes a NEW plan file chosen in a save dialog,
 * never the open one. It is read and checked whole off the JavaFX thread with progress and 中止, by the rules of
 * {@code import-json} ({@link JsonImport}); a broken, hostile or newer document is refused with its reason and no file
 * is made; a good one is written and then opened.
 */
final class JsonImportDialogs {
    private final Stage stage;
    private final I18n i18n;
    private final MainViewModel vm;
    private final Consumer<Path> open;

    /** @param open opens the new file (as 開く) */
    JsonImportDialogs(Stage stage, I18n i18n, MainViewModel vm, Consumer<Path> open) {
        this.stage = stage;
        this.i18n = i18n;
        this.vm = vm;
        this.open = open;
    }

    /** Asks for the JSON document, then for the new file, and imports. */
    void importJson() {
        FileChooser in = new FileChooser();
        in.setTitle(i18n.t("json.import.title"));
        in.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(i18n.t("json.import.filter"), "*.json"),
                new FileChooser.ExtensionFilter(i18n.t("json.import.filter.all"), "*.*"));
        Path folder = vm.fileProperty().get() == null ? null : vm.fileProperty().get().path().getParent();
        if (folder != null && folder.toFile().isDirectory()) {
            in.setInitialDirectory(folder.toFile());
        }
        File json = FileDialogs.open(in, stage);
        if (json == null) {
            return;
        }
        FileChooser out = new FileChooser();
        out.setTitle(i18n.t("json.import.saveTitle"));
        out.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.t("dialog.fileFilter"), "*.kyosei"));
        String name = json.getName();
        out.setInitialFileName((name.toLowerCase(java.util.Locale.ROOT).endsWith(".json")
                ? name.substring(0, name.length() - ".json".length()) : name) + ".kyosei");
        if (json.getParentFile() != null) {
            out.setInitialDirectory(json.getParentFile());
        }
        File target = FileDialogs.save(out, stage);
        if (target != null) {
            importFrom(json.toPath(), MainWindow.withExtension(target.toPath()));
        }
    }

    /**
     * Reads {@code json} and writes it to the new file {@code target}, then opens it; refuses (nothing written) when
     * {@code target} is the open file or exists already. Returns the running task, or null when refused at once.
     */
    Task<Path> importFrom(Path json, Path target) {
        Path to = target.toAbsolutePath().normalize();
        var current = vm.fileProperty().get();
        LocalizedException refused = null;
        if (current != null && current.path().toAbsolutePath().normalize().equals(to)) {
            refused = new LocalizedException("json.import.openFile", to.getFileName());
        } else if (Files.exists(to, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            refused = new StoreException("store.exists", to); // the import never replaces a file
        }
        if (refused != null) {
            Dialogs.error(stage, i18n, i18n.t("json.import.failed"), refused.message(i18n.locale())).show();
            return null;
        }
        return Background.run(stage, i18n, i18n.t("json.import.reading", json.getFileName()),
                i18n.t("json.import.failed"), progress -> {
                    long size = Math.max(1, Files.size(json));
                    var sphere = JsonImport.read(json, read -> progress.update(read, size));
                    progress.check();
                    progress.update(-1, 1); // writing: one transaction, no steps to show
                    JsonImport.intoNewFile(sphere, to);
                    if (progress.cancelled()) {
                        Files.deleteIfExists(to); // 中止 while it was written: the new file is not kept
                        throw new CancellationException();
                    }
                    return to;
                }, open);
    }
}
