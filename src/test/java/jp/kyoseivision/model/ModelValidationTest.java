package jp.kyoseivision.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import jp.kyoseivision.TestData;
import org.junit.jupiter.api.Test;

class ModelValidationTest {

    @Test
    void cardKeepsBudgetInFiscalYearOrderAndSumsIt() {
        Measure m = TestData.card1();
        assertThat(m.budget().keySet()).containsExactly(2024, 2025, 2026, 2027, 2028);
        assertThat(m.budgetTotal()).isEqualTo(5 * 48221L);
        assertThat(m.projectNames("ichinoseki")).containsExactly("休日・夜間当番医制運営事業", "休日歯科応急診療事業");
        assertThat(m.projectNames(null)).isEmpty();
    }

    @Test
    void negativeBudgetIsRefusedWithAMessageInBothLanguages() {
        Measure m = TestData.card1();
        assertThatThrownBy(() -> new Measure(m.id(), m.lineageId(), 1, m.name(), m.aliases(), m.content(),
                m.participants(), m.kpis(), TestData.budget(48221, -1), m.projects(), m.effect(), m.roleSharing(),
                m.sdgs(), m.notes()))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> {
                    ValidationException v = (ValidationException) e;
                    assertThat(v.message(Locale.JAPANESE)).contains("2025年度の事業費").contains("負の値");
                    assertThat(v.message(Locale.ENGLISH)).contains("FY2025").contains("negative");
                });
    }

    @Test
    void sdgGoalsMustBeOneToSeventeenAndAreSorted() {
        Measure m = TestData.card1();
        Measure sorted = new Measure(m.id(), m.lineageId(), 1, m.name(), m.aliases(), m.content(), m.participants(),
                m.kpis(), m.budget(), m.projects(), m.effect(), m.roleSharing(), List.of(17, 3), m.notes());
        assertThat(sorted.sdgs()).containsExactly(3, 17);
        assertThatThrownBy(() -> new Measure(m.id(), m.lineageId(), 1, m.name(), m.aliases(), m.content(),
                m.participants(), m.kpis(), m.budget(), m.projects(), m.effect(), m.roleSharing(), List.of(18),
                m.notes())).isInstanceOf(ValidationException.class).hasMessageContaining("18");
    }

    @Test
    void kpiValueNeedsANumberOrANote() {
        assertThat(KpiValue.note("集計不可").hasNumber()).isFalse();
        assertThat(KpiValue.of("27932").number()).isEqualByComparingTo("27932");
        assertThat(new KpiValue(new BigDecimal("88.2"), null).number().toPlainString()).isEqualTo("88.2");
        assertThatThrownBy(() -> new KpiValue(null, " ")).isInstanceOf(ValidationException.class);
    }

    @Test
    void kpiActualsAreOrderedByYearAndUniquePerYear() {
        Kpi k = TestData.card1().kpis().get(0);
        assertThat(k.actuals()).extracting(KpiActual::fy).containsExactly(2024, 2025);
        assertThat(k.actual(2025)).get().extracting(a -> a.value().note()).isEqualTo("集計不可");
        assertThatThrownBy(() -> new Kpi("k", "x", "人", null, null, Better.HIGHER, List.of(
                new KpiActual(2024, KpiValue.of("1"), null, null, null, null),
                new KpiActual(2024, KpiValue.of("2"), null, null, null, null)), null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("2024");
    }

    @Test
    void gradeMustBeOneLetter() {
        assertThatThrownBy(() -> new KpiActual(2024, KpiValue.of("1"), "AA", null, null, null))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void planPeriodMustRunForward() {
        assertThatThrownBy(() -> new Plan("p", 3, "t", 2028, 2024, null, List.of(), List.of()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("2028");
        Plan p = TestData.small().plans().get(0);
        assertThat(p.fiscalYears()).containsExactly(2024, 2025, 2026, 2027, 2028);
    }

    @Test
    void sphereRefusesReferencesToUnknownMunicipalities() {
        Sphere s = TestData.small();
        assertThatThrownBy(() -> new Sphere(s.name(), List.of(new Municipality("ichinoseki", "一関市")), "ichinoseki",
                s.plans(), List.of(), List.of(), List.of()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("hiraizumi");
    }

    @Test
    void sphereRefusesDuplicateIdsAcrossTheTree() {
        Sphere s = TestData.small();
        Plan p = s.plans().get(0);
        Revision copy = p.revisions().get(0);
        Plan twice = new Plan(p.id(), 3, p.title(), 2024, 2028, p.grading(), List.of(copy,
                new Revision("r2", "改定", null, RevisionStatus.DRAFT, "r1", null, copy.nodes())), List.of());
        assertThatThrownBy(() -> new Sphere(s.name(), s.municipalities(), "ichinoseki", List.of(twice), List.of(),
                List.of(), List.of())).isInstanceOf(ValidationException.class).hasMessageContaining("p1");
    }

    @Test
    void gradesMustBelongToThePlansRule() {
        Sphere s = TestData.small();
        Measure m = TestData.card1();
        Kpi bad = new Kpi("k1", "x", "%", null, null, Better.HIGHER,
                List.of(new KpiActual(2024, KpiValue.of("1"), "E", null, null, null)), null);
        Measure withBad = new Measure(m.id(), m.lineageId(), 1, m.name(), m.aliases(), m.content(), m.participants(),
                List.of(bad), m.budget(), m.projects(), m.effect(), m.roleSharing(), m.sdgs(), m.notes());
        Plan p = s.plans().get(0);
        Revision r = p.revisions().get(0);
        Node d = r.nodesAt(2).get(0);
        Revision r2 = new Revision(r.id(), r.name(), null, r.status(), null, null, List.of(Node.group("p1", "x",
                List.of(Node.group("a1", "医療", List.of(Node.leaf(d.id(), d.name(), d.text(), d.roles(),
                        List.of(withBad))))))));
        Plan p2 = new Plan(p.id(), 3, p.title(), 2024, 2028, p.grading(), List.of(r2), List.of());
        assertThatThrownBy(() -> new Sphere(s.name(), s.municipalities(), "ichinoseki", List.of(p2), List.of(),
                List.of(), List.of())).isInstanceOf(ValidationException.class).hasMessageContaining("「E」");
    }
}
