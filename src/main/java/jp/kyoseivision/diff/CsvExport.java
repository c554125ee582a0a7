package jp.kyoseivision.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * The comparison table as CSV (RFC 4180: quoted where needed, CRLF line ends; formula-like cells neutralised by
 * {@link jp.kyoseivision.text.CsvCells}) with a last column marking shaded
 * rows. Written with a UTF-8 byte order mark by the callers that write files, so Excel opens Japanese correctly.
 */
public final class CsvExport {
    /** The byte order mark Excel needs to read UTF-8 CSV. */
    public static final String BOM = "\uFEFF";

    private CsvExport() {
    }

    public static String csv(ComparisonTable t, java.util.Locale locale) {
        StringBuilder out = new StringBuilder();
        List<String> headers = new ArrayList<>(t.headers());
        headers.add(jp.kyoseivision.text.Texts.format(locale, "diff.table.shaded"));
        line(out, headers);
        for (ComparisonTable.Row r : t.rows()) {
            List<String> cells = new ArrayList<>(r.cells());
            cells.add(r.shaded() ? "○" : "");
            line(out, cells);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        jp.kyoseivision.text.CsvCells.line(out, cells);
    }
}
