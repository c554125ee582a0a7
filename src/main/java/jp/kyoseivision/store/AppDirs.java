package jp.kyoseivision.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;

/**
 * Where Kyosei Vision keeps its own files, as each OS expects it (docs in installer/README.md, "Where files live"):
 * <ul>
 * <li>Windows: settings and the default plan file in %APPDATA%\KyoseiVision (roaming: they follow the officer to
 * another PC); backups and logs in %LOCALAPPDATA%\KyoseiVision (not roaming: ten backups of a plan would bloat a
 * roaming profile and slow every sign-in).</li>
 * <li>macOS: ~/Library/Application Support/KyoseiVision; logs in ~/Library/Logs/KyoseiVision.</li>
 * <li>Linux and others (XDG): settings in $XDG_CONFIG_HOME/kyosei-vision, the default file and backups in
 * $XDG_DATA_HOME/kyosei-vision, logs in $XDG_STATE_HOME/kyosei-vision/logs.</li>
 * </ul>
 * The system property {@code kyosei.home} puts everything in one folder (tests, a portable copy on a USB stick).
 */
public record AppDirs(Path settings, Path data, Path backups, Path logs) {
    public static final String DEFAULT_FILE_NAME = "kyosei-vision.kyosei";
    private static final String WINDOWS_NAME = "KyoseiVision";
    private static final String UNIX_NAME = "kyosei-vision";

    /**
     * The folders for an OS named {@code osName} (as {@code os.name} gives it), an environment, a home folder and
     * an optional {@code kyosei.home} override. Blank or relative environment values are ignored, as the XDG
     * specification says, and so are they on Windows (a relative %APPDATA% would put files in the working folder).
     */
    public static AppDirs of(String osName, Map<String, String> env, Path home, String override) {
        if (override != null && !override.isBlank()) {
            Path one = Path.of(override);
            return new AppDirs(one, one, one.resolve("backups"), one.resolve("logs"));
        }
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            Path roaming = absolute(env.get("APPDATA"), home.resolve("AppData").resolve("Roaming")).resolve(WINDOWS_NAME);
            Path local = absolute(env.get("LOCALAPPDATA"), home.resolve("AppData").resolve("Local")).resolve(WINDOWS_NAME);
            return new AppDirs(roaming, roaming, local.resolve("backups"), local.resolve("logs"));
        }
        if (os.startsWith("mac")) {
            Path support = home.resolve("Library").resolve("Application Support").resolve(WINDOWS_NAME);
            return new AppDirs(support, support, support.resolve("backups"),
                    home.resolve("Library").resolve("Logs").resolve(WINDOWS_NAME));
        }
        Path config = absolute(env.get("XDG_CONFIG_HOME"), home.resolve(".config")).resolve(UNIX_NAME);
        Path data = absolute(env.get("XDG_DATA_HOME"), home.resolve(".local").resolve("share")).resolve(UNIX_NAME);
        Path state = absolute(env.get("XDG_STATE_HOME"), home.resolve(".local").resolve("state")).resolve(UNIX_NAME);
        return new AppDirs(config, data, data.resolve("backups"), state.resolve("logs"));
    }

    /** The folders of this process: its OS, environment, home and {@code kyosei.home}. */
    public static AppDirs current() {
        return of(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home", ".")),
                System.getProperty("kyosei.home"));
    }

    private static Path absolute(String value, Path fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            Path p = Path.of(value);
            return p.isAbsolute() ? p : fallback;
        } catch (RuntimeException e) { // InvalidPathException: a crafted environment value
            return fallback;
        }
    }

    /**
     * The per-user cache folder (app.FastStart's class-data archives): Windows %LOCALAPPDATA%\KyoseiVision\cds (not
     * roaming), macOS ~/Library/Caches/KyoseiVision, Linux $XDG_CACHE_HOME/kyosei-vision (~/.cache); with
     * {@code kyosei.home}, its cds folder.
     */
    public static Path cacheDir(String osName, Map<String, String> env, Path home, String override) {
        if (override != null && !override.isBlank()) {
            return Path.of(override).resolve("cds");
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return absolute(env.get("LOCALAPPDATA"), home.resolve("AppData").resolve("Local"))
                    .resolve("KyoseiVision").resolve("cds");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Caches").resolve("KyoseiVision");
        }
        return absolute(env.get("XDG_CACHE_HOME"), home.resolve(".cache")).resolve("kyosei-vision");
    }

    /** The folder of the default plan file (and, on Windows and macOS, of the settings). */
    public static Path dataDir() {
        return current().data();
    }

    /** The file opened when the user names none; created with the bundled sample on first start. */
    public static Path defaultFile() {
        return dataDir().resolve(DEFAULT_FILE_NAME);
    }

    public static Path settingsFile() {
        return current().settings().resolve("settings.properties");
    }

    public static Path backupsDir() {
        return current().backups();
    }

    public static Path logsDir() {
        return current().logs();
    }

    /**
     * Version 0.1.0 kept everything in the data folder; moves what it left there to where it now belongs: the
     * settings file (Linux: to the config folder) and the backups (Windows: to the local folder), only when the new
     * place has none yet. Old logs are left where they are. Returns what was moved, for the log; never throws (the
     * app works on with the old files where they are).
     */
    public String moveLegacyFiles() {
        StringBuilder moved = new StringBuilder();
        Path oldSettings = data.resolve("settings.properties");
        Path newSettings = settings.resolve("settings.properties");
        if (!oldSettings.equals(newSettings) && Files.isRegularFile(oldSettings) && !Files.exists(newSettings)) {
            if (move(oldSettings, newSettings)) {
                moved.append(oldSettings).append(" → ").append(newSettings).append("; ");
            }
        }
        Path oldBackups = data.resolve("backups");
        if (!oldBackups.equals(backups) && Files.isDirectory(oldBackups) && !Files.exists(backups)) {
            if (move(oldBackups, backups)) {
                moved.append(oldBackups).append(" → ").append(backups).append("; ");
            }
        }
        return moved.toString();
    }

    private static boolean move(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException | RuntimeException renameFailed) {
            // %APPDATA% and %LOCALAPPDATA% may lie on different drives (redirected folders): copy everything
            // first, and delete the old files only once all of them are copied
            try {
                copyTree(from, to);
                deleteTree(from);
                return true;
            } catch (IOException | RuntimeException e) {
                AppLog.error("cannot move " + from + " to " + to, e);
                return false;
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (var files = Files.walk(root)) {
            for (Path p : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
