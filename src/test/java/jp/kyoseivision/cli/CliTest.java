package jp.kyoseivision.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.kyoseivision.store.FileChecksums;
import jp.kyoseivision.store.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void versionAndHelp() {
        Result v = run("--version");
        assertThat(v.code()).isZero();
        assertThat(v.out()).startsWith("Kyosei Vision ");
        Result h = run("--help");
        assertThat(h.code()).isZero();
        assertThat(h.out()).contains("init", "import-json", "export-json", "check");
    }

    @Test
    void initWithSampleThenCheckThenExportReproducesTheBundle() throws Exception {
        Path f = dir.resolve("sample.kyosei");
        assertThat(run("init", f.toString(), "--with-sample").code()).isZero();
        Result check = run("check", f.toString());
        assertThat(check.code()).as(check.out()).isZero();
        Result export = run("export-json", f.toString());
        assertThat(export.code()).isZero();
        assertThat(export.out()).isEqualTo(Sample.text());
    }

    @Test
    void exportOfOnePlanAndImportIntoANewFileRoundTrips() throws Exception {
        Path f = dir.resolve("sample.kyosei");
        run("init", f.toString(), "--with-sample");
        Path json = dir.resolve("v3.json");
        assertThat(run("export-json", f.toString(), "--plan", "3", "-o", json.toString()).code()).isZero();
        String text = Files.readString(json);
        assertThat(text).contains("第３次一関・平泉定住自立圏共生ビジョン").doesNotContain("\"edition\" : 2,");
        Path g = dir.resolve("v3.kyosei");
        Result imp = run("import-json", g.toString(), json.toString());
        assertThat(imp.code()).as(imp.err()).isZero();
        assertThat(run("export-json", g.toString()).out()).isEqualTo(text);
    }

    @Test
    void importIntoAFileWithDataNeedsReplaceAndOtherwiseChangesNothing() throws Exception {
        Path f = dir.resolve("sample.kyosei");
        run("init", f.toString(), "--with-sample");
        Path json = dir.resolve("v3.json");
        run("export-json", f.toString(), "--plan", "3", "-o", json.toString());
        String before = FileChecksums.sha256(f);
        Result r = run("import-json", f.toString(), json.toString());
        assertThat(r.code()).isEqualTo(Cli.USER_ERROR);
        assertThat(r.err()).contains("--replace");
        assertThat(FileChecksums.sha256(f)).isEqualTo(before);
        assertThat(run("import-json", f.toString(), json.toString(), "--replace").code()).isZero();
        assertThat(run("export-json", f.toString()).out()).isEqualTo(Files.readString(json));
    }

    @Test
    void brokenJsonGivesOneLineWithPathAndChangesNothing() throws Exception {
        Path f = dir.resolve("sample.kyosei");
        run("init", f.toString(), "--with-sample");
        String before = FileChecksums.sha256(f);
        Path json = dir.resolve("bad.json");
        Files.writeString(json, Sample.text().replaceFirst("\"2024\" : (\\d+)", "\"2024\" : \"たくさん\""));
        Result r = run("import-json", f.toString(), json.toString(), "--replace");
        assertThat(r.code()).isEqualTo(Cli.USER_ERROR);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("$.sphere.plans[").contains("budget").doesNotContain("\tat ");
        assertThat(FileChecksums.sha256(f)).isEqualTo(before);
    }

    @Test
    void userErrorsAreOneLineWithoutStackTrace() throws Exception {
        Path text = dir.resolve("memo.kyosei");
        Files.writeString(text, "memo");
        for (Result r : new Result[] {run("check", text.toString()), run("export-json", dir.resolve("none.kyosei")
                .toString()), run("init", text.toString()), run("frobnicate"), run("export-json")}) {
            assertThat(r.code()).isEqualTo(Cli.USER_ERROR);
            assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
            assertThat(r.err().lines().findFirst().orElse("")).startsWith("エラー");
        }
        assertThat(Files.readString(text)).isEqualTo("memo");
    }

    @Test
    void checkReportsProblemsWithExitOne() throws Exception {
        Path f = dir.resolve("sample.kyosei");
        run("init", f.toString(), "--with-sample");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + f); var st = c.createStatement()) {
            // a budget year outside the plan period (FY2030 in the 3rd vision, 2024–2028)
            st.execute("INSERT INTO measure_budget (measure_id, fy, amount) VALUES ('v3-m01', 2030, 1)");
        }
        Result r = run("check", f.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("2030");
    }
}
