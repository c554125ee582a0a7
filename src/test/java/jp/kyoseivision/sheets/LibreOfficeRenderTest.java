package jp.kyoseivision.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import jp.kyoseivision.exports.XlsxTables;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.Sample;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every workbook opened by LibreOffice as a user would and printed to PDF (soffice --headless --convert-to pdf):
 * A4 in the orientation chosen, every column on the first page (fit to width), the heading row repeated on the last
 * page. Skipped where LibreOffice is not installed. Set -Dkyosei.renderDir=DIR to keep the PDFs for a look.
 */
class LibreOfficeRenderTest {
    private static final Path SOFFICE = Path.of("/usr/bin/soffice");
    private static final float A4_LONG = 842f;
    private static final float A4_SHORT = 595f;

    @TempDir
    Path dir;

    private final Sphere sample = Sample.load();

    private record Expect(XlsxTables.Table table, int edition, boolean landscape, List<String> firstPage,
            List<String> everyPage) {
    }

    @Test
    void everyWorkbookPrintsOnA4WithItsHeadingsOnEveryPage() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(SOFFICE), "LibreOffice is not installed");
        List<Expect> expected = List.of(
                new Expect(XlsxTables.Table.BUDGET, 3, true, List.of("令和6年度", "令和10年度", "小計（医療）", "48,221"),
                        List.of("施策名")),
                new Expect(XlsxTables.Table.CARDS, 3, true, List.of("取組内容", "備考", "休日・夜間診療体制確保事業"),
                        List.of("施策名")),
                new Expect(XlsxTables.Table.KPIS, 2, true, List.of("KPIID", "今後の取組等"), List.of("成果指標")),
                new Expect(XlsxTables.Table.OPINIONS, 3, false, List.of("ご意見に対する考え方"), List.of("ご意見の概要")));
        Path out = System.getProperty("kyosei.renderDir") == null ? dir
                : Files.createDirectories(Path.of(System.getProperty("kyosei.renderDir")));
        List<String> command = new ArrayList<>(List.of(SOFFICE.toString(),
                "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless", "--convert-to", "pdf",
                "--outdir", out.toString()));
        for (Expect e : expected) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            XlsxTables.write(sample, sample.planByEdition(e.edition()).orElseThrow(), e.table(), Locale.JAPANESE,
                    bytes);
            Path x = out.resolve(e.table().option() + ".xlsx");
            Files.write(x, bytes.toByteArray());
            command.add(x.toString());
        }
        Path comparison = out.resolve("comparison.xlsx");
        Files.write(comparison, PrintReadyXlsxTest.comparison(sample, Locale.JAPANESE));
        command.add(comparison.toString());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log")
                .toFile()).start();
        if (!p.waitFor(240, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            Assumptions.abort("LibreOffice did not finish in 240 s on this machine");
        }
        for (Expect e : expected) {
            check(out.resolve(e.table().option() + ".pdf"), e.landscape(), e.firstPage(), e.everyPage());
        }
        check(out.resolve("comparison.pdf"), true, List.of("旧No.", "理由", "網掛"), List.of("新施策名"));
    }

    private static void check(Path pdf, boolean landscape, List<String> firstPage, List<String> everyPage)
            throws Exception {
        assertThat(pdf).exists();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDPage first = doc.getPage(0);
            float w = first.getMediaBox().getWidth();
            float h = first.getMediaBox().getHeight();
            assertThat(Math.max(w, h)).as("%s A4", pdf).isCloseTo(A4_LONG, org.assertj.core.data.Offset.offset(3f));
            assertThat(Math.min(w, h)).isCloseTo(A4_SHORT, org.assertj.core.data.Offset.offset(3f));
            assertThat(w > h).as("%s landscape", pdf).isEqualTo(landscape);
            PDFTextStripper strip = new PDFTextStripper();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                strip.setStartPage(page);
                strip.setEndPage(page);
                String text = strip.getText(doc).replaceAll("[\\s\\u3000]", "");
                if (page == 1) {
                    assertThat(text).as("%s page 1", pdf).contains(firstPage);
                    assertThat(text).as("%s footer", pdf).contains("印刷日");
                }
                assertThat(text).as("%s page %d", pdf, page).contains(everyPage);
            }
        }
    }
}
