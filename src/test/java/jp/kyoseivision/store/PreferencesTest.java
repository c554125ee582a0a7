package jp.kyoseivision.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import jp.kyoseivision.text.LocalizedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 設定…: values survive a restart (a new Settings on the same file), bad values are refused before storing. */
class PreferencesTest {
    @TempDir
    Path dir;

    @Test
    void defaultsWhenNothingIsStored() {
        Preferences p = Preferences.load(new Settings(dir.resolve("settings.properties")));
        assertThat(p).isEqualTo(new Preferences("ja", false, "", 5, 10));
        assertThat(p.backupKeep()).isEqualTo(Backups.KEEP_LAST); // docs/reliability.md: every 5 minutes, newest 10
    }

    @Test
    void savedValuesAreReadBackUnderTheKeysOtherFeaturesUse() throws Exception {
        Path font = Files.writeString(dir.resolve("ipaexg.ttf"), "not really a font");
        Path file = dir.resolve("settings.properties");
        new Preferences("en", true, font.toString(), 30, 5).save(new Settings(file));

        Settings reread = new Settings(file);
        assertThat(Preferences.load(reread)).isEqualTo(new Preferences("en", true, font.toString(), 30, 5));
        assertThat(reread.get("ui.language", "")).isEqualTo("en");
        assertThat(reread.get("pdf.font", "")).isEqualTo(font.toString());
        assertThat(reread.get("backup.intervalMinutes", "")).isEqualTo("30");
        assertThat(reread.get("backup.keep", "")).isEqualTo("5");
    }

    @Test
    void badValuesAreRefusedWithTheirReason() {
        assertThatThrownBy(() -> new Preferences("ja", false, "", -1, 5)).isInstanceOf(LocalizedException.class)
                .hasMessageContaining("バックアップの間隔 -1 分は範囲外")
                .satisfies(e -> assertThat(((LocalizedException) e).message(java.util.Locale.ENGLISH))
                        .contains("backup interval of -1"));
        assertThatThrownBy(() -> new Preferences("ja", false, "", 1441, 5))
                .hasMessageContaining("0〜1,440 分");
        assertThatThrownBy(() -> new Preferences("ja", false, "", 10, 0)).hasMessageContaining("保存数 0 は範囲外");
        assertThatThrownBy(() -> new Preferences("ja", false, dir.resolve("none.ttf").toString(), 10, 5))
                .hasMessageContaining("none.ttf が見つかりません");
        assertThatThrownBy(() -> new Preferences("fr", false, "", 10, 5)).hasMessageContaining("「fr」");
    }

    @Test
    void countsAcceptFullWidthDigitsAndRefuseText() {
        assertThat(Preferences.parseCount("３０", "間隔")).isEqualTo(30);
        assertThat(Preferences.parseCount(" 15 ", "間隔")).isEqualTo(15);
        assertThatThrownBy(() -> Preferences.parseCount("十", "間隔")).hasMessageContaining("間隔「十」は数値ではありません");
    }

    @Test
    void aHandEditedBrokenValueFallsBackToTheDefault() {
        Settings s = new Settings(dir.resolve("settings.properties"));
        s.put("backup.keep", "many");
        s.put("backup.intervalMinutes", "99999");
        Preferences p = Preferences.load(s);
        assertThat(p.backupKeep()).isEqualTo(10);
        assertThat(p.backupIntervalMinutes()).isEqualTo(1440);
    }
}
