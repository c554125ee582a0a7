package jp.kyoseivision.opinions;

import java.util.ArrayList;
import java.util.List;
import jp.kyoseivision.report.Align;
import jp.kyoseivision.report.Orientation;
import jp.kyoseivision.report.ReportDocument;
import jp.kyoseivision.report.Row;
import jp.kyoseivision.report.TableDocument;

/**
 * The answer table as a print document (A4 portrait like seed 001): per kind a section with its title, consultation,
 * period and count, then the table whose header row repeats on every page. Write it with {@link
 * jp.kyoseivision.report.PdfWriter} and a {@link jp.kyoseivision.report.JapaneseFont}.
 */
public final class AnswerPdf {
    /** Relative widths of 番号, ページ, 項目, ご意見の概要, ご意見に対する考え方 (the seed's proportions). */
    private static final float[] WIDTHS = {0.7f, 0.8f, 2.4f, 4.6f, 4.6f};

    private AnswerPdf() {
    }

    public static ReportDocument document(AnswerTable t, String footer) {
        TableDocument.Builder b = TableDocument.builder(t.title()).orientation(Orientation.PORTRAIT).footer(footer);
        List<String> h = t.headers();
        List<TableDocument.Column> cols = List.of(TableDocument.column(h.get(0), WIDTHS[0], Align.CENTER),
                TableDocument.column(h.get(1), WIDTHS[1], Align.CENTER), TableDocument.column(h.get(2), WIDTHS[2]),
                TableDocument.column(h.get(3), WIDTHS[3]), TableDocument.column(h.get(4), WIDTHS[4]));
        if (t.sections().isEmpty()) {
            b.section(t.title()).heading(t.title()).paragraph(t.t("opinions.table.none"));
        }
        for (AnswerTable.Section s : t.sections()) {
            b.section(s.kind().name()).heading(t.title() + "（" + s.kind().name() + "）");
            s.notes().forEach(b::paragraph);
            b.gap(4);
            List<Row> rows = new ArrayList<>();
            for (AnswerTable.Line l : s.lines()) {
                rows.add(Row.texts(l.cells().toArray(String[]::new)));
            }
            b.table(cols, rows);
        }
        return b.build();
    }
}
