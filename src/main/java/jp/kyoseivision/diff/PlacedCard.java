package jp.kyoseivision.diff;

import java.util.List;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Node;

/**
 * A card with where it stands in its revision: the nodes above it (top first), its position in plan order (0-based)
 * and the level within which a comparison pairs cards by similar name ({@code PlanKind.matchLevel}, -1 = the whole
 * revision). For the 共生ビジョン the path is 政策の視点, 政策分野, 取組分野.
 */
public record PlacedCard(Measure measure, List<Node> path, int index, int matchLevel) {
    public PlacedCard {
        path = List.copyOf(path);
    }

    public String id() {
        return measure.id();
    }

    /** The node that holds the card (the vision's 取組分野), or {@code null} for an item directly under the revision. */
    public Node direction() {
        return path.isEmpty() ? null : path.get(path.size() - 1);
    }

    /** The node one level above the holder (the vision's 政策分野), or {@code null} when there is none. */
    public Node area() {
        return path.size() < 2 ? null : path.get(path.size() - 2);
    }

    /** The level of {@link #area()} ({@code -1} when there is none). */
    public int areaLevel() {
        return path.size() - 2;
    }

    /** The level of {@link #direction()} ({@code -1} when there is none). */
    public int directionLevel() {
        return path.size() - 1;
    }

    /** The name of {@link #area()}, "" when there is none. */
    public String areaName() {
        return path.size() < 2 ? "" : area().name();
    }

    /** The name of {@link #direction()}, "" when there is none. */
    public String directionName() {
        return path.isEmpty() ? "" : direction().name();
    }

    /** The name of the node within which cards are paired by similar name, "" for the whole revision. */
    public String matchName() {
        return matchLevel >= 0 && matchLevel < path.size() ? path.get(matchLevel).name() : "";
    }
}
