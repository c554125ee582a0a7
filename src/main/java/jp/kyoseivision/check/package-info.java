/**
 * Consistency checks over a whole sphere beyond what the model enforces when built (budget years inside the plan
 * period, card numbering, KPI years): the service behind {@code check FILE}. No JavaFX, no SQL.
 */
package jp.kyoseivision.check;
