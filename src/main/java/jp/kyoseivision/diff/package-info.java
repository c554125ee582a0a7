/**
 * Comparison of two revisions of a sphere's plans (新旧対照): cards matched and classified, field-level and inline
 * changes, budget totals, and the comparison table exported as CSV, xlsx and JSON. No JavaFX, no SQL.
 */
package jp.kyoseivision.diff;
