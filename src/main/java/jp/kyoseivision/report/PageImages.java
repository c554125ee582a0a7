package jp.kyoseivision.report;

import java.awt.image.BufferedImage;
import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import jp.kyoseivision.text.LocalizedException;

/**
 * Pages of a PDF as images (PDFBox's renderer): what the print preview shows and what goes to the printer, so both
 * are exactly the PDF's pages. Not thread-safe; one instance per document.
 * It holds its own copy of the PDF, so rendering does not touch the shared parsed font.
 */
public final class PageImages implements AutoCloseable {
    private final PDDocument pdf;
    private final PDFRenderer renderer;

    /**
     * Writes {@code doc} as PDF and reads that PDF back, so the images are of the very file that would be saved
     * (subset font included); close this to free it.
     */
    public PageImages(ReportDocument doc, JapaneseFont font) {
        this(PdfWriter.toBytes(doc, font));
    }

    /** The pages of a PDF file's bytes. */
    public PageImages(byte[] pdfBytes) {
        try {
            this.pdf = Loader.loadPDF(pdfBytes);
        } catch (IOException e) {
            throw new LocalizedException(e, "report.writeFailed", "PDF", String.valueOf(e.getMessage()));
        }
        this.renderer = new PDFRenderer(pdf);
    }

    public int count() {
        return pdf.getNumberOfPages();
    }

    /** Page {@code index} (0-based) at {@code dpi} dots per inch, RGB on white. */
    public BufferedImage render(int index, float dpi) {
        try {
            return renderer.renderImageWithDPI(index, dpi, ImageType.RGB);
        } catch (IOException e) {
            throw new LocalizedException(e, "report.writeFailed", index + 1, String.valueOf(e.getMessage()));
        }
    }

    /** Width and height of page {@code index} in points. */
    public float[] size(int index) {
        var box = pdf.getPage(index).getMediaBox();
        return new float[] {box.getWidth(), box.getHeight()};
    }

    @Override
    public void close() {
        try {
            pdf.close();
        } catch (IOException ignored) {
            // nothing left to free
        }
    }
}
