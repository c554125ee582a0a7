package jp.kyoseivision.cli;

import java.util.List;
import jp.kyoseivision.kpi.ReportTable;

/** Writes a {@link ReportTable} as CSV (RFC 4180 with formula-like cells neutralised: {@link
 * jp.kyoseivision.text.CsvCells}). */
final class TableCsv {
    private TableCsv() {
    }

    /** Writes the table to {@code out} a line at a time (no text of the whole table); leaves it open. */
    static void write(ReportTable t, java.io.Writer out) throws java.io.IOException {
        StringBuilder sb = new StringBuilder(256);
        line(sb, t.headers(), out);
        for (ReportTable.Row r : t.rows()) {
            line(sb, r.cells(), out);
        }
    }

    private static void line(StringBuilder sb, List<String> cells, java.io.Writer out) throws java.io.IOException {
        sb.setLength(0);
        jp.kyoseivision.text.CsvCells.line(sb, cells);
        out.append(sb);
    }
}
