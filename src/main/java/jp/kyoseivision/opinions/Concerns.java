package jp.kyoseivision.opinions;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import jp.kyoseivision.model.Direction;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Opinion;
import jp.kyoseivision.model.Perspective;
import jp.kyoseivision.model.PolicyArea;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.Sphere;

/**
 * Where each opinion of a sphere belongs: its card, its direction (the card's, or the one it names), its policy area
 * (the one it names, else its direction's) and that area's perspective. Built once per sphere; the sphere is
 * immutable, so it stays right until the next edit.
 */
public final class Concerns {
    /** What an opinion concerns; any part may be null (a plan-wide opinion has none: その他). */
    public record Concern(Perspective perspective, PolicyArea area, Direction direction, Measure measure) {
        public static final Concern NONE = new Concern(null, null, null, null);

        /** What the 項目 column shows: the card's name, else the direction's title, else the area's name. */
        public Optional<String> label() {
            if (measure != null) {
                return Optional.of(measure.name());
            }
            if (direction != null) {
                return Optional.of(direction.title());
            }
            return Optional.ofNullable(area == null ? null : area.name());
        }
    }

    private record Place(Revision revision, Perspective perspective, PolicyArea area, Direction direction) {
    }

    private final Sphere sphere;
    private final Map<String, Place> areas = new HashMap<>();
    private final Map<String, Place> directions = new HashMap<>();
    private final Map<String, Place> measures = new HashMap<>();
    private final Map<String, Measure> cards = new HashMap<>();

    private Concerns(Sphere sphere) {
        this.sphere = sphere;
        sphere.revisions().forEach(r -> r.perspectives().forEach(pe -> pe.policyAreas().forEach(a -> {
            areas.put(a.id(), new Place(r, pe, a, null));
            a.directions().forEach(d -> {
                Place p = new Place(r, pe, a, d);
                directions.put(d.id(), p);
                d.measures().forEach(m -> {
                    measures.put(m.id(), p);
                    cards.put(m.id(), m);
                });
            });
        })));
    }

    public static Concerns of(Sphere sphere) {
        return new Concerns(sphere);
    }

    public Sphere sphere() {
        return sphere;
    }

    /** What {@code o} concerns. */
    public Concern of(Opinion o) {
        Place card = o.measureId() == null ? null : measures.get(o.measureId());
        Place dir = o.directionId() != null ? directions.get(o.directionId()) : card;
        Place area = o.policyAreaId() != null ? areas.get(o.policyAreaId()) : dir;
        return new Concern(area == null ? null : area.perspective(), area == null ? null : area.area(),
                dir == null ? null : dir.direction(), o.measureId() == null ? null : cards.get(o.measureId()));
    }

    /** The card with this id (any revision), if any. */
    public Optional<Measure> card(String measureId) {
        return Optional.ofNullable(measureId == null ? null : cards.get(measureId));
    }

    /** The revision a card, direction or policy area belongs to. */
    public Optional<Revision> revisionOf(String id) {
        Place p = measures.getOrDefault(id, directions.getOrDefault(id, areas.get(id)));
        return Optional.ofNullable(p == null ? null : p.revision());
    }

    /** The policy area holding this direction or card. */
    public Optional<PolicyArea> areaOf(String id) {
        Place p = measures.getOrDefault(id, directions.getOrDefault(id, areas.get(id)));
        return Optional.ofNullable(p == null ? null : p.area());
    }
}
