package jp.kyoseivision.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kyoseivision.model.GradeBand;
import jp.kyoseivision.model.GradingRule;

/**
 * Counts per grade in one fiscal year, in the rule's band order. Percentages are of the graded KPIs (as the report:
 * 9 of 33 = 27.3 %), rounded half-up to one decimal; KPIs without a grade are counted apart in {@code ungraded}.
 */
public record GradeSummary(int fy, GradeSource source, List<GradeTally> tallies, int graded, int ungraded) {
    public GradeSummary {
        tallies = List.copyOf(tallies);
    }

    public Optional<GradeTally> tally(String grade) {
        return tallies.stream().filter(t -> t.band().grade().equals(grade)).findFirst();
    }

    public int count(String grade) {
        return tally(grade).map(GradeTally::count).orElse(0);
    }

    static GradeSummary of(GradingRule rule, List<KpiLine> lines, int fy, GradeSource source) {
        int graded = 0;
        int ungraded = 0;
        int[] counts = new int[rule.bands().size()];
        for (KpiLine line : lines) {
            String g = line.year(fy).map(y -> grade(y, source)).orElse(null);
            int i = indexOf(rule, g);
            if (i >= 0) {
                counts[i]++;
                graded++;
            } else if (line.year(fy).map(y -> y.actual() != null).orElse(false)) {
                ungraded++;
            }
        }
        List<GradeTally> tallies = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            GradeBand b = rule.bands().get(i);
            BigDecimal pct = graded == 0 ? null
                    : BigDecimal.valueOf(counts[i] * 100L).divide(BigDecimal.valueOf(graded), 1, RoundingMode.HALF_UP);
            tallies.add(new GradeTally(b, counts[i], pct));
        }
        return new GradeSummary(fy, source, tallies, graded, ungraded);
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
