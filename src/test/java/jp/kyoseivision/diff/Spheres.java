package jp.kyoseivision.diff;

import java.util.List;
import java.util.function.UnaryOperator;
import jp.kyoseivision.model.Node;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.Sphere;

/** Rebuilding a sphere with every card passed through a function, for the diff tests. */
final class Spheres {
    private Spheres() {
    }

    static Sphere mapCards(Sphere s, UnaryOperator<Measure> f) {
        // each plan keeps its series, kind and owner (the 総合戦略's second plan shares edition 2 with the vision's)
        List<Plan> plans = s.plans().stream().map(p -> p.withRevisions(p.revisions().stream()
                .map(r -> mapCards(r, f)).toList())).toList();
        return new Sphere(s.name(), s.municipalities(), s.centralMunicipalityId(), plans, s.opinionKinds(), s.opinions(),
                s.changeReasons());
    }

    static Revision mapCards(Revision r, UnaryOperator<Measure> f) {
        return r.withContent(r.nodes().stream().map(n -> mapCards(n, f)).toList(),
                r.items().stream().map(f).toList());
    }

    private static Node mapCards(Node n, UnaryOperator<Measure> f) {
        return n.withChildren(n.children().stream().map(c -> mapCards(c, f)).toList())
                .withMeasures(n.measures().stream().map(f).toList());
    }

    /**
     * A copy of {@code r} as a new revision {@code id} based on it, as the officer makes for a yearly revision: every
     * id prefixed with {@code id + "-"}, lineage ids kept.
     */
    static Revision copy(Revision r, String id) {
        String p = id + "-";
        return new Revision(id, "2025年度改定", null, null, r.id(), null,
                r.nodes().stream().map(x -> copy(x, p)).toList());
    }

    private static Node copy(Node n, String p) {
        return new Node(p + n.id(), n.code(), n.name(), n.aliases(), n.subtitle(), n.text(), n.page(), n.roles(),
                n.kpis(), n.sections(), n.children().stream().map(c -> copy(c, p)).toList(),
                n.measures().stream().map(m -> new Measure(p + m.id(), m.lineageId(), m.number(), m.name(),
                        m.aliases(), m.content(), m.participants(),
                        m.kpis().stream().map(k -> new Kpi(p + k.id(), k.name(), k.unit(), k.baseline(), k.target(),
                                k.better(), k.actuals(), k.note())).toList(),
                        m.budget(), m.projects(), m.effect(), m.roleSharing(), m.sdgs(), m.notes())).toList());
    }

    /** The sphere with {@code extra} appended to the revisions of plan {@code planId}. */
    static Sphere withRevision(Sphere s, String planId, Revision extra) {
        List<Plan> plans = s.plans().stream().map(p -> !p.id().equals(planId) ? p : p.withRevisions(
                java.util.stream.Stream.concat(p.revisions().stream(), java.util.stream.Stream.of(extra)).toList()))
                .toList();
        return new Sphere(s.name(), s.municipalities(), s.centralMunicipalityId(), plans, s.opinionKinds(), s.opinions(),
                s.changeReasons());
    }

    /** The card with a fresh lineage id of its own (its measure id): no card shares a lineage any more. */
    static Measure freshLineage(Measure m) {
        return new Measure(m.id(), "fresh-" + m.id(), m.number(), m.name(), m.aliases(), m.content(),
                m.participants(), m.kpis(), m.budget(), m.projects(), m.effect(), m.roleSharing(), m.sdgs(),
                m.notes());
    }
}
