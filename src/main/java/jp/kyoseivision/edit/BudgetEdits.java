package jp.kyoseivision.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Revision;
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
        // one walk of the sphere to find the cards, one to put the changed ones in place and one check of the new
        // sphere: linear in the cards (a walk and a copy per card made a 10,000-card import quadratic, issue 16)
        Map<String, Measure> cards = new HashMap<>();
        s.revisions().forEach(r -> r.measures().forEach(m -> cards.put(m.id(), m)));
        Map<String, Measure> changed = new HashMap<>();
        for (Map.Entry<String, List<Entry>> card : byCard.entrySet()) {
            Measure m = cards.get(card.getKey());
            if (m == null) {
                throw new LocalizedException("edit.noMeasure", card.getKey());
            }
            SortedMap<Integer, Long> budget = new TreeMap<>(m.budget());
            for (Entry e : card.getValue()) {
                if (e.amount() == null) {
                    budget.remove(e.fy());
                } else {
                    budget.put(e.fy(), e.amount());
                }
            }
            if (!budget.equals(m.budget())) {
                changed.put(m.id(), MeasureChange.budget(m, budget));
            }
        }
        if (changed.isEmpty()) {
            return s;
        }
        List<Plan> plans = new ArrayList<>();
        for (Plan p : s.plans()) {
            List<Revision> revisions = new ArrayList<>();
            boolean planChanged = false;
            for (Revision r : p.revisions()) {
                Revision nr = r.measures().stream().anyMatch(m -> changed.containsKey(m.id()))
                        ? SphereEdits.mapItems(r, (holder, list) -> touches(list, changed)
                                ? list.stream().map(m -> changed.getOrDefault(m.id(), m)).toList() : list)
                        : r;
                planChanged |= nr != r;
                revisions.add(nr);
            }
            plans.add(!planChanged ? p : p.withRevisions(revisions));
        }
        return new Sphere(s.name(), s.municipalities(), s.centralMunicipalityId(), plans, s.opinionKinds(), s.opinions(),
                s.changeReasons());
    }

    private static boolean touches(List<Measure> list, Map<String, Measure> changed) {
        for (Measure m : list) {
            if (changed.containsKey(m.id())) {
                return true;
            }
        }
        return false;
    }
}
