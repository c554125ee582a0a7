package jp.kyoseivision.opinions;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import jp.kyoseivision.text.CsvCells;
import jp.kyoseivision.text.CsvEncoding;

/**
 * The answer table as CSV: UTF-8 with a byte order mark (so Excel reads the Japanese), CRLF, RFC 4180 quoting, and
 * every cell that a spreadsheet would take for a formula ({@code = + - @}, tab, CR …) neutralised ({@link CsvCells}).
 * Columns 種別, 番号, ページ, 政策分野, 項目, ご意見の概要, ご意見に対する考え方, 状況: the table's five and what
 * says where each row belongs; a file written so imports again ({@link OpinionImport} reads 番号, ページ, 項目 and the
 * two texts).
 */
public final class AnswerCsv {
    private AnswerCsv() {
    }

    public static void write(AnswerTable t, OutputStream out) throws IOException {
        write(t, out, CsvEncoding.UTF8);
    }

    /** In {@code encoding}: UTF-8 with a byte order mark, or CP932 (Shift_JIS) without. */
    public static void write(AnswerTable t, OutputStream out, CsvEncoding encoding) throws IOException {
        Writer w = encoding.writer(out);
        StringBuilder sb = new StringBuilder(512);
        List<String> h = t.headers();
        CsvCells.line(sb, List.of(t.t("opinions.table.kind"), h.get(0), h.get(1), t.t("opinions.table.area"),
                h.get(2), h.get(3), h.get(4), t.t("opinions.table.status")));
        w.append(sb);
        for (AnswerTable.Section s : t.sections()) {
            for (AnswerTable.Line l : s.lines()) {
                sb.setLength(0);
                List<String> cells = new ArrayList<>();
                cells.add(s.kind().name());
                cells.add(l.number());
                cells.add(l.page());
                cells.add(l.policyArea());
                cells.add(l.item());
                cells.add(l.text());
                cells.add(l.answer());
                cells.add(l.status());
                CsvCells.line(sb, cells);
                w.append(sb);
            }
        }
        w.flush();
    }
}
