package jp.kyoseivision.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The log for the helpdesk: {@code kyosei-vision0.log} in the logs folder ({@link AppDirs#logs()}) (java.util.logging, rolling, 5 files of
 * 1 MB) with the start-up facts, every error and every unexpected exception with its full trace. The user sees a
 * short message that names this file; traces never go to the screen or the console once the log is open.
 */
public final class AppLog {
    private static final Logger ROOT = Logger.getLogger("jp.kyoseivision");
    private static FileHandler handler;

    /**
     * One line per record, the same whatever the UI language: ISO local time, level, logger, message, then the
     * trace (SimpleFormatter follows the default locale, which the window sets to Japanese after start, so one log
     * file mixed "INFO" and "情報" and two date formats).
     */
    static final java.util.logging.Formatter LINE = new java.util.logging.Formatter() {
        @Override
        public String format(java.util.logging.LogRecord r) {
            StringBuilder b = new StringBuilder()
                    .append(java.time.LocalDateTime.ofInstant(r.getInstant(), java.time.ZoneId.systemDefault())
                            .truncatedTo(java.time.temporal.ChronoUnit.MILLIS))
                    .append(' ').append(r.getLevel().getName()).append(' ').append(r.getLoggerName()).append(": ")
                    .append(formatMessage(r)).append(System.lineSeparator());
            if (r.getThrown() != null) {
                java.io.StringWriter trace = new java.io.StringWriter();
                r.getThrown().printStackTrace(new java.io.PrintWriter(trace));
                b.append(trace);
            }
            return b.toString();
        }
    };

    private AppLog() {
    }

    /** The folder of the log files. */
    public static Path dir() {
        return AppDirs.logsDir();
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
            handler.setFormatter(LINE);
            handler.setLevel(Level.INFO);
            // on the root logger: the libraries' warnings (sqlite-jdbc and POI through SLF4J → java.util.logging,
            // JavaFX's own) land in the same file as ours; the console handler goes, so no trace reaches a console
            Logger all = Logger.getLogger("");
            for (java.util.logging.Handler h : all.getHandlers()) {
                if (h instanceof java.util.logging.ConsoleHandler) {
                    all.removeHandler(h);
                }
            }
            all.addHandler(handler);
            ROOT.setUseParentHandlers(true);
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

    /** An error the user was shown and can act on (a wrong number, a broken file): its message, without a trace. */
    public static void warning(String what) {
        if (install()) {
            ROOT.warning(what);
        }
    }

    /**
     * The facts a helpdesk asks first, written once at start: version, OS, Java and its home (the app image's
     * runtime or an installed JDK), locale, the folders in use, plus what the caller adds (screen, UI font, file).
     */
    public static void startup(String program, String... more) {
        AppDirs dirs = AppDirs.current();
        StringBuilder b = new StringBuilder("start: ").append(program).append(' ')
                .append(jp.kyoseivision.text.AppVersion.get())
                .append("; OS ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version"))
                .append(' ').append(System.getProperty("os.arch"))
                .append("; Java ").append(System.getProperty("java.version")).append(' ')
                .append(System.getProperty("java.vendor")).append(" at ").append(System.getProperty("java.home"))
                .append("; locale ").append(java.util.Locale.getDefault().toLanguageTag())
                .append(", file.encoding ").append(System.getProperty("file.encoding"))
                .append("; settings ").append(dirs.settings()).append(", backups ").append(dirs.backups());
        for (String m : more) {
            b.append("; ").append(m);
        }
        info(b.toString());
    }

    public static void info(String what) {
        if (install()) {
            ROOT.info(what);
        }
    }
}
