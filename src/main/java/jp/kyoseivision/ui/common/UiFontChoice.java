package jp.kyoseivision.ui.common;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which installed font family the window's text is set in: the first of the operating system's Japanese UI fonts
 * that is installed (Windows: Yu Gothic UI, Meiryo UI, Meiryo, MS UI Gothic; macOS: Hiragino Sans …; Linux: Noto
 * Sans CJK JP, IPAex Gothic …), else any of the other systems' fonts that is installed (Meiryo copied onto a Linux
 * PC), else JavaFX's default {@value #DEFAULT}. A family the user named (setting {@code ui.font}) wins when it is
 * installed. Pure: the installed families are given, so the choice is tested with the lists each OS has.
 *
 * <p>Why not a list in the stylesheet: JavaFX CSS takes only one family in {@code -fx-font-family}; its CSS
 * Reference Guide, Limitations: "JavaFX CSS does not support comma-separated series of font family names in the
 * -fx-font-family property" (https://openjfx.io/javadoc/21/javafx.graphics/javafx/scene/doc-files/cssref.html,
 * quoted in github.com/edvin/tornadofx/pull/438). With "IPAexGothic", "Yu Gothic UI", … the window on Windows got
 * the default font, not Yu Gothic UI.
 */
public final class UiFontChoice {
    /** JavaFX's default family (Segoe UI on Windows, with the OS's fallback for Japanese). */
    public static final String DEFAULT = "System";

    /** Best first, per OS. Names as {@code javafx.scene.text.Font.getFamilies()} gives them. */
    static final Map<String, List<String>> PREFERRED;

    static {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("windows", List.of("Yu Gothic UI", "Meiryo UI", "Meiryo", "MS UI Gothic"));
        m.put("mac", List.of("Hiragino Sans", "Hiragino Kaku Gothic ProN", "ヒラギノ角ゴシック",
                "Hiragino Kaku Gothic Pro"));
        m.put("linux", List.of("Noto Sans CJK JP", "IPAexGothic", "IPAexゴシック", "IPAGothic", "IPAゴシック",
                "TakaoPGothic", "TakaoGothic", "VL PGothic", "VL Gothic"));
        PREFERRED = java.util.Collections.unmodifiableMap(m);
    }

    private UiFontChoice() {
    }

    /**
     * The family to use.
     *
     * @param osName the {@code os.name} system property ("Windows 11", "Mac OS X", "Linux")
     * @param installed the families the OS has ({@code Font.getFamilies()})
     * @param chosen the family the user named, or null/blank for the automatic choice
     * @return a family of {@code installed}, spelled as there, or {@value #DEFAULT}
     */
    public static String choose(String osName, Collection<String> installed, String chosen) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String f : installed) {
            byKey.putIfAbsent(key(f), f);
        }
        if (chosen != null && !chosen.isBlank() && byKey.containsKey(key(chosen))) {
            return byKey.get(key(chosen));
        }
        String os = os(osName);
        for (String f : PREFERRED.getOrDefault(os, List.of())) {
            if (byKey.containsKey(key(f))) {
                return byKey.get(key(f));
            }
        }
        for (Map.Entry<String, List<String>> e : PREFERRED.entrySet()) {
            for (String f : e.getValue()) {
                if (byKey.containsKey(key(f))) {
                    return byKey.get(key(f));
                }
            }
        }
        return DEFAULT;
    }

    /** "windows", "mac" or "linux" (any other Unix is treated as Linux: fontconfig names the same fonts). */
    static String os(String osName) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return "windows";
        }
        return os.startsWith("mac") || os.contains("os x") ? "mac" : "linux";
    }

    private static String key(String family) {
        return family.strip().toLowerCase(Locale.ROOT);
    }
}
