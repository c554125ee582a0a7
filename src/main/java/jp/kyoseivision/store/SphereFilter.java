package jp.kyoseivision.store;

import java.util.Set;
import java.util.stream.Collectors;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Sphere;

/** Narrows a sphere to one plan edition, keeping only the opinions and change reasons that belong to it. */
public final class SphereFilter {
    private SphereFilter() {
    }

    public static Sphere onlyEdition(Sphere sphere, int edition) {
        Plan plan = sphere.planByEdition(edition).orElseThrow(
                () -> new jp.kyoseivision.text.LocalizedException("store.noEdition", edition));
        Set<String> revisions = plan.revisions().stream().map(r -> r.id()).collect(Collectors.toSet());
        return new Sphere(sphere.name(), sphere.municipalities(), sphere.centralMunicipalityId(), java.util.List.of(plan),
                sphere.opinions().stream().filter(o -> o.revisionId() == null || revisions.contains(o.revisionId()))
                        .toList(),
                sphere.changeReasons().stream().filter(c -> revisions.contains(c.fromRevisionId())
                        && revisions.contains(c.toRevisionId())).toList());
    }
}
