package jp.kyoseivision.importer;

import java.util.List;

/**
 * A sheet (or a CSV file) as text cells: {@code rows.get(0)} is row 1 as Excel numbers it; rows may differ in
 * length, a missing cell is empty.
 */
public record RawTable(String sheet, List<List<String>> rows) {
    public RawTable {
        rows = List.copyOf(rows.stream().map(List::copyOf).toList());
    }

    /** The cell's text, "" when the row is shorter. */
    public String cell(int rowIndex, int column) {
        List<String> r = rows.get(rowIndex);
        return column < r.size() ? r.get(column) : "";
    }

    public boolean blank(int rowIndex) {
        return rows.get(rowIndex).stream().allMatch(c -> c.isBlank());
    }
}
