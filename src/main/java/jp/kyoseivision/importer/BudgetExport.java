package jp.kyoseivision.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.text.CsvEncoding;
import jp.kyoseivision.text.JapaneseYears;
import jp.kyoseivision.text.LocalizedException;
import jp.kyoseivision.text.Texts;
import jp.kyoseivision.sheets.PrintBook;
import jp.kyoseivision.sheets.PrintSheet;
import jp.kyoseivision.sheets.PrintSheet.Look;

/**
 * A plan's budget table in the shape {@link BudgetImport} reads: a title row, a heading row (番号, 施策名, one
 * column per fiscal year of the plan as 令和6年度 (2024)), one row per card of the current revision; amounts in
 * thousand yen, empty where the card has no budget for that year. The officer fills it in and imports it back. The
 * workbook adds a 小計 row after each policy area's cards and a 合計 row at the end, as formulas.
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
        write(plan, locale, fileName, CsvEncoding.UTF8, out);
    }

    /** Writes CSV in {@code encoding} (CRLF) or xlsx, by the file name's extension. */
    public static void write(Plan plan, Locale locale, String fileName, CsvEncoding encoding, OutputStream out)
            throws IOException {
        String ext = TableReader.extension(java.nio.file.Path.of(fileName));
        if (ext.equals("csv")) {
            out.write(encoding.bytes(csv(plan, locale).substring(BOM.length())));
        } else if (ext.equals("xlsx")) {
            xlsx(plan, locale, out);
        } else {
            throw new LocalizedException("budget.export.type", fileName);
        }
    }

    /**
     * How many cards each subtotal group holds, in plan order: the nodes at the plan's summary level (the vision's
     * 政策分野), then the items directly under the revision; one group of every card when the kind has no summary level.
     */
    static List<Long> groupSizes(Plan plan, Revision rev) {
        int level = plan.kind().summaryLevel();
        if (level < 0) {
            return List.of((long) rev.measures().size());
        }
        List<Long> out = new java.util.ArrayList<>();
        rev.nodesAt(level).forEach(n -> out.add(n.allMeasures().count()));
        out.add((long) rev.items().size());
        return out;
    }

    /** The names of the groups of {@link #groupSizes}: the nodes' names; the plan's item name for the rest. */
    static List<String> groupNames(Plan plan, Revision rev) {
        int level = plan.kind().summaryLevel();
        List<String> out = new java.util.ArrayList<>();
        if (level >= 0) {
            rev.nodesAt(level).forEach(n -> out.add(n.name()));
        }
        out.add(plan.kind().item());
        return out;
    }

    public static String csv(Plan plan, Locale locale) {
        StringBuilder sb = new StringBuilder(BOM);
        for (List<String> row : rows(plan, locale)) {
            jp.kyoseivision.text.CsvCells.line(sb, row); // a card named =HYPERLINK(…) stays text in Excel
        }
        return sb.toString();
    }

    /** Column widths in characters: 番号, 施策名, then each fiscal year. */
    static final int NUMBER_WIDTH = 6;
    static final int NAME_WIDTH = 44;
    static final int YEAR_WIDTH = 16;

    /**
     * The table as a workbook ready to print ({@link PrintBook}): A4 landscape fitted to the page width, the heading
     * row and the 番号・施策名 columns repeated on every page and frozen, amounts as {@code #,##0}.
     */
    public static void xlsx(Plan plan, Locale locale, OutputStream out) throws IOException {
        List<List<String>> rows = rows(plan, locale);
        Revision rev = plan.current().orElseThrow();
        int years = rows.get(1).size() - 2;
        int[] widths = new int[2 + years];
        widths[0] = NUMBER_WIDTH;
        widths[1] = NAME_WIDTH;
        java.util.Arrays.fill(widths, 2, widths.length, YEAR_WIDTH);
        try (PrintBook book = new PrintBook(locale)) {
            PrintSheet sheet = book.sheet(Texts.format(locale, "budget.export.sheet"), widths);
            sheet.title(rows.get(0).get(0));
            sheet.header(rows.get(1));
            int first = sheet.nextRow() + 1; // 1-based, as formulas name rows
            int next = 2;
            List<String> groupNames = groupNames(plan, rev);
            List<Long> sizes = groupSizes(plan, rev);
            for (int gi = 0; gi < sizes.size(); gi++) {
                long cards = sizes.get(gi);
                if (cards == 0) {
                    continue;
                }
                int from = sheet.nextRow() + 1;
                for (List<String> row : rows.subList(next, next + (int) cards)) {
                    PrintSheet.Line x = sheet.row();
                    x.number(0, Integer.parseInt(row.get(0)), Look.CENTRED);
                    x.text(1, row.get(1), Look.TEXT);
                    for (int c = 2; c < row.size(); c++) {
                        if (row.get(c).isEmpty()) {
                            x.empty(c, Look.AMOUNT);
                        } else {
                            x.number(c, Long.parseLong(row.get(c)), Look.AMOUNT);
                        }
                    }
                }
                next += (int) cards;
                int to = sheet.nextRow();
                total(sheet.row(), Texts.format(locale, "budget.export.subtotal", groupNames.get(gi)), years, from, to);
            }
            int last = sheet.nextRow(); // 1-based: the last subtotal row, not the 合計 row itself (no circular ref)
            total(sheet.row(), Texts.format(locale, "budget.export.total"), years, first, last);
            sheet.evaluateFormulas();
            sheet.finish(true, 1, plan.title(), rev.name());
            book.write(out);
        }
    }

    /**
     * A 小計 or 合計 row: {@code SUBTOTAL(9, …)} over rows {@code from..to} (1-based) of each year's column. SUBTOTAL
     * leaves out the SUBTOTALs inside its range, so the 合計 over the whole table counts each card once, and every
     * total follows the amounts the partner types in. The label is in the 施策名 column with no 番号, the shape
     * {@link BudgetImport} skips as a total row.
     */
    private static void total(PrintSheet.Line x, String label, int years, int from, int to) {
        x.empty(0, Look.TOTAL);
        x.text(1, label, Look.TOTAL);
        for (int c = 2; c < 2 + years; c++) {
            String col = org.apache.poi.ss.util.CellReference.convertNumToColString(c);
            x.formula(c, "SUBTOTAL(9," + col + from + ":" + col + to + ")", Look.TOTAL_AMOUNT);
        }
    }
}
