package jp.kyoseivision.diff;

import jp.kyoseivision.model.Direction;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.PolicyArea;

/** A card with where it stands in its revision: policy area, direction and position in plan order (0-based). */
public record PlacedCard(Measure measure, PolicyArea area, Direction direction, int index) {
    public String id() {
        return measure.id();
    }
}
