package jp.kyoseivision.diff;

import java.util.List;

/**
 * One difference in one field of a matched card pair.
 *
 * @param qualifier which part of the field: the project group (【共通】, 【一関市】 …), the fiscal year of a budget
 *                  line, the KPI position (1, 2, …); {@code null} for whole fields
 * @param oldValue  the value in the older revision as text ({@code null} when absent there)
 * @param newValue  the value in the newer revision as text ({@code null} when absent there)
 * @param inline    character-level diff of the two texts (text fields only, otherwise empty)
 * @param removed   list fields: items only in the older revision
 * @param added     list fields: items only in the newer revision
 */
public record FieldChange(Field field, String qualifier, String oldValue, String newValue, List<Segment> inline,
        List<String> removed, List<String> added) {
    public FieldChange {
        inline = List.copyOf(inline);
        removed = List.copyOf(removed);
        added = List.copyOf(added);
    }

    static FieldChange text(Field field, String qualifier, String oldValue, String newValue) {
        return new FieldChange(field, qualifier, oldValue, newValue,
                InlineDiff.segments(oldValue == null ? "" : oldValue, newValue == null ? "" : newValue), List.of(),
                List.of());
    }

    static FieldChange value(Field field, String qualifier, String oldValue, String newValue) {
        return new FieldChange(field, qualifier, oldValue, newValue, List.of(), List.of(), List.of());
    }
}
