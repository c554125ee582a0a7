package jp.kyoseivision.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.Sample;
import org.junit.jupiter.api.Test;

/** The 総合戦略's numeric targets, phase 1 (seed 002) → phase 2 (seed 003), as one series. */
class TargetSeriesTest {
    private static final Sphere SAMPLE = Sample.load();

    private static Revision current(String planId) {
        return SAMPLE.plans().stream().filter(p -> p.id().equals(planId)).findFirst().flatMap(Plan::current)
                .orElseThrow();
    }

    @Test
    void phase2TargetsPairWithPhase1WhereTheyContinue() {
        List<TargetSeries.Row> rows = TargetSeries.compare(current("s1"), current("s2"));
        List<TargetSeries.Row> paired = rows.stream().filter(TargetSeries.Row::paired).toList();
        assertThat(paired).hasSize(3);
        // 002 L273 年間転出超過者数 448 → 329 and 003 L35 転出超過者数 644 → 322
        TargetSeries.Row out = paired.get(0);
        assertThat(out.older().kpi().name()).isEqualTo("年間転出超過者数");
        assertThat(out.newer().kpi().name()).isEqualTo("転出超過者数");
        assertThat(out.similarity()).isEqualTo(0.75);
        assertThat(out.older().kpi().target().value().number()).isEqualByComparingTo("329");
        assertThat(out.newer().kpi().baseline().value().number()).isEqualByComparingTo("644");
        assertThat(out.older().group().code()).isEqualTo("Ⅰ");
        // 002 L287 / 003 L48: the same name
        assertThat(paired.get(1).older().kpi().name()).isEqualTo("合計特殊出生率");
        assertThat(paired.get(1).similarity()).isEqualTo(1.0);
        assertThat(paired.get(2).newer().kpi().name()).isEqualTo("65歳以上人口に占める要介護認定者の割合");
        assertThat(paired).allMatch(TargetSeries.Row::sameUnit);
    }

    @Test
    void targetsWithoutASuccessorOrPredecessorAreListedAlone() {
        List<TargetSeries.Row> rows = TargetSeries.compare(current("s1"), current("s2"));
        // 003 has the population outlook and 10 goal targets; two of 002's five continue under another measure
        assertThat(rows).hasSize(11 + 2);
        assertThat(rows.subList(11, 13)).allMatch(r -> r.newer() == null)
                .extracting(r -> r.older().kpi().name())
                .containsExactly("メタボリックシンドローム該当者及び予備群該当者の割合", "市民センターの利用人数");
        // 市民センター: 利用人数 (千人) and 利用回数 (回/年) are related, not the same measure: not paired
        assertThat(rows).filteredOn(r -> r.newer() != null && r.newer().kpi().name().contains("市民センター"))
                .allMatch(r -> r.older() == null);
    }

    @Test
    void aVisionWithoutGoalTargetsHasOnlyItsPlanLevelTargets() {
        List<TargetSeries.Row> rows = TargetSeries.compare(current("v2"), current("v3"));
        assertThat(rows).extracting(r -> r.newer().kpi().id()).containsExactly("v3-t1", "v3-t2");
        assertThat(rows).noneMatch(TargetSeries.Row::paired);
    }
}
