package jp.kyoseivision.kpi;

/** What a consistency finding compares; each has a message {@code kpi.finding.NAME} in the bundles. */
public enum FindingKind {
    /** The grade recorded beside the value (detail) is not the one the rule gives. */
    RECORDED_VS_RULE,
    /** The overview table's grade is not the one the rule gives. */
    OVERVIEW_VS_RULE,
    /** The overview table's grade differs from the detail's (one of them may be missing). */
    OVERVIEW_VS_DETAIL,
    /** A grade is recorded for a value the rule cannot grade (a note, no target …). */
    GRADE_WITHOUT_RULE,
    /** The report's printed count of a grade differs from the count of that grade in its own detail. */
    SUMMARY_VS_DETAIL,
    /** The report's printed count of a grade differs from the count the rule gives. */
    SUMMARY_VS_RULE,
    /** The report's printed percentage is not its printed count over its printed total. */
    SUMMARY_PERCENT
}
