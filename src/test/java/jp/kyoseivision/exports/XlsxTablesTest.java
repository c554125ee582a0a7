package jp.kyoseivision.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import jp.kyoseivision.kpi.KpiLine;
import jp.kyoseivision.kpi.KpiResults;
import jp.kyoseivision.kpi.YearResult;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.Sample;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Issue 18, item 4: the card list and the KPI table as print-ready workbooks, read back with POI. */
class XlsxTablesTest {
    private final Sphere sample = Sample.load();
    private final Plan third = sample.planByEdition(3).orElseThrow();

    private XSSFWorkbook write(XlsxTables.Table t, Locale locale) throws Exception {
        return write(third, t, locale);
    }

    private XSSFWorkbook write(Plan plan, XlsxTables.Table t, Locale locale) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxTables.write(sample, plan, t, locale, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static int column(XSSFRow head, String text) {
        for (int c = 0; c < head.getLastCellNum(); c++) {
            if (head.getCell(c).getStringCellValue().equals(text)) {
                return c;
            }
        }
        throw new AssertionError("no column " + text);
    }

    @Test
    void theCardListHasOneRowPerCardWithEveryField() throws Exception {
        try (XSSFWorkbook wb = write(XlsxTables.Table.CARDS, Locale.JAPANESE)) {
            XSSFSheet sh = wb.getSheetAt(0);
            assertThat(sh.getSheetName()).isEqualTo("カード一覧");
            int header = 2;
            XSSFRow head = sh.getRow(header);
            assertThat(head.getCell(0).getStringCellValue()).isEqualTo("番号");
            assertThat(head.getCell(1).getStringCellValue()).isEqualTo("施策名");
            var revision = third.current().orElseThrow();
            assertThat(sh.getLastRowNum() - header).isEqualTo(revision.measures().size());
            Measure one = revision.measures().get(0);
            XSSFRow first = sh.getRow(header + 1);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo(one.name()).isEqualTo("休日・夜間診療体制確保事業");
            assertThat(first.getCell(column(head, "取組内容")).getStringCellValue()).isEqualTo(one.content());
            assertThat(first.getCell(column(head, "成果指標（KPI）")).getStringCellValue())
                    .startsWith(one.kpis().get(0).name());
            assertThat(first.getCell(column(head, "関係市町")).getStringCellValue()).contains("一関市");
            for (var m : sample.municipalities()) {
                column(head, "事業名称（" + m.name() + "）");
            }
            var budget = first.getCell(column(head, "事業費合計（千円）"));
            assertThat((long) budget.getNumericCellValue()).isEqualTo(5 * 48221L);
            assertThat(budget.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(first.getHeightInPoints()).as("wrapped 取組内容").isGreaterThan(2 * 18f);
            assertThat(sh.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sh.getPrintSetup().getLandscape()).isTrue();
            assertThat(sh.getFitToPage()).isTrue();
            assertThat(sh.getRepeatingRows().formatAsString()).isEqualTo("3:3");
            assertThat(sh.getRepeatingColumns().formatAsString()).isEqualTo("A:B");
            assertThat(head.getCell(0).getCellStyle().getFont().getFontName()).isEqualTo("游ゴシック");
        }
    }

    @Test
    void theKpiTableHasEveryKpiAndYearWithBothGrades() throws Exception {
        Plan second = sample.planByEdition(2).orElseThrow(); // the 2nd vision has its actuals and grades
        KpiResults results = KpiResults.of(second);
        try (XSSFWorkbook wb = write(second, XlsxTables.Table.KPIS, Locale.JAPANESE)) {
            XSSFSheet sh = wb.getSheetAt(0);
            int header = 2;
            XSSFRow head = sh.getRow(header);
            assertThat(head.getCell(0).getStringCellValue()).isEqualTo("No.");
            assertThat(head.getCell(13).getStringCellValue()).isEqualTo("KPI ID");
            assertThat(sh.getLastRowNum() - header).isEqualTo(results.lines().size() * second.fiscalYears().size());
            int r = header + 1;
            int graded = 0;
            for (KpiLine line : results.lines()) {
                for (YearResult y : line.years()) {
                    XSSFRow row = sh.getRow(r++);
                    assertThat(row.getCell(13).getStringCellValue()).isEqualTo(line.kpi().id());
                    assertThat(row.getCell(2).getStringCellValue()).isEqualTo(line.kpi().name());
                    if (y.value() != null && y.value().hasNumber() && y.value().note() == null) {
                        assertThat(row.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
                        assertThat(row.getCell(7).getNumericCellValue())
                                .isEqualTo(y.value().number().doubleValue());
                    }
                    if (y.actual() != null && y.computed().hasGrade()) {
                        assertThat(row.getCell(9).getStringCellValue()).isEqualTo(y.computed().grade());
                        graded++;
                    }
                    assertThat(row.getCell(10).getStringCellValue()).isEqualTo(y.recorded() == null ? ""
                            : y.recorded());
                }
            }
            assertThat(graded).as("KPIs graded by the rule").isPositive();
            assertThat(sh.getRepeatingColumns().formatAsString()).isEqualTo("A:C");
            assertThat(sh.getPrintSetup().getLandscape()).isTrue();
        }
    }

    @Test
    void theOpinionsAndBudgetTablesComeFromTheirOwnWriters() throws Exception {
        try (XSSFWorkbook wb = write(XlsxTables.Table.OPINIONS, Locale.JAPANESE)) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("パブリックコメント");
        }
        try (XSSFWorkbook wb = write(XlsxTables.Table.BUDGET, Locale.ENGLISH)) {
            assertThat(wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("No.");
        }
    }
}
