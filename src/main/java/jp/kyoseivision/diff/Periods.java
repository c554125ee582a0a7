package jp.kyoseivision.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import jp.kyoseivision.model.KpiPoint;
import jp.kyoseivision.model.Plan;

/**
 * How the years of two compared revisions line up. Plans whose periods overlap (two revisions of one plan) are
 * compared year by year as they are. Plans whose periods do not overlap (第3次 2024–2028 and the draft of 第4次
 * 2029–2033) are compared by plan year: budgets 1年目 with 1年目, and a KPI point inside its plan's period (the
 * target at the plan's end) by its plan year, so a target copied into the next edition and moved to the new
 * plan's last year is the same target; a point outside the period (a baseline, 現状値 of a year before the plan)
 * stays a fact of its fiscal year.
 */
record Periods(Plan from, Plan to) {
    /** Whether the two plan periods share no fiscal year. */
    boolean byPlanYear() {
        return from.endFy() < to.startFy() || to.endFy() < from.startFy();
    }

    /** The budget lines of two per-fiscal-year budgets (either may be {@code null}: the card is on one side). */
    List<BudgetLine> lines(Map<Integer, Long> old, Map<Integer, Long> now) {
        Map<Integer, Long> o = old == null ? Map.of() : old;
        Map<Integer, Long> n = now == null ? Map.of() : now;
        List<BudgetLine> out = new ArrayList<>();
        TreeSet<Integer> keys = new TreeSet<>();
        if (!byPlanYear()) {
            keys.addAll(o.keySet());
            keys.addAll(n.keySet());
            for (int fy : keys) {
                out.add(new BudgetLine(fy, old == null ? null : o.get(fy), now == null ? null : n.get(fy)));
            }
            return out;
        }
        o.keySet().forEach(fy -> keys.add(fy - from.startFy() + 1));
        n.keySet().forEach(fy -> keys.add(fy - to.startFy() + 1));
        for (int year : keys) {
            int oldFy = from.startFy() + year - 1;
            int newFy = to.startFy() + year - 1;
            out.add(new BudgetLine(oldFy, newFy, o.get(oldFy), n.get(newFy), year));
        }
        return out;
    }

    /** What a KPI point of the older revision is compared by. */
    String oldKey(KpiPoint p) {
        return key(p, from);
    }

    /** What a KPI point of the newer revision is compared by. */
    String newKey(KpiPoint p) {
        return key(p, to);
    }

    private String key(KpiPoint p, Plan plan) {
        String shown = FieldComparer.show(p);
        if (p == null || !byPlanYear() || p.fy() < plan.startFy() || p.fy() > plan.endFy()) {
            return shown;
        }
        return shown.substring(0, shown.lastIndexOf(" (")) + " [" + (p.fy() - plan.startFy() + 1) + "]";
    }
}
