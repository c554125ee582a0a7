package jp.kyoseivision.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import jp.kyoseivision.text.LocalizedException;

/**
 * Finds a Japanese font with TrueType outlines among the operating system's fonts, and keeps each font parsed once
 * for the life of the process. Order: the font the user chose (preference or {@code --font}), then the known fonts of
 * the system (Windows: Yu Gothic, Meiryo, MS Gothic; Linux: IPAex Gothic, IPA Gothic, Takao, VL Gothic; macOS: the
 * Hiragino collections are CFF and get skipped, Arial Unicode and Osaka are TrueType), then on Linux whatever
 * {@code fc-list :lang=ja} names. CFF-outline fonts (Noto Sans CJK, Source Han) are skipped.
 */
public final class FontLocator {
    /** System property naming a font file; wins over the automatic search (what {@code --font} sets too). */
    public static final String PROPERTY = "kyosei.pdf.font";
    private static final Map<Path, JapaneseFont> LOADED = new ConcurrentHashMap<>();

    private FontLocator() {
    }

    /**
     * The font to print with: {@code chosen} when given (an error if it is unusable: the user asked for it),
     * otherwise the first usable font of {@link #candidates()}.
     *
     * @throws LocalizedException {@code report.font.none} naming what was tried, when no font is usable
     */
    public static JapaneseFont find(Path chosen) {
        if (chosen == null && System.getProperty(PROPERTY) != null && !System.getProperty(PROPERTY).isBlank()) {
            chosen = Path.of(System.getProperty(PROPERTY));
        }
        if (chosen != null) {
            return load(chosen);
        }
        List<String> tried = new ArrayList<>();
        for (Path p : candidates()) {
            try {
                return load(p);
            } catch (LocalizedException e) {
                tried.add(p.getFileName().toString());
            }
        }
        throw new LocalizedException("report.font.none", tried.isEmpty() ? "-" : String.join(", ", tried));
    }

    /** The parsed font at {@code path}, parsed on first use only. */
    public static JapaneseFont load(Path path) {
        Path key = path.toAbsolutePath().normalize();
        JapaneseFont f = LOADED.get(key);
        if (f == null) {
            f = JapaneseFont.load(key);
            // once per font and process: the helpdesk sees which font the sheets were printed with
            java.util.logging.Logger.getLogger(FontLocator.class.getName()).info("PDF font: " + key);
            JapaneseFont before = LOADED.putIfAbsent(key, f);
            if (before != null) {
                f.close();
                f = before;
            }
        }
        return f;
    }

    /** Font files that exist on this system and may hold Japanese, best first (not yet checked). */
    public static List<Path> candidates() {
        Set<Path> out = new LinkedHashSet<>();
        String os = System.getProperty("os.name", "");
        for (Path p : candidates(os, System.getenv(), System.getProperty("user.home", ""), Files::isRegularFile)) {
            try {
                out.add(p.toRealPath()); // Debian links fonts-japanese-gothic.ttf to ipaexg.ttf: list it once
            } catch (IOException e) {
                out.add(p);
            }
        }
        if (out.isEmpty() && !isWindows(os) && !isMac(os)) {
            out.addAll(fontConfig());
        }
        return List.copyOf(out);
    }

    /**
     * The known font files of the operating system {@code osName} that {@code exists} accepts, best first.
     * Windows: Yu Gothic, Meiryo, MS Gothic, then IPAex Gothic, each looked for in the system's fonts folder
     * ({@code %WINDIR%\Fonts}) and then the user's own ({@code %LOCALAPPDATA%\Microsoft\Windows\Fonts}, where
     * Windows 10 1809 and later installs a font for one user, no administrator needed).
     */
    static List<Path> candidates(String osName, Map<String, String> env, String home, Predicate<Path> exists) {
        String os = osName.toLowerCase(Locale.ROOT);
        List<Path> files = new ArrayList<>();
        if (isWindows(os)) {
            List<Path> dirs = new ArrayList<>();
            dirs.add(Path.of(env.getOrDefault("WINDIR", env.getOrDefault("SystemRoot", "C:\\Windows")), "Fonts"));
            String local = env.get("LOCALAPPDATA");
            if (local != null && !local.isBlank()) {
                dirs.add(Path.of(local, "Microsoft", "Windows", "Fonts"));
            }
            for (String f : List.of("YuGothM.ttc", "YuGothR.ttc", "meiryo.ttc", "msgothic.ttc", "ipaexg.ttf")) {
                for (Path d : dirs) {
                    files.add(d.resolve(f));
                }
            }
        } else if (isMac(os)) {
            for (String f : List.of("/System/Library/Fonts/ヒラギノ角ゴシック W3.ttc",
                    "/System/Library/Fonts/Supplemental/Osaka.ttf", "/Library/Fonts/Osaka.ttf",
                    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf", "/Library/Fonts/Arial Unicode.ttf",
                    home + "/Library/Fonts/ipaexg.ttf", "/Library/Fonts/ipaexg.ttf")) {
                files.add(Path.of(f));
            }
        } else {
            String data = env.getOrDefault("XDG_DATA_HOME", home + "/.local/share");
            for (String f : List.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf",
                    "/usr/share/fonts/truetype/ipaexfont-gothic/ipaexg.ttf",
                    "/usr/share/fonts/ipa-ex-gothic/ipaexg.ttf", "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf",
                    "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf", "/usr/share/fonts/truetype/takao-gothic/TakaoGothic.ttf",
                    "/usr/share/fonts/truetype/vlgothic/VL-Gothic-Regular.ttf",
                    data + "/fonts/ipaexg.ttf", home + "/.fonts/ipaexg.ttf")) {
                files.add(Path.of(f));
            }
        }
        List<Path> out = new ArrayList<>();
        for (Path p : files) {
            if (!out.contains(p) && exists.test(p)) {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean isWindows(String os) {
        return os.toLowerCase(Locale.ROOT).startsWith("windows"); // "Windows 11"; not "Darwin"
    }

    private static boolean isMac(String os) {
        return os.toLowerCase(Locale.ROOT).startsWith("mac"); // "Mac OS X"
    }

    /** What fontconfig lists for Japanese, TrueType files first; empty when fc-list is missing. */
    private static List<Path> fontConfig() {
        try {
            Process p = new ProcessBuilder("fc-list", ":lang=ja", "file").redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroy();
                return List.of();
            }
            List<Path> ttf = new ArrayList<>();
            List<Path> other = new ArrayList<>();
            for (String line : text.split("\\R")) {
                String file = line.replaceAll(":\\s*$", "").strip();
                String lower = file.toLowerCase(Locale.ROOT);
                if (lower.endsWith(".ttf")) {
                    ttf.add(Path.of(file));
                } else if (lower.endsWith(".ttc")) {
                    other.add(Path.of(file));
                }
            }
            // Gothic faces read best on a form; fallback fonts (Droid Sans Fallback) last
            ttf.sort(java.util.Comparator.comparingInt(FontLocator::rank));
            ttf.addAll(other);
            return ttf;
        } catch (IOException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    private static int rank(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.contains("goth") || n.endsWith("g.ttf")) {
            return 0;
        }
        return n.contains("fallback") ? 2 : 1;
    }
}
