package jp.kyoseivision.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.kyoseivision.model.GradeBand;
import jp.kyoseivision.model.GradingRule;
import jp.kyoseivision.text.Texts;

/**
 * Counts per grade in one fiscal year, in the rule's band order. Every KPI of the plan falls in exactly one count: a
 * grade, {@code ungraded} (評価なし: an actual entered, but no grade from that source, e.g. a note) or
 * {@code notEntered} (未入力: no actual value for the year yet). Percentages are of ALL the plan's KPIs, as the
 * printed report divides by its 33 KPIs (9 of 33 = 27.3 %), rounded half-up to one decimal: with 1 of 32 actuals
 * entered, A reads 1 (3.1 %) and 未入力 31, never A 100 %.
 *
 * @param total every KPI of the plan: the graded, the ungraded and the not entered
 */
public record GradeSummary(int fy, GradeSource source, List<GradeTally> tallies, int total, int graded, int ungraded,
        int notEntered) {
    public GradeSummary {
        tallies = List.copyOf(tallies);
        if (graded + ungraded + notEntered != total) {
            throw new IllegalArgumentException("counts do not add up to " + total);
        }
    }

    public Optional<GradeTally> tally(String grade) {
        return tallies.stream().filter(t -> t.band().grade().equals(grade)).findFirst();
    }

    public int count(String grade) {
        return tally(grade).map(GradeTally::count).orElse(0);
    }

    /** 評価なし's share of all KPIs, or {@code null} when the plan has none. */
    public BigDecimal ungradedPercent() {
        return percent(ungraded, total);
    }

    /** 未入力's share of all KPIs, or {@code null} when the plan has none. */
    public BigDecimal notEnteredPercent() {
        return percent(notEntered, total);
    }

    /** 「評価なし 0項目（0.0%）」. */
    public String ungradedLine(Locale locale) {
        return Texts.format(locale, "kpi.summary.ungraded", ungraded, GradeTally.shown(ungradedPercent()));
    }

    /** 「未入力 31項目（96.9%）」. */
    public String notEnteredLine(Locale locale) {
        return Texts.format(locale, "kpi.summary.notEntered", notEntered, GradeTally.shown(notEnteredPercent()));
    }

    static GradeSummary of(GradingRule rule, List<KpiLine> lines, int fy, GradeSource source) {
        int graded = 0;
        int ungraded = 0;
        int notEntered = 0;
        int[] counts = new int[rule.bands().size()];
        for (KpiLine line : lines) {
            Optional<YearResult> year = line.year(fy);
            String g = year.map(y -> grade(y, source)).orElse(null);
            int i = indexOf(rule, g);
            if (i >= 0) {
                counts[i]++;
                graded++;
            } else if (year.map(y -> y.value() != null).orElse(false)) {
                ungraded++;
            } else {
                notEntered++;
            }
        }
        List<GradeTally> tallies = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            GradeBand b = rule.bands().get(i);
            tallies.add(new GradeTally(b, counts[i], percent(counts[i], lines.size())));
        }
        return new GradeSummary(fy, source, tallies, lines.size(), graded, ungraded, notEntered);
    }

    static BigDecimal percent(int count, int total) {
        return total == 0 ? null
                : BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
    }

    private static String grade(YearResult y, GradeSource source) {
        return switch (source) {
            case COMPUTED -> y.computed().grade();
            case RECORDED -> y.recorded();
            case OVERVIEW -> y.overview();
        };
    }

    private static int indexOf(GradingRule rule, String grade) {
        for (int i = 0; grade != null && i < rule.bands().size(); i++) {
            if (rule.bands().get(i).grade().equals(grade)) {
                return i;
            }
        }
        return -1;
    }
}
