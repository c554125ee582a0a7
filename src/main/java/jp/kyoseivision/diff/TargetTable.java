package jp.kyoseivision.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.KpiPoint;
import jp.kyoseivision.text.JapaneseYears;
import jp.kyoseivision.text.Texts;

/**
 * The numeric targets of two compared revisions as a table (数値目標の推移): per line the older target and the
 * newer one side by side — indicator, baseline and target with their units and periods — and how they were paired.
 * The comparison window, the CSV and the workbook lay out this one model. Nothing is graded: one plan's figures
 * are never measured against the other plan's target (the note says so).
 */
public record TargetTable(String title, String note, List<String> headers, List<Row> rows) {
    public static final int OLD_NAME = 0;
    public static final int OLD_BASELINE = 1;
    public static final int OLD_TARGET = 2;
    public static final int NEW_NAME = 3;
    public static final int NEW_BASELINE = 4;
    public static final int NEW_TARGET = 5;
    public static final int MATCH = 6;

    /** One line: the cells in column order and the series row it shows. */
    public record Row(List<String> cells, TargetSeries.Row series) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    public TargetTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    public static TargetTable of(RevisionDiff d, Locale locale) {
        String title = Texts.format(locale, "diff.targets.title", d.fromPlan().title(), d.from().name(),
                d.toPlan().title(), d.to().name());
        List<String> headers = List.of(t(locale, "oldName"), t(locale, "oldBaseline"), t(locale, "oldTarget"),
                t(locale, "newName"), t(locale, "newBaseline"), t(locale, "newTarget"), t(locale, "match"));
        // a revised target is marked only between revisions of one plan: between editions every figure moves on
        boolean onePlan = d.fromPlan().id().equals(d.toPlan().id());
        List<Row> rows = new ArrayList<>();
        for (TargetSeries.Row r : TargetSeries.compare(d.from(), d.to())) {
            Kpi a = r.older() == null ? null : r.older().kpi();
            Kpi b = r.newer() == null ? null : r.newer().kpi();
            rows.add(new Row(List.of(name(a), point(a, a == null ? null : a.baseline()),
                    point(a, a == null ? null : a.target()), name(b), point(b, b == null ? null : b.baseline()),
                    point(b, b == null ? null : b.target()), match(r, onePlan, locale)), r));
        }
        return new TargetTable(title, Texts.format(locale, "diff.targets.note"), headers, rows);
    }

    /** How many lines pair an older target with a newer one. */
    public long paired() {
        return rows.stream().filter(r -> r.series().paired()).count();
    }

    private static String t(Locale locale, String key) {
        return Texts.format(locale, "diff.targets." + key);
    }

    /** The indicator's name with its breakdown: 合計特殊出生率, 人口（男性）. */
    static String name(Kpi k) {
        if (k == null) {
            return "";
        }
        return k.qualifier() == null || k.qualifier().isBlank() ? k.name() : k.name() + "（" + k.qualifier() + "）";
    }

    /** A figure with its unit and its period as printed: 448人 (H26), 1.58 (H25), 16.4% (R1), — when absent. */
    static String point(Kpi k, KpiPoint p) {
        if (k == null) {
            return "";
        }
        if (p == null) {
            return "—";
        }
        var v = p.value();
        String value = v.hasNumber() ? grouped(v.number()) + k.unit() : "";
        if (v.note() != null && !v.note().isBlank()) {
            value = value.isEmpty() ? v.note() : value + " " + v.note();
        }
        String when = p.period() == null || p.period().isBlank() ? JapaneseYears.shortForm(p.fy()) : p.period();
        return value + " (" + when + ")";
    }

    /** 89,000; 1.58; 4.23 — thousands grouped, no trailing zeros. */
    static String grouped(java.math.BigDecimal n) {
        java.text.DecimalFormat f = new java.text.DecimalFormat("#,##0.##########",
                java.text.DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setParseBigDecimal(true);
        return f.format(n.stripTrailingZeros());
    }

    private static String match(TargetSeries.Row r, boolean onePlan, Locale locale) {
        if (!r.paired()) {
            return t(locale, "match.none");
        }
        String out = r.similarity() == 1.0 ? t(locale, "match.same")
                : Texts.format(locale, "diff.targets.match.similar", String.format(Locale.ROOT, "%.2f", r.similarity()));
        if (!r.sameUnit()) {
            out = Texts.format(locale, "diff.table.join", out, t(locale, "unitDiffers"));
        }
        if (onePlan && r.changed()) {
            out = Texts.format(locale, "diff.table.join", out, t(locale, "changed"));
        }
        return out;
    }
}
