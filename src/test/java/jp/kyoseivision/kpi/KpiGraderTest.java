package jp.kyoseivision.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import jp.kyoseivision.model.Better;
import jp.kyoseivision.model.GradeBand;
import jp.kyoseivision.model.GradingRule;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.KpiPoint;
import jp.kyoseivision.model.KpiValue;
import jp.kyoseivision.model.RatioBasis;
import org.junit.jupiter.api.Test;

/** The rule of seed 000 L85–88 (A ≥100 %, B 80–99 %, C 50–79 %, D <50 %) on real and edge values. */
class KpiGraderTest {
    static final List<GradeBand> BANDS = List.of(new GradeBand("A", "達成", new BigDecimal("100")),
            new GradeBand("B", "概ね達成", new BigDecimal("80")), new GradeBand("C", "ある程度達成", new BigDecimal("50")),
            new GradeBand("D", "未達成", BigDecimal.ZERO));
    static final GradingRule RULE = new GradingRule(RatioBasis.ACTUAL_OVER_TARGET, BANDS);
    static final GradingRule PROGRESS = new GradingRule(RatioBasis.PROGRESS_FROM_BASELINE, BANDS);

    static Kpi kpi(String baseline, String target, Better better) {
        return new Kpi("k", "指標", "人", baseline == null ? null : new KpiPoint(2018, KpiValue.of(baseline)),
                target == null ? null : new KpiPoint(2023, KpiValue.of(target)), better, List.of(), null);
    }

    static GradeOutcome grade(GradingRule rule, Kpi k, String actual) {
        return KpiGrader.grade(rule, k, KpiValue.of(actual));
    }

    @Test
    void boundsAreInclusiveAndNothingIsRoundedBeforeGrading() {
        // seed 000 L151 (No.3): 現状値 13, 目標値 15; R2 12 is printed B: 12 ÷ 15 = exactly 80 % → B
        Kpi no3 = kpi("13", "15", Better.HIGHER);
        assertThat(grade(RULE, no3, "12")).isEqualTo(GradeOutcome.graded("B", new BigDecimal("80.0")));
        // seed 000 L197 (No.23): 目標値 4; R2 2 printed C: exactly 50 % → C
        assertThat(grade(RULE, kpi("3", "4", Better.HIGHER), "2").grade()).isEqualTo("C");
        // seed 000 L213 (No.29): 57.6 of 57.7 = 99.83 % printed B: not rounded up to 100 % → B, shown as 99.8
        GradeOutcome no29 = grade(RULE, kpi("56.7", "57.7", Better.HIGHER), "57.6");
        assertThat(no29.grade()).isEqualTo("B");
        assertThat(no29.percent()).isEqualByComparingTo("99.8");
        // seed 000 L208 (No.27): 102.9 of 130 = 79.15 % printed C
        assertThat(grade(RULE, kpi("130", "130", Better.HIGHER), "102.9").grade()).isEqualTo("C");
        // seed 000 L179 (No.18): 96.0 of 96.0 printed A
        assertThat(grade(RULE, kpi("92.0", "96.0", Better.HIGHER), "96.0").grade()).isEqualTo("A");
        assertThat(grade(RULE, kpi("0", "100", Better.HIGHER), "49.99").grade()).isEqualTo("D");
    }

    @Test
    void theProgressReadingWouldContradictThePrintedGrades() {
        // seed 000 L151 (No.3): 14 printed B; progress from the baseline 13 → 15 is only 50 % (C)
        Kpi no3 = kpi("13", "15", Better.HIGHER);
        assertThat(grade(RULE, no3, "14").grade()).isEqualTo("B");
        assertThat(grade(PROGRESS, no3, "14").grade()).isEqualTo("C");
        // seed 000 L152 (No.4): baseline 186 above target 180; 199 printed A. Progress would be negative → D
        Kpi no4 = kpi("186", "180", Better.HIGHER);
        assertThat(grade(RULE, no4, "199").grade()).isEqualTo("A");
        assertThat(grade(PROGRESS, no4, "199").grade()).isEqualTo("D");
        // seed 000 L198 (No.24): 63 → 100, 90 printed B; progress 73.0 % would be C
        assertThat(grade(RULE, kpi("63", "100", Better.HIGHER), "90").grade()).isEqualTo("B");
        GradeOutcome p = grade(PROGRESS, kpi("63", "100", Better.HIGHER), "90");
        assertThat(p.grade()).isEqualTo("C");
        assertThat(p.percent()).isEqualByComparingTo("73.0");
    }

    @Test
    void lowerIsBetterInvertsTheRatio() {
        Kpi fewer = kpi("120", "100", Better.LOWER);
        assertThat(grade(RULE, fewer, "100")).isEqualTo(GradeOutcome.graded("A", new BigDecimal("100.0")));
        assertThat(grade(RULE, fewer, "110").grade()).isEqualTo("B"); // 100 ÷ 110 = 90.9 %
        assertThat(grade(RULE, fewer, "110").percent()).isEqualByComparingTo("90.9");
        assertThat(grade(RULE, fewer, "250").grade()).isEqualTo("D"); // 40 %
        assertThat(grade(RULE, fewer, "0")).isEqualTo(GradeOutcome.graded("A", null));
        // progress works the same way in both directions: 120 → 100, actual 105 = 75 % of the way
        assertThat(grade(PROGRESS, fewer, "105").percent()).isEqualByComparingTo("75.0");
        assertThat(grade(PROGRESS, fewer, "105").grade()).isEqualTo("C");
    }

    @Test
    void aNoteOrAMissingTargetGivesNoGradeAndSaysWhy() {
        Kpi no12 = kpi("24366", "26000", Better.HIGHER);
        // seed 000 L164 (No.12): R2 コロナのため中止
        GradeOutcome note = KpiGrader.grade(RULE, no12, KpiValue.note("コロナのため中止"));
        assertThat(note.hasGrade()).isFalse();
        assertThat(note.reason()).isEqualTo(NoGradeReason.NOTE);
        assertThat(note.reasonText(Locale.JAPANESE)).isEqualTo("実績値が数値ではありません（コロナのため中止）");
        assertThat(note.reasonText(Locale.ENGLISH)).isEqualTo("the actual is not a number (コロナのため中止)");
        assertThat(KpiGrader.grade(RULE, no12, null).reason()).isEqualTo(NoGradeReason.NO_ACTUAL);
        assertThat(grade(RULE, kpi("1", null, Better.HIGHER), "5").reason()).isEqualTo(NoGradeReason.NO_TARGET);
        assertThat(grade(RULE, kpi("1", "0", Better.HIGHER), "5").reason()).isEqualTo(NoGradeReason.TARGET_ZERO);
        assertThat(grade(PROGRESS, kpi(null, "10", Better.HIGHER), "5").reason())
                .isEqualTo(NoGradeReason.NO_BASELINE);
        assertThat(grade(PROGRESS, kpi("10", "10", Better.HIGHER), "5").reason())
                .isEqualTo(NoGradeReason.BASELINE_EQUALS_TARGET);
        assertThat(grade(new GradingRule(null, List.of()), no12, "5").reason()).isEqualTo(NoGradeReason.NO_BANDS);
        // a number with a remark is graded on the number
        GradeOutcome both = KpiGrader.grade(RULE, no12, new KpiValue(new BigDecimal("26000"), "速報値"));
        assertThat(both.grade()).isEqualTo("A");
    }
}
