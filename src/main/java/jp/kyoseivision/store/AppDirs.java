package jp.kyoseivision.store;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where Kyosei Vision keeps its own files: Windows %APPDATA%\KyoseiVision, macOS ~/Library/Application
 * Support/KyoseiVision, else $XDG_DATA_HOME/kyosei-vision (default ~/.local/share/kyosei-vision). The system
 * property {@code kyosei.home} overrides it (tests, portable installs).
 */
public final class AppDirs {
    public static final String DEFAULT_FILE_NAME = "kyosei-vision.kyosei";

    private AppDirs() {
    }

    public static Path dataDir() {
        String override = System.getProperty("kyosei.home");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData != null ? Path.of(appData) : Path.of(home, "AppData", "Roaming")).resolve("KyoseiVision");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "KyoseiVision");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share")).resolve("kyosei-vision");
    }

    /** The file opened when the user names none; created with the bundled sample on first start. */
    public static Path defaultFile() {
        return dataDir().resolve(DEFAULT_FILE_NAME);
    }

    public static Path settingsFile() {
        return dataDir().resolve("settings.properties");
    }
}
