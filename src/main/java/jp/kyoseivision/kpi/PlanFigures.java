package jp.kyoseivision.kpi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import jp.kyoseivision.model.Node;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.KpiActual;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Revision;

/** The figures the charts plot, computed from the model (thousand yen as {@code long}, KPI values as decimals). */
public final class PlanFigures {
    private PlanFigures() {
    }

    /** 事業費 per policy area (in plan order) and fiscal year; areas and years without any budget are left out. */
    public static Map<String, SortedMap<Integer, Long>> budgetByArea(Revision revision) {
        return budgetByArea(revision, AREA_LEVEL);
    }

    /** The level of the 共生ビジョン's policy areas (政策分野). */
    static final int AREA_LEVEL = 1;

    /** 事業費 per node of level {@code level} (in plan order) and fiscal year; none when the level is -1. */
    public static Map<String, SortedMap<Integer, Long>> budgetByArea(Revision revision, int level) {
        Map<String, SortedMap<Integer, Long>> out = new LinkedHashMap<>();
        areas(revision, level).forEach(area -> {
            SortedMap<Integer, Long> byFy = new TreeMap<>();
            area.allMeasures().forEach(m -> m.budget().forEach((fy, amount) -> byFy.merge(fy, amount,
                    Math::addExact)));
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
            areas(r, AREA_LEVEL).stream().map(Node::name).forEach(n -> out.putIfAbsent(n, new long[2]));
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
        areas(r, AREA_LEVEL).forEach(area -> {
            long total = area.allMeasures().mapToLong(Measure::budgetTotal).reduce(0L, Math::addExact);
            out.get(area.name())[side] += total;
        });
    }

    private static List<Node> areas(Revision r, int level) {
        return level < 0 ? List.of() : r.nodesAt(level);
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
