import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.report.Block;
import jp.kyoseivision.report.Cell;
import jp.kyoseivision.report.FontLocator;
import jp.kyoseivision.report.JapaneseFont;
import jp.kyoseivision.report.MeasureSheets;
import jp.kyoseivision.report.PdfWriter;
import jp.kyoseivision.report.ReportDocument;
import jp.kyoseivision.report.Row;
import jp.kyoseivision.report.Section;
import jp.kyoseivision.store.Sample;

/**
 * Benchmark of the measure sheets (not a test). Run by bench/pdf/run.sh with the shaded jar on the class path:
 * <pre>java -cp target/kyosei-vision.jar bench/pdf/PdfBench.java warm [RUNS] | fodt OUT</pre>
 * warm: the 32 sheets of the bundled 3rd vision to PDF bytes in one process, repeated; prints the first run (font
 * parsed), then min, median and max of the second half of the runs. fodt: writes the same 32 sheets as one flat
 * OpenDocument file (same tables, same texts, one page per card) for LibreOffice to convert.
 */
public class PdfBench {
    public static void main(String[] args) throws Exception {
        Sphere sphere = Sample.load();
        MeasureSheets.Options o = new MeasureSheets.Options(false, false, java.time.LocalDate.of(2026, 11, 23),
                Locale.JAPANESE);
        if (args[0].equals("fodt")) {
            Files.writeString(Path.of(args[1]), fodt(MeasureSheets.build(sphere, 3, null, null, o)),
                    StandardCharsets.UTF_8);
            return;
        }
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        long t0 = System.nanoTime();
        JapaneseFont font = FontLocator.find(null);
        byte[] first = PdfWriter.toBytes(MeasureSheets.build(sphere, 3, null, null, o), font);
        double firstMs = (System.nanoTime() - t0) / 1e6;
        List<Double> warm = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            // the whole job as the app does it: build the document from the model, lay out, paint, subset, save
            byte[] pdf = PdfWriter.toBytes(MeasureSheets.build(sphere, 3, null, null, o), font);
            warm.add((System.nanoTime() - t) / 1e6);
            if (pdf.length == 0) {
                throw new IllegalStateException();
            }
        }
        List<Double> last = new ArrayList<>(warm.subList(runs / 2, runs));
        Collections.sort(last);
        System.out.printf(Locale.ROOT, "first run (font parsed, cold JIT): %.0f ms, %d bytes%n", firstMs, first.length);
        System.out.printf(Locale.ROOT, "warm (runs %d-%d): min %.1f ms, median %.1f ms, max %.1f ms%n", runs / 2 + 1,
                runs, last.get(0), last.get(last.size() / 2), last.get(last.size() - 1));
    }

    /**
     * The same sheets as a flat OpenDocument text (.fodt): the same tables with the same column widths, shaded
     * labels, right-aligned amounts, the same texts and font, one page per card. (LibreOffice 7.4's HTML import ran
     * for minutes on 4 such sheets, so HTML is not a fair input.)
     */
    static String fodt(ReportDocument doc) {
        StringBuilder auto = new StringBuilder();
        StringBuilder body = new StringBuilder();
        int tableNo = 0;
        boolean first = true;
        for (Section s : doc.sections()) {
            for (Block b : s.blocks()) {
                if (b instanceof Block.Heading h) {
                    body.append("<text:h text:style-name=\"").append(first ? "H" : "Brk")
                            .append("\" text:outline-level=\"3\">").append(esc(h.text())).append("</text:h>");
                    first = false;
                } else if (b instanceof Block.Paragraph p) {
                    for (String line : p.text().split("\n")) {
                        body.append("<text:p text:style-name=\"Small\">").append(esc(line)).append("</text:p>");
                    }
                } else if (b instanceof Block.Table t) {
                    tableNo++;
                    float sum = (float) t.widths().stream().mapToDouble(Float::doubleValue).sum();
                    body.append("<table:table table:name=\"T").append(tableNo).append("\" table:style-name=\"Tbl\">");
                    for (int c = 0; c < t.widths().size(); c++) {
                        String name = "T" + tableNo + "c" + c;
                        auto.append("<style:style style:name=\"").append(name).append("\" style:family=\"table-column\">"
                                + "<style:table-column-properties style:column-width=\"")
                                .append(String.format(Locale.ROOT, "%.2f", 180 * t.widths().get(c) / sum))
                                .append("mm\"/></style:style>");
                        body.append("<table:table-column table:style-name=\"").append(name).append("\"/>");
                    }
                    for (Row r : t.rows()) {
                        body.append("<table:table-row>");
                        for (Cell c : r.cells()) {
                            body.append("<table:table-cell table:style-name=\"").append(c.shaded() ? "L" : "C")
                                    .append("\" office:value-type=\"string\"");
                            if (c.span() > 1) {
                                body.append(" table:number-columns-spanned=\"").append(c.span()).append('"');
                            }
                            body.append('>');
                            String ps = c.align().name().equals("RIGHT") ? "R" : c.align().name().equals("CENTER")
                                    ? "Ctr" : "P";
                            for (String line : c.text().split("\n", -1)) {
                                body.append("<text:p text:style-name=\"").append(ps).append("\">").append(esc(line))
                                        .append("</text:p>");
                            }
                            body.append("</table:table-cell>");
                            for (int k = 1; k < c.span(); k++) {
                                body.append("<table:covered-table-cell/>");
                            }
                        }
                        body.append("</table:table-row>");
                    }
                    body.append("</table:table>");
                }
            }
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<office:document xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
                + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
                + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
                + " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
                + " office:version=\"1.2\" office:mimetype=\"application/vnd.oasis.opendocument.text\">"
                + "<office:font-face-decls><style:font-face style:name=\"IPAexGothic\" svg:font-family=\"IPAexGothic\"/>"
                + "</office:font-face-decls><office:styles><style:default-style style:family=\"paragraph\">"
                + "<style:text-properties style:font-name=\"IPAexGothic\" style:font-name-asian=\"IPAexGothic\""
                + " fo:font-size=\"10.5pt\" style:font-size-asian=\"10.5pt\"/></style:default-style></office:styles>"
                + "<office:automatic-styles>"
                + "<style:page-layout style:name=\"pm1\"><style:page-layout-properties fo:page-width=\"210mm\""
                + " fo:page-height=\"297mm\" fo:margin=\"15mm\"/></style:page-layout>"
                + "<style:style style:name=\"Tbl\" style:family=\"table\"><style:table-properties"
                + " style:width=\"180mm\" table:align=\"left\"/></style:style>"
                + "<style:style style:name=\"H\" style:family=\"paragraph\"><style:text-properties fo:font-size=\"13pt\""
                + " style:font-size-asian=\"13pt\"/></style:style>"
                + "<style:style style:name=\"Brk\" style:family=\"paragraph\"><style:paragraph-properties"
                + " fo:break-before=\"page\"/><style:text-properties fo:font-size=\"13pt\" style:font-size-asian=\"13pt\"/>"
                + "</style:style><style:style style:name=\"Small\" style:family=\"paragraph\"><style:text-properties"
                + " fo:font-size=\"9pt\" style:font-size-asian=\"9pt\"/></style:style>"
                + "<style:style style:name=\"P\" style:family=\"paragraph\"/>"
                + "<style:style style:name=\"R\" style:family=\"paragraph\"><style:paragraph-properties"
                + " fo:text-align=\"end\"/></style:style><style:style style:name=\"Ctr\" style:family=\"paragraph\">"
                + "<style:paragraph-properties fo:text-align=\"center\"/></style:style>"
                + "<style:style style:name=\"C\" style:family=\"table-cell\"><style:table-cell-properties"
                + " fo:border=\"0.5pt solid #000000\" fo:padding=\"1.5mm\"/></style:style>"
                + "<style:style style:name=\"L\" style:family=\"table-cell\"><style:table-cell-properties"
                + " fo:border=\"0.5pt solid #000000\" fo:padding=\"1.5mm\" fo:background-color=\"#e6e6e6\""
                + " style:vertical-align=\"middle\"/></style:style>"
                + auto + "</office:automatic-styles><office:master-styles><style:master-page style:name=\"Standard\""
                + " style:page-layout-name=\"pm1\"/></office:master-styles><office:body><office:text>" + body
                + "</office:text></office:body></office:document>";
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
