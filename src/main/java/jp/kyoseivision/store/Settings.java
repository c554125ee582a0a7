package jp.kyoseivision.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import jp.kyoseivision.text.LocalizedException;

/**
 * The user's settings (recent files, UI language), a small properties file in the settings folder ({@link AppDirs#settings()}). A
 * missing or unreadable settings file gives the defaults; it is written atomically. A save that fails throws a
 * {@link LocalizedException} ({@code settings.saveFailed}) for the window to show; the values stay set in memory.
 */
public final class Settings {
    private static final int MAX_RECENT = 8;
    private final Path file;
    private final Properties props = new Properties();

    public Settings(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                props.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException | IllegalArgumentException e) {
                props.clear(); // a broken settings file only costs the recent-files list
            }
        }
    }

    public static Settings load() {
        return new Settings(AppDirs.settingsFile());
    }

    public List<Path> recentFiles() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String v = props.getProperty("recent." + i);
            if (v != null) {
                out.add(Path.of(v));
            }
        }
        return out;
    }

    /** Puts {@code path} first in the recent files and saves; throws {@link LocalizedException} when saving fails. */
    public void addRecent(Path path) {
        List<Path> list = new ArrayList<>(recentFiles());
        Path p = path.toAbsolutePath().normalize();
        list.remove(p);
        list.add(0, p);
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < list.size()) {
                props.setProperty("recent." + i, list.get(i).toString());
            } else {
                props.remove("recent." + i);
            }
        }
        save();
    }

    public String get(String key, String def) {
        return props.getProperty(key, def);
    }

    /** Sets {@code key} and saves; throws {@link LocalizedException} when saving fails. */
    public void put(String key, String value) {
        props.setProperty(key, value);
        save();
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            SafeFiles.write(file, out -> props.store(new java.io.OutputStreamWriter(out,
                    java.nio.charset.StandardCharsets.UTF_8), "Kyosei Vision settings"));
        } catch (IOException e) {
            // settings never stop the user's work, but a choice that is not kept is said, not dropped
            throw new LocalizedException(e, "settings.saveFailed", file, reason(e));
        } catch (LocalizedException e) {
            throw new LocalizedException(e, "settings.saveFailed", file, e.getMessage());
        }
    }

    /** The reason of a failed save in plain words: the system's own text, without Java's class names. */
    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "access denied";
        }
        if (e instanceof java.nio.file.NotDirectoryException || e instanceof java.nio.file.FileAlreadyExistsException) {
            return "not a folder: " + ((java.nio.file.FileSystemException) e).getFile();
        }
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
