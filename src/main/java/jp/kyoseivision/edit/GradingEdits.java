package jp.kyoseivision.edit;

import java.util.List;
import jp.kyoseivision.model.GradingRule;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.text.LocalizedException;

/**
 * A plan's grading rule attached, changed or removed (issue 19: the 総合戦略 and action plans print none, the officer
 * may attach one). The sphere is checked whole: a rule whose letters leave out a grade already recorded for an
 * actual is refused (model.grade.unknown), nothing changed.
 */
public final class GradingEdits {
    private GradingEdits() {
    }

    /** The sphere with plan {@code planId} graded by {@code rule}; {@code null} removes the plan's rule. */
    public static Sphere setRule(Sphere s, String planId, GradingRule rule) {
        Plan p = s.plan(planId).orElseThrow(() -> new LocalizedException("edit.noPlan", planId));
        GradingRule next = rule == null ? new GradingRule(p.grading().basis(), List.of()) : rule;
        return next.equals(p.grading()) ? s : SphereEdits.replacePlan(s, p.withGrading(next));
    }
}
