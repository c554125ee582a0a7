package jp.kyoseivision.model;

/** How a KPI's achievement ratio is computed before it is graded. */
public enum RatioBasis {
    /** actual ÷ target (inverted for lower-is-better KPIs). */
    ACTUAL_OVER_TARGET,
    /** (actual − baseline) ÷ (target − baseline). */
    PROGRESS_FROM_BASELINE
}
