package jp.kyoseivision.kpi;

import java.util.List;
import java.util.Set;

/**
 * A neutral table for output: headers and rows of display strings, each row with flags (a mismatch, no grade) a
 * renderer can show as it likes. CSV is written from it; a PDF or spreadsheet renderer can take it unchanged.
 *
 * @param id stable name for programs ("results", "summary", "findings")
 */
public record ReportTable(String id, String title, List<String> headers, List<Row> rows) {
    public ReportTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /** What a renderer may want to mark on a row. */
    public enum Flag {
        /** A grade that contradicts another source or the rule. */
        MISMATCH,
        /** The rule gives no grade (a note, no target …). */
        NO_GRADE
    }

    /** One row: as many cells as headers. */
    public record Row(List<String> cells, Set<Flag> flags) {
        public Row {
            cells = cells.stream().map(c -> c == null ? "" : c).toList();
            // in declaration order, the same on every run (Set.copyOf's order varies between JVM runs)
            flags = java.util.Collections.unmodifiableSet(flags.isEmpty() ? java.util.EnumSet.noneOf(Flag.class)
                    : java.util.EnumSet.copyOf(flags));
        }
    }
}
