package jp.kyoseivision.report;

import java.util.List;

/**
 * A table row. {@code shaded} marks the whole row (網掛: rows changed since the previous edition in a comparison
 * table); a cell can also be shaded on its own.
 */
public record Row(List<Cell> cells, boolean shaded) {
    public Row {
        cells = List.copyOf(cells);
        if (cells.isEmpty()) {
            throw new IllegalArgumentException("a row needs at least one cell");
        }
    }

    public static Row of(Cell... cells) {
        return new Row(List.of(cells), false);
    }

    /** Plain text cells, left-aligned. */
    public static Row texts(String... texts) {
        return new Row(java.util.Arrays.stream(texts).map(Cell::of).toList(), false);
    }

    public Row shaded(boolean s) {
        return new Row(cells, s);
    }

    int columns() {
        return cells.stream().mapToInt(Cell::span).sum();
    }
}
