package jp.kyoseivision.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.kyoseivision.edit.SphereEdits;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.FileChecksums;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.Sample;
import jp.kyoseivision.text.CsvEncoding;
import jp.kyoseivision.text.LocalizedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18, item 3: every CSV is UTF-8 with BOM by default and Shift_JIS (CP932) with --encoding cp932. */
class CsvEncodingTest {
    private static final Charset CP932 = Charset.forName("windows-31j");
    private static final String LINK = "=HYPERLINK(\"http://example.invalid\",\"開く\")";

    @TempDir
    Path dir;

    private Sphere hostile;
    private Path file;

    /** Card 1 of the 3rd vision named as a formula, card 2 named "-1" (a number: it stays one). */
    @BeforeEach
    void hostileNames() {
        hostile = Sample.load();
        Revision r = hostile.planByEdition(3).orElseThrow().current().orElseThrow();
        hostile = SphereEdits.replaceMeasure(hostile, renamed(r.measures().get(0), LINK));
        hostile = SphereEdits.replaceMeasure(hostile, renamed(r.measures().get(1), "-1"));
        file = dir.resolve("hostile.kyosei");
        PlanFile.create(file, hostile).close();
    }

    private static Measure renamed(Measure m, String name) {
        return new Measure(m.id(), m.lineageId(), m.number(), name, m.aliases(), m.content(), m.participants(),
                m.kpis(), m.budget(), m.projects(), m.effect(), m.roleSharing(), m.sdgs(), m.notes());
    }

    @Test
    void theBudgetCsvIsUtf8WithBomByDefaultAndCp932OnRequestAndBothImportBack() throws Exception {
        Path utf8 = dir.resolve("budget-utf8.csv");
        Path sjis = dir.resolve("budget-sjis.csv");
        assertThat(CliTest.run("export-budget", file.toString(), "--plan", "3", "-o", utf8.toString()).code()).isZero();
        CliTest.Result w = CliTest.run("export-budget", file.toString(), "--plan", "3", "--encoding", "cp932", "-o",
                sjis.toString());
        assertThat(w.code()).as(w.err()).isZero();
        byte[] u = Files.readAllBytes(utf8);
        assertThat(new byte[] {u[0], u[1], u[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        byte[] s = Files.readAllBytes(sjis);
        assertThat(s[0]).isNotEqualTo((byte) 0xEF);
        String text = new String(s, CP932);
        assertThat(text).isEqualTo(new String(u, StandardCharsets.UTF_8).substring(1));
        assertThat(text).contains("\r\n1,\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"開く\"\")\",48221,")
                .contains("\r\n2,-1,").contains("番号,施策名,令和6年度 (2024)");
        String before = FileChecksums.sha256(file);
        for (Path csv : new Path[] {utf8, sjis}) {
            CliTest.Result r = CliTest.run("import-budget", file.toString(), "--plan", "3", csv.toString());
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).contains("変更はありません");
        }
        assertThat(FileChecksums.sha256(file)).isEqualTo(before);
    }

    @Test
    void theComparisonKpiAndOpinionsCsvTakeTheEncodingToo() throws Exception {
        Path diff = dir.resolve("diff.csv");
        Path kpi = dir.resolve("kpi.csv");
        Path opinions = dir.resolve("opinions.csv");
        assertThat(CliTest.run("diff", file.toString(), "--from", "2", "--to", "3", "--format", "csv", "--encoding",
                "cp932", "-o", diff.toString()).code()).isZero();
        assertThat(CliTest.run("kpi-report", file.toString(), "--plan", "3", "--format", "csv", "--encoding", "cp932",
                "-o", kpi.toString()).code()).isZero();
        assertThat(CliTest.run("opinions", file.toString(), "--plan", "3", "--format", "csv", "--encoding", "cp932",
                "-o", opinions.toString()).code()).isZero();
        assertThat(new String(Files.readAllBytes(diff), CP932)).startsWith("旧No.,旧 施策名").contains(",\"'=HYPERLINK(", "網掛");
        assertThat(new String(Files.readAllBytes(kpi), CP932)).doesNotStartWith("\uFEFF").contains("令和");
        assertThat(new String(Files.readAllBytes(opinions), CP932)).startsWith("種別,番号,ページ");
        // and without --encoding each one has the BOM
        assertThat(CliTest.run("kpi-report", file.toString(), "--plan", "3", "--format", "csv", "-o",
                kpi.toString()).code()).isZero();
        assertThat(Files.readString(kpi, StandardCharsets.UTF_8)).startsWith("\uFEFF");
    }

    @Test
    void aCharacterShiftJisLacksIsRefusedAndTheOldFileIsKept() throws Exception {
        Revision r = hostile.planByEdition(3).orElseThrow().current().orElseThrow();
        Sphere yoshi = SphereEdits.replaceMeasure(hostile, renamed(r.measures().get(2), "𠮷田地区の事業"));
        Path f = dir.resolve("yoshi.kyosei");
        PlanFile.create(f, yoshi).close();
        Path out = dir.resolve("budget.csv");
        Files.writeString(out, "前の表");
        String before = FileChecksums.sha256(out);
        CliTest.Result res = CliTest.run("export-budget", f.toString(), "--plan", "3", "--encoding", "cp932",
                "-o", out.toString(), "--lang", "ja");
        assertThat(res.code()).isNotZero();
        assertThat(res.err()).contains("「𠮷」（U+20BB7）は cp932 で書けない文字です").doesNotContain("Exception");
        assertThat(FileChecksums.sha256(out)).isEqualTo(before);
        CliTest.Result bad = CliTest.run("export-budget", f.toString(), "--plan", "3", "--encoding", "latin1",
                "-o", out.toString(), "--lang", "en");
        assertThat(bad.code()).isNotZero();
        assertThat(bad.err()).contains("encoding \"latin1\" is not supported");
        assertThat(FileChecksums.sha256(out)).isEqualTo(before);
    }

    @Test
    void theWriterSplitsNoSurrogatePairAndNamesTheEncodings() {
        assertThat(new String(CsvEncoding.CP932.bytes("①髙橋，ｶﾅ"), CP932)).isEqualTo("①髙橋，ｶﾅ");
        assertThat(CsvEncoding.parse("Shift_JIS")).isEqualTo(CsvEncoding.CP932);
        assertThat(CsvEncoding.parse("UTF8")).isEqualTo(CsvEncoding.UTF8);
        assertThat(new String(CsvEncoding.UTF8.bytes("𠮷"), StandardCharsets.UTF_8)).isEqualTo("\uFEFF𠮷");
        LocalizedException e = org.junit.jupiter.api.Assertions.assertThrows(LocalizedException.class,
                () -> CsvEncoding.parse("ebcdic"));
        assertThat(e.message(java.util.Locale.JAPANESE)).contains("utf-8 か cp932");
    }
}
