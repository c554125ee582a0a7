package jp.kyoseivision.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.kyoseivision.edit.SphereEdits;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.KpiPoint;
import jp.kyoseivision.model.KpiValue;
import jp.kyoseivision.model.Node;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.Sample;
import org.junit.jupiter.api.Test;

/** A goal's 数値目標 revised within one plan (第2期 総合戦略, seed 003) shows as a change in 数値目標の推移. */
class GoalTargetRevisionTest {
    @Test
    void aRevisedGoalTargetIsMarkedChangedBetweenRevisionsOfOnePlan() {
        Sphere s = SphereEdits.newRevision(Sample.load(), "s2-r1", "令和5年度改訂", LocalDate.of(2024, 3, 31));
        Plan s2 = s.plan("s2").orElseThrow();
        Revision next = s2.revisions().get(1);
        // 003 L35: 転出超過者数 644人 (R1) → 322人 (R7); the revision lowers the target to 300
        List<Node> goals = next.nodes().stream().map(g -> g.kpis().isEmpty() || !g.kpis().get(0).name().equals("転出超過者数")
                ? g : withFirstTarget(g, 300)).toList();
        Revision edited = next.withContent(goals, next.items());
        Sphere after = new Sphere(s.name(), s.municipalities(), s.centralMunicipalityId(), s.plans().stream()
                .map(p -> p.id().equals("s2") ? p.withRevisions(List.of(p.revisions().get(0), edited)) : p).toList(),
                s.opinionKinds(), s.opinions(), s.changeReasons());
        RevisionDiff d = DiffService.compare(after, "s2-r1", next.id());
        TargetTable t = TargetTable.of(d, Locale.JAPANESE);
        assertThat(t.rows()).hasSize(11).allMatch(r -> r.series().paired());
        TargetTable.Row out = t.rows().get(1);
        assertThat(out.cells()).containsExactly("転出超過者数", "644人 (R1)", "322人 (R7)", "転出超過者数", "644人 (R1)",
                "300人 (R7)", "同じ名称、変更あり");
        assertThat(t.rows().stream().filter(r -> r.series().changed())).hasSize(1);
    }

    private static Node withFirstTarget(Node g, int target) {
        Kpi k = g.kpis().get(0);
        Kpi lowered = new Kpi(k.id(), k.name(), k.qualifier(), k.unit(), k.municipalityId(), k.baseline(),
                new KpiPoint(k.target().fy(), k.target().period(), KpiValue.of(String.valueOf(target))),
                k.milestones(), k.better(), k.actuals(), k.note());
        List<Kpi> kpis = new java.util.ArrayList<>(g.kpis());
        kpis.set(0, lowered);
        return new Node(g.id(), g.code(), g.name(), g.aliases(), g.subtitle(), g.text(), g.page(), g.roles(), kpis,
                g.sections(), g.children(), g.measures());
    }
}
