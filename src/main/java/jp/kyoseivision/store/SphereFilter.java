package jp.kyoseivision.store;

import java.util.Set;
import java.util.stream.Collectors;
import jp.kyoseivision.model.Opinion;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Sphere;

/**
 * Narrows a sphere to one plan edition, keeping only the opinions and change reasons that belong to it (an opinion's
 * change loses the card of another edition).
 */
public final class SphereFilter {
    private SphereFilter() {
    }

    public static Sphere onlyEdition(Sphere sphere, int edition) {
        return onlyPlan(sphere, String.valueOf(edition));
    }

    /** As {@link #onlyEdition}, the plan named by its id or edition ({@link Sphere#planByIdOrEdition}). */
    public static Sphere onlyPlan(Sphere sphere, String idOrEdition) {
        Plan plan = sphere.planByIdOrEdition(idOrEdition).orElseThrow(
                () -> new jp.kyoseivision.text.LocalizedException("store.noEdition", idOrEdition));
        Set<String> revisions = plan.revisions().stream().map(r -> r.id()).collect(Collectors.toSet());
        Set<String> cards = plan.revisions().stream().flatMap(r -> r.measures().stream()).map(m -> m.id())
                .collect(Collectors.toSet());
        return new Sphere(sphere.name(), sphere.municipalities(), sphere.centralMunicipalityId(), java.util.List.of(plan),
                sphere.opinionKinds(),
                sphere.opinions().stream().filter(o -> o.revisionId() == null || revisions.contains(o.revisionId()))
                        .map(o -> withinPlan(o, cards)).toList(),
                sphere.changeReasons().stream().filter(c -> revisions.contains(c.fromRevisionId())
                        && revisions.contains(c.toRevisionId())).toList());
    }

    /** The opinion without the side of its change that lies in another edition (the pair of 2nd → 3rd). */
    private static Opinion withinPlan(Opinion o, Set<String> cards) {
        Opinion out = o;
        for (String id : new String[] {o.changeFromMeasureId(), o.changeToMeasureId()}) {
            if (id != null && !cards.contains(id)) {
                out = out.unlinked(id);
            }
        }
        return out;
    }
}
