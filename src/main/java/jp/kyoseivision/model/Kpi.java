package jp.kyoseivision.model;

import java.util.List;
import java.util.Optional;

/**
 * A KPI (成果指標 / 数値目標) of an item, a node or a revision: name, unit, baseline, target, direction of improvement
 * and actuals per FY.
 *
 * @param qualifier      one part of a printed row (男性, 小学校 …), or {@code null}
 * @param municipalityId the municipality the values are for, {@code null} = all
 * @param milestones     further targets beside {@code target} (e.g. 2040 beside 2028), in order
 */
public record Kpi(String id, String name, String qualifier, String unit, String municipalityId, KpiPoint baseline,
        KpiPoint target, List<KpiPoint> milestones, Better better, List<KpiActual> actuals, String note) {
    public Kpi {
        Checks.id(id, "kpi.id");
        Checks.required(name, "kpi.name");
        Checks.line(name, "kpi.name");
        Checks.line(qualifier, "kpi.qualifier");
        Checks.line(unit, "kpi.unit");
        Checks.longText(note, "kpi.note");
        if (municipalityId != null) {
            Checks.id(municipalityId, "kpi.municipalityId");
        }
        unit = unit == null ? "" : unit;
        milestones = Checks.list(milestones, "kpi.milestones");
        better = better == null ? Better.HIGHER : better;
        actuals = Checks.list(actuals, "kpi.actuals");
        Checks.unique(actuals, a -> String.valueOf(a.fy()), "kpi.actuals.fy");
        actuals = actuals.stream().sorted(java.util.Comparator.comparingInt(KpiActual::fy)).toList();
    }

    public Kpi(String id, String name, String unit, KpiPoint baseline, KpiPoint target, Better better,
            List<KpiActual> actuals, String note) {
        this(id, name, null, unit, null, baseline, target, List.of(), better, actuals, note);
    }

    public Optional<KpiActual> actual(int fy) {
        return actuals.stream().filter(a -> a.fy() == fy).findFirst();
    }

    /** This KPI with other actuals (everything else kept). */
    public Kpi withActuals(List<KpiActual> list) {
        return new Kpi(id, name, qualifier, unit, municipalityId, baseline, target, milestones, better, list, note);
    }
}
