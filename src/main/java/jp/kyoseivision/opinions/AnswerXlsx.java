package jp.kyoseivision.opinions;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import jp.kyoseivision.sheets.PrintBook;
import jp.kyoseivision.sheets.PrintSheet;
import jp.kyoseivision.sheets.PrintSheet.Look;

/**
 * The answer table as an Excel workbook ready to print ({@link PrintBook}), one sheet per kind: title,
 * consultation, period and count on top; the header row frozen and repeated on every printed page; A4 portrait
 * fitted to the page width, each row as high as its longest answer needs.
 */
public final class AnswerXlsx {
    /** Column widths in characters: 番号, ページ, 項目, ご意見の概要, ご意見に対する考え方. */
    static final int[] WIDTHS = {6, 7, 18, 45, 45};

    private AnswerXlsx() {
    }

    public static void write(AnswerTable t, OutputStream out) throws IOException {
        try (PrintBook book = new PrintBook(t.locale())) {
            List<AnswerTable.Section> sections = t.sections();
            if (sections.isEmpty()) {
                PrintSheet sheet = book.sheet(t.t("opinions.table.sheet"), WIDTHS);
                sheet.title(t.title());
                sheet.note(t.t("opinions.table.none"));
                sheet.finish(false, -1, t.title(), "");
            }
            for (AnswerTable.Section s : sections) {
                PrintSheet sheet = book.sheet(s.kind().name(), WIDTHS);
                sheet.title(t.title() + "（" + s.kind().name() + "）");
                for (String note : s.notes()) {
                    sheet.note(note);
                }
                sheet.blank();
                sheet.header(t.headers());
                for (AnswerTable.Line l : s.lines()) {
                    PrintSheet.Line x = sheet.row();
                    List<String> cells = l.cells();
                    for (int i = 0; i < cells.size(); i++) {
                        String v = cells.get(i);
                        if (i == 0 && v.matches("\\d{1,9}")) {
                            x.number(i, Integer.parseInt(v), Look.CENTRED);
                        } else {
                            x.text(i, v, i <= 1 ? Look.CENTRED : Look.TEXT);
                        }
                    }
                }
                sheet.finish(false, -1, t.title(), s.kind().name());
            }
            book.write(out);
        }
    }
}
