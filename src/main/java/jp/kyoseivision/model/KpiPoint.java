package jp.kyoseivision.model;

/**
 * A KPI value at a fiscal year: the baseline (現状値), the target (目標値) or a further milestone.
 *
 * @param period the printed label when it is not a plain fiscal year ("H26～H30平均", "2019年実績"), else
 *               {@code null}; {@code fy} is then the last fiscal year it covers
 */
public record KpiPoint(int fy, String period, KpiValue value) {
    public KpiPoint {
        Checks.fiscalYear(fy, "kpi.fy");
        Checks.line(period, "kpi.period");
        if (value == null) {
            throw new ValidationException("model.required", "kpi.value");
        }
    }

    public KpiPoint(int fy, KpiValue value) {
        this(fy, null, value);
    }
}
