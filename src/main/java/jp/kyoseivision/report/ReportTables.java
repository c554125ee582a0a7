package jp.kyoseivision.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import jp.kyoseivision.diff.ComparisonTable;
import jp.kyoseivision.kpi.KpiResults;
import jp.kyoseivision.kpi.KpiTables;
import jp.kyoseivision.kpi.ReportTable;

/**
 * The comparison table (新旧対照表) and the KPI report laid out by the same engine as the measure sheets: A4
 * landscape, the header row repeated on every page, changed rows shaded (網掛) with a mark in the first column too,
 * so the change shows in black-and-white print and to colour-blind readers.
 */
public final class ReportTables {
    /** The mark put before a shaded row's first cell. */
    public static final String MARK = "■";

    private ReportTables() {
    }

    /** 新旧対照表: old no./name, new no./name, kind, changed fields, reason; added/deleted/renamed rows shaded. */
    public static ReportDocument comparison(ComparisonTable t, String footer) {
        float[] widths = {1.1f, 5f, 1.1f, 5f, 1.8f, 6f, 9f};
        List<TableDocument.Column> columns = new ArrayList<>();
        for (int i = 0; i < t.headers().size(); i++) {
            columns.add(TableDocument.column(t.headers().get(i), i < widths.length ? widths[i] : 3f,
                    i == ComparisonTable.OLD_NO || i == ComparisonTable.NEW_NO ? Align.RIGHT : Align.LEFT));
        }
        List<Row> rows = t.rows().stream().map(r -> {
            List<String> cells = new ArrayList<>(r.cells());
            if (r.shaded()) {
                cells.set(ComparisonTable.KIND, MARK + cells.get(ComparisonTable.KIND));
            }
            return Row.texts(cells.toArray(String[]::new)).shaded(r.shaded());
        }).toList();
        return TableDocument.builder(t.title()).orientation(Orientation.LANDSCAPE).footer(footer)
                .section(t.title()).heading(t.title()).paragraph(t.note()).table(columns, rows).build();
    }

    /** The KPI report: one section per table (results, summary, findings); rows whose grade disagrees shaded. */
    public static ReportDocument kpi(String title, List<ReportTable> tables, String footer) {
        TableDocument.Builder b = TableDocument.builder(title).orientation(Orientation.LANDSCAPE).footer(footer);
        for (ReportTable t : tables) {
            List<TableDocument.Column> columns = new ArrayList<>();
            for (int i = 0; i < t.headers().size(); i++) {
                columns.add(TableDocument.column(t.headers().get(i), width(t, i)));
            }
            List<Row> rows = t.rows().stream().map(r -> {
                boolean mismatch = r.flags().contains(ReportTable.Flag.MISMATCH);
                List<String> cells = new ArrayList<>(r.cells());
                if (mismatch && !cells.isEmpty()) {
                    cells.set(0, MARK + cells.get(0));
                }
                return Row.texts(cells.toArray(String[]::new)).shaded(mismatch);
            }).toList();
            b.section(t.title()).heading(t.title()).table(columns, rows);
        }
        return b.build();
    }

    /** The whole KPI report of a plan (summary, results, findings) for the fiscal years {@code years} accepts. */
    public static ReportDocument kpiReport(KpiResults results, IntPredicate years, Locale locale) {
        String title = results.plan().title();
        return kpi(title, List.of(KpiTables.summary(results, years, locale), KpiTables.results(results, years, locale),
                KpiTables.findings(results, years, locale)), title);
    }

    /** A column's share of the page: by its longest header or cell (a narrative wraps beyond 20 characters). */
    private static float width(ReportTable t, int column) {
        int longest = t.headers().get(column).length();
        for (ReportTable.Row r : t.rows()) {
            if (column < r.cells().size()) {
                longest = Math.max(longest, Math.min(20, r.cells().get(column).length()));
            }
        }
        return Math.max(1.2f, longest / 2f + 1f);
    }
}
