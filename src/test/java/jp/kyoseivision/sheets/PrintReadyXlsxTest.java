package jp.kyoseivision.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import jp.kyoseivision.diff.ComparisonTable;
import jp.kyoseivision.diff.DiffService;
import jp.kyoseivision.diff.XlsxExport;
import jp.kyoseivision.importer.BudgetExport;
import jp.kyoseivision.model.OpinionKind;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.opinions.AnswerTable;
import jp.kyoseivision.opinions.AnswerXlsx;
import jp.kyoseivision.opinions.OpinionFilter;
import jp.kyoseivision.store.Sample;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Every workbook the application writes is set up for A4 printing by the one shared {@link PrintBook}. */
class PrintReadyXlsxTest {
    private final Sphere sample = Sample.load();

    static XSSFWorkbook read(byte[] bytes) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    static byte[] budget(Sphere s, Locale locale) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BudgetExport.xlsx(s.planByEdition(3).orElseThrow(), locale, out);
        return out.toByteArray();
    }

    static byte[] comparison(Sphere s, Locale locale) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxExport.write(ComparisonTable.of(DiffService.compare(s, "2", "3"), locale), locale, out);
        return out.toByteArray();
    }

    static byte[] opinions(Sphere s) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnswerXlsx.write(AnswerTable.of(s, s.revision("v3-adopted").orElseThrow(),
                OpinionFilter.ALL.withKind(OpinionKind.PUBLIC_COMMENT).apply(s), Locale.JAPANESE), out);
        return out.toByteArray();
    }

    /** The shared setup: A4, fit to one page wide, 游ゴシック everywhere, header and footer with the print date. */
    static void printReady(XSSFSheet sh, boolean landscape, int headerRow) {
        PrintSetup ps = sh.getPrintSetup();
        assertThat(ps.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(ps.getLandscape()).isEqualTo(landscape);
        assertThat(sh.getFitToPage()).isTrue();
        assertThat(ps.getFitWidth()).isEqualTo((short) 1);
        assertThat(ps.getFitHeight()).isEqualTo((short) 0);
        assertThat(sh.getRepeatingRows().formatAsString()).isEqualTo((headerRow + 1) + ":" + (headerRow + 1));
        assertThat(sh.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (headerRow + 1));
        assertThat(sh.getWorkbook().getFontAt(0).getFontName()).isEqualTo("游ゴシック");
        XSSFRow head = sh.getRow(headerRow);
        for (int c = head.getFirstCellNum(); c < head.getLastCellNum(); c++) {
            XSSFCell cell = head.getCell(c);
            assertThat(cell.getCellStyle().getFont().getFontName()).isEqualTo("游ゴシック");
            assertThat(cell.getCellStyle().getFont().getBold()).isTrue();
            assertThat(cell.getCellStyle().getBorderBottom()).isEqualTo(BorderStyle.THIN);
        }
        XSSFRow first = sh.getRow(headerRow + 1);
        assertThat(first.getCell(0).getCellStyle().getFont().getFontName()).isEqualTo("游ゴシック");
        assertThat(first.getCell(0).getCellStyle().getBorderLeft()).isEqualTo(BorderStyle.THIN);
        assertThat(sh.getFooter().getLeft()).contains("&D");
        assertThat(sh.getFooter().getRight()).contains("&P", "&N");
    }

    @Test
    void theBudgetTablePrintsLandscapeWithTheNameColumnRepeated() throws Exception {
        try (XSSFWorkbook wb = read(budget(sample, Locale.JAPANESE))) {
            XSSFSheet sh = wb.getSheetAt(0);
            assertThat(sh.getSheetName()).isEqualTo("事業費");
            printReady(sh, true, 1);
            assertThat(sh.getRepeatingColumns().formatAsString()).isEqualTo("A:B");
            assertThat(sh.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 2);
            assertThat(sh.getHeader().getLeft()).contains("第３次一関・平泉定住自立圏共生ビジョン");
            XSSFRow first = sh.getRow(2);
            assertThat(first.getCell(1).getStringCellValue()).isNotBlank();
            XSSFCell amount = first.getCell(2);
            assertThat(amount.getNumericCellValue()).isPositive();
            assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(amount.getCellStyle().getBorderRight()).isEqualTo(BorderStyle.THIN);
        }
    }

    @Test
    void theComparisonTableRowsAreAsHighAsTheirWrappedText() throws Exception {
        try (XSSFWorkbook wb = read(comparison(sample, Locale.JAPANESE))) {
            XSSFSheet sh = wb.getSheetAt(0);
            assertThat(sh.getSheetName()).isEqualTo("比較表");
            printReady(sh, true, 3);
            int tall = 0;
            for (int r = 4; r <= sh.getLastRowNum(); r++) {
                XSSFRow row = sh.getRow(r);
                String reason = row.getCell(ComparisonTable.REASON).getStringCellValue();
                int need = PrintSheet.lines(reason, 70);
                assertThat(row.getHeightInPoints()).as("row %d: %s", r, reason)
                        .isGreaterThanOrEqualTo(need * PrintSheet.LINE);
                if (need > 1) {
                    tall++;
                }
            }
            assertThat(tall).as("rows whose reason wraps").isPositive();
        }
    }

    @Test
    void theOpinionsTableUsesTheSameSetup() throws Exception {
        try (XSSFWorkbook wb = read(opinions(sample))) {
            printReady(wb.getSheetAt(0), false, 12); // below the title, the notes and 意見概要（政策分野等）
        }
    }

    @Test
    void headingsFollowTheChosenLanguageNotTheSystemLocale() throws Exception {
        Locale system = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            try (XSSFWorkbook wb = read(comparison(sample, Locale.JAPANESE))) {
                assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("比較表");
                assertThat(wb.getSheetAt(0).getFooter().getLeft()).contains("印刷日");
            }
            try (XSSFWorkbook wb = read(budget(sample, Locale.ENGLISH))) {
                assertThat(wb.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).doesNotContain("施策");
                assertThat(wb.getSheetAt(0).getFooter().getLeft()).contains("Printed");
            }
        } finally {
            Locale.setDefault(system);
        }
    }
}
