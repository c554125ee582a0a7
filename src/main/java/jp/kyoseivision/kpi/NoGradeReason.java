package jp.kyoseivision.kpi;

/** Why a KPI actual gets no computed grade; each has a message {@code kpi.noGrade.NAME} in the bundles. */
public enum NoGradeReason {
    /** No actual was entered for the year. */
    NO_ACTUAL,
    /** The actual is a note (中止, 集計不可 …), not a number. */
    NOTE,
    /** The KPI has no numeric target. */
    NO_TARGET,
    /** The target is 0 for a higher-is-better KPI: no ratio can be formed. */
    TARGET_ZERO,
    /** The progress basis needs a numeric baseline. */
    NO_BASELINE,
    /** The progress basis needs a target different from the baseline. */
    BASELINE_EQUALS_TARGET,
    /** A negative target or actual: the ratio actual ÷ target has no meaning. */
    NEGATIVE,
    /** The plan's grading rule has no bands. */
    NO_BANDS
}
