package jp.kyoseivision.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.Sample;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The generic table document: landscape, header row repeated on every page, shaded rows, nothing cut. */
class TableDocumentTest {
    @Test
    void aLandscapeTableOfAllCardsFlowsOverPagesWithItsHeaderOnEach() throws IOException {
        JapaneseFont font = TestFonts.japanese();
        Sphere sphere = Sample.load();
        Plan v3 = sphere.planByEdition(3).orElseThrow();
        List<Row> rows = new ArrayList<>();
        for (Measure m : v3.current().orElseThrow().measures()) {
            // a row per card; card 23 shaded as a changed row would be (seed 001: 世界遺産価値向上推進事業 has 2 KPIs)
            rows.add(Row.of(Cell.of(String.valueOf(m.number())), Cell.of(m.name()), Cell.of(m.content()),
                    Cell.of(jp.kyoseivision.text.Numbers.grouped(m.budgetTotal()))).shaded(m.number() == 23));
        }
        ReportDocument doc = TableDocument.builder("施策一覧").orientation(Orientation.LANDSCAPE)
                .footer("第３次一関・平泉定住自立圏共生ビジョン　策定").printDate(LocalDate.of(2026, 11, 23))
                .section("施策一覧").heading("施策一覧（事業費は5年間の合計、千円）")
                .table(List.of(TableDocument.column("No.", 1, Align.RIGHT), TableDocument.column("施策名", 4),
                        TableDocument.column("取組内容", 12), TableDocument.column("事業費", 2, Align.RIGHT)), rows)
                .build();
        List<Page> pages = Layout.pages(doc, font);
        assertThat(pages.size()).isGreaterThan(2);
        assertThat(pages.get(0).orientation().width()).isGreaterThan(pages.get(0).orientation().height());
        MeasureSheetsPdfTest.assertNothingOutsideOrOverlapping(pages);
        for (int i = 1; i < pages.size(); i++) {
            // continuation: running head, then the header row again
            assertThat(pages.get(i).texts()).startsWith("施策一覧（続き）", "No.", "施策名", "取組内容", "事業費");
        }
        long shaded = pages.stream().flatMap(p -> p.marks().stream())
                .filter(m -> m instanceof Page.Fill f && f.gray() == Layout.ROW_GRAY).count();
        assertThat(shaded).isEqualTo(4); // the four cells of card 23's row
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "sheets"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "sheets", "table.pdf"), PdfWriter.toBytes(doc, font)); // to look at
        try (PDDocument pdf = Loader.loadPDF(PdfWriter.toBytes(doc, font))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(pages.size());
            String text = new PDFTextStripper().getText(pdf).replaceAll("[\\s\\u3000]", "");
            // seed 001 line 1718: card 1's budget 48,221 × 5 = 241,105; right-aligned amount cell
            assertThat(text).contains("休日・夜間診療体制確保事業", "241,105", "ＤＸ地域活性化事業");
        }
    }
}
