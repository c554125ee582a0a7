package jp.kyoseivision.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Calendar;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import jp.kyoseivision.text.AppVersion;
import jp.kyoseivision.text.LocalizedException;

/**
 * Paints laid-out pages into a PDF with PDFBox: the Japanese font embedded as a subset (only the glyphs used), text,
 * ruled lines and shading. The same pages feed the print preview, so what is printed is what the PDF holds.
 */
public final class PdfWriter {
    private PdfWriter() {
    }

    /**
     * A new, unsaved PDF document of {@code doc}; the caller closes it. Saving it subsets the shared font, so save it
     * while holding the font's lock (as {@link #write} does); outside this package use {@link #toBytes}.
     */
    static PDDocument toPdf(ReportDocument doc, JapaneseFont font) {
        // the parsed font is shared between documents; PDFBox reads glyphs from it while laying out and subsetting
        synchronized (font) {
            return paint(doc.title(), Layout.pages(doc, font), font);
        }
    }

    /**
     * What a written PDF holds: its number of pages and the characters the font could not draw (each printed as 〓),
     * in order of first appearance; empty when every character was drawn.
     */
    public record Written(int pages, List<String> replaced) {
        public Written {
            replaced = List.copyOf(replaced);
        }

        /** The warning to show when characters were replaced (「𠀋」「♨」 …), or empty. */
        public java.util.Optional<LocalizedException> warning() {
            if (replaced.isEmpty()) {
                return java.util.Optional.empty();
            }
            StringBuilder sb = new StringBuilder();
            for (String c : replaced.subList(0, Math.min(MAX_LISTED, replaced.size()))) {
                sb.append('「').append(c).append('」');
            }
            return java.util.Optional.of(new LocalizedException("report.glyphsReplaced", replaced.size(),
                    sb.toString(), Math.max(0, replaced.size() - MAX_LISTED)));
        }
    }

    /** At most this many replaced characters are named in the warning; the rest are counted. */
    static final int MAX_LISTED = 20;

    /** The PDF of {@code doc} as bytes. */
    public static byte[] toBytes(ReportDocument doc, JapaneseFont font) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        write(doc, font, out);
        return out.toByteArray();
    }

    /**
     * Writes the PDF of {@code doc}; returns its number of pages and the characters the font lacked. To write a
     * file, pass this to the store's safe writer (a temporary file moved into place), as the callers do.
     */
    public static Written write(ReportDocument doc, JapaneseFont font, OutputStream out) {
        return write(doc, font, out, (done, total) -> { });
    }

    /**
     * Told of each page painted (before the file is written at the end), so a window can show progress; it may throw
     * a {@link java.util.concurrent.CancellationException} to stop the export, which is passed on as it is.
     */
    @FunctionalInterface
    public interface Progress {
        void page(int done, int total);
    }

    /** As {@link #write(ReportDocument, JapaneseFont, OutputStream)}, telling {@code progress} of each page. */
    public static Written write(ReportDocument doc, JapaneseFont font, OutputStream out, Progress progress) {
        synchronized (font) {
            font.startCounting();
            try (PDDocument pdf = paint(doc.title(), Layout.pages(doc, font), font, progress)) {
                pdf.save(out);
                return new Written(pdf.getNumberOfPages(), font.replaced());
            } catch (IOException e) {
                throw new LocalizedException(e, "report.writeFailed", doc.title(), String.valueOf(e.getMessage()));
            }
        }
    }

    static PDDocument paint(String title, List<Page> pages, JapaneseFont font) {
        return paint(title, pages, font, (done, total) -> { });
    }

    static PDDocument paint(String title, List<Page> pages, JapaneseFont font, Progress progress) {
        PDDocument pdf = new PDDocument();
        try {
            PDType0Font f = PDType0Font.load(pdf, font.trueType(), true);
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(title.replace('\n', ' '));
            info.setCreator("Kyosei Vision " + AppVersion.get());
            info.setProducer("Kyosei Vision (Apache PDFBox)");
            info.setCreationDate(Calendar.getInstance());
            for (Page p : pages) {
                PDPage page = new PDPage(new PDRectangle(p.orientation().width(), p.orientation().height()));
                pdf.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                    paint(cs, p, f);
                }
                progress.page(pdf.getNumberOfPages(), pages.size());
            }
            return pdf;
        } catch (IOException | RuntimeException e) {
            try {
                pdf.close();
            } catch (IOException ignored) {
                // reporting the first failure
            }
            if (e instanceof java.util.concurrent.CancellationException c) {
                throw c;
            }
            throw new LocalizedException(e, "report.writeFailed", title, String.valueOf(e.getMessage()));
        }
    }

    private static void paint(PDPageContentStream cs, Page p, PDType0Font font) throws IOException {
        float h = p.orientation().height();
        for (Page.Mark m : p.marks()) {
            if (m instanceof Page.Fill fill) {
                cs.setNonStrokingColor(fill.gray());
                cs.addRect(fill.x(), h - fill.y() - fill.h(), fill.w(), fill.h());
                cs.fill();
            }
        }
        cs.setNonStrokingColor(0f);
        cs.setStrokingColor(0f);
        // line width is graphics state and may not change inside a path: one path per width
        java.util.SortedSet<Float> widths = new java.util.TreeSet<>();
        p.marks().stream().filter(m -> m instanceof Page.Rule).forEach(m -> widths.add(((Page.Rule) m).width()));
        for (float width : widths) {
            cs.setLineWidth(width);
            for (Page.Mark m : p.marks()) {
                if (m instanceof Page.Rule r && r.width() == width) {
                    cs.moveTo(r.x1(), h - r.y1());
                    cs.lineTo(r.x2(), h - r.y2());
                }
            }
            cs.stroke();
        }
        cs.beginText();
        float size = -1;
        for (Page.Mark m : p.marks()) {
            if (m instanceof Page.Text t && !t.text().isEmpty()) {
                if (t.size() != size) {
                    size = t.size();
                    cs.setFont(font, size);
                }
                cs.setTextMatrix(org.apache.pdfbox.util.Matrix.getTranslateInstance(t.x(), h - t.baseline()));
                cs.showText(t.text());
            }
        }
        cs.endText();
    }
}
