package jp.kyoseivision.edit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.text.LocalizedException;

/** Budgets (事業費) of many cards set at once, as one edit: what a budget-table import applies. */
public final class BudgetEdits {
    private BudgetEdits() {
    }

    /**
     * One fiscal year of one card: the amount in thousand yen, or {@code null} to remove that year's budget.
     */
    public record Entry(String measureId, int fy, Long amount) {
    }

    /**
     * The sphere with every entry applied; years and cards the entries do not name keep their budgets. An unknown
     * card is refused (the sphere is unchanged: the caller gets the exception before anything is saved).
     */
    public static Sphere set(Sphere s, List<Entry> entries) {
        Map<String, List<Entry>> byCard = new LinkedHashMap<>();
        for (Entry e : entries) {
            byCard.computeIfAbsent(e.measureId(), k -> new java.util.ArrayList<>()).add(e);
        }
        Sphere out = s;
        for (Map.Entry<String, List<Entry>> card : byCard.entrySet()) {
            SphereEdits.Location at = SphereEdits.locate(out, card.getKey())
                    .orElseThrow(() -> new LocalizedException("edit.noMeasure", card.getKey()));
            Measure m = at.direction().measures().get(at.index());
            SortedMap<Integer, Long> budget = new TreeMap<>(m.budget());
            for (Entry e : card.getValue()) {
                if (e.amount() == null) {
                    budget.remove(e.fy());
                } else {
                    budget.put(e.fy(), e.amount());
                }
            }
            if (!budget.equals(m.budget())) {
                out = SphereEdits.replaceMeasure(out, MeasureChange.budget(m, budget));
            }
        }
        return out;
    }
}
