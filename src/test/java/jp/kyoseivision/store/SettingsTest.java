package jp.kyoseivision.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import jp.kyoseivision.text.LocalizedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings that cannot be saved say so (issue 14, item 14) instead of being dropped without a word. */
class SettingsTest {
    @TempDir
    Path dir;

    @Test
    void aSaveThatFailsThrowsAMessageTheWindowCanShow() throws Exception {
        // the settings folder is a file: nothing can be written under it
        Path notAFolder = Files.writeString(dir.resolve("KyoseiVision"), "a file where the folder should be");
        Settings s = new Settings(notAFolder.resolve("settings.properties"));
        LocalizedException e = assertThrows(LocalizedException.class, () -> s.put("ui.language", "en"));
        assertThat(e.key()).isEqualTo("settings.saveFailed");
        assertThat(e.message(Locale.JAPANESE)).contains("設定を", "保存できませんでした", "計画ファイルには影響ありません")
                .doesNotContain("java.");
        assertThat(e.message(Locale.ENGLISH)).contains("could not be saved").doesNotContain("Exception");
        assertThat(s.get("ui.language", "ja")).isEqualTo("en"); // kept for this session
        LocalizedException recent = assertThrows(LocalizedException.class,
                () -> s.addRecent(dir.resolve("一関・平泉.kyosei")));
        assertThat(recent.key()).isEqualTo("settings.saveFailed");
        assertThat(Files.readString(notAFolder)).isEqualTo("a file where the folder should be");
    }

    @Test
    void aSaveThatWorksIsReadBack() {
        Path file = dir.resolve("settings.properties");
        new Settings(file).put("ui.language", "en");
        assertThat(new Settings(file).get("ui.language", "ja")).isEqualTo("en");
        try (var files = java.nio.file.Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("settings.properties");
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }
}
