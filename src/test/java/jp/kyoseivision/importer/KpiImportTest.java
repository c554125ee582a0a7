package jp.kyoseivision.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import jp.kyoseivision.kpi.KpiLine;
import jp.kyoseivision.kpi.KpiResults;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.KpiActual;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.Sample;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18, item 5: KPI actuals read back from the KPI table, matched by KPI ID and year, checked whole. */
class KpiImportTest {
    @TempDir
    Path dir;

    private final Sphere sample = Sample.load();
    private final Plan second = sample.planByEdition(2).orElseThrow();

    private byte[] table(Locale locale) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        KpiTableExport.write(second, locale, out);
        return out.toByteArray();
    }

    /** The exported table with {@code edit} applied to its sheet, saved as {@code name}. */
    private Path edited(String name, java.util.function.Consumer<XSSFSheet> edit) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(table(Locale.JAPANESE)))) {
            edit.accept(wb.getSheetAt(0));
            Path p = dir.resolve(name);
            try (OutputStream o = Files.newOutputStream(p)) {
                wb.write(o);
            }
            return p;
        }
    }

    /** The sheet row of KPI {@code kpiId} in year {@code fy}. */
    private static XSSFRow row(XSSFSheet sh, String kpiId, int fy) {
        for (int r = 3; r <= sh.getLastRowNum(); r++) {
            XSSFRow x = sh.getRow(r);
            if (x.getCell(KpiTableExport.ID).getStringCellValue().equals(kpiId)
                    && x.getCell(KpiTableExport.FY).getStringCellValue().contains("(" + fy + ")")) {
                return x;
            }
        }
        throw new AssertionError(kpiId + " " + fy);
    }

    private Kpi firstKpi() {
        return second.current().orElseThrow().measures().get(0).kpis().get(0);
    }

    @Test
    void theExportedTableImportsBackWithNoChangeInBothLanguages() throws Exception {
        for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
            Path p = dir.resolve("kpi-" + locale + ".xlsx");
            Files.write(p, table(locale));
            KpiImport.Result r = KpiImport.check(sample, p);
            assertThat(r.problems()).as("%s", locale).isEmpty();
            assertThat(r.changes()).isEmpty();
            assertThat(r.applyTo(sample)).isEqualTo(sample);
        }
    }

    @Test
    void aFilledInYearIsOneChangeAndAppliedInOneEdit() throws Exception {
        Kpi k = firstKpi();
        int fy = second.endFy();
        assertThat(k.actual(fy).orElseThrow().value().number()).isEqualByComparingTo("100"); // 2023: 100 %, A
        Path p = edited("filled.xlsx", sh -> {
            XSSFRow x = row(sh, k.id(), fy);
            x.getCell(KpiTableExport.ACTUAL).setCellValue(98.5);
            x.getCell(KpiTableExport.RECORDED).setCellValue("b");
            x.getCell(KpiTableExport.PROGRESS).setCellValue("休日当番医を確保した。");
        });
        KpiImport.Result r = KpiImport.check(sample, p);
        assertThat(r.problems()).isEmpty();
        assertThat(r.changes()).hasSize(1);
        KpiImport.Change c = r.changes().get(0);
        assertThat(c.kpiId()).isEqualTo(k.id());
        assertThat(c.fy()).isEqualTo(fy);
        assertThat(c.before()).isEqualTo(k.actual(fy).orElseThrow());
        assertThat(c.after().value().number()).isEqualByComparingTo(new BigDecimal("98.5"));
        Sphere after = r.applyTo(sample);
        KpiActual a = after.planByEdition(2).orElseThrow().current().orElseThrow().measures().get(0).kpis().get(0)
                .actual(fy).orElseThrow();
        assertThat(a.recordedGrade()).isEqualTo("B");
        assertThat(a.overviewGrade()).isEqualTo("A"); // not in the table: kept
        assertThat(a.nextSteps()).isEqualTo(k.actual(fy).orElseThrow().nextSteps());
        assertThat(a.progress()).isEqualTo("休日当番医を確保した。");
        // the grader sees the new value
        KpiLine line = KpiResults.of(after.planByEdition(2).orElseThrow()).lines().get(0);
        assertThat(line.year(fy).orElseThrow().value().number()).isEqualByComparingTo("98.5");
    }

    @Test
    void aBadFileIsRefusedWholeWithRowAndColumn() throws Exception {
        Kpi k = firstKpi();
        Path p = edited("bad.xlsx", sh -> {
            row(sh, k.id(), second.startFy()).getCell(KpiTableExport.ACTUAL).setCellValue("12,5OO");
            sh.getRow(4).getCell(KpiTableExport.ID).setCellValue("no-such-kpi");
            sh.getRow(5).getCell(KpiTableExport.FY).setCellValue("令和99年度");
            sh.getRow(6).getCell(KpiTableExport.RECORDED).setCellValue("優");
            sh.getRow(8).getCell(KpiTableExport.ACTUAL).setCellValue(1234); // a good change, not applied
        });
        KpiImport.Result r = KpiImport.check(sample, p);
        assertThat(r.refused()).isTrue();
        assertThat(r.changes()).isEmpty();
        List<String> shown = r.problems().stream().map(x -> x.message(Locale.JAPANESE)).toList();
        assertThat(shown).containsExactly(
                "4行目「実績値」：「12,5OO」は実績値として読めません（数値、または数値と（注記）、または文章）",
                "5行目「KPI ID」：KPI ID「no-such-kpi」の成果指標は、どの計画の現在の版にもありません",
                "6行目「年度」：「令和99年度」は年度として読めないか、計画の期間（" + second.startFy() + "〜"
                        + second.endFy() + "年度）の外です",
                "7行目「達成度（記録）」：「優」は達成度として読めません（A〜Z の1文字）");
    }

    @Test
    void aCsvSavedFromExcelIsReadToo() throws Exception {
        Kpi k = firstKpi();
        String csv = "\uFEFFKPI ID,年度,実績値,今後の取組等\r\n" + k.id() + ",令和5年度,\"1,234\",継続する\r\n";
        Path p = dir.resolve("kpi.csv");
        Files.write(p, csv.getBytes(StandardCharsets.UTF_8));
        KpiImport.Result r = KpiImport.check(sample, p);
        assertThat(r.problems()).isEmpty();
        assertThat(r.changes()).singleElement().satisfies(c -> {
            assertThat(c.fy()).isEqualTo(2023);
            assertThat(c.after().value().number()).isEqualByComparingTo("1234");
            assertThat(c.after().nextSteps()).isEqualTo("継続する");
        });
    }
}
