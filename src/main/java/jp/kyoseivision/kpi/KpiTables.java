package jp.kyoseivision.kpi;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntPredicate;
import jp.kyoseivision.model.GradeBand;
import jp.kyoseivision.text.JapaneseYears;
import jp.kyoseivision.text.Texts;

/** The KPI results as neutral tables (results per KPI and year, summary per year, findings) for any renderer. */
public final class KpiTables {
    private KpiTables() {
    }

    /** One row per KPI per fiscal year shown: value, target, ratio, the three grades and why there is no grade. */
    public static ReportTable results(KpiResults r, IntPredicate years, Locale locale) {
        List<ReportTable.Row> rows = new ArrayList<>();
        for (KpiLine line : r.all()) {
            for (YearResult y : line.years()) {
                if (!years.test(y.fy())) {
                    continue;
                }
                GradeOutcome c = y.computed();
                Set<ReportTable.Flag> flags = EnumSet.noneOf(ReportTable.Flag.class);
                if (y.actual() != null && !c.hasGrade()) {
                    flags.add(ReportTable.Flag.NO_GRADE);
                }
                boolean gradedWithoutRule = !c.hasGrade() && (y.recorded() != null || y.overview() != null);
                if (mismatch(c.grade(), y.recorded()) || mismatch(c.grade(), y.overview())
                        || !Objects.equals(y.recorded(), y.overview()) || gradedWithoutRule) {
                    flags.add(ReportTable.Flag.MISMATCH);
                }
                rows.add(new ReportTable.Row(List.of(line.no(), line.owner(locale), line.name(),
                        line.kpi().unit(), JapaneseYears.fiscalYear(y.fy(), locale), KpiValueText.show(y.value()),
                        KpiValueText.show(line.kpi().target()), c.percent() == null ? "" : c.percent().toPlainString(),
                        nz(c.grade()), nz(y.recorded()), nz(y.overview()), y.actual() == null ? ""
                                : c.reasonText(locale)), flags));
            }
        }
        return new ReportTable("results", Texts.format(locale, "kpi.table.results", r.plan().title()),
                headers(locale, "no", "measure", "kpi", "unit", "fy", "actual", "target", "percent", "computed",
                        "recorded", "overview", "reason"), rows);
    }

    /**
     * Per fiscal year and grade: computed count and share of all KPIs, the line as printed, and the detail's and
     * overview's; then a 評価なし row (grade "—") and a 未入力 row (grade empty), so the counts add up to every KPI.
     */
    public static ReportTable summary(KpiResults r, IntPredicate years, Locale locale) {
        List<ReportTable.Row> rows = new ArrayList<>();
        for (int fy : r.years()) {
            if (!years.test(fy)) {
                continue;
            }
            GradeSummary c = r.summary(fy, GradeSource.COMPUTED);
            GradeSummary rec = r.summary(fy, GradeSource.RECORDED);
            GradeSummary ov = r.summary(fy, GradeSource.OVERVIEW);
            for (GradeTally t : c.tallies()) {
                GradeBand b = t.band();
                Set<ReportTable.Flag> flags = t.count() == rec.count(b.grade()) && t.count() == ov.count(b.grade())
                        ? Set.of() : Set.of(ReportTable.Flag.MISMATCH);
                rows.add(new ReportTable.Row(List.of(JapaneseYears.fiscalYear(fy, locale), b.grade(),
                        String.valueOf(t.count()), t.percent() == null ? "" : t.percent().toPlainString(),
                        t.line(locale), String.valueOf(rec.count(b.grade())), String.valueOf(ov.count(b.grade()))),
                        flags));
            }
            rows.add(new ReportTable.Row(List.of(JapaneseYears.fiscalYear(fy, locale), "—",
                    String.valueOf(c.ungraded()), plain(c.ungradedPercent()), c.ungradedLine(locale),
                    String.valueOf(rec.ungraded()), String.valueOf(ov.ungraded())), Set.of()));
            rows.add(new ReportTable.Row(List.of(JapaneseYears.fiscalYear(fy, locale), "",
                    String.valueOf(c.notEntered()), plain(c.notEnteredPercent()), c.notEnteredLine(locale),
                    String.valueOf(rec.notEntered()), String.valueOf(ov.notEntered())), Set.of()));
        }
        return new ReportTable("summary", Texts.format(locale, "kpi.table.summary", r.plan().title()),
                headers(locale, "fy", "grade", "count", "share", "line", "recordedCount", "overviewCount"), rows);
    }

    /** The consistency findings, one row each, with the sentence a person reads. */
    public static ReportTable findings(KpiResults r, IntPredicate years, Locale locale) {
        List<ReportTable.Row> rows = new ArrayList<>();
        for (Finding f : r.findings(locale)) {
            if (years.test(f.fy())) {
                rows.add(new ReportTable.Row(List.of(f.kind().name(), JapaneseYears.fiscalYear(f.fy(), locale),
                        nz(f.no()), nz(f.kpiName()), nz(f.value()), nz(f.target()), nz(f.percent()), nz(f.recorded()),
                        nz(f.overview()), nz(f.computed()), f.message(locale)), Set.of(ReportTable.Flag.MISMATCH)));
            }
        }
        return new ReportTable("findings", Texts.format(locale, "kpi.table.findings", r.plan().title()),
                headers(locale, "kind", "fy", "no", "kpi", "actual", "target", "percent", "recorded", "overview",
                        "computed", "message"), rows);
    }

    private static boolean mismatch(String computed, String other) {
        return computed != null && other != null && !computed.equals(other);
    }

    private static String plain(java.math.BigDecimal d) {
        return d == null ? "" : d.toPlainString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static List<String> headers(Locale locale, String... keys) {
        return java.util.Arrays.stream(keys).map(k -> Texts.format(locale, "kpi.col." + k)).toList();
    }
}
