package jp.kyoseivision.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import jp.kyoseivision.OtherKinds;
import jp.kyoseivision.model.KpiValue;
import jp.kyoseivision.model.Plan;
import org.junit.jupiter.api.Test;

/**
 * A plan whose rule has no bands (the 総合戦略 and action plans print none, issue 19) grades nothing: an actual is
 * shown as a percentage of the target, without a letter. Before, it showed no ratio at all.
 */
class NoGradingRuleTest {
    private final Plan kp = OtherKinds.actionPlan().plans().get(0);

    @Test
    void theActualIsAPercentageOfTheTargetWithoutALetter() {
        var k = kp.current().orElseThrow().items().get(0).kpis().get(0); // 子育て環境の充実度 64.1 % → 65 % (R7)
        GradeOutcome o = KpiGrader.grade(kp.grading(), k, KpiValue.of("62.5"));
        assertThat(o.hasGrade()).isFalse();
        assertThat(o.grade()).isNull();
        assertThat(o.percent()).isEqualByComparingTo(OtherKinds.P01_2024_PERCENT);
        assertThat(o.reason()).isEqualTo(NoGradeReason.NO_BANDS);
        assertThat(o.reasonText(Locale.JAPANESE)).contains("目標値に対する割合");
        // a lower-is-better KPI: 644 against the target 329 (002 基本目標Ⅰ) is 51.1 %
        var goal = OtherKinds.sogoSenryaku().plans().get(0).current().orElseThrow().nodes().get(0).kpis().get(0);
        assertThat(KpiGrader.grade(kp.grading(), goal, KpiValue.of("644")).percent()).isEqualByComparingTo("51.1");
        // a note still says why there is nothing to show
        assertThat(KpiGrader.grade(kp.grading(), k, KpiValue.note("集計中")).reason()).isEqualTo(NoGradeReason.NOTE);
    }

    @Test
    void theKpiResultsOfAPlanWithoutLevelsOrRuleHoldEveryYearUngraded() {
        KpiResults r = KpiResults.of(kp);
        assertThat(r.lines()).hasSize(2);
        YearResult fy2024 = r.lines().get(0).years().stream().filter(y -> y.fy() == 2024).findFirst().orElseThrow();
        assertThat(fy2024.computed().percent()).isEqualByComparingTo(OtherKinds.P01_2024_PERCENT);
        assertThat(r.summaries()).allSatisfy(s -> assertThat(s).isNotNull());
    }
}
