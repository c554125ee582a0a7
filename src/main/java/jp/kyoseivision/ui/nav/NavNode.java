package jp.kyoseivision.ui.nav;

import jp.kyoseivision.model.Direction;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Perspective;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.PolicyArea;
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

    /** A plan edition, showing its current revision's content below it. */
    public record PlanNode(Plan plan, Revision revision) implements NavNode {
    }

    public record RevisionNode(Plan plan, Revision revision) implements NavNode {
    }

    public record PerspectiveNode(Plan plan, Revision revision, Perspective perspective) implements NavNode {
    }

    public record AreaNode(Plan plan, Revision revision, Perspective perspective, PolicyArea area) implements NavNode {
    }

    public record DirectionNode(Plan plan, Revision revision, Perspective perspective, PolicyArea area, Direction direction)
            implements NavNode {
    }

    public record MeasureNode(Plan plan, Revision revision, Perspective perspective, PolicyArea area, Direction direction,
            Measure measure) implements NavNode {
    }
}
