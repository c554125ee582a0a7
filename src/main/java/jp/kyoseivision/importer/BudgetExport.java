package jp.kyoseivision.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.text.JapaneseYears;
import jp.kyoseivision.text.LocalizedException;
import jp.kyoseivision.text.Texts;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A plan's budget table in the shape {@link BudgetImport} reads: a title row, a heading row (番号, 施策名, one
 * column per fiscal year of the plan as 令和6年度 (2024)), one row per card of the current revision; amounts in
 * thousand yen, empty where the card has no budget for that year. The officer fills it in and imports it back.
 */
public final class BudgetExport {
    /** Excel needs the byte order mark to read UTF-8 CSV as UTF-8. */
    private static final String BOM = "\uFEFF";

    private BudgetExport() {
    }

    /** The table as rows of text; numbers as plain digits. */
    public static List<List<String>> rows(Plan plan, Locale locale) {
        Revision rev = plan.current().orElseThrow(() -> new LocalizedException("budget.plan.noRevision",
                plan.title()));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(Texts.format(locale, "budget.export.title", plan.title(), rev.name())));
        List<String> head = new ArrayList<>(List.of(Texts.format(locale, "budget.col.number"),
                Texts.format(locale, "budget.col.name")));
        plan.fiscalYears().forEach(fy -> head.add(JapaneseYears.fiscalYear(fy, locale)));
        rows.add(head);
        for (Measure m : rev.measures()) {
            List<String> r = new ArrayList<>(List.of(String.valueOf(m.number()), m.name()));
            plan.fiscalYears().forEach(fy -> r.add(m.budget().containsKey(fy) ? String.valueOf(m.budget().get(fy))
                    : ""));
            rows.add(r);
        }
        return rows;
    }

    /** Writes CSV (UTF-8 with BOM, CRLF) or xlsx, by the file name's extension. */
    public static void write(Plan plan, Locale locale, String fileName, OutputStream out) throws IOException {
        String ext = TableReader.extension(java.nio.file.Path.of(fileName));
        if (ext.equals("csv")) {
            out.write(csv(plan, locale).getBytes(StandardCharsets.UTF_8));
        } else if (ext.equals("xlsx")) {
            xlsx(plan, locale, out);
        } else {
            throw new LocalizedException("budget.export.type", fileName);
        }
    }

    public static String csv(Plan plan, Locale locale) {
        StringBuilder sb = new StringBuilder(BOM);
        for (List<String> row : rows(plan, locale)) {
            jp.kyoseivision.text.CsvCells.line(sb, row); // a card named =HYPERLINK(…) stays text in Excel
        }
        return sb.toString();
    }

    public static void xlsx(Plan plan, Locale locale, OutputStream out) throws IOException {
        List<List<String>> rows = rows(plan, locale);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet(Texts.format(locale, "budget.export.sheet"));
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle boldStyle = wb.createCellStyle();
            boldStyle.setFont(bold);
            CellStyle amount = wb.createCellStyle();
            amount.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            for (int r = 0; r < rows.size(); r++) {
                Row x = sheet.createRow(r);
                List<String> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    String v = row.get(c);
                    if (r < 2) {
                        x.createCell(c).setCellValue(v);
                        x.getCell(c).setCellStyle(boldStyle);
                    } else if (c == 0) {
                        x.createCell(c).setCellValue(Integer.parseInt(v));
                    } else if (c == 1) {
                        x.createCell(c).setCellValue(v);
                    } else if (!v.isEmpty()) {
                        x.createCell(c).setCellValue(Long.parseLong(v));
                        x.getCell(c).setCellStyle(amount);
                    }
                }
            }
            sheet.setColumnWidth(0, 6 * 256);
            sheet.setColumnWidth(1, 44 * 256);
            for (int c = 2; c < rows.get(1).size(); c++) {
                sheet.setColumnWidth(c, 18 * 256);
            }
            sheet.createFreezePane(2, 2);
            wb.write(out);
        }
    }
}
