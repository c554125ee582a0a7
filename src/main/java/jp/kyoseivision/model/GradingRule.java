package jp.kyoseivision.model;

import java.util.Comparator;
import java.util.List;

/** A plan's rule for grading KPIs A–D: the ratio basis and the bands, highest first. */
public record GradingRule(RatioBasis basis, List<GradeBand> bands) {
    public GradingRule {
        basis = basis == null ? RatioBasis.ACTUAL_OVER_TARGET : basis;
        bands = Checks.list(bands, "grading.bands");
        Checks.unique(bands, GradeBand::grade, "grading.bands");
        bands = bands.stream().sorted(Comparator.comparing(GradeBand::minPercent).reversed()).toList();
    }

    public boolean hasGrade(String grade) {
        return bands.stream().anyMatch(b -> b.grade().equals(grade));
    }
}
