package jp.kyoseivision.ui.opinion;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import jp.kyoseivision.model.Direction;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.PolicyArea;
import jp.kyoseivision.model.Sphere;

/**
 * The cards, directions and policy areas of a sphere by id: what an id an opinion may point at stands for. Built
 * once per sphere (immutable: right until the next edit).
 */
final class OpinionPlaces {
    private final Map<String, Measure> cards = new HashMap<>();
    private final Map<String, Direction> directions = new HashMap<>();
    private final Map<String, PolicyArea> areas = new HashMap<>();

    private OpinionPlaces(Sphere s) {
        s.revisions().forEach(r -> r.policyAreas().forEach(a -> {
            areas.put(a.id(), a);
            a.directions().forEach(d -> {
                directions.put(d.id(), d);
                d.measures().forEach(m -> {
                    cards.put(m.id(), m);
                });
            });
        }));
    }

    static OpinionPlaces of(Sphere s) {
        return new OpinionPlaces(s);
    }

    Optional<Measure> card(String id) {
        return Optional.ofNullable(id == null ? null : cards.get(id));
    }

    Optional<Direction> direction(String id) {
        return Optional.ofNullable(id == null ? null : directions.get(id));
    }

    Optional<PolicyArea> area(String id) {
        return Optional.ofNullable(id == null ? null : areas.get(id));
    }
}
