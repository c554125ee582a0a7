package jp.kyoseivision.sheets;

import java.util.List;
import jp.kyoseivision.text.Texts;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * One sheet of a {@link PrintBook}, filled top to bottom: title and note lines, one heading row, then table rows.
 * Each table row is made as high as its longest wrapped cell needs (Excel does not grow the rows a program writes,
 * so without this a long 理由 shows one line and is cut off). {@link #finish} sets up the page: A4 in the given
 * orientation, fitted to the page width (as many pages down as needed), the heading row and the name columns repeated
 * on every page and frozen on screen, and header/footer with the plan, the revision and the print date.
 */
public final class PrintSheet {
    /** Points per line of 11-point 游ゴシック (Excel's own row height for it is 18.75). */
    static final float LINE = 18f;
    /** Excel's highest row, points. */
    static final float MAX_HEIGHT = 409f;

    /** How a table cell looks. */
    public enum Look {
        TEXT, CENTRED, AMOUNT, NUMBER, SHADED, SHADED_CENTRED, TOTAL, TOTAL_AMOUNT
    }

    private final PrintBook book;
    private final XSSFSheet sheet;
    private final int[] widths;
    private int next;
    private int headerRow = -1;

    PrintSheet(PrintBook book, XSSFSheet sheet, int[] widths) {
        this.book = book;
        this.sheet = sheet;
        this.widths = widths.clone();
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
    }

    public XSSFSheet poi() {
        return sheet;
    }

    /** The 0-based index of the next row to be written. */
    public int nextRow() {
        return next;
    }

    /** The title line, large and bold. */
    public void title(String text) {
        XSSFRow r = sheet.createRow(next++);
        Cell c = r.createCell(0);
        c.setCellValue(text);
        c.setCellStyle(book.title);
        r.setHeightInPoints(LINE + 6);
    }

    /** A line of text above the table (source, period, unit); not wrapped, it runs over the empty cells beside it. */
    public void note(String text) {
        Cell c = sheet.createRow(next++).createCell(0);
        c.setCellValue(text);
        c.setCellStyle(book.note);
    }

    public void blank() {
        next++;
    }

    /** The heading row: bold, shaded, repeated on every printed page. */
    public void header(List<String> heads) {
        headerRow = next;
        XSSFRow r = sheet.createRow(next++);
        int lines = 1;
        for (int i = 0; i < heads.size(); i++) {
            Cell c = r.createCell(i);
            c.setCellValue(heads.get(i));
            c.setCellStyle(book.header);
            lines = Math.max(lines, lines(heads.get(i), width(i)));
        }
        r.setHeightInPoints(height(lines));
    }

    /** A new table row; fill it with {@link Line#text}, {@link Line#number}, {@link Line#formula}. */
    public Line row() {
        return new Line(sheet.createRow(next++));
    }

    /** One table row being written; its height follows the longest text put in it. */
    public final class Line {
        private final XSSFRow row;
        private int lines = 1;

        private Line(XSSFRow row) {
            this.row = row;
            row.setHeightInPoints(height(1));
        }

        /** The 0-based row index (formulas name it as {@code index + 1}). */
        public int index() {
            return row.getRowNum();
        }

        /**
         * A text cell. Written as a string cell, never a formula: a card named {@code =HYPERLINK(…)} is shown as
         * those characters in Excel and LibreOffice.
         */
        public Line text(int col, String value, Look look) {
            String v = value == null ? "" : value;
            Cell c = row.createCell(col);
            c.setCellValue(v);
            c.setCellStyle(style(look));
            lines = Math.max(lines, lines(v, width(col)));
            row.setHeightInPoints(height(lines));
            return this;
        }

        public Line number(int col, double value, Look look) {
            Cell c = row.createCell(col);
            c.setCellValue(value);
            c.setCellStyle(style(look));
            return this;
        }

        /** An empty cell with the look (borders) of the table. */
        public Line empty(int col, Look look) {
            row.createCell(col).setCellStyle(style(look));
            return this;
        }

        /** A formula such as {@code SUBTOTAL(9,C5:C9)}, without the leading {@code =}. */
        public Line formula(int col, String formula, Look look) {
            Cell c = row.createCell(col);
            c.setCellFormula(formula);
            c.setCellStyle(style(look));
            return this;
        }
    }

    /**
     * Computes every formula of the workbook now and stores the results in the file, so that a reader that does not
     * calculate (a preview, POI, the budget import) sees the totals; Excel and LibreOffice calculate again on opening.
     */
    public void evaluateFormulas() {
        sheet.getWorkbook().getCreationHelper().createFormulaEvaluator().evaluateAll();
        sheet.getWorkbook().setForceFormulaRecalculation(true);
    }

    private CellStyle style(Look look) {
        return switch (look) {
            case TEXT -> book.text;
            case CENTRED -> book.centred;
            case AMOUNT -> book.amount;
            case NUMBER -> book.number;
            case SHADED -> book.shadedText;
            case SHADED_CENTRED -> book.shadedCentred;
            case TOTAL -> book.totalText;
            case TOTAL_AMOUNT -> book.totalAmount;
        };
    }

    private int width(int col) {
        return col < widths.length ? widths[col] : 8;
    }

    private static float height(int lines) {
        return Math.min(MAX_HEIGHT, lines * LINE + 4);
    }

    /**
     * The page: A4, {@code landscape} or portrait, fitted to one page wide; the heading row (and the columns
     * {@code 0..nameColumn}, if {@code nameColumn >= 0}) repeated on every page and frozen on screen; the header
     * shows {@code plan} left and {@code revision} right (either may be empty), the footer the print date and the
     * page number.
     */
    public void finish(boolean landscape, int nameColumn, String plan, String revision) {
        int frozenCols = Math.max(0, nameColumn + 1);
        if (headerRow >= 0) {
            sheet.createFreezePane(frozenCols, headerRow + 1);
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        }
        if (nameColumn >= 0) {
            sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, nameColumn));
        }
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(landscape);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.TopMargin, 0.75);
        sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.BottomMargin, 0.75);
        sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.LeftMargin, 0.5);
        sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.RightMargin, 0.5);
        sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.HeaderMargin, 0.3);
        sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.FooterMargin, 0.3);
        String font = "&\"" + PrintBook.FONT + ",Regular\"&9";
        sheet.getHeader().setLeft(font + escape(plan));
        sheet.getHeader().setRight(font + escape(revision));
        sheet.getFooter().setLeft(font + Texts.format(book.locale(), "sheet.footer.printed"));
        sheet.getFooter().setRight(font + Texts.format(book.locale(), "sheet.footer.page"));
    }

    /** A text in a header/footer: {@code &} starts a code there, so it is doubled. */
    private static String escape(String s) {
        return s == null ? "" : s.replace("&", "&&");
    }

    /**
     * The lines a text takes in a column of {@code width} characters: a Japanese character is about two character
     * widths of the default font, an ASCII one one; each line break starts a line.
     */
    public static int lines(String text, int width) {
        int total = 0;
        for (String para : text.split("\\R", -1)) {
            int w = 0;
            for (int i = 0; i < para.length(); i++) {
                w += para.charAt(i) < 0x100 ? 1 : 2;
            }
            total += Math.max(1, (w + width - 2) / Math.max(1, width - 1));
        }
        return Math.max(1, total);
    }
}
