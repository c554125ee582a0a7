package jp.kyoseivision.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads a JSON document of format version 1 or 2 (the fixed 共生ビジョン shape) as format 3, the same way migration 3
 * (db/V3__plan_kinds.sql) maps a plan file of schema 2: a revision's {@code perspectives} become its level-0
 * {@code nodes}, their {@code policyAreas} the level-1 {@code children}, their {@code directions} the level-2
 * children ({@code title} → {@code name}, {@code agreement} → {@code text}, {@code roles} and {@code measures} kept);
 * a card's project {@code names} become projects that are only a name; an opinion's {@code policyAreaId} becomes
 * {@code areaNodeId} and its {@code directionId} {@code nodeId}. A plan without a kind is a 共生ビジョン of the
 * series "vision" (the model's defaults). Nothing else of the document changes.
 */
final class FormatV2 {
    private FormatV2() {
    }

    /** Rewrites the parsed tree of a version-1 or -2 document in place (the tree is the reader's own). */
    static void upgradeTree(ObjectNode root) {
        JsonNode sphere = root.get("sphere");
        if (!(sphere instanceof ObjectNode s)) {
            return; // refused later with its path
        }
        for (JsonNode plan : each(s.get("plans"))) {
            for (JsonNode revision : each(plan.get("revisions"))) {
                if (revision instanceof ObjectNode r && r.has("perspectives")) {
                    JsonNode perspectives = r.remove("perspectives");
                    for (JsonNode p : each(perspectives)) {
                        rename(p, "policyAreas", "children");
                        for (JsonNode a : each(p.get("children"))) {
                            rename(a, "directions", "children");
                            for (JsonNode d : each(a.get("children"))) {
                                rename(d, "title", "name");
                                rename(d, "agreement", "text");
                                for (JsonNode m : each(d.get("measures"))) {
                                    upgradeProjects(m);
                                }
                            }
                        }
                    }
                    r.set("nodes", perspectives);
                }
            }
        }
        for (JsonNode o : each(s.get("opinions"))) {
            rename(o, "policyAreaId", "areaNodeId");
            rename(o, "directionId", "nodeId");
        }
    }

    /** {@code projects: [{municipalityId, names: [..]}]} → {@code projects: [{municipalityId, projects: [{name}]}]}. */
    private static void upgradeProjects(JsonNode measure) {
        for (JsonNode g : each(measure.get("projects"))) {
            if (g instanceof ObjectNode group && group.has("names")) {
                JsonNode names = group.remove("names");
                if (names instanceof ArrayNode list) {
                    ArrayNode projects = group.putArray("projects");
                    for (JsonNode n : list) {
                        projects.addObject().set("name", n);
                    }
                } else {
                    group.set("projects", names); // refused later with its path
                }
            }
        }
    }

    private static void rename(JsonNode node, String from, String to) {
        if (node instanceof ObjectNode o && o.has(from) && !o.has(to)) {
            o.set(to, o.remove(from));
        }
    }

    private static Iterable<JsonNode> each(JsonNode n) {
        return n != null && n.isArray() ? n : java.util.List.of();
    }
}
