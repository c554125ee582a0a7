/**
 * The KPI results window: actuals per year, A–D grades, the summary and the charts.
 * KpiViewModel and its year form model own the field texts, their errors and the commit of edits.
 */
package jp.kyoseivision.ui.kpi;
