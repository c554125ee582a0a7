package jp.kyoseivision.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.kyoseivision.OtherKinds;
import jp.kyoseivision.store.Sample;
import jp.kyoseivision.store.VisionSample;
import org.junit.jupiter.api.Test;

/** Plans of any shape (issue 19): the tree of nodes, series and editions, owners, and the in-place card edit. */
class PlanShapesTest {
    private final Sphere sample = VisionSample.load();

    @Test
    void theVisionIsATreeOfThreeLevelsWithItsCardsInPlanOrder() {
        Revision r3 = sample.revision("v3-adopted").orElseThrow();
        assertThat(r3.nodesAt(0)).extracting(Node::name).containsExactly("生活機能の強化", "結びつきやネットワークの強化",
                "圏域マネジメント能力の強化");
        assertThat(r3.nodesAt(1)).hasSize(10);
        assertThat(r3.nodesAt(2)).hasSize(17);
        assertThat(r3.allNodes()).hasSize(30);
        assertThat(r3.measures()).hasSize(32).first().extracting(Measure::id).isEqualTo("v3-m01");
        assertThat(r3.pathOf("v3-m01")).extracting(Node::id).containsExactly("v3-p1", "v3-a01", "v3-d01");
        // the cards' KPIs and the plan-level targets 人口 and 高齢化率 (001 L1452–1464)
        assertThat(r3.kpis()).extracting(k -> k.name()).containsExactly("人口", "高齢化率");
        assertThat(r3.allKpis().count())
                .isEqualTo(r3.measures().stream().mapToLong(m -> m.kpis().size()).sum() + 2);
        assertThat(sample.plans()).allSatisfy(p -> assertThat(p.kind()).isEqualTo(PlanKind.VISION));
    }

    @Test
    void editionsAreUniquePerSeriesAndAnOwnerMustBeAMunicipalityOfTheSphere() {
        Plan s1 = OtherKinds.sogoSenryaku().plans().get(0);
        Plan sameEditionOtherSeries = new Plan("s3", s1.series(), 3, s1.title(), 2025, 2029, s1.kind(), "ichinoseki",
                s1.grading(), List.of(), List.of());
        List<Plan> plans = new ArrayList<>(sample.plans());
        plans.add(sameEditionOtherSeries);
        Sphere ok = new Sphere(sample.name(), sample.municipalities(), "ichinoseki", plans, sample.opinionKinds(),
                sample.opinions(), sample.changeReasons());
        assertThat(ok.planByEdition(3).orElseThrow().id()).isEqualTo("v3"); // the sphere's own plan first
        assertThat(ok.planByIdOrEdition("s3").orElseThrow()).isEqualTo(sameEditionOtherSeries);
        assertThat(ok.planByIdOrEdition(" 2 ").orElseThrow().id()).isEqualTo("v2");
        assertThat(ok.planByIdOrEdition("9")).isEmpty();

        plans.add(new Plan("s3b", s1.series(), 3, s1.title(), 2025, 2029, s1.kind(), null, s1.grading(), List.of(),
                List.of()));
        assertThatThrownBy(() -> new Sphere(sample.name(), sample.municipalities(), "ichinoseki", plans,
                sample.opinionKinds(), List.of(), List.of()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.message(Locale.ENGLISH))
                        .contains("plan.edition is duplicated: sogo-senryaku 3"));

        Plan kitakami = new Plan("kp", "action-plan", 1, "アクションプラン", 2021, 2025, OtherKinds.ACTION, "kitakami",
                null, List.of(), List.of());
        assertThatThrownBy(() -> new Sphere(sample.name(), sample.municipalities(), "ichinoseki", List.of(kitakami),
                sample.opinionKinds(), List.of(), List.of()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.message(Locale.ENGLISH))
                        .contains("plan.ownerMunicipalityId", "kitakami"));
    }

    @Test
    void aCardEditedInPlaceSharesEverythingOffItsPathAtAnyDepth() {
        Sphere kp = OtherKinds.actionPlan();
        Measure p1 = kp.measure("kp-p01").orElseThrow();
        Measure renamed = new Measure(p1.id(), p1.lineageId(), p1.number(), "子育て寄り添いプロジェクト（改）", p1.aliases(),
                p1.content(), p1.participants(), p1.kpis(), p1.budget(), p1.projects(), p1.effect(), p1.roleSharing(),
                p1.sdgs(), p1.notes(), p1.code(), p1.page(), p1.sections());
        Sphere edited = kp.withMeasure(renamed);
        assertThat(edited.measure("kp-p01").orElseThrow().name()).isEqualTo("子育て寄り添いプロジェクト（改）");
        assertThat(edited.withMeasure(renamed)).isSameAs(edited);

        Sphere s1 = OtherKinds.sogoSenryaku();
        Measure m = s1.measure("s1-m01").orElseThrow();
        Kpi clash = new Kpi("s1-g1-k1", "研究機関等との共同研究数", "件／年", null, null, Better.HIGHER, List.of(), null);
        Measure withClash = new Measure(m.id(), m.lineageId(), m.number(), m.name(), m.aliases(), m.content(),
                m.participants(), List.of(clash), m.budget(), m.projects(), m.effect(), m.roleSharing(), m.sdgs(),
                m.notes(), m.code(), m.page(), m.sections());
        // a new KPI id may not be one a node's KPI already has (ids share one space)
        assertThatThrownBy(() -> s1.withMeasure(withClash)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("s1-g1-k1");
    }
}
