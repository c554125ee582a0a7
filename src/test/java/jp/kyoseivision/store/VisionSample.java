package jp.kyoseivision.store;

import java.util.List;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.Sphere;

/**
 * The bundled sample's 共生ビジョン alone (the 2nd and 3rd visions, their opinions and change reasons), as the sample
 * was before 一関市's 総合戦略 joined it: for tests about the vision, and for files of schema 1 and 2 and JSON of
 * format 1 and 2, which could hold nothing else.
 */
public final class VisionSample {
    private VisionSample() {
    }

    public static Sphere load() {
        Sphere s = Sample.load();
        return new Sphere(s.name(), s.municipalities(), s.centralMunicipalityId(),
                s.plans().stream().filter(p -> "vision".equals(p.series())).toList(), s.opinionKinds(),
                s.opinions(), s.changeReasons());
    }

    /**
     * The vision as schema 1 and 2 and JSON format 1 and 2 held it: without the plan-level targets (revision KPIs)
     * that format 3 added to the 3rd vision (001 L1452–1464).
     */
    public static Sphere asBeforeFormat3() {
        Sphere s = load();
        return new Sphere(s.name(), s.municipalities(), s.centralMunicipalityId(),
                s.plans().stream().map(p -> p.withRevisions(p.revisions().stream()
                        .map(r -> new Revision(r.id(), r.name(), r.date(), r.dateText(), r.status(), r.basedOnId(),
                                r.note(), List.of(), r.sections(), r.nodes(), r.items())).toList())).toList(),
                s.opinionKinds(), s.opinions(), s.changeReasons());
    }
}
