package jp.kyoseivision.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.Sample;
import jp.kyoseivision.text.LocalizedException;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Issue 14, items 3 and 4: formula cells without a saved result, and sheets with far too many rows. */
class XlsxStreamingTest {
    private final Sphere sample = Sample.load();

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;

    /** A budget table for card 1 whose 2025 amount (C5… here C3) is the sum of three cells. */
    private static byte[] workbookWithSum() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sh = wb.createSheet("予算");
            XSSFRow head = sh.createRow(0);
            head.createCell(0).setCellValue("番号");
            head.createCell(1).setCellValue("令和6年度");
            head.createCell(2).setCellValue("令和7年度");
            XSSFRow one = sh.createRow(1);
            one.createCell(0).setCellValue(1);
            one.createCell(1).setCellValue(48221);
            one.createCell(2).setCellValue(48221);
            XSSFRow parts = sh.createRow(3);
            parts.createCell(3).setCellValue(40000);
            parts.createCell(4).setCellValue(8221);
            sh.getRow(1).getCell(2).setCellFormula("D4+E4");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** The workbook with its first sheet's XML passed through {@code edit}. */
    static byte[] editSheet(byte[] xlsx, UnaryOperator<String> edit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] b = in.readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    b = edit.apply(new String(b, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(b);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void aFormulaWithoutASavedResultIsRefusedWithItsAddressNeverReadAsZero() throws IOException {
        // as a program (not Excel) writes it: the formula, no cached <v>
        byte[] noValue = editSheet(workbookWithSum(), x -> x.replaceAll("(<f>[^<]*</f>)<v>[^<]*</v>", "$1"));
        java.nio.file.Path in = dir.resolve("budget.xlsx");
        java.nio.file.Files.write(in, noValue);
        BudgetImport.Result r = BudgetImport.check(sample, 3, in);
        assertThat(r.refused()).isTrue();
        assertThat(r.changes()).isEmpty();
        assertThat(r.problems().get(0).message(Locale.JAPANESE)).contains("セル C2", "=D4+E4", "計算結果が保存されていません");
        assertThat(r.problems().get(0).message(Locale.ENGLISH)).contains("cell C2", "=D4+E4");
    }

    @Test
    void aFormulaWithItsSavedResultGivesThatResult() throws IOException {
        byte[] saved = editSheet(workbookWithSum(), x -> x.replaceAll("(<f>[^<]*</f>)(<v>[^<]*</v>)?",
                "$1<v>48221</v>"));
        List<RawTable> t = TableReader.read(saved, "xlsx");
        assertThat(t.get(0).cell(1, 2)).isEqualTo("48221");
        assertThat(BudgetImport.check(BudgetImport.plan(sample, 3), t).changes()).isEmpty();
    }

    @Test
    void aSheetWithTooManyRowsIsRefusedAtTheFirstRowPastTheLimitWithoutReadingTheRest() throws IOException {
        // 10,001 rows and then XML that is not even well-formed: a reader that streams stops before it; one that
        // loads the whole sheet first (as before) fails on the damage instead of saying "too many rows"
        StringBuilder rows = new StringBuilder();
        for (int r = 1; r <= TableReader.MAX_ROWS + 1; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>").append(r)
                    .append("</v></c></row>");
        }
        rows.append("<row r=\"99999\"><c r=\"A99999\"><v>1</v></broken>");
        byte[] huge = editSheet(workbookWithSum(), x -> x.replaceAll("(?s)<sheetData>.*</sheetData>",
                "<sheetData>" + java.util.regex.Matcher.quoteReplacement(rows.toString()) + "</sheetData>"));
        assertThatThrownBy(() -> TableReader.read(huge, "xlsx")).isInstanceOfSatisfying(LocalizedException.class,
                e -> assertThat(e.message(Locale.ENGLISH)).contains("too many rows (at most 10000)"));
    }

    @Test
    void aRowNumberFarPastTheLimitIsRefusedAtOnce() throws IOException {
        byte[] far = editSheet(workbookWithSum(), x -> x.replace("<row r=\"4\"", "<row r=\"1048576\""));
        assertThatThrownBy(() -> TableReader.read(far, "xlsx")).isInstanceOfSatisfying(LocalizedException.class,
                e -> assertThat(e.key()).isEqualTo("budget.file.tooManyRows"));
    }
}
