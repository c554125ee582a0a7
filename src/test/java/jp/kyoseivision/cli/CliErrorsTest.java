package jp.kyoseivision.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.kyoseivision.store.AppLog;
import org.junit.jupiter.api.Test;

/** Issue 14, item 4: errors nobody planned for (OutOfMemoryError included) end in plain words, the trace in the log. */
class CliErrorsTest {
    /** Cli.unexpected speaks the current language: Japanese here, whatever --lang an earlier test in this JVM gave. */
    @org.junit.jupiter.api.BeforeEach
    void japanese() {
        jp.kyoseivision.text.Texts.setLanguage(java.util.Locale.JAPANESE);
    }

    @Test
    void anOutOfMemoryErrorIsSaidInPlainWordsAndItsTraceGoesToTheLog() throws Exception {
        StringWriter err = new StringWriter();
        OutOfMemoryError oom = new OutOfMemoryError("Java heap space");
        int code = Cli.unexpected(new PrintWriter(err), oom);
        assertThat(code).isEqualTo(Cli.USER_ERROR);
        assertThat(err.toString()).contains("メモリーが足りなくなったため処理を中止しました",
                AppLog.dir().toString()).doesNotContain("memory ran out").doesNotContain("java.lang", "\tat ");
        assertThat(err.toString().lines()).hasSize(1);
        Path log = AppLog.dir().resolve("kyosei-vision0.log");
        assertThat(Files.readString(log)).contains("java.lang.OutOfMemoryError: Java heap space",
                "CliErrorsTest.anOutOfMemoryErrorIsSaidInPlainWords");
    }

    @Test
    void anUnexpectedRuntimeExceptionIsNotPrintedAsJavaText() {
        StringWriter err = new StringWriter();
        int code = Cli.unexpected(new PrintWriter(err), new IllegalStateException("internal detail"));
        assertThat(code).isEqualTo(Cli.USER_ERROR);
        assertThat(err.toString()).contains("予期しない問題").doesNotContain("unexpected problem")
                .doesNotContain("IllegalStateException", "internal detail");
    }
}
