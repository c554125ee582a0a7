package jp.kyoseivision.diff;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The comparison table as an Excel workbook (Apache POI): title and note on top, a header row repeated on every
 * printed page, shaded rows filled grey and marked ○ in the last column (the mark survives black-and-white
 * printing and colour blindness), A4 landscape fitted to the page width.
 */
public final class XlsxExport {
    private static final int[] WIDTHS = {7, 30, 7, 30, 12, 30, 70, 6};

    private XlsxExport() {
    }

    public static void write(ComparisonTable t, Locale locale, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet(jp.kyoseivision.text.Texts.format(locale, "diff.table.sheet"));
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle titleStyle = wb.createCellStyle();
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            titleStyle.setFont(big);
            CellStyle header = bordered(wb, false);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_40_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle plain = bordered(wb, false);
            CellStyle shaded = bordered(wb, true);

            sheet.createRow(0).createCell(0).setCellValue(t.title());
            sheet.getRow(0).getCell(0).setCellStyle(titleStyle);
            sheet.createRow(1).createCell(0).setCellValue(t.note());
            Row h = sheet.createRow(3);
            for (int i = 0; i < t.headers().size(); i++) {
                cell(h, i, t.headers().get(i), header);
            }
            cell(h, t.headers().size(), jp.kyoseivision.text.Texts.format(locale, "diff.table.shaded"), header);
            int r = 4;
            for (ComparisonTable.Row row : t.rows()) {
                Row x = sheet.createRow(r++);
                CellStyle s = row.shaded() ? shaded : plain;
                for (int i = 0; i < row.cells().size(); i++) {
                    String v = row.cells().get(i);
                    if ((i == ComparisonTable.OLD_NO || i == ComparisonTable.NEW_NO) && !v.isEmpty()) {
                        Cell c = x.createCell(i);
                        c.setCellValue(Integer.parseInt(v));
                        c.setCellStyle(s);
                    } else {
                        cell(x, i, v, s);
                    }
                }
                cell(x, row.cells().size(), row.shaded() ? "○" : "", s);
            }
            for (int i = 0; i < WIDTHS.length; i++) {
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            sheet.createFreezePane(0, 4);
            sheet.setRepeatingRows(new CellRangeAddress(3, 3, -1, -1));
            PrintSetup ps = sheet.getPrintSetup();
            ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
            ps.setLandscape(true);
            ps.setFitWidth((short) 1);
            ps.setFitHeight((short) 0);
            sheet.setFitToPage(true);
            wb.write(out);
        }
    }

    private static CellStyle bordered(XSSFWorkbook wb, boolean shade) {
        CellStyle s = wb.createCellStyle();
        s.setWrapText(true);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        if (shade) {
            s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return s;
    }

    private static void cell(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(style);
    }
}
