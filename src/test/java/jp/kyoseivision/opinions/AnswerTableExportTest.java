package jp.kyoseivision.opinions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import jp.kyoseivision.model.Opinion;
import jp.kyoseivision.model.OpinionKind;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.report.PdfWriter;
import jp.kyoseivision.report.TestFonts;
import jp.kyoseivision.store.Sample;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Issue 17: 「ご意見の概要及びご意見に対する考え方」 as PDF (seed 001 L148–605), xlsx and CSV. */
class AnswerTableExportTest {
    private final Sphere sample = Sample.load();
    private final Revision v3 = sample.revision("v3-adopted").orElseThrow();

    private AnswerTable publicComments() {
        List<Opinion> pc = OpinionFilter.ALL.withKind(OpinionKind.PUBLIC_COMMENT).apply(sample);
        return AnswerTable.of(sample, v3, pc, Locale.JAPANESE);
    }

    @Test
    void thePdfPrintsTheSeedsTableWithItsHeaderOnEveryPage() throws Exception {
        byte[] pdf = PdfWriter.toBytes(AnswerPdf.document(publicComments(), "第３次一関・平泉定住自立圏共生ビジョン"),
                TestFonts.japanese());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(3);
            // A4 portrait
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(2f));
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isCloseTo(842f,
                    org.assertj.core.data.Offset.offset(2f));
            PDFTextStripper strip = new PDFTextStripper();
            String all = strip.getText(doc).replaceAll("[\\s\\u3000]", "");
            assertThat(all).contains("第３次一関・平泉定住自立圏共生ビジョンに対するご意見の概要及びご意見に対する考え方")
                    // 001 L150–152
                    .contains("パブリックコメント募集期間：令和６年１月９日（火）から令和６年１月31日（水）まで")
                    .contains("ご意見数：31件")
                    // 001 L119–129: 意見概要（政策分野等） of the public comments
                    .contains("意見概要（政策分野等）【生活機能の強化に関する政策分野】"
                            + "医療：１件、産業振興：11件、教育及び文化：８件、消防防災：１件")
                    .contains("交通インフラ整備：１件、協働のまちづくり：４件、地域内外の住民との交流、移住促進：３件")
                    // No.1 p.7: its item, opinion and answer
                    .contains("休日・夜間診療体制確保事業")
                    .contains("取組内容について、年末年始期間およびお盆期間の平日の救急医療体制も追記してはどうか。")
                    .contains("なお、年末年始（12/29～1/3）は休日扱いとしており、休日当番医は実施しています。")
                    // No.31, the last row
                    .contains("ＤＸ地域活性化事業");
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                strip.setStartPage(p);
                strip.setEndPage(p);
                String page = strip.getText(doc).replaceAll("[\\s\\u3000]", "");
                assertThat(page).as("page %d", p).contains("番号", "ページ", "項目", "ご意見の概要", "ご意見に対する考え方");
            }
        }
    }

    @Test
    void inEnglishTheCountsPerAreaAreWordedInEnglishTheNamesStayAsData() {
        List<Opinion> pc = OpinionFilter.ALL.withKind(OpinionKind.PUBLIC_COMMENT).apply(sample);
        AnswerTable t = AnswerTable.of(sample, v3, pc, Locale.ENGLISH);
        assertThat(t.sections().get(0).notes()).contains("Opinions by policy area",
                "[Policy areas: 生活機能の強化]", "医療: 1, 産業振興: 11, 教育及び文化: 8, 消防防災: 1")
                .noneMatch(n -> n.contains("件") || n.contains("【"));
    }

    @Test
    void theWorkbookIsReadyToPrint() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnswerXlsx.write(publicComments(), out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            XSSFSheet sh = wb.getSheetAt(0);
            assertThat(sh.getSheetName()).isEqualTo("パブリックコメント");
            // title, source, period, count, 意見概要 and its 3 headings + 3 lines, blank
            int header = 12;
            assertThat(sh.getRow(5).getCell(0).getStringCellValue()).isEqualTo("【生活機能の強化に関する政策分野】");
            assertThat(sh.getRow(6).getCell(0).getStringCellValue())
                    .isEqualTo("医療：１件、産業振興：11 件、教育及び文化：８件、消防防災：１件");
            assertThat(sh.getRow(header).getCell(3).getStringCellValue()).isEqualTo("ご意見の概要");
            assertThat(sh.getRepeatingRows().formatAsString()).isEqualTo("13:13");
            assertThat(sh.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (header + 1));
            assertThat(sh.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sh.getPrintSetup().getLandscape()).isFalse();
            var first = sh.getRow(header + 1);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("休日・夜間診療体制確保事業");
            assertThat(first.getCell(3).getCellStyle().getWrapText()).isTrue();
            assertThat(first.getCell(4).getCellStyle().getBorderBottom()).isEqualTo(BorderStyle.THIN);
            // the answer of No.1 takes several lines: the row is made that high
            assertThat(first.getHeightInPoints()).isGreaterThan(3 * 15f);
            assertThat(sh.getLastRowNum()).isEqualTo(header + 31);
        }
    }

    @Test
    void theCsvHasABomAndNeutralisesFormulaLikeCells() throws Exception {
        Opinion pc1 = sample.opinions().get(0);
        Sphere hostile = OpinionEdits.update(sample, new Opinion(pc1.id(), pc1.kindId(), pc1.number(), pc1.source(),
                pc1.fromDate(), pc1.toDate(), pc1.revisionId(), null, null, pc1.measureId(), "=HYPERLINK(\"x\")",
                "@SUM(1)", "+1 と書いた意見", "-回答", pc1.status(), null, null));
        AnswerTable t = AnswerTable.of(hostile, v3, OpinionFilter.ALL.withKind(OpinionKind.PUBLIC_COMMENT)
                .apply(hostile), Locale.JAPANESE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnswerCsv.write(t, out);
        byte[] bytes = out.toByteArray();
        assertThat(bytes[0] & 0xff).isEqualTo(0xEF);
        assertThat(bytes[1] & 0xff).isEqualTo(0xBB);
        assertThat(bytes[2] & 0xff).isEqualTo(0xBF);
        String csv = new String(bytes, StandardCharsets.UTF_8).substring(1);
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("種別,番号,ページ,政策分野,項目,ご意見の概要,ご意見に対する考え方,状況");
        assertThat(lines[1]).isEqualTo("パブリックコメント,1,\"'=HYPERLINK(\"\"x\"\")\",医療,'@SUM(1),'+1 と書いた意見,'-回答,回答済");
        assertThat(csv.split("\r\n(?=パブリックコメント,)")).hasSize(1 + 31); // the header, then 31 rows
    }
}
