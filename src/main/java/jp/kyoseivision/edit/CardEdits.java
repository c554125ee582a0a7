package jp.kyoseivision.edit;

import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import jp.kyoseivision.model.KpiActual;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.text.LocalizedException;

/**
 * The edits of one card's content that say what they touched: a field of the card form, a budget cell, a KPI
 * actual. Each yields the next sphere (the card replaced in place, only the card checked) and the card's id, so
 * the file writes only the card's rows that differ (one {@code measure_budget} row for a budget cell, the
 * {@code measure} row for a text field, one {@code kpi_actual} row for an actual).
 */
public final class CardEdits {
    private CardEdits() {
    }

    /** Any change of one card's content (not its place): {@code change} maps the card as it is now. */
    public static Edited change(Sphere s, String measureId, UnaryOperator<Measure> change) {
        Measure now = s.measure(measureId).orElseThrow(() -> new LocalizedException("edit.noMeasure", measureId));
        Measure next = change.apply(now);
        if (!next.id().equals(now.id()) || next.number() != now.number()) {
            // a new id or number is not an edit in place: the whole compare writes it
            return Edited.whole(SphereEdits.replaceMeasure(s, next));
        }
        return next.equals(now) ? new Edited(s, Set.of()) : new Edited(s.withMeasure(next), Set.of(measureId));
    }

    /** The budget of one card and fiscal year, thousand yen; {@code null} removes that year. */
    public static Edited setBudget(Sphere s, String measureId, int fy, Long amount) {
        return change(s, measureId, m -> {
            TreeMap<Integer, Long> b = new TreeMap<>(m.budget());
            if (amount == null) {
                b.remove(fy);
            } else {
                b.put(fy, amount);
            }
            return MeasureChange.budget(m, b);
        });
    }

    /** One KPI's actual for {@code fy}, set, or removed when {@code actual} is {@code null} (any KPI of the plan). */
    public static Edited setActual(Sphere s, String kpiId, int fy, KpiActual actual) {
        if (!KpiEdits.onCard(s, kpiId)) {
            // a node's 数値目標 or the plan's own target: not a card's row, written by the whole compare
            return Edited.whole(KpiEdits.withActual(s, kpiId, fy, actual));
        }
        Measure owner = KpiEdits.owner(s, kpiId);
        return change(s, owner.id(), m -> KpiEdits.withActual(m, kpiId, fy, actual));
    }
}
