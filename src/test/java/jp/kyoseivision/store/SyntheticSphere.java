package jp.kyoseivision.store;

import java.util.ArrayList;
import java.util.List;
import jp.kyoseivision.model.Node;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.Sphere;

/**
 * A big sphere for tests: the bundled sample with each card repeated in its direction (new ids, the copy's number
 * in its name and notes), about {@code cards} cards in all, shaped as the sample is.
 */
public final class SyntheticSphere {
    private SyntheticSphere() {
    }

    public static Sphere of(int cards) {
        Sphere s = VisionSample.load();
        long have = s.revisions().mapToLong(r -> r.measures().size()).sum();
        int copies = (int) Math.max(1, (cards + have - 1) / have);
        List<Plan> plans = new ArrayList<>();
        for (Plan p : s.plans()) {
            List<Revision> revs = new ArrayList<>();
            for (Revision r : p.revisions()) {
                List<Node> ps = r.nodes().stream().map(n -> repeated(n, copies)).toList();
                revs.add(new Revision(r.id(), r.name(), r.date(), r.dateText(), r.status(), r.basedOnId(), r.note(),
                        r.kpis(), r.sections(), ps, r.items()));
            }
            plans.add(p.withRevisions(revs)); // its series, kind and owner kept (two plans share edition 2)
        }
        return new Sphere(s.name(), s.municipalities(), s.centralMunicipalityId(), plans, s.opinionKinds(), s.opinions(),
                s.changeReasons());
    }

    /** {@code n} with each item of it and of the nodes below it repeated, at any depth (every plan kind). */
    private static Node repeated(Node n, int copies) {
        List<Measure> ms = new ArrayList<>(n.measures());
        for (int j = 1; j < copies; j++) {
            for (Measure m : n.measures()) {
                ms.add(copy(m, j, ms.size() + 1));
            }
        }
        return n.withChildren(n.children().stream().map(c -> repeated(c, copies)).toList()).withMeasures(ms);
    }

    private static Measure copy(Measure m, int j, int number) {
        String suffix = "-s" + j;
        List<Kpi> kpis = m.kpis().stream().map(k -> new Kpi(k.id() + suffix, k.name(), k.unit(), k.baseline(),
                k.target(), k.better(), k.actuals(), k.note())).toList();
        return new Measure(m.id() + suffix, m.lineageId() + suffix, number, m.name() + "（" + j + "）", m.aliases(),
                m.content(), m.participants(), kpis, m.budget(), m.projects(), m.effect(), m.roleSharing(), m.sdgs(),
                (m.notes() == null ? "" : m.notes()) + " 写" + j);
    }
}
