/**
 * KPI results: grading actuals A–D by a plan's rule, per-year summaries, and the consistency report between a
 * report's recorded grades, its overview table and its printed summary. No JavaFX, no SQL.
 */
package jp.kyoseivision.kpi;
