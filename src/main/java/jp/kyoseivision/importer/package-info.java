/**
 * Budget tables (事業費, thousand yen per fiscal year) read from and written to CSV and Excel: the whole file is
 * validated before anything is applied, and the changes become one undoable edit. No JavaFX, no SQL.
 */
package jp.kyoseivision.importer;
