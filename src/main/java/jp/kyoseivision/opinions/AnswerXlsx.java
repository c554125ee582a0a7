package jp.kyoseivision.opinions;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The answer table as an Excel workbook ready to print, one sheet per kind: title, consultation, period and count on
 * top; the header row frozen and repeated on every printed page; thin borders; wrapped text with each row as high
 * as its longest cell needs (Excel does not grow rows written by a program); A4 portrait fitted to the page width.
 */
public final class AnswerXlsx {
    /** Column widths in characters: 番号, ページ, 項目, ご意見の概要, ご意見に対する考え方. */
    static final int[] WIDTHS = {6, 7, 18, 45, 45};
    /** Points per line of 11-point text. */
    private static final float LINE = 15f;

    private AnswerXlsx() {
    }

    public static void write(AnswerTable t, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Font bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            CellStyle titleStyle = wb.createCellStyle();
            titleStyle.setFont(big);
            CellStyle header = bordered(wb, HorizontalAlignment.CENTER);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle centred = bordered(wb, HorizontalAlignment.CENTER);
            CellStyle plain = bordered(wb, HorizontalAlignment.LEFT);
            List<AnswerTable.Section> sections = t.sections();
            if (sections.isEmpty()) {
                XSSFSheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(t.t("opinions.table.sheet")));
                sheet.createRow(0).createCell(0).setCellValue(t.title());
                sheet.createRow(1).createCell(0).setCellValue(t.t("opinions.table.none"));
            }
            java.util.Set<String> names = new java.util.HashSet<>();
            for (AnswerTable.Section s : sections) {
                String name = WorkbookUtil.createSafeSheetName(s.kind().name());
                for (int n = 2; !names.add(name); n++) {
                    name = WorkbookUtil.createSafeSheetName(s.kind().name() + " (" + n + ")");
                }
                XSSFSheet sheet = wb.createSheet(name);
                int r = 0;
                Cell title = sheet.createRow(r++).createCell(0);
                title.setCellValue(t.title() + "（" + s.kind().name() + "）");
                title.setCellStyle(titleStyle);
                for (String note : s.notes()) {
                    sheet.createRow(r++).createCell(0).setCellValue(note);
                }
                r++;
                int headerRow = r;
                Row h = sheet.createRow(r++);
                List<String> heads = t.headers();
                for (int i = 0; i < heads.size(); i++) {
                    cell(h, i, heads.get(i), header);
                }
                for (AnswerTable.Line l : s.lines()) {
                    Row x = sheet.createRow(r++);
                    List<String> cells = l.cells();
                    int lines = 1;
                    for (int i = 0; i < cells.size(); i++) {
                        String v = cells.get(i);
                        if (i == 0 && v.matches("\\d{1,9}")) {
                            Cell c = x.createCell(i);
                            c.setCellValue(Integer.parseInt(v));
                            c.setCellStyle(centred);
                        } else {
                            cell(x, i, v, i <= 1 ? centred : plain);
                        }
                        lines = Math.max(lines, lines(v, WIDTHS[i]));
                    }
                    x.setHeightInPoints(Math.min(409f, lines * LINE + 4));
                }
                for (int i = 0; i < WIDTHS.length; i++) {
                    sheet.setColumnWidth(i, WIDTHS[i] * 256);
                }
                sheet.createFreezePane(0, headerRow + 1);
                sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
                PrintSetup ps = sheet.getPrintSetup();
                ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
                ps.setLandscape(false);
                ps.setFitWidth((short) 1);
                ps.setFitHeight((short) 0);
                sheet.setFitToPage(true);
                sheet.setHorizontallyCenter(true);
            }
            wb.write(out);
        }
    }

    /**
     * The lines a text takes in a column of {@code width} characters: a Japanese character is about two character
     * widths of Excel's default font, an ASCII one one; each line break starts a line.
     */
    static int lines(String text, int width) {
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

    private static CellStyle bordered(XSSFWorkbook wb, HorizontalAlignment align) {
        CellStyle s = wb.createCellStyle();
        s.setWrapText(true);
        s.setAlignment(align);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

    private static void cell(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(style);
    }
}
