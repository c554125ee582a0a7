package jp.kyoseivision.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The log for the helpdesk: {@code <data folder>/logs/kyosei-vision0.log} (java.util.logging, rolling, 5 files of
 * 1 MB) with the start-up facts, every error and every unexpected exception with its full trace. The user sees a
 * short message that names this file; traces never go to the screen or the console once the log is open.
 */
public final class AppLog {
    private static final Logger ROOT = Logger.getLogger("jp.kyoseivision");
    private static FileHandler handler;

    private AppLog() {
    }

    /** The folder of the log files. */
    public static Path dir() {
        return AppDirs.dataDir().resolve("logs");
    }

    /** The file written now. */
    public static Path file() {
        return dir().resolve("kyosei-vision0.log");
    }

    /** Opens the log file (once); returns false when it cannot be written (the app works on without it). */
    public static synchronized boolean install() {
        if (handler != null) {
            return true;
        }
        try {
            Files.createDirectories(dir());
            handler = new FileHandler(dir().resolve("kyosei-vision%g.log").toString(), 1_000_000, 5, true);
            handler.setEncoding("UTF-8");
            handler.setFormatter(new SimpleFormatter());
            handler.setLevel(Level.INFO);
            ROOT.addHandler(handler);
            ROOT.setUseParentHandlers(false); // no trace on the console: the log file has it
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Writes {@code what} with its stack trace to the log file; returns the file's path, or {@code null} when the log
     * cannot be written (the caller then still shows its plain message).
     */
    public static Path error(String what, Throwable t) {
        try {
            if (!install()) {
                return null;
            }
            ROOT.log(Level.SEVERE, what, t);
            handler.flush();
            return file();
        } catch (RuntimeException | OutOfMemoryError e) {
            return null;
        }
    }

    public static void info(String what) {
        if (install()) {
            ROOT.info(what);
        }
    }
}
