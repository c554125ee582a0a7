package jp.kyoseivision.ui;

import jp.kyoseivision.model.Direction;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Perspective;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.PolicyArea;
import jp.kyoseivision.model.Revision;

/** What a row of the navigation tree stands for; the tree's cells render these. */
public sealed interface NavNode {
    /** A plan edition, showing its current revision's content below it. */
    record PlanNode(Plan plan, Revision revision) implements NavNode {
    }

    record RevisionNode(Plan plan, Revision revision) implements NavNode {
    }

    record PerspectiveNode(Plan plan, Revision revision, Perspective perspective) implements NavNode {
    }

    record AreaNode(Plan plan, Revision revision, Perspective perspective, PolicyArea area) implements NavNode {
    }

    record DirectionNode(Plan plan, Revision revision, Perspective perspective, PolicyArea area, Direction direction)
            implements NavNode {
    }

    record MeasureNode(Plan plan, Revision revision, Perspective perspective, PolicyArea area, Direction direction,
            Measure measure) implements NavNode {
    }
}
