package jp.kyoseivision.report;

import java.util.List;

/** What a page is built from, top to bottom. Every block flows onto the next page when it does not fit. */
public sealed interface Block {
    /** A heading line (wrapped if long), kept with at least the first lines of what follows. */
    record Heading(String text, float size) implements Block {
    }

    /** Running text, broken per character with 禁則, flowing line by line onto the next page. */
    record Paragraph(String text, float size) implements Block {
    }

    /**
     * A ruled table. {@code widths} are relative column widths (scaled to the text width of the page);
     * the first {@code headerRows} rows are repeated at the top of every continuation page. A row that does not fit
     * moves to the next page; a row taller than a whole page is split between its lines.
     */
    record Table(List<Float> widths, int headerRows, List<Row> rows, float size) implements Block {
        public Table {
            widths = List.copyOf(widths);
            rows = List.copyOf(rows);
            if (widths.isEmpty() || headerRows < 0 || headerRows > rows.size()) {
                throw new IllegalArgumentException("bad table: " + widths.size() + " columns, " + headerRows
                        + " header rows of " + rows.size());
            }
            for (Row r : rows) {
                if (r.columns() != widths.size()) {
                    throw new IllegalArgumentException("row spans " + r.columns() + " columns, table has "
                            + widths.size());
                }
            }
        }
    }

    /** Vertical space in points. */
    record Gap(float height) implements Block {
    }
}
