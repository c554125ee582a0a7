package jp.kyoseivision.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Locale;
import jp.kyoseivision.edit.CardEdits;
import jp.kyoseivision.edit.KpiEdits;
import jp.kyoseivision.model.KpiActual;
import jp.kyoseivision.model.KpiValue;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19: the KPI results of every plan kind hold the KPIs each plan prints — a node's 数値目標 (002's 基本目標,
 * 003's whole KPI set) and the plan's own targets (the 3rd vision's 人口 and 高齢化率) beside the items' KPIs — and an
 * actual can be entered for any of them. Before, only items' KPIs were listed: 003 had none.
 */
class EveryPlanKpisTest {
    @TempDir
    Path dir;

    private final Sphere sample = Sample.load();

    private static KpiLine line(KpiResults r, String kpiId) {
        return r.all().stream().filter(l -> l.kpi().id().equals(kpiId)).findFirst().orElseThrow();
    }

    @Test
    void theStrategysGoalTargetsAreListedWithTheirGoalBeforeItsItems() {
        KpiResults r = KpiResults.of(sample.plan("s1").orElseThrow());
        // seed 002 L273: 基本目標Ⅰ 数値目標 年間転出超過者数 448人 (H26) → 329人
        KpiLine goal = r.lines().get(0);
        assertThat(goal.kpi().id()).isEqualTo("s1-g1-k1");
        assertThat(goal.kpi().name()).isEqualTo("年間転出超過者数");
        assertThat(goal.measure()).isNull();
        assertThat(goal.no()).isEqualTo("Ⅰ");
        assertThat(goal.group().scope()).isEqualTo(KpiGroup.Scope.NODE);
        assertThat(goal.owner(Locale.JAPANESE)).isEqualTo("基本目標：市民が力を発揮できる仕事を創出し、若者や女性が集うまちを目指します");
        assertThat(goal.kpi().baseline().value().number()).isEqualByComparingTo("448");
        assertThat(goal.kpi().target().value().number()).isEqualByComparingTo("329");
        // then goal Ⅰ's first item's KPIs (seed 002: 産地直売施設（道の駅）入込客数 1,052 → 1,155)
        assertThat(r.lines().get(1).kpi().id()).isEqualTo("s1-m01-k1");
        assertThat(r.lines().get(1).owner(Locale.JAPANESE)).isEqualTo(r.lines().get(1).measure().name());
        // 5 goal targets and every item KPI
        long items = sample.plan("s1").orElseThrow().current().orElseThrow().measures().stream()
                .mapToLong(m -> m.kpis().size()).sum();
        assertThat(r.lines()).hasSize((int) items + 5);
        assertThat(r.lines()).filteredOn(l -> l.group().scope() == KpiGroup.Scope.NODE).extracting(KpiLine::no)
                .containsExactly("Ⅰ", "Ⅱ", "Ⅲ-1", "Ⅲ-2", "Ⅳ");
        // seed 002 L837: a printed row split by school level keeps its qualifier in the name shown
        assertThat(line(r, "s1-m11-k1").name()).isEqualTo("情報通信技術を活用して学習指導を行った学校の割合（小学校）");
        // seed 002 L586: a baseline printed for a graduating class keeps its label
        assertThat(KpiValueText.show(line(r, "s1-m04-k2").kpi().baseline())).isEqualTo("51.8（H27.3卒）");
    }

    @Test
    void theSecondStrategyHasItsTenGoalTargetsAndItsPopulationTarget() {
        KpiResults r = KpiResults.of(sample.plan("s2").orElseThrow());
        // seed 003: 数値目標 only at the 基本目標 (L35 転出超過者数 644人 → 322人)
        assertThat(r.lines()).hasSize(10).allSatisfy(l -> assertThat(l.group().scope()).isEqualTo(
                KpiGroup.Scope.NODE));
        assertThat(r.lines().get(0).kpi().name()).isEqualTo("転出超過者数");
        assertThat(r.lines().get(0).no()).isEqualTo("1-1");
        assertThat(r.targets()).extracting(l -> l.kpi().id()).containsExactly("s2-t1");
        assertThat(r.targets().get(0).owner(Locale.JAPANESE)).isEqualTo("計画全体");
        assertThat(r.targets().get(0).owner(Locale.ENGLISH)).isEqualTo("Whole plan");
        // no rule: 5 years × 10 goals counted, nothing graded
        assertThat(r.summary(2021, GradeSource.COMPUTED).total()).isEqualTo(10);
    }

    @Test
    void theThirdVisionsPopulationTargetsAreListedButTheSummaryStillCountsItsThirtyThree() {
        KpiResults r = KpiResults.of(sample.planByEdition(3).orElseThrow());
        // seed 001 L1452–1463: 2028 人口 107,400人程度, 高齢化率 39.5％程度; 2040 94,000人程度, 40％程度
        assertThat(r.targets()).extracting(l -> l.kpi().name()).containsExactly("人口", "高齢化率");
        assertThat(r.targets().get(0).kpi().milestones().get(0).fy()).isEqualTo(2040);
        assertThat(r.lines()).hasSize(33);
        assertThat(r.all()).hasSize(35);
        assertThat(r.summary(2024, GradeSource.COMPUTED).total()).isEqualTo(33);
        assertThat(KpiTables.results(r, fy -> fy == 2024, Locale.JAPANESE).rows()).hasSize(35);
    }

    @Test
    void anActualOfAGoalTargetIsAPercentageWithoutALetterAndIsStored() {
        Path f = dir.resolve("s.kyosei");
        try (PlanFile pf = PlanFile.create(f, sample)) {
            Sphere before = pf.read();
            // 400 people net out-migration in FY2019 against the target 329 (lower is better): 82.3 %, no letter
            var edited = CardEdits.setActual(before, "s1-g1-k1", 2019,
                    new KpiActual(2019, KpiValue.of("400"), null, null, null, null));
            assertThat(edited.targeted()).isFalse(); // not a card's row: the whole compare writes it
            pf.save(before, edited.sphere());
            // and the plan's own target of the 3rd vision (人口 2024: 115,000)
            Sphere again = KpiEdits.withActual(edited.sphere(), "v3-t1", 2024,
                    new KpiActual(2024, KpiValue.of("115000"), null, null, null, null));
            pf.save(edited.sphere(), again);
        }
        try (PlanFile pf = PlanFile.open(f)) {
            Sphere back = pf.read();
            KpiResults r = KpiResults.of(back.plan("s1").orElseThrow());
            YearResult y = line(r, "s1-g1-k1").year(2019).orElseThrow();
            assertThat(y.value().number()).isEqualByComparingTo("400");
            assertThat(y.computed().hasGrade()).isFalse();
            assertThat(y.computed().percent()).isEqualByComparingTo("82.3");
            KpiResults v3 = KpiResults.of(back.planByEdition(3).orElseThrow());
            YearResult p = line(v3, "v3-t1").year(2024).orElseThrow();
            assertThat(p.value().number()).isEqualByComparingTo("115000");
            // the vision's rule grades it like any KPI: 115,000 of 107,400 is A (107.1 %)
            assertThat(p.computed().grade()).isEqualTo("A");
            assertThat(line(v3, "v3-t1").kpi().milestones()).hasSize(1);
        }
    }

    @Test
    void enteringAnActualKeepsTheKpisQualifier() {
        // seed 002 L837: 小学校 64.7% → 69.0%; before, the edit rebuilt the KPI without its qualifier
        Sphere s = KpiEdits.withActual(sample, "s1-m11-k1", 2016,
                new KpiActual(2016, KpiValue.of("66.0"), null, null, null, null));
        var k = s.plan("s1").orElseThrow().current().orElseThrow().allKpis()
                .filter(x -> x.id().equals("s1-m11-k1")).findFirst().orElseThrow();
        assertThat(k.qualifier()).isEqualTo("小学校");
        assertThat(k.actual(2016).orElseThrow().value().number()).isEqualByComparingTo(new BigDecimal("66.0"));
    }

    @Test
    void theActionPlansPeriodLabelsShowWithTheirValues() {
        Plan kp = Sample.load("kitakami").orElseThrow().plan("kp").orElseThrow();
        KpiResults r = KpiResults.of(kp);
        // seed 004 L243–245
        assertThat(KpiValueText.show(line(r, "kp-p04-k08").kpi().baseline())).isEqualTo("5,533（H26～H30平均）");
        assertThat(KpiValueText.show(line(r, "kp-p04-k09").kpi().baseline())).isEqualTo("928（2019年実績）");
        assertThat(r.targets()).isEmpty();
        assertThat(r.lines()).allSatisfy(l -> assertThat(l.group().level()).isEqualTo("プロジェクト"));
    }
}
