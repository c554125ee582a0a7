package jp.kyoseivision.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.common.usermodel.fonts.FontCharset;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.FontFamily;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook set up as a Japanese office expects to print it: every cell in 游ゴシック 11 pt (the font Excel uses for
 * Japanese documents; the font's charset says Shift_JIS, so an office without it — or LibreOffice — substitutes a
 * Japanese Gothic rather than a Latin font), thin borders round every table cell, wrapped text aligned to the top,
 * amounts as {@code #,##0}. Make one, add {@link #sheet sheets}, {@link #write} it, close it.
 */
public final class PrintBook implements AutoCloseable {
    /** The font every cell is written in. */
    public static final String FONT = "游ゴシック";
    /** The number format of amounts in thousand yen: digits grouped by three. */
    public static final String AMOUNT_FORMAT = "#,##0";
    /** The font size of table cells, points. */
    static final short SIZE = 11;

    private final XSSFWorkbook wb = new XSSFWorkbook();
    private final Locale locale;
    private final Set<String> names = new HashSet<>();
    final XSSFCellStyle title;
    final XSSFCellStyle note;
    final XSSFCellStyle header;
    final XSSFCellStyle text;
    final XSSFCellStyle centred;
    final XSSFCellStyle amount;
    final XSSFCellStyle number;
    final XSSFCellStyle shadedText;
    final XSSFCellStyle shadedCentred;
    final XSSFCellStyle totalText;
    final XSSFCellStyle totalAmount;

    /** {@code locale}: the language of the header and footer texts (the UI or --lang language). */
    public PrintBook(Locale locale) {
        this.locale = locale;
        XSSFFont base = wb.getFontAt(0); // the workbook's default font, also used for empty cells and column widths
        japanese(base, false, SIZE);
        XSSFFont bold = japanese(wb.createFont(), true, SIZE);
        XSSFFont big = japanese(wb.createFont(), true, (short) 14);
        title = wb.createCellStyle();
        title.setFont(big);
        note = wb.createCellStyle();
        note.setFont(base);
        header = bordered(HorizontalAlignment.CENTER, bold, IndexedColors.GREY_25_PERCENT);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        text = bordered(HorizontalAlignment.LEFT, base, null);
        centred = bordered(HorizontalAlignment.CENTER, base, null);
        amount = bordered(HorizontalAlignment.RIGHT, base, null);
        amount.setDataFormat(wb.createDataFormat().getFormat(AMOUNT_FORMAT));
        number = bordered(HorizontalAlignment.RIGHT, base, null); // General: 12.5 as 12.5, never "12."
        shadedText = bordered(HorizontalAlignment.LEFT, base, IndexedColors.GREY_25_PERCENT);
        shadedCentred = bordered(HorizontalAlignment.CENTER, base, IndexedColors.GREY_25_PERCENT);
        totalText = bordered(HorizontalAlignment.LEFT, bold, IndexedColors.LIGHT_CORNFLOWER_BLUE);
        totalAmount = bordered(HorizontalAlignment.RIGHT, bold, IndexedColors.LIGHT_CORNFLOWER_BLUE);
        totalAmount.setDataFormat(wb.createDataFormat().getFormat(AMOUNT_FORMAT));
    }

    private static XSSFFont japanese(XSSFFont f, boolean bold, short size) {
        f.setFontName(FONT);
        f.setCharSet(FontCharset.SHIFTJIS);
        f.setFamily(FontFamily.MODERN);
        f.setBold(bold);
        f.setFontHeightInPoints(size);
        return f;
    }

    private XSSFCellStyle bordered(HorizontalAlignment align, XSSFFont font, IndexedColors fill) {
        XSSFCellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setWrapText(true);
        s.setAlignment(align);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        if (fill != null) {
            s.setFillForegroundColor(fill.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return s;
    }

    Locale locale() {
        return locale;
    }

    /**
     * A new sheet named {@code name} (made safe for Excel: at most 31 characters, no {@code []:*?/\}, and unique in
     * the book), its columns {@code widths} characters wide.
     */
    public PrintSheet sheet(String name, int... widths) {
        String safe = WorkbookUtil.createSafeSheetName(name);
        for (int n = 2; !names.add(safe.toLowerCase(Locale.ROOT)); n++) {
            safe = WorkbookUtil.createSafeSheetName(name + " (" + n + ")");
        }
        return new PrintSheet(this, wb.createSheet(safe), widths);
    }

    public void write(OutputStream out) throws IOException {
        wb.write(out);
    }

    @Override
    public void close() throws IOException {
        wb.close();
    }
}
