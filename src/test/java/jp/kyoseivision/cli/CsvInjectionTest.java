package jp.kyoseivision.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.kyoseivision.edit.SphereEdits;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.FileChecksums;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.Sample;
import jp.kyoseivision.text.CsvCells;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, item 2: every CSV the app writes neutralises formula-like cells (OWASP) and keeps numbers as numbers. */
class CsvInjectionTest {
    private static final String LINK = "=HYPERLINK(\"http://example.invalid\",\"開く\")";

    @TempDir
    Path dir;

    private Path file;

    /** The sample with card 1 of both the 2nd and the 3rd vision renamed to formulas, and a KPI name too. */
    @BeforeEach
    void hostileNames() {
        Sphere s = Sample.load();
        for (int edition : new int[] {2, 3}) {
            Revision r = s.planByEdition(edition).orElseThrow().current().orElseThrow();
            Measure one = r.measures().get(0);
            Measure two = r.measures().get(1);
            s = SphereEdits.replaceMeasure(s, renamed(one, edition == 2 ? "+SUM(1)" : LINK));
            s = SphereEdits.replaceMeasure(s, renamed(two, "@cmd|' /C calc'!A0"));
        }
        file = dir.resolve("hostile.kyosei");
        PlanFile.create(file, s).close();
    }

    private static Measure renamed(Measure m, String name) {
        java.util.List<Kpi> kpis = m.kpis().stream().map(k -> new Kpi(k.id(), "-2+3+cmd", k.unit(), k.baseline(),
                k.target(), k.better(), k.actuals(), k.note())).toList();
        return new Measure(m.id(), m.lineageId(), m.number(), name, m.aliases(), m.content(), m.participants(), kpis,
                m.budget(), m.projects(), m.effect(), m.roleSharing(), m.sdgs(), m.notes());
    }

    @Test
    void theBudgetCsvWritesFormulaNamesAsTextAndImportsBackUnchanged() throws Exception {
        Path out = dir.resolve("budget.csv");
        assertThat(CliTest.run("export-budget", file.toString(), "--plan", "3", "-o", out.toString()).code()).isZero();
        String csv = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(csv).contains("\r\n1,\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"開く\"\")\",48221,")
                .contains("\r\n2,'@cmd|' /C calc'!A0,");
        assertThat(csv.lines()).noneMatch(l -> l.contains(",=") || l.contains(",@") || l.contains(",\"="));
        String before = FileChecksums.sha256(file);
        CliTest.Result r = CliTest.run("import-budget", file.toString(), "--plan", "3", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("変更はありません");
        assertThat(FileChecksums.sha256(file)).isEqualTo(before);
    }

    @Test
    void theComparisonCsvWritesFormulaNamesAsText() throws Exception {
        CliTest.Result r = CliTest.run("diff", file.toString(), "--from", "2", "--to", "3", "--format", "csv",
                "--lang", "ja");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("'+SUM(1)", "'=HYPERLINK", "'@cmd");
        assertThat(r.out().lines().flatMap(l -> java.util.Arrays.stream(l.split(","))))
                .noneMatch(c -> c.startsWith("+") || c.startsWith("=") || c.startsWith("@")
                        || c.startsWith("\"=") || c.startsWith("\"+") || c.startsWith("\"@"));
    }

    @Test
    void theKpiReportCsvWritesFormulaNamesAsText() throws Exception {
        CliTest.Result r = CliTest.run("kpi-report", file.toString(), "--plan", "2", "--format", "csv");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("'-2+3+cmd").doesNotContain(",-2+3+cmd");
    }

    @Test
    void numbersStayNumbersAndEveryTriggerIsNeutralised() {
        assertThat(CsvCells.cell("-5")).isEqualTo("-5");
        assertThat(CsvCells.cell("-0.5")).isEqualTo("-0.5");
        assertThat(CsvCells.cell("-1,234")).isEqualTo("\"-1,234\"");
        assertThat(CsvCells.cell("48221")).isEqualTo("48221");
        assertThat(CsvCells.cell("+SUM(1)")).isEqualTo("'+SUM(1)");
        assertThat(CsvCells.cell("-1+1")).isEqualTo("'-1+1");
        assertThat(CsvCells.cell("@A1")).isEqualTo("'@A1");
        assertThat(CsvCells.cell("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvCells.cell("\r=1")).isEqualTo("\"'\r=1\"");
        assertThat(CsvCells.cell("＝１＋１")).isEqualTo("'＝１＋１");
        assertThat(CsvCells.cell("－")).isEqualTo("'－");
        assertThat(CsvCells.cell("施策=1")).isEqualTo("施策=1");
        assertThat(CsvCells.cell("")).isEmpty();
        assertThat(CsvCells.unneutralised("'=1+1")).isEqualTo("=1+1");
        assertThat(CsvCells.unneutralised("'abc")).isEqualTo("'abc");
    }
}
