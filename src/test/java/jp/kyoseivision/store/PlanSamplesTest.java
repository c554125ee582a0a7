package jp.kyoseivision.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Node;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Project;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.Section;
import jp.kyoseivision.model.Sphere;
import org.junit.jupiter.api.Test;

/**
 * The bundled 総合戦略 (seeds 002, 003) and 北上市's action plan (seed 004): counts per level as the seeds print them
 * (seed lines in docs/data-notes.md), their plan kinds with their own level names, and values cited by seed line.
 */
class PlanSamplesTest {
    private static final Sphere SAMPLE = Sample.load();
    private static final Sphere KITAKAMI = Sample.load("kitakami").orElseThrow();

    private static Plan plan(Sphere s, String id) {
        return s.plans().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private static Revision only(Plan p) {
        assertThat(p.revisions()).hasSize(1);
        return p.revisions().get(0);
    }

    /** Printed KPI rows: KPIs split by qualifier from one row (same name, one after another) count once. */
    private static int printedRows(List<Kpi> kpis) {
        int rows = 0;
        Kpi previous = null;
        for (Kpi k : kpis) {
            boolean sameRow = previous != null && k.qualifier() != null && previous.qualifier() != null
                    && k.name().equals(previous.name());
            rows += sameRow ? 0 : 1;
            previous = k;
        }
        return rows;
    }

    private static int sectionItems(List<Measure> items, String label) {
        return items.stream().flatMap(m -> m.sections().stream()).filter(s -> s.label().equals(label))
                .mapToInt(s -> s.items().size()).sum();
    }

    @Test
    void strategyPhase1HasFourGoalsEightDirections23ItemsAnd55KpiRows() {
        Plan s1 = plan(SAMPLE, "s1");
        assertThat(s1.ownerMunicipalityId()).isEqualTo("ichinoseki");
        assertThat(s1.kind().levels()).containsExactly("基本目標", "施策展開の基本的方向");
        assertThat(s1.kind().item()).isEqualTo("施策展開の方向性");
        assertThat(s1.graded()).isFalse();
        assertThat(List.of(s1.startFy(), s1.endFy())).containsExactly(2015, 2019); // 002 L62
        Revision r = only(s1);
        assertThat(r.nodesAt(0)).hasSize(4);
        assertThat(r.nodesAt(1)).hasSize(8);
        List<Measure> items = r.measures();
        assertThat(items).hasSize(23);
        List<Kpi> itemKpis = items.stream().flatMap(m -> m.kpis().stream()).toList();
        assertThat(itemKpis).hasSize(61); // L837, L1013, L1014 split by qualifier
        int rows = items.stream().mapToInt(m -> printedRows(m.kpis())).sum();
        assertThat(rows).isEqualTo(55);
        assertThat(r.nodesAt(0).stream().mapToInt(g -> g.kpis().size()).sum()).isEqualTo(5);
        assertThat(sectionItems(items, "主な取組")).isEqualTo(71);
        List<Project> projects = items.stream().flatMap(m -> m.projects().stream())
                .flatMap(g -> g.projects().stream()).toList();
        assertThat(projects).hasSize(132);
        assertThat(projects.stream().filter(Project::reposted)).hasSize(10); // 8 marked + L594, L686
    }

    @Test
    void strategyPhase2Has3Goals12Groups29MeasuresAnd94Actions() {
        Plan s2 = plan(SAMPLE, "s2");
        assertThat(s2.series()).isEqualTo(plan(SAMPLE, "s1").series());
        assertThat(List.of(s2.edition(), s2.startFy(), s2.endFy())).containsExactly(2, 2021, 2025); // 003 L23
        Revision r = only(s2);
        assertThat(r.nodesAt(0)).hasSize(3);
        assertThat(r.nodesAt(1)).hasSize(12);
        assertThat(r.measures()).hasSize(29);
        assertThat(sectionItems(r.measures(), "主な取組")).isEqualTo(94);
        assertThat(r.nodesAt(0).stream().map(g -> g.kpis().size()).toList()).containsExactly(3, 2, 5);
        assertThat(r.measures().stream().mapToInt(m -> m.kpis().size()).sum()).isZero();
    }

    @Test
    void kitakamiActionPlanHas10Projects74IndicatorsAnd106RolloutRows() {
        assertThat(KITAKAMI.municipalities()).hasSize(1);
        Plan kp = plan(KITAKAMI, "kp");
        assertThat(kp.kind().levels()).isEmpty();
        assertThat(kp.kind().item()).isEqualTo("プロジェクト");
        assertThat(kp.ownerMunicipalityId()).isEqualTo("kitakami");
        Revision r = only(kp);
        assertThat(r.nodes()).isEmpty();
        assertThat(r.items()).hasSize(10);
        assertThat(r.items().stream().map(m -> m.kpis().size()).toList())
                .containsExactly(8, 6, 11, 14, 10, 8, 6, 4, 5, 2);
        List<List<Project>> rollout = r.items().stream()
                .map(m -> m.projects().stream().flatMap(g -> g.projects().stream()).toList()).toList();
        assertThat(rollout.stream().map(List::size).toList()).containsExactly(10, 11, 15, 25, 13, 10, 8, 3, 8, 3);
        assertThat(rollout.stream().map(l -> l.stream().filter(Project::isNew).count()).toList())
                .containsExactly(0L, 2L, 2L, 3L, 1L, 2L, 1L, 1L, 2L, 0L);
        List<Project> all = rollout.stream().flatMap(List::stream).toList();
        assertThat(all.stream().filter(p -> p.years().contains(2025))).hasSize(106);
        assertThat(all.stream().filter(p -> p.years().contains(2026))).hasSize(94);
        assertThat(all.stream().filter(p -> p.years().contains(2027))).hasSize(91);
        assertThat(r.items().stream().map(m -> m.sections().stream().filter(s -> s.label().equals("現状・課題"))
                .mapToInt(s -> s.items().size()).sum()).mapToInt(Integer::intValue).sum()).isEqualTo(61);
    }

    @Test
    void valuesCitedBySeedLine() {
        Revision s1 = only(plan(SAMPLE, "s1"));
        Node goal1 = s1.nodesAt(0).get(0);
        // 002 L273: 転出超過者数 448人 (H26) → 329人 (H31)
        Kpi out = goal1.kpis().get(0);
        assertThat(out.name()).contains("転出超過");
        assertThat(out.baseline().value().number()).isEqualByComparingTo("448");
        assertThat(out.target().value().number()).isEqualByComparingTo("329");
        assertThat(out.target().fy()).isEqualTo(2019);
        Revision s2 = only(plan(SAMPLE, "s2"));
        // 003 L35: 転出超過者数 644人 → 322人
        Kpi out2 = s2.nodesAt(0).get(0).kpis().get(0);
        assertThat(out2.baseline().value().number()).isEqualByComparingTo("644");
        assertThat(out2.target().value().number()).isEqualByComparingTo("322");
        // 003 L68: the system chart's short label of goal 1
        assertThat(s2.nodesAt(0).get(0).aliases()).contains("人が集うまち");
        // 004 project 3 keeps its SDG goals 3 and 4 (L134–140)
        Measure p3 = only(plan(KITAKAMI, "kp")).items().get(2);
        assertThat(p3.sdgs()).containsExactly(3, 4);
        assertThat(p3.sections().stream().map(Section::label)).containsExactly("現状・課題", "推進方針");
        // 001 L1452–1464: the 3rd vision's population target about 107,400 in 2028 and about 94,000 in 2040
        Revision v3 = plan(SAMPLE, "v3").current().orElseThrow();
        Kpi population = v3.kpis().get(0);
        assertThat(population.target().fy()).isEqualTo(2028);
        assertThat(population.target().value().number()).isEqualByComparingTo("107400");
        assertThat(population.milestones().get(0).fy()).isEqualTo(2040);
        assertThat(population.milestones().get(0).value().number()).isEqualByComparingTo("94000");
    }
}
