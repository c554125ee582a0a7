package jp.kyoseivision.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A group of a revision at some level (its depth; the level's name is in {@link PlanKind#levels()}). For the
 * 共生ビジョン: level 0 = 政策の視点, level 1 = 政策分野, level 2 = 取組分野 whose {@code text} is the agreement
 * (協定の内容) and whose {@code roles} are each municipality's role.
 *
 * @param code     the printed code ("I", "①"), or {@code null}
 * @param aliases  other names the documents use (a chart's short label)
 * @param subtitle a printed subtitle (「～…～」), or {@code null}
 * @param text     the node's paragraph (the vision's 協定の内容), or {@code null}
 * @param page     the printed page, or {@code null}
 * @param children the nodes one level down, in order
 * @param measures the items directly under this node, in order
 */
public record Node(String id, String code, String name, List<String> aliases, String subtitle, String text,
        String page, List<Role> roles, List<Kpi> kpis, List<Section> sections, List<Node> children,
        List<Measure> measures) {
    public Node {
        Checks.id(id, "node.id");
        Checks.line(code, "node.code");
        Checks.required(name, "node.name");
        Checks.line(name, "node.name");
        aliases = Checks.list(aliases, "node.aliases");
        Checks.lines(aliases, "node.aliases");
        Checks.longText(subtitle, "node.subtitle");
        Checks.longText(text, "node.text");
        Checks.line(page, "node.page");
        roles = Checks.list(roles, "node.roles");
        Checks.unique(roles, Role::municipalityId, "node.roles");
        kpis = Checks.list(kpis, "node.kpis");
        Checks.unique(kpis, Kpi::id, "kpi.id");
        sections = Checks.list(sections, "node.sections");
        children = Checks.list(children, "node.children");
        measures = Checks.list(measures, "node.measures");
    }

    /** A node that only groups others (the vision's 政策の視点 and 政策分野). */
    public static Node group(String id, String name, List<Node> children) {
        return new Node(id, null, name, List.of(), null, null, null, List.of(), List.of(), List.of(), children,
                List.of());
    }

    /** A node holding items (the vision's 取組分野: its agreement text and roles). */
    public static Node leaf(String id, String name, String text, List<Role> roles, List<Measure> measures) {
        return new Node(id, null, name, List.of(), null, text, null, roles, List.of(), List.of(), List.of(),
                measures);
    }

    /** This node with other children. */
    public Node withChildren(List<Node> list) {
        return new Node(id, code, name, aliases, subtitle, text, page, roles, kpis, sections, list, measures);
    }

    /** This node with other items. */
    public Node withMeasures(List<Measure> list) {
        return new Node(id, code, name, aliases, subtitle, text, page, roles, kpis, sections, children, list);
    }

    /** This node with another name, text and roles (its place, id and items kept). */
    public Node withTexts(String newName, String newText, List<Role> newRoles) {
        return new Node(id, code, newName, aliases, subtitle, newText, page, newRoles, kpis, sections, children,
                measures);
    }

    public Optional<String> role(String municipalityId) {
        return roles.stream().filter(r -> r.municipalityId().equals(municipalityId)).map(Role::text).findFirst();
    }

    /** This node and every node below it, pre-order. */
    public Stream<Node> self() {
        List<Node> out = new ArrayList<>();
        visit(out::add);
        return out.stream();
    }

    private void visit(Consumer<Node> c) {
        c.accept(this);
        children.forEach(n -> n.visit(c));
    }

    /** Every item of this node and the nodes below it, pre-order (a node's own items before its children's). */
    public Stream<Measure> allMeasures() {
        return self().flatMap(n -> n.measures().stream());
    }

    /** The nodes from this one down to the node that holds item {@code measureId}, or empty. */
    List<Node> pathTo(String measureId) {
        return path(n -> n.measures.stream().anyMatch(m -> m.id().equals(measureId)));
    }

    /** The nodes from this one down to node {@code nodeId}, or empty. */
    List<Node> pathToNode(String nodeId) {
        return path(n -> n.id.equals(nodeId));
    }

    /** The nodes from this one down to the first (pre-order) that {@code end} accepts, or empty. */
    private List<Node> path(java.util.function.Predicate<Node> end) {
        if (end.test(this)) {
            return List.of(this);
        }
        for (Node c : children) {
            List<Node> below = c.path(end);
            if (!below.isEmpty()) {
                List<Node> out = new ArrayList<>();
                out.add(this);
                out.addAll(below);
                return out;
            }
        }
        return List.of();
    }
}
