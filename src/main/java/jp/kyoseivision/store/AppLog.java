package jp.kyoseivision.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The application's log: {@code <data folder>/logs/kyosei-vision.log} (java.util.logging, up to 5 files of 1 MB).
 * What the user is never shown — stack traces of unexpected failures — goes here, so that a bug report can name it.
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

    /**
     * Writes {@code what} with its stack trace to the log file; returns the file's path, or {@code null} when the log
     * cannot be written (the caller then still shows its plain message).
     */
    public static synchronized Path error(String what, Throwable t) {
        try {
            if (handler == null) {
                Files.createDirectories(dir());
                handler = new FileHandler(dir().resolve("kyosei-vision%g.log").toString(), 1_000_000, 5, true);
                handler.setFormatter(new SimpleFormatter());
                ROOT.addHandler(handler);
            }
            LogRecord r = new LogRecord(Level.SEVERE, what);
            r.setThrown(t);
            r.setLoggerName(ROOT.getName());
            handler.publish(r);
            handler.flush();
            return dir().resolve("kyosei-vision0.log");
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            return null;
        }
    }
}
