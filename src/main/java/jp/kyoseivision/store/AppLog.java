package jp.kyoseivision.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The log for the helpdesk: {@code <data folder>/logs/kyosei-N.log}, rolling (5 files of 1 MB), with every error
 * and unexpected exception and its full trace. The user sees a short message; the trace is only here.
 */
public final class AppLog {
    private static final Logger ROOT = Logger.getLogger("jp.kyoseivision");
    private static volatile boolean installed;

    private AppLog() {
    }

    /** The folder of the log files. */
    public static Path dir() {
        return AppDirs.dataDir().resolve("logs");
    }

    /** Starts writing the log (once); when the folder cannot be written, logging stays on the console only. */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        try {
            Files.createDirectories(dir());
            FileHandler h = new FileHandler(dir().resolve("kyosei-%g.log").toString(), 1_000_000, 5, true);
            h.setEncoding("UTF-8");
            h.setFormatter(new SimpleFormatter());
            h.setLevel(Level.INFO);
            ROOT.addHandler(h);
        } catch (IOException | RuntimeException e) {
            ROOT.log(Level.WARNING, "the log file cannot be written in " + dir(), e);
        }
    }

    /** Records an error with its trace. */
    public static void error(String what, Throwable t) {
        ROOT.log(Level.SEVERE, what, t);
    }

    public static void info(String what) {
        ROOT.info(what);
    }
}
