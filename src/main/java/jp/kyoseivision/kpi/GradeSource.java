package jp.kyoseivision.kpi;

/** Whose grades a summary counts. */
public enum GradeSource {
    /** Computed by the plan's rule. */
    COMPUTED,
    /** Recorded beside each value in the report's detail (実績一覧). */
    RECORDED,
    /** Listed in the report's overview table (達成状況の推移). */
    OVERVIEW
}
