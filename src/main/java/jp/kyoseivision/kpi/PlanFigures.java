package jp.kyoseivision.kpi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import jp.kyoseivision.model.Direction;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.KpiActual;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.PolicyArea;
import jp.kyoseivision.model.Revision;

/** The figures the charts plot, computed from the model (thousand yen as {@code long}, KPI values as decimals). */
public final class PlanFigures {
    private PlanFigures() {
    }

    /** 事業費 per policy area (in plan order) and fiscal year; areas and years without any budget are left out. */
    public static Map<String, SortedMap<Integer, Long>> budgetByArea(Revision revision) {
        Map<String, SortedMap<Integer, Long>> out = new LinkedHashMap<>();
        revision.policyAreas().forEach(area -> {
            SortedMap<Integer, Long> byFy = new TreeMap<>();
            for (Direction d : area.directions()) {
                for (Measure m : d.measures()) {
                    m.budget().forEach((fy, amount) -> byFy.merge(fy, amount, Math::addExact));
                }
            }
            if (!byFy.isEmpty()) {
                out.merge(area.name(), byFy, (a, b) -> {
                    b.forEach((fy, v) -> a.merge(fy, v, Math::addExact));
                    return a;
                });
            }
        });
        return out;
    }

    /** Total 事業費 per policy area over the whole plan, for two editions side by side, matched by area name. */
    public static Map<String, long[]> budgetOldVsNew(Revision older, Revision newer) {
        Map<String, long[]> out = new LinkedHashMap<>();
        for (Revision r : new Revision[] {older, newer}) {
            r.policyAreas().map(PolicyArea::name).forEach(n -> out.putIfAbsent(n, new long[2]));
        }
        add(out, older, 0);
        add(out, newer, 1);
        return out;
    }

    /** True when an old-vs-new comparison has nothing to show for one side (e.g. the 2nd vision has no budgets). */
    public static boolean hasBudget(Revision r) {
        return r.measures().stream().anyMatch(m -> !m.budget().isEmpty());
    }

    private static void add(Map<String, long[]> out, Revision r, int side) {
        r.policyAreas().forEach(area -> {
            long total = area.directions().stream().flatMap(d -> d.measures().stream())
                    .mapToLong(Measure::budgetTotal).reduce(0L, Math::addExact);
            out.get(area.name())[side] += total;
        });
    }

    /** A point of a KPI trend: fiscal year and value. */
    public record Point(int fy, BigDecimal value) {
    }

    /** The KPI's baseline, numeric actuals and target, each as points (notes are left out: they have no value). */
    public record Trend(List<Point> baseline, List<Point> actuals, List<Point> target) {
    }

    public static Trend trend(Kpi k) {
        List<Point> base = new ArrayList<>();
        if (k.baseline() != null && k.baseline().value().hasNumber()) {
            base.add(new Point(k.baseline().fy(), k.baseline().value().number()));
        }
        List<Point> actuals = new ArrayList<>();
        for (KpiActual a : k.actuals()) {
            if (a.value() != null && a.value().hasNumber()) {
                actuals.add(new Point(a.fy(), a.value().number()));
            }
        }
        List<Point> target = new ArrayList<>();
        if (k.target() != null && k.target().value().hasNumber()) {
            target.add(new Point(k.target().fy(), k.target().value().number()));
        }
        return new Trend(base, actuals, target);
    }
}
