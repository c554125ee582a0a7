package jp.kyoseivision.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import jp.kyoseivision.text.LocalizedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding, checking and caching the Japanese font; the messages when a font cannot be used. */
class FontLocatorTest {
    @TempDir
    Path dir;

    @Test
    void theSystemFontIsFoundParsedOnceAndDrawsTheCardText() {
        JapaneseFont f = TestFonts.japanese();
        assertThat(FontLocator.load(f.path())).isSameAs(f);
        assertThat(FontLocator.find(null)).isSameAs(f);
        // seed 001 line 1728: 休日・夜間診療体制確保事業
        for (int cp : "休日・夜間診療体制確保事業（県と共同実施）".codePoints().toArray()) {
            assertThat(f.has(cp)).as("glyph for %c", cp).isTrue();
        }
        // full-width characters are one em wide, Latin digits narrower
        assertThat(f.width('施')).isEqualTo(1f);
        assertThat(f.width('8')).isLessThan(0.7f);
    }

    @Test
    void charactersTheFontLacksAreReplacedNotDropped() {
        JapaneseFont f = TestFonts.japanese();
        String s = f.drawable("医療😀体制");
        assertThat(s).hasSize(5).startsWith("医療").endsWith("体制");
    }

    @Test
    void aCffFontIsRefusedWithTheReasonInBothLanguages() throws Exception {
        // an OpenType font with CFF outlines begins with the tag OTTO (Noto Sans CJK .otf does)
        Path otf = dir.resolve("NotoSansCJKjp-Regular.otf");
        Files.write(otf, new byte[] {'O', 'T', 'T', 'O', 0, 10, 0, (byte) 0x80, 0, 3, 0, 1, 0, 0x20});
        assertThatThrownBy(() -> FontLocator.find(otf)).isInstanceOfSatisfying(LocalizedException.class, e -> {
            assertThat(e.key()).isEqualTo("report.font.cff");
            assertThat(e.message(Locale.JAPANESE)).contains("CFF形式", "TrueType形式の日本語フォント");
            assertThat(e.message(Locale.ENGLISH)).contains("CFF (PostScript) outlines", "cannot be embedded");
        });
    }

    @Test
    void aMissingOrBrokenFontFileIsNamedInTheMessage() throws Exception {
        Path missing = dir.resolve("nothing.ttf");
        assertThatThrownBy(() -> FontLocator.find(missing)).isInstanceOfSatisfying(LocalizedException.class,
                e -> assertThat(e.getMessage()).contains("nothing.ttf", "見つかりません").doesNotContain("not found"));
        Path broken = dir.resolve("broken.ttf");
        Files.writeString(broken, "not a font");
        assertThatThrownBy(() -> FontLocator.find(broken)).isInstanceOfSatisfying(LocalizedException.class,
                e -> assertThat(e.key()).isEqualTo("report.font.unreadable"));
    }

    /** The path with / between its parts, whatever the OS running the test joins them with. */
    private static String slashed(Path p) {
        return p.toString().replace('\\', '/');
    }

    @Test
    void onWindowsYuGothicComesFirstAndTheUsersOwnFontsFolderIsSearchedToo() {
        java.util.Map<String, String> env = java.util.Map.of("WINDIR", "C:\\Windows",
                "LOCALAPPDATA", "C:\\Users\\sato\\AppData\\Local");
        // a PC where everything is installed: system fonts, and IPAex Gothic installed for this user only
        java.util.Set<String> present = java.util.Set.of("C:/Windows/Fonts/YuGothM.ttc", "C:/Windows/Fonts/YuGothR.ttc",
                "C:/Windows/Fonts/meiryo.ttc", "C:/Windows/Fonts/msgothic.ttc",
                "C:/Users/sato/AppData/Local/Microsoft/Windows/Fonts/ipaexg.ttf");
        java.util.List<String> found = FontLocator.candidates("Windows 11", env, "C:\\Users\\sato",
                p -> present.contains(slashed(p))).stream().map(FontLocatorTest::slashed).toList();
        assertThat(found).containsExactly("C:/Windows/Fonts/YuGothM.ttc", "C:/Windows/Fonts/YuGothR.ttc",
                "C:/Windows/Fonts/meiryo.ttc", "C:/Windows/Fonts/msgothic.ttc",
                "C:/Users/sato/AppData/Local/Microsoft/Windows/Fonts/ipaexg.ttf");
        // only fonts the user installed (a PC without the Japanese system fonts)
        java.util.List<String> user = FontLocator.candidates("Windows 10", env, "C:\\Users\\sato",
                p -> slashed(p).startsWith("C:/Users/")).stream().map(FontLocatorTest::slashed).toList();
        assertThat(user).startsWith("C:/Users/sato/AppData/Local/Microsoft/Windows/Fonts/YuGothM.ttc")
                .endsWith("C:/Users/sato/AppData/Local/Microsoft/Windows/Fonts/ipaexg.ttf").hasSize(5);
        // no WINDIR in the environment: SystemRoot, else C:\Windows
        assertThat(FontLocator.candidates("Windows 11", java.util.Map.of("SystemRoot", "D:\\WINNT"), "", p -> true))
                .map(FontLocatorTest::slashed).first().isEqualTo("D:/WINNT/Fonts/YuGothM.ttc");
        assertThat(FontLocator.candidates("Windows 11", java.util.Map.of(), "", p -> true))
                .map(FontLocatorTest::slashed).containsExactly("C:/Windows/Fonts/YuGothM.ttc",
                        "C:/Windows/Fonts/YuGothR.ttc", "C:/Windows/Fonts/meiryo.ttc", "C:/Windows/Fonts/msgothic.ttc",
                        "C:/Windows/Fonts/ipaexg.ttf");
    }

    @Test
    void macAndLinuxListTheirOwnFontsAndTheUsersFolder() {
        assertThat(FontLocator.candidates("Mac OS X", java.util.Map.of(), "/Users/sato", p -> true))
                .map(FontLocatorTest::slashed).first().isEqualTo("/System/Library/Fonts/ヒラギノ角ゴシック W3.ttc");
        assertThat(FontLocator.candidates("Mac OS X", java.util.Map.of(), "/Users/sato", p -> true))
                .map(FontLocatorTest::slashed).contains("/Users/sato/Library/Fonts/ipaexg.ttf")
                .noneMatch(p -> p.contains("Windows"));
        assertThat(FontLocator.candidates("Linux", java.util.Map.of("XDG_DATA_HOME", "/data/sato"), "/home/sato",
                p -> true)).map(FontLocatorTest::slashed)
                .startsWith("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf")
                .contains("/data/sato/fonts/ipaexg.ttf", "/home/sato/.fonts/ipaexg.ttf");
        assertThat(FontLocator.candidates("Linux", java.util.Map.of(), "/home/sato", p -> false)).isEmpty();
    }

    @Test
    void theNoFontMessageSaysWhatToInstallInBothLanguages() {
        LocalizedException e = new LocalizedException("report.font.none", "NotoSansCJK-Regular.ttc");
        assertThat(e.message(Locale.JAPANESE)).contains("fonts-ipaexfont", "--font", "NotoSansCJK-Regular.ttc");
        assertThat(e.message(Locale.ENGLISH)).contains("IPAex Gothic", "Noto Sans CJK cannot be used");
    }
}
