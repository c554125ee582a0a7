package jp.kyoseivision.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.KpiActual;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.Sphere;

/**
 * Checks a sphere for problems the model allows but an officer would want to know about: budgets outside the
 * plan's fiscal years, two cards with the same number, KPI years outside a sensible range, a KPI without target.
 */
public final class SphereChecker {
    private SphereChecker() {
    }

    public static List<Problem> check(Sphere sphere) {
        List<Problem> out = new ArrayList<>();
        for (Plan plan : sphere.plans()) {
            for (Revision rev : plan.revisions()) {
                Set<Integer> numbers = new HashSet<>();
                for (Measure m : rev.measures()) {
                    String where = plan.title() + " / " + rev.name() + " / No." + m.number() + " " + m.name();
                    if (!numbers.add(m.number())) {
                        out.add(new Problem(where, "check.duplicateNumber", m.number()));
                    }
                    for (int fy : m.budget().keySet()) {
                        if (fy < plan.startFy() || fy > plan.endFy()) {
                            out.add(new Problem(where, "check.budgetOutside", fy, plan.startFy(), plan.endFy()));
                        }
                    }
                    for (Kpi k : m.kpis()) {
                        checkKpi(plan, where + " / " + k.name(), k, out);
                    }
                }
            }
        }
        return out;
    }

    private static void checkKpi(Plan plan, String where, Kpi k, List<Problem> out) {
        if (k.target() == null) {
            out.add(new Problem(where, "check.noTarget"));
        } else if (k.target().fy() < plan.startFy() || k.target().fy() > plan.endFy()) {
            out.add(new Problem(where, "check.targetOutside", k.target().fy(), plan.startFy(), plan.endFy()));
        }
        for (KpiActual a : k.actuals()) {
            if (a.fy() < plan.startFy() || a.fy() > plan.endFy()) {
                out.add(new Problem(where, "check.actualOutside", a.fy(), plan.startFy(), plan.endFy()));
            }
        }
    }
}
