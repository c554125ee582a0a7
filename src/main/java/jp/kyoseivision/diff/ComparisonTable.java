package jp.kyoseivision.diff;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.kyoseivision.model.ChangeKind;

/**
 * The official-style comparison table (具体的な取組比較表) as a neutral model — title, headers, rows with a shaded
 * flag and the reason — that every export lays out: CSV and xlsx here, PDF later with the shared page layout.
 * Shaded rows are labelled and numbered per kind as the printed table does: 削除①, 変更① (a renamed card), 追加①.
 */
public record ComparisonTable(String title, String note, List<String> headers, List<Row> rows) {
    /** Column indexes of {@link Row#cells()}. */
    public static final int OLD_NO = 0;
    public static final int OLD_NAME = 1;
    public static final int NEW_NO = 2;
    public static final int NEW_NAME = 3;
    public static final int KIND = 4;
    public static final int FIELDS = 5;
    public static final int REASON = 6;

    public record Row(List<String> cells, boolean shaded, String reason) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    public ComparisonTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    public static ComparisonTable of(RevisionDiff d, Locale locale) {
        FieldNames names = FieldNames.of(d, locale);
        // a 共生ビジョン's table is the 具体的な取組比較表; another kind's is named for its item (施策比較表)
        String title = jp.kyoseivision.text.Texts.format(locale, names.vision() ? "diff.table.title"
                : "diff.table.title.of", d.fromPlan().title(), d.from().name(), d.toPlan().title(), d.to().name(),
                names.item());
        List<String> headers = List.of(h(locale, "oldNo"), names.vision() ? h(locale, "oldName")
                : jp.kyoseivision.text.Texts.format(locale, "diff.table.oldName.of", names.item()), h(locale, "newNo"),
                names.vision() ? h(locale, "newName")
                : jp.kyoseivision.text.Texts.format(locale, "diff.table.newName.of", names.item()),
                h(locale, "kind"), h(locale, "fields"), h(locale, "reason"));
        Map<ChangeKind, Integer> ordinals = new EnumMap<>(ChangeKind.class);
        List<Row> rows = d.cards().stream().map(c -> {
            String kind = c.shaded() ? h(locale, "mark." + c.kind().name())
                    + DiffLabels.circled(ordinals.merge(c.kind(), 1, Integer::sum)) : DiffLabels.kind(c.kind(), locale);
            // an added or deleted card lists its whole content as changes; the table names no fields for it
            String fields = c.old() == null || c.now() == null ? "" : c.changedFields().stream().map(names::field)
                    .reduce((a, b) -> jp.kyoseivision.text.Texts.format(locale, "diff.table.join", a, b)).orElse("");
            String reason = c.reason() == null ? "" : c.reason().reason();
            return new Row(List.of(c.old() == null ? "" : String.valueOf(c.old().measure().number()),
                    c.old() == null ? "" : c.old().measure().name(),
                    c.now() == null ? "" : String.valueOf(c.now().measure().number()),
                    c.now() == null ? "" : c.now().measure().name(), kind, fields, reason), c.shaded(), reason);
        }).toList();
        String note = d.sameSeries() ? h(locale, "note") : h(locale, "note") + " "
                + crossSeries(d, locale);
        return new ComparisonTable(title, note, headers, rows);
    }

    /** The notice of a comparison between plans of different series: items are paired by name only. */
    public static String crossSeries(RevisionDiff d, Locale locale) {
        return jp.kyoseivision.text.Texts.format(locale, "diff.crossSeries", d.fromPlan().title(),
                d.toPlan().title());
    }

    private static String h(Locale locale, String key) {
        return jp.kyoseivision.text.Texts.format(locale, "diff.table." + key);
    }
}
