package jp.kyoseivision.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import jp.kyoseivision.cli.Cli;
import jp.kyoseivision.text.LocalizedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, item 7: every output goes through a new, unguessable temporary file; nothing planted is followed. */
class SafeFilesTest {
    @TempDir
    Path dir;

    private Path sample() {
        Path f = dir.resolve("sample.kyosei");
        PlanFile.create(f, Sample.load()).close();
        return f;
    }

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void aSymlinkPlantedAtTheOldTemporaryNameIsNotFollowed() throws IOException {
        Path plan = sample();
        Path victim = dir.resolve("victim.txt");
        Files.writeString(victim, "precious");
        String before = FileChecksums.sha256(victim);
        Path out = dir.resolve("out.csv");
        Files.createSymbolicLink(dir.resolve("out.csv.tmp"), victim);

        String[] r = run("export-budget", plan.toString(), "-o", out.toString());

        assertThat(r[0]).isEqualTo("0");
        assertThat(FileChecksums.sha256(victim)).isEqualTo(before);
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("番号");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aFolderAtTheTargetIsRefusedInPlainWordsAndNothingIsLeftBehind() throws IOException {
        Path plan = sample();
        Path out = dir.resolve("out.csv");
        Files.createDirectories(out.resolve("inside"));

        String[] r = run("export-budget", plan.toString(), "-o", out.toString());

        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains("同じ名前のフォルダーがあります").doesNotContain("java.", "Exception");
        assertThat(leftovers()).isEmpty();
        assertThat(out.resolve("inside")).isDirectory();
    }

    @Test
    void aFailedWriteRemovesItsTemporaryFileAndKeepsTheOldContent() throws IOException {
        Path target = dir.resolve("report.csv");
        Files.writeString(target, "old");
        assertThatThrownBy(() -> SafeFiles.write(target, o -> {
            o.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        })).isInstanceOfSatisfying(LocalizedException.class, e -> assertThat(e.message(Locale.ENGLISH))
                .contains("report.csv", "the disk is full").doesNotContain("IOException"));
        assertThat(Files.readString(target)).isEqualTo("old");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aTemporaryNameIsNewAndRandomEachTime() throws IOException {
        SafeFiles.Temp a = SafeFiles.newTemp(dir, "x.csv");
        SafeFiles.Temp b = SafeFiles.newTemp(dir, "x.csv");
        a.channel().close();
        b.channel().close();
        assertThat(a.path()).isNotEqualTo(b.path());
        assertThat(a.path().getFileName().toString()).startsWith(".x.csv.").endsWith(".tmp");
    }

    @Test
    void aSymlinkAtTheTargetIsReplacedNotWrittenThrough() throws IOException {
        Path victim = dir.resolve("victim.txt");
        Files.writeString(victim, "precious");
        Path target = dir.resolve("out.json");
        Files.createSymbolicLink(target, victim);
        SafeFiles.write(target, "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(victim)).isEqualTo("precious");
        assertThat(Files.isSymbolicLink(target)).isFalse();
        assertThat(Files.readString(target)).isEqualTo("{}");
    }

    private java.util.List<Path> leftovers() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".tmp") && !Files.isSymbolicLink(p)).toList();
        }
    }
}
