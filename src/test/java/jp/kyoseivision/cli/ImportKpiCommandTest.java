package jp.kyoseivision.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.FileChecksums;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.Sample;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import-kpi FILE IN [--dry-run]}. */
class ImportKpiCommandTest {
    @TempDir
    Path dir;

    private Path file;
    private Kpi kpi;

    @BeforeEach
    void sample() {
        Sphere s = Sample.load();
        kpi = s.planByEdition(2).orElseThrow().current().orElseThrow().measures().get(0).kpis().get(0);
        file = dir.resolve("sample.kyosei");
        PlanFile.create(file, s).close();
    }

    private Path csv(String body) throws Exception {
        Path p = dir.resolve("kpi.csv");
        Files.write(p, ("\uFEFFKPI ID,年度,実績値\r\n" + body).getBytes(StandardCharsets.UTF_8));
        return p;
    }

    @Test
    void theExportedTableChangesNothingAndAFilledInOneIsAppliedOnce() throws Exception {
        Path xlsx = dir.resolve("kpis.xlsx");
        assertThat(CliTest.run("export-xlsx", file.toString(), "--plan", "2", "--table", "kpis", "-o",
                xlsx.toString()).code()).isZero();
        String before = FileChecksums.sha256(file);
        CliTest.Result r = CliTest.run("import-kpi", file.toString(), xlsx.toString(), "--lang", "ja");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("変更はありません");
        Path in = csv(kpi.id() + ",令和5年度,98.5\r\n");
        r = CliTest.run("import-kpi", file.toString(), in.toString(), "--dry-run", "--lang", "ja");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("令和5年度 (2023)：100 → 98.5", "試行のため書き込んでいません");
        assertThat(FileChecksums.sha256(file)).isEqualTo(before);
        // the adopted 2nd vision takes its actuals without unlocking, as in the KPI window
        r = CliTest.run("import-kpi", file.toString(), in.toString(), "--lang", "ja");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("変更 1 件、1回の編集");
        try (PlanFile pf = PlanFile.openReadOnly(file)) {
            assertThat(pf.read().planByEdition(2).orElseThrow().current().orElseThrow().measures().get(0).kpis()
                    .get(0).actual(2023).orElseThrow().value().number()).isEqualByComparingTo("98.5");
        }
    }

    @Test
    void aBadTableIsRefusedAndTheFileIsUnchanged() throws Exception {
        String before = FileChecksums.sha256(file);
        Path in = csv(kpi.id() + ",令和5年度,98.5\r\nx-1,令和5年度,1\r\n");
        CliTest.Result r = CliTest.run("import-kpi", file.toString(), in.toString(), "--lang", "en");
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("row 3", "no KPI with the ID \"x-1\"").doesNotContain("Exception");
        assertThat(FileChecksums.sha256(file)).isEqualTo(before);
    }
}
