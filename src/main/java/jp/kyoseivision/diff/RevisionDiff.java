package jp.kyoseivision.diff;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.kyoseivision.model.ChangeKind;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Revision;

/**
 * The comparison of two revisions: the rows in table order (the newer revision's order, with each deleted card
 * placed where it stood in the older one), and the budget totals per fiscal year over all cards, old vs new.
 */
public record RevisionDiff(Plan fromPlan, Revision from, Plan toPlan, Revision to, List<CardDiff> cards,
        List<BudgetLine> budgetTotals) {
    public RevisionDiff {
        cards = List.copyOf(cards);
        budgetTotals = List.copyOf(budgetTotals);
    }

    /** How many rows of each kind, every kind present (0 when none). */
    public Map<ChangeKind, Integer> counts() {
        Map<ChangeKind, Integer> out = new EnumMap<>(ChangeKind.class);
        for (ChangeKind k : ChangeKind.values()) {
            out.put(k, 0);
        }
        cards.forEach(c -> out.merge(c.kind(), 1, Integer::sum));
        return out;
    }

    /**
     * Whether budgets are compared by plan year (1年目 …): the two plans' periods share no fiscal year (an edition
     * and the next), so amounts sit side by side without a difference or a percentage.
     */
    public boolean byPlanYear() {
        return new Periods(fromPlan, toPlan).byPlanYear();
    }

    /**
     * Whether the two revisions belong to plans of one series (revisions of a plan, or its editions). Between series
     * (a 共生ビジョン and a 総合戦略) items are paired by name only: no lineage joins them.
     */
    public boolean sameSeries() {
        return fromPlan.series().equals(toPlan.series());
    }

    public int count(ChangeKind kind) {
        return counts().get(kind);
    }
}
