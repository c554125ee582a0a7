package jp.kyoseivision.diff;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.kyoseivision.sheets.PrintBook;
import jp.kyoseivision.sheets.PrintSheet;
import jp.kyoseivision.sheets.PrintSheet.Look;
import jp.kyoseivision.text.Texts;

/**
 * The comparison table as an Excel workbook ready to print ({@link PrintBook}): title and note on top, a header row
 * repeated on every printed page, shaded rows filled grey and marked ○ in the last column (the mark survives
 * black-and-white printing and colour blindness), each row as high as its wrapped 変更項目 and 理由 need, A4
 * landscape fitted to the page width.
 */
public final class XlsxExport {
    static final int[] WIDTHS = {7, 30, 7, 30, 12, 30, 70, 6};

    private XlsxExport() {
    }

    public static void write(ComparisonTable t, Locale locale, OutputStream out) throws IOException {
        try (PrintBook book = new PrintBook(locale)) {
            PrintSheet sheet = book.sheet(Texts.format(locale, "diff.table.sheet"), WIDTHS);
            sheet.title(t.title());
            sheet.note(t.note());
            sheet.blank();
            List<String> heads = new ArrayList<>(t.headers());
            heads.add(Texts.format(locale, "diff.table.shaded"));
            sheet.header(heads);
            for (ComparisonTable.Row row : t.rows()) {
                PrintSheet.Line x = sheet.row();
                Look text = row.shaded() ? Look.SHADED : Look.TEXT;
                Look centred = row.shaded() ? Look.SHADED_CENTRED : Look.CENTRED;
                for (int i = 0; i < row.cells().size(); i++) {
                    String v = row.cells().get(i);
                    boolean no = i == ComparisonTable.OLD_NO || i == ComparisonTable.NEW_NO;
                    if (no && !v.isEmpty()) {
                        x.number(i, Integer.parseInt(v), centred);
                    } else {
                        x.text(i, v, no || i == ComparisonTable.KIND ? centred : text);
                    }
                }
                x.text(row.cells().size(), row.shaded() ? "○" : "", centred);
            }
            sheet.finish(true, -1, t.title(), "");
            book.write(out);
        }
    }
}
