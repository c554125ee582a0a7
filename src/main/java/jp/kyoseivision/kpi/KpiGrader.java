package jp.kyoseivision.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import jp.kyoseivision.model.Better;
import jp.kyoseivision.model.GradeBand;
import jp.kyoseivision.model.GradingRule;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.KpiPoint;
import jp.kyoseivision.model.KpiValue;
import jp.kyoseivision.model.RatioBasis;

/**
 * Grades a KPI actual by a plan's {@link GradingRule}.
 *
 * <p>The ratio is a fraction n ÷ d: with {@link RatioBasis#ACTUAL_OVER_TARGET} (what seed 000 uses, see
 * docs/kpi-grading.md) n = actual, d = target, or n = target, d = actual for a lower-is-better KPI; with
 * {@link RatioBasis#PROGRESS_FROM_BASELINE} n = actual − baseline, d = target − baseline (the same for both
 * directions). The band is the highest whose lower bound m satisfies n × 100 ≥ m × d, compared exactly on decimals:
 * nothing is rounded before grading, so 99.96 % is B, not A. A ratio below every bound takes the lowest band.
 */
public final class KpiGrader {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** One band taking every ratio: grading with it yields the ratio of a plan that has no bands. */
    private static final GradeBand PROBE = new GradeBand("A", "-", BigDecimal.ZERO);

    private KpiGrader() {
    }

    /** The grade of {@code actual} (may be {@code null}: nothing entered) for {@code kpi} under {@code rule}. */
    public static GradeOutcome grade(GradingRule rule, Kpi kpi, KpiValue actual) {
        if (actual == null) {
            return GradeOutcome.none(NoGradeReason.NO_ACTUAL, null);
        }
        if (!actual.hasNumber()) {
            return GradeOutcome.none(NoGradeReason.NOTE, actual.note());
        }
        if (rule.bands().isEmpty()) {
            // a plan without a grading rule grades nothing, but still shows how far the actual is towards the target
            GradeOutcome ratio = grade(new GradingRule(rule.basis(), List.of(PROBE)), kpi, actual);
            return new GradeOutcome(null, ratio.percent(), NoGradeReason.NO_BANDS, null);
        }
        BigDecimal target = number(kpi.target());
        if (target == null) {
            return GradeOutcome.none(NoGradeReason.NO_TARGET, null);
        }
        BigDecimal a = actual.number();
        BigDecimal n;
        BigDecimal d;
        if (rule.basis() == RatioBasis.PROGRESS_FROM_BASELINE) {
            BigDecimal baseline = number(kpi.baseline());
            if (baseline == null) {
                return GradeOutcome.none(NoGradeReason.NO_BASELINE, null);
            }
            n = a.subtract(baseline);
            d = target.subtract(baseline);
            if (d.signum() == 0) {
                return GradeOutcome.none(NoGradeReason.BASELINE_EQUALS_TARGET, null);
            }
            if (d.signum() < 0) {
                n = n.negate();
                d = d.negate();
            }
        } else {
            if (a.signum() < 0 || target.signum() < 0) {
                return GradeOutcome.none(NoGradeReason.NEGATIVE, null);
            }
            boolean lower = kpi.better() == Better.LOWER;
            n = lower ? target : a;
            d = lower ? a : target;
            if (d.signum() == 0) {
                if (lower) {
                    // an actual of 0 on a lower-is-better KPI meets any target ≥ 0: the top band, no finite ratio
                    return GradeOutcome.graded(rule.bands().get(0).grade(), null);
                }
                return GradeOutcome.none(NoGradeReason.TARGET_ZERO, null);
            }
        }
        return GradeOutcome.graded(band(rule.bands(), n, d).grade(), percent(n, d));
    }

    /** n ÷ d in percent, rounded half-up to one decimal (display only). */
    static BigDecimal percent(BigDecimal n, BigDecimal d) {
        return n.multiply(HUNDRED).divide(d, 1, RoundingMode.HALF_UP);
    }

    private static GradeBand band(List<GradeBand> bands, BigDecimal n, BigDecimal d) {
        BigDecimal scaled = n.multiply(HUNDRED);
        for (GradeBand b : bands) {
            if (scaled.compareTo(b.minPercent().multiply(d)) >= 0) {
                return b;
            }
        }
        return bands.get(bands.size() - 1);
    }

    private static BigDecimal number(KpiPoint p) {
        return p == null ? null : p.value().number();
    }
}
