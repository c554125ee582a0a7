package jp.kyoseivision.ui.common;

import java.io.File;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Every open and save dialog of the app goes through here: the OS dialog by default, started in the folder of
 * the last export and remembering the folder chosen. Tests replace the chooser (a headless platform has no OS
 * dialog) to answer as an officer would — a file, or cancel.
 */
public final class FileDialogs {
    /** Shows {@code chooser} (save = true: a save dialog) over the window and returns the file, null = cancelled. */
    public interface Chooser {
        File choose(FileChooser chooser, Window owner, boolean save);
    }

    private static final Chooser OS = (fc, owner, save) -> save ? fc.showSaveDialog(owner) : fc.showOpenDialog(owner);
    private static volatile Chooser chooser = OS;

    private FileDialogs() {
    }

    /** For tests: answer the dialogs with {@code c}; null puts the OS dialogs back. */
    public static void use(Chooser c) {
        chooser = c == null ? OS : c;
    }

    public static File save(FileChooser fc, Window owner) {
        return chooser.choose(fc, owner, true);
    }

    public static File open(FileChooser fc, Window owner) {
        return chooser.choose(fc, owner, false);
    }

    /** A save dialog started in the folder of the last export; the folder chosen is remembered. */
    public static File saveExport(FileChooser fc, Window owner) {
        Views.startInLastFolder(fc);
        File f = save(fc, owner);
        Views.rememberFolder(f);
        return f;
    }
}
