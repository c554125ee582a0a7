package jp.kyoseivision.model;

/** A KPI value at a fiscal year: the baseline (現状値) or the target (目標値). */
public record KpiPoint(int fy, KpiValue value) {
    public KpiPoint {
        Checks.fiscalYear(fy, "kpi.fy");
        if (value == null) {
            throw new ValidationException("model.required", "kpi.value");
        }
    }
}
