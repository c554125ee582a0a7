package jp.kyoseivision.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A named, dated, complete snapshot of a plan (案, 策定, 2025年度改定 …). Any two revisions can be compared.
 *
 * @param dateText the date as printed when only part of it is ("平成31年3月"), or {@code null}
 * @param basedOnId the revision this one was copied from, or {@code null}
 * @param kpis     plan-level targets (the whole plan's indicators)
 * @param nodes    the level-0 nodes in order
 * @param items    items directly under the revision (only in a kind without levels)
 */
public record Revision(String id, String name, LocalDate date, String dateText, RevisionStatus status,
        String basedOnId, String note, List<Kpi> kpis, List<Section> sections, List<Node> nodes,
        List<Measure> items) {
    public Revision {
        Checks.id(id, "revision.id");
        Checks.required(name, "revision.name");
        Checks.line(name, "revision.name");
        Checks.line(dateText, "revision.dateText");
        Checks.longText(note, "revision.note");
        status = status == null ? RevisionStatus.DRAFT : status;
        if (basedOnId != null) {
            Checks.id(basedOnId, "revision.basedOnId");
        }
        kpis = Checks.list(kpis, "revision.kpis");
        sections = Checks.list(sections, "revision.sections");
        nodes = Checks.list(nodes, "revision.nodes");
        items = Checks.list(items, "revision.items");
    }

    /** A revision of nodes only (the vision's shape). */
    public Revision(String id, String name, LocalDate date, RevisionStatus status, String basedOnId, String note,
            List<Node> nodes) {
        this(id, name, date, null, status, basedOnId, note, List.of(), List.of(), nodes, List.of());
    }

    /** This revision with other nodes and top-level items (everything else kept). */
    public Revision withContent(List<Node> newNodes, List<Measure> newItems) {
        return new Revision(id, name, date, dateText, status, basedOnId, note, kpis, sections, newNodes, newItems);
    }

    /** Every node, pre-order. */
    public Stream<Node> allNodes() {
        return nodes.stream().flatMap(Node::self);
    }

    /** The nodes at depth {@code level} (0 = the top), in plan order. */
    public List<Node> nodesAt(int level) {
        List<Node> current = nodes;
        for (int i = 0; i < level; i++) {
            current = current.stream().flatMap(n -> n.children().stream()).toList();
        }
        return current;
    }

    /** All items of this revision in plan order: the nodes' items pre-order, then the top-level items. */
    public List<Measure> measures() {
        List<Measure> out = new ArrayList<>();
        nodes.forEach(n -> n.allMeasures().forEach(out::add));
        out.addAll(items);
        return out;
    }

    /** Every item in plan order with the nodes above it (top first; empty for a top-level item). */
    public void walk(java.util.function.BiConsumer<List<Node>, Measure> visitor) {
        for (Node n : nodes) {
            walk(n, new ArrayList<>(), visitor);
        }
        items.forEach(m -> visitor.accept(List.of(), m));
    }

    private static void walk(Node n, List<Node> above, java.util.function.BiConsumer<List<Node>, Measure> visitor) {
        above.add(n);
        List<Node> path = List.copyOf(above);
        n.measures().forEach(m -> visitor.accept(path, m));
        n.children().forEach(c -> walk(c, above, visitor));
        above.remove(above.size() - 1);
    }

    /** The nodes from the top down to the parent node of item {@code measureId}; empty for a top-level item. */
    public List<Node> pathOf(String measureId) {
        for (Node n : nodes) {
            List<Node> p = n.pathTo(measureId);
            if (!p.isEmpty()) {
                return p;
            }
        }
        return List.of();
    }

    /** The nodes from the top down to node {@code nodeId} (itself last), or empty. */
    public List<Node> pathOfNode(String nodeId) {
        for (Node n : nodes) {
            List<Node> p = n.pathToNode(nodeId);
            if (!p.isEmpty()) {
                return p;
            }
        }
        return List.of();
    }

    /** The depth of node {@code nodeId}, or -1. */
    public int levelOf(String nodeId) {
        return pathOfNode(nodeId).size() - 1;
    }

    /** The node with {@code nodeId}, if any. */
    public java.util.Optional<Node> node(String nodeId) {
        return allNodes().filter(n -> n.id().equals(nodeId)).findFirst();
    }

    /** The ancestor at {@code level} of item {@code measureId}, or null (a shallower plan, a top-level item). */
    public Node ancestorOf(String measureId, int level) {
        List<Node> p = pathOf(measureId);
        return level >= 0 && level < p.size() ? p.get(level) : null;
    }

    /** Every KPI: the revision's, the nodes' and the items'. */
    public Stream<Kpi> allKpis() {
        return Stream.concat(Stream.concat(kpis.stream(), allNodes().flatMap(n -> n.kpis().stream())),
                measures().stream().flatMap(m -> m.kpis().stream()));
    }
}
