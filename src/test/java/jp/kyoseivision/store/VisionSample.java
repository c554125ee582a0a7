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
}
