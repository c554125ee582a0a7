package jp.kyoseivision.kpi;

import jp.kyoseivision.model.KpiActual;
import jp.kyoseivision.model.KpiValue;

/** A KPI in one fiscal year: the actual as entered ({@code null} when none) and the grade the rule gives it. */
public record YearResult(int fy, KpiActual actual, GradeOutcome computed) {
    public KpiValue value() {
        return actual == null ? null : actual.value();
    }

    public String recorded() {
        return actual == null ? null : actual.recordedGrade();
    }

    public String overview() {
        return actual == null ? null : actual.overviewGrade();
    }
}
