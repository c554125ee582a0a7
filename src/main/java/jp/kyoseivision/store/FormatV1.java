package jp.kyoseivision.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import jp.kyoseivision.model.Node;
import jp.kyoseivision.model.Opinion;
import jp.kyoseivision.model.OpinionKind;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.Sphere;

/**
 * Reads a JSON document of format version 1 (before opinion kinds were data) as the current format, the same way
 * migration 2 (db/V2__opinion_kinds.sql) maps a plan file of schema 1: the three default kinds; {@code kind} becomes
 * {@code kindId} (a council member's opinion with a date was voiced at that meeting: 懇談会での意見); {@code date} is
 * the first and last day of its source; an opinion without a card whose topic is the title of a direction (or the
 * name of a policy area) of its revision concerns that direction (area). Nothing else of the document changes.
 */
final class FormatV1 {
    private FormatV1() {
    }

    /** Rewrites the parsed tree of a version-1 document in place (the tree is the reader's own). */
    static void upgradeTree(ObjectNode root) {
        JsonNode sphere = root.get("sphere");
        if (!(sphere instanceof ObjectNode s)) {
            return; // refused later with its path
        }
        if (!s.has("opinionKinds")) {
            ArrayNode kinds = s.putArray("opinionKinds");
            for (OpinionKind k : OpinionKind.defaults()) {
                kinds.addObject().put("id", k.id()).put("name", k.name());
            }
        }
        JsonNode opinions = s.get("opinions");
        if (opinions == null || !opinions.isArray()) {
            return;
        }
        for (JsonNode n : opinions) {
            if (!(n instanceof ObjectNode o)) {
                continue;
            }
            JsonNode date = o.remove("date");
            JsonNode kind = o.remove("kind");
            if (kind != null) {
                boolean meeting = kind.isTextual() && OpinionKind.COUNCIL_MEMBER.equals(kind.asText())
                        && date != null && !date.isNull();
                o.set("kindId", meeting ? o.textNode(OpinionKind.COUNCIL_MEETING) : kind);
            }
            if (date != null && !date.isNull()) {
                o.set("fromDate", date);
                o.set("toDate", date);
            }
        }
    }

    /** The opinions that name a direction or policy area of their revision by its title, linked to it. */
    static Sphere linkTopics(Sphere sphere) {
        List<Opinion> out = new ArrayList<>();
        boolean changed = false;
        for (Opinion o : sphere.opinions()) {
            Opinion linked = o;
            if (o.measureId() == null && o.nodeId() == null && o.areaNodeId() == null && o.topic() != null
                    && o.revisionId() != null) {
                Revision r = sphere.revision(o.revisionId()).orElse(null);
                if (r != null) {
                    String area = r.nodesAt(1).stream().filter(a -> a.name().equals(o.topic())).map(Node::id)
                            .findFirst().orElse(null);
                    String direction = r.nodesAt(2).stream().filter(d -> d.name().equals(o.topic()))
                            .map(Node::id).findFirst().orElse(null);
                    if (area != null || direction != null) {
                        linked = o.withConcern(area, direction, null);
                        changed = true;
                    }
                }
            }
            out.add(linked);
        }
        return changed ? sphere.withOpinions(sphere.opinionKinds(), out) : sphere;
    }
}
