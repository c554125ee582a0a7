package jp.kyoseivision.report;

/**
 * One table cell: its text (line breaks kept, long lines wrapped), how many columns it spans, its alignment and
 * whether it is shaded (labels, header cells).
 */
public record Cell(String text, int span, Align align, boolean shaded) {
    public Cell {
        text = text == null ? "" : text;
        if (span < 1) {
            throw new IllegalArgumentException("span < 1: " + span);
        }
        align = align == null ? Align.LEFT : align;
    }

    public static Cell of(String text) {
        return new Cell(text, 1, Align.LEFT, false);
    }

    /** A number or amount: right-aligned. */
    public static Cell number(String text) {
        return new Cell(text, 1, Align.RIGHT, false);
    }

    /** A shaded, centred label (table headers, the label column of a form). */
    public static Cell label(String text) {
        return new Cell(text, 1, Align.CENTER, true);
    }

    public Cell span(int columns) {
        return new Cell(text, columns, align, shaded);
    }

    public Cell align(Align a) {
        return new Cell(text, span, a, shaded);
    }

    public Cell shaded(boolean s) {
        return new Cell(text, span, align, s);
    }
}
