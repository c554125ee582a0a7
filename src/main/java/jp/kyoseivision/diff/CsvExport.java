package jp.kyoseivision.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * The comparison table as CSV (RFC 4180: quoted where needed, CRLF line ends; formula-like cells neutralised by
 * {@link jp.kyoseivision.text.CsvCells}) with a last column marking shaded
 * rows. Callers write it through text.CsvEncoding (UTF-8 with the byte order mark Excel needs, or CP932).
 */
public final class CsvExport {
    private CsvExport() {
    }

    public static String csv(ComparisonTable t, java.util.Locale locale) {
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            write(t, locale, out);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    /** Writes the CSV (no byte order mark) to {@code out} row by row; flushed, not closed. */
    public static void write(ComparisonTable t, java.util.Locale locale, java.io.Writer out)
            throws java.io.IOException {
        List<String> headers = new ArrayList<>(t.headers());
        headers.add(jp.kyoseivision.text.Texts.format(locale, "diff.table.shaded"));
        line(out, headers);
        for (ComparisonTable.Row r : t.rows()) {
            List<String> cells = new ArrayList<>(r.cells());
            cells.add(r.shaded() ? "○" : "");
            line(out, cells);
        }
        out.flush();
    }

    private static void line(java.io.Writer out, List<String> cells) throws java.io.IOException {
        StringBuilder one = new StringBuilder();
        jp.kyoseivision.text.CsvCells.line(one, cells);
        out.append(one);
    }
}
