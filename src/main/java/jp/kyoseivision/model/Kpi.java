package jp.kyoseivision.model;

import java.util.List;
import java.util.Optional;

/** A KPI (成果指標) of a card: name, unit, baseline, target, direction of improvement and actuals per FY. */
public record Kpi(String id, String name, String unit, KpiPoint baseline, KpiPoint target, Better better,
        List<KpiActual> actuals, String note) {
    public Kpi {
        Checks.id(id, "kpi.id");
        Checks.required(name, "kpi.name");
        Checks.line(name, "kpi.name");
        Checks.line(unit, "kpi.unit");
        Checks.longText(note, "kpi.note");
        unit = unit == null ? "" : unit;
        better = better == null ? Better.HIGHER : better;
        actuals = Checks.list(actuals, "kpi.actuals");
        Checks.unique(actuals, a -> String.valueOf(a.fy()), "kpi.actuals.fy");
        actuals = actuals.stream().sorted(java.util.Comparator.comparingInt(KpiActual::fy)).toList();
    }

    public Optional<KpiActual> actual(int fy) {
        return actuals.stream().filter(a -> a.fy() == fy).findFirst();
    }
}
