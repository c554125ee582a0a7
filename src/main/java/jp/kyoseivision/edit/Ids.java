package jp.kyoseivision.edit;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.Sphere;

/** Fresh ids that no entity of the sphere uses yet: a prefix and eight random hex digits (m-3fa9c2d1). */
public final class Ids {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Set<String> used = new HashSet<>();

    public Ids(Sphere sphere) {
        for (Plan p : sphere.plans()) {
            used.add(p.id());
            for (Revision r : p.revisions()) {
                used.add(r.id());
                r.kpis().stream().map(Kpi::id).forEach(used::add);
                r.allNodes().forEach(n -> {
                    used.add(n.id());
                    n.kpis().stream().map(Kpi::id).forEach(used::add);
                });
                for (Measure m : r.measures()) {
                    used.add(m.id());
                    used.add(m.lineageId());
                    m.kpis().stream().map(Kpi::id).forEach(used::add);
                }
            }
        }
        sphere.municipalities().forEach(m -> used.add(m.id()));
        sphere.opinions().forEach(o -> used.add(o.id()));
        sphere.opinionKinds().forEach(k -> used.add(k.id()));
    }

    /**
     * A random id without a sphere at hand (e.g. a new KPI inside a card edit); the sphere's validation refuses the
     * edit in the one-in-four-billion case that it is taken.
     */
    public static String fresh(String prefix) {
        return prefix + "-" + String.format("%08x", RANDOM.nextInt());
    }

    public String next(String prefix) {
        while (true) {
            String id = prefix + "-" + String.format("%08x", RANDOM.nextInt());
            if (used.add(id)) {
                return id;
            }
        }
    }
}
