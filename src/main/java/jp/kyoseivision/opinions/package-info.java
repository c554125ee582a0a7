/**
 * Opinions and answers (issue 17): which card, direction or policy area each concerns ({@link
 * jp.kyoseivision.opinions.Concerns}), filters and search ({@link jp.kyoseivision.opinions.OpinionFilter}), the
 * counts per policy area as the council papers print them ({@link jp.kyoseivision.opinions.AreaSummary}), the edits
 * ({@link jp.kyoseivision.opinions.OpinionEdits}), the import of a public comment table ({@link
 * jp.kyoseivision.opinions.OpinionImport}) and the 「ご意見の概要及びご意見に対する考え方」 table as PDF, xlsx and CSV
 * ({@link jp.kyoseivision.opinions.AnswerTable}). A service on spheres in memory: no store, no JavaFX.
 */
package jp.kyoseivision.opinions;
