package jp.kyoseivision.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Node;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.Sample;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The budget workbook's 小計 per policy area and 合計 are formulas, and the import reads the file back. */
class BudgetTotalsXlsxTest {
    @TempDir
    Path dir;

    private final Sphere sample = Sample.load();
    private final Plan third = BudgetImport.plan(sample, 3);
    private final Revision rev = third.current().orElseThrow();

    private byte[] xlsx(Locale locale) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BudgetExport.xlsx(third, locale, out);
        return out.toByteArray();
    }

    private static long sum(List<Measure> cards, int fy) {
        return cards.stream().mapToLong(m -> m.budget().getOrDefault(fy, 0L)).sum();
    }

    @Test
    void eachPolicyAreaHasASubtotalAndTheTableAGrandTotalAsFormulas() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx(Locale.JAPANESE)))) {
            XSSFSheet sh = wb.getSheetAt(0);
            List<Node> areas = rev.nodesAt(1).stream()
                    .filter(a -> a.children().stream().anyMatch(d -> !d.measures().isEmpty())).toList();
            List<XSSFRow> subtotals = new ArrayList<>();
            XSSFRow total = null;
            for (int r = 2; r <= sh.getLastRowNum(); r++) {
                String label = sh.getRow(r).getCell(1).getStringCellValue();
                if (label.startsWith("小計（")) {
                    subtotals.add(sh.getRow(r));
                } else if (label.equals("合計")) {
                    total = sh.getRow(r);
                }
            }
            assertThat(subtotals).hasSize(areas.size());
            assertThat((Object) total).isNotNull();
            assertThat(total.getRowNum()).isEqualTo(sh.getLastRowNum());
            // no total counts itself (Excel would warn of a circular reference): each ends on the row above it
            for (XSSFRow t : subtotals) {
                assertThat(t.getCell(2).getCellFormula()).endsWith(":C" + t.getRowNum() + ")");
            }
            assertThat(total.getCell(2).getCellFormula()).isEqualTo("SUBTOTAL(9,C3:C" + total.getRowNum() + ")");
            for (int i = 0; i < areas.size(); i++) {
                Node a = areas.get(i);
                XSSFRow row = subtotals.get(i);
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo("小計（" + a.name() + "）");
                List<Measure> cards = a.children().stream().flatMap(d -> d.measures().stream()).toList();
                for (int c = 2; c < 2 + third.fiscalYears().size(); c++) {
                    int fy = third.fiscalYears().get(c - 2);
                    assertThat(row.getCell(c).getCellType()).isEqualTo(CellType.FORMULA);
                    assertThat(row.getCell(c).getCellFormula()).startsWith("SUBTOTAL(9,");
                    assertThat((long) row.getCell(c).getNumericCellValue()).as("%s %d", a.name(), fy)
                            .isEqualTo(sum(cards, fy));
                    assertThat(row.getCell(c).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
                }
            }
            // 2024: the sum of all 32 cards (card 1: 48,221 … card 32: 6,089)
            for (int c = 2; c < 2 + third.fiscalYears().size(); c++) {
                int fy = third.fiscalYears().get(c - 2);
                assertThat((long) total.getCell(c).getNumericCellValue()).isEqualTo(sum(rev.measures(), fy));
            }
            // the partner changes card 1's 2024 amount: the subtotal and the total follow
            long before = (long) total.getCell(2).getNumericCellValue();
            sh.getRow(2).getCell(2).setCellValue(48221 + 1000);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            assertThat((long) total.getCell(2).getNumericCellValue()).isEqualTo(before + 1000);
            assertThat((long) subtotals.get(0).getCell(2).getNumericCellValue())
                    .isEqualTo(sum(areas.get(0).children().get(0).measures(), 2024) + 1000
                            + areas.get(0).children().stream().skip(1)
                                    .mapToLong(d -> sum(d.measures(), 2024)).sum());
        }
    }

    @Test
    void theImportReadsTheWorkbookBackSkippingTheTotalsInBothLanguages() throws Exception {
        for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
            Path file = dir.resolve("budget-" + locale + ".xlsx");
            Files.write(file, xlsx(locale));
            BudgetImport.Result r = BudgetImport.check(sample, 3, file);
            assertThat(r.problems()).as("%s", locale).isEmpty();
            assertThat(r.changes()).isEmpty();
            assertThat(r.notices()).filteredOn(n -> n.key().equals("budget.notice.total")).isNotEmpty();
            assertThat(r.applyTo(sample)).isEqualTo(sample);
        }
    }
}
