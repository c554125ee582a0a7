package jp.kyoseivision.cli;

import java.util.List;
import jp.kyoseivision.kpi.ReportTable;

/** Writes a {@link ReportTable} as CSV (RFC 4180: comma, CRLF, fields with comma, quote or line break quoted). */
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
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String c = cells.get(i);
            if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
                sb.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(c);
            }
        }
        sb.append("\r\n");
    }
}
