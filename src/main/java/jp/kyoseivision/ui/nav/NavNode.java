package jp.kyoseivision.ui.nav;

import jp.kyoseivision.model.Node;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Revision;

/** What a row of the navigation tree stands for; the tree's cells render these. */
public sealed interface NavNode {
    /** A stable key for the row (the id of what it shows), to restore the selection when a file is reopened. */
    public default String key() {
        if (this instanceof MeasureNode m) {
            return m.measure().id();
        } else if (this instanceof DirectionNode d) {
            return d.direction().id();
        } else if (this instanceof AreaNode a) {
            return a.area().id();
        } else if (this instanceof PerspectiveNode p) {
            return p.perspective().id();
        } else if (this instanceof RevisionNode r) {
            return r.revision().id();
        }
        return ((PlanNode) this).plan().id();
    }

    /** The name of a node of a row, "" when the plan has no such level ({@code null}). */
    static String name(Node n) {
        return n == null ? "" : n.name();
    }

    /** A plan edition, showing its current revision's content below it. */
    public record PlanNode(Plan plan, Revision revision) implements NavNode {
    }

    public record RevisionNode(Plan plan, Revision revision) implements NavNode {
    }

    /**
     * A node above the areas (the vision's 政策の視点). A plan's nodes are shown by their place from the items up: the
     * level that holds the items as {@link DirectionNode}, the one above as {@link AreaNode}, every level above that
     * as {@link PerspectiveNode}; a plan without levels shows its items right below the plan.
     */
    public record PerspectiveNode(Plan plan, Revision revision, Node perspective) implements NavNode {
    }

    /** A node one level above the items' holders (the vision's 政策分野); {@code perspective} may be null. */
    public record AreaNode(Plan plan, Revision revision, Node perspective, Node area) implements NavNode {
    }

    /** A node that holds items (the vision's 取組分野); {@code perspective} and {@code area} may be null. */
    public record DirectionNode(Plan plan, Revision revision, Node perspective, Node area, Node direction)
            implements NavNode {
    }

    /** An item; the nodes above it may be null (a plan with fewer levels). */
    public record MeasureNode(Plan plan, Revision revision, Node perspective, Node area, Node direction,
            Measure measure) implements NavNode {
    }
}
