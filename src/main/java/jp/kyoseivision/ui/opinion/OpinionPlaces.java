package jp.kyoseivision.ui.opinion;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import jp.kyoseivision.model.Node;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Sphere;

/**
 * The cards, nodes and areas of a sphere by id: what an id an opinion may point at stands for. An area is a node at
 * its plan's summary level (the vision's 政策分野); every other node counts as a direction (the vision's 取組分野). Built
 * once per sphere (immutable: right until the next edit).
 */
final class OpinionPlaces {
    private final Map<String, Measure> cards = new HashMap<>();
    private final Map<String, Node> directions = new HashMap<>();
    private final Map<String, Node> areas = new HashMap<>();

    private OpinionPlaces(Sphere s) {
        for (Plan p : s.plans()) {
            int level = p.kind().summaryLevel();
            for (Revision r : p.revisions()) {
                java.util.Set<String> areaIds = new java.util.HashSet<>();
                if (level >= 0) {
                    r.nodesAt(level).forEach(a -> areaIds.add(a.id()));
                }
                r.allNodes().forEach(n -> (areaIds.contains(n.id()) ? areas : directions).put(n.id(), n));
                r.measures().forEach(m -> cards.put(m.id(), m));
            }
        }
    }

    static OpinionPlaces of(Sphere s) {
        return new OpinionPlaces(s);
    }

    Optional<Measure> card(String id) {
        return Optional.ofNullable(id == null ? null : cards.get(id));
    }

    Optional<Node> direction(String id) {
        return Optional.ofNullable(id == null ? null : directions.get(id));
    }

    Optional<Node> area(String id) {
        return Optional.ofNullable(id == null ? null : areas.get(id));
    }
}
