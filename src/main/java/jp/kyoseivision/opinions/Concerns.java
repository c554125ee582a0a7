package jp.kyoseivision.opinions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kyoseivision.model.Node;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Opinion;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.Sphere;

/**
 * Where each opinion of a sphere belongs: its card, its node (the card's holder — the vision's 取組分野 — or the one
 * it names), its area (the node at its plan's summary level — the vision's 政策分野 — the one it names, else its
 * node's) and that area's top node (the vision's 政策の視点). Built once per sphere; the sphere is immutable, so it
 * stays right until the next edit.
 */
public final class Concerns {
    /** What an opinion concerns; any part may be null (a plan-wide opinion has none: その他). */
    public record Concern(Node perspective, Node area, Node direction, Measure measure) {
        public static final Concern NONE = new Concern(null, null, null, null);

        /** What the 項目 column shows: the card's name, else the node's name, else the area's name. */
        public Optional<String> label() {
            if (measure != null) {
                return Optional.of(measure.name());
            }
            if (direction != null) {
                return Optional.of(direction.name());
            }
            return Optional.ofNullable(area == null ? null : area.name());
        }
    }

    /** A place in a revision: the nodes from the top down to it, and the plan's summary level. */
    private record Place(Revision revision, List<Node> path, int summaryLevel) {
        Node top() {
            return path.isEmpty() ? null : path.get(0);
        }

        Node area() {
            return summaryLevel >= 0 && summaryLevel < path.size() ? path.get(summaryLevel) : null;
        }

        Node last() {
            return path.isEmpty() ? null : path.get(path.size() - 1);
        }
    }

    private final Sphere sphere;
    private final Map<String, Place> nodes = new HashMap<>();
    private final Map<String, Place> measures = new HashMap<>();
    private final Map<String, Measure> cards = new HashMap<>();
    private final Map<String, Integer> summaryLevels = new HashMap<>();

    private Concerns(Sphere sphere) {
        this.sphere = sphere;
        for (Plan plan : sphere.plans()) {
            int level = plan.kind().summaryLevel();
            for (Revision r : plan.revisions()) {
                summaryLevels.put(r.id(), level);
                for (Node n : r.nodes()) {
                    index(r, new ArrayList<>(), n, level);
                }
                r.items().forEach(m -> {
                    measures.put(m.id(), new Place(r, List.of(), level));
                    cards.put(m.id(), m);
                });
            }
        }
    }

    private void index(Revision r, List<Node> above, Node n, int level) {
        above.add(n);
        Place p = new Place(r, List.copyOf(above), level);
        nodes.put(n.id(), p);
        n.measures().forEach(m -> {
            measures.put(m.id(), p);
            cards.put(m.id(), m);
        });
        n.children().forEach(c -> index(r, above, c, level));
        above.remove(above.size() - 1);
    }

    public static Concerns of(Sphere sphere) {
        return new Concerns(sphere);
    }

    public Sphere sphere() {
        return sphere;
    }

    /** The summary level of the plan of revision {@code revisionId} (the vision: 1, 政策分野); -1 when unknown. */
    public int summaryLevel(String revisionId) {
        return summaryLevels.getOrDefault(revisionId, -1);
    }

    /** What {@code o} concerns. */
    public Concern of(Opinion o) {
        Place card = o.measureId() == null ? null : measures.get(o.measureId());
        Place dir = o.nodeId() != null ? nodes.get(o.nodeId()) : card;
        Place area = o.areaNodeId() != null ? nodes.get(o.areaNodeId()) : dir;
        return new Concern(area == null ? null : area.top(), area == null ? null : area.area(),
                dir == null ? null : dir.last(), o.measureId() == null ? null : cards.get(o.measureId()));
    }

    /** The card with this id (any revision), if any. */
    public Optional<Measure> card(String measureId) {
        return Optional.ofNullable(measureId == null ? null : cards.get(measureId));
    }

    /** The node with this id (any revision), if any. */
    public Optional<Node> node(String nodeId) {
        Place p = nodeId == null ? null : nodes.get(nodeId);
        return Optional.ofNullable(p == null ? null : p.last());
    }

    /** The revision a card or node belongs to. */
    public Optional<Revision> revisionOf(String id) {
        Place p = measures.getOrDefault(id, nodes.get(id));
        return Optional.ofNullable(p == null ? null : p.revision());
    }

    /** The area (the node at the summary level) holding this node or card. */
    public Optional<Node> areaOf(String id) {
        Place p = measures.getOrDefault(id, nodes.get(id));
        return Optional.ofNullable(p == null ? null : p.area());
    }
}
