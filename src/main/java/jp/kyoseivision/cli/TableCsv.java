package jp.kyoseivision.cli;

import java.util.List;
import jp.kyoseivision.kpi.ReportTable;

/** Writes a {@link ReportTable} as CSV (RFC 4180 with formula-like cells neutralised: {@link
 * jp.kyoseivision.text.CsvCells}). */
final class TableCsv {
    private TableCsv() {
    }

    static String write(ReportTable t) {
        StringBuilder sb = new StringBuilder();
        line(sb, t.headers());
        for (ReportTable.Row r : t.rows()) {
            line(sb, r.cells());
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells) {
        jp.kyoseivision.text.CsvCells.line(sb, cells);
    }
}
