package jp.kyoseivision.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The helpdesk's log: in the logs folder, with the start-up facts, shown errors and traces. */
class AppLogTest {
    @Test
    void startUpFactsShownErrorsAndTracesGoToTheLogFolder() throws Exception {
        Path home = Path.of(System.getProperty("kyosei.home")); // surefire's: target/test-home
        assertThat(AppLog.dir()).isEqualTo(home.resolve("logs"));

        AppLog.install();
        long start = Files.exists(AppLog.file()) ? Files.size(AppLog.file()) : 0; // the file is kept between runs
        java.util.Locale before = java.util.Locale.getDefault();
        java.util.Locale.setDefault(java.util.Locale.JAPANESE); // as the window does once the UI language is known
        try {
            AppLog.info("日本語の既定ロケールで書いた行");
        } finally {
            java.util.Locale.setDefault(before);
        }
        AppLog.startup("Kyosei Vision", "UI font IPAexGothic", "file /tmp/一関平泉.kyosei");
        AppLog.warning("error shown: 事業費 — 「12,3a4」は数値ではありません");
        Path file = AppLog.error("unexpected error", new IllegalStateException("テスト用の例外"));
        // a library's warning through SLF4J (as sqlite-jdbc and POI log) reaches the same file
        org.slf4j.LoggerFactory.getLogger("org.sqlite.SQLiteJDBCLoader").warn("ライブラリの警告 {}", 42);
        java.util.logging.Logger.getLogger("").getHandlers()[0].flush();

        assertThat(file).isEqualTo(home.resolve("logs/kyosei-vision0.log"));
        byte[] all = Files.readAllBytes(file);
        String log = new String(all, (int) start, all.length - (int) start, StandardCharsets.UTF_8);
        assertThat(log).contains("start: Kyosei Vision " + jp.kyoseivision.text.AppVersion.get() + "; OS "
                + System.getProperty("os.name"), "; Java " + System.getProperty("java.version"),
                "; settings " + home, "; UI font IPAexGothic; file /tmp/一関平泉.kyosei",
                "「12,3a4」は数値ではありません",
                "java.lang.IllegalStateException: テスト用の例外", "at jp.kyoseivision.store.AppLogTest",
                "ライブラリの警告 42", " INFO jp.kyoseivision: 日本語の既定ロケールで書いた行");
        assertThat(log).doesNotContain("情報:", "午前", "午後");
        assertThat(java.util.logging.Logger.getLogger("").getHandlers())
                .noneMatch(h -> h instanceof java.util.logging.ConsoleHandler);
    }
}
