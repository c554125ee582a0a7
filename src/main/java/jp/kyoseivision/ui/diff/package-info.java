/**
 * The comparison window (新旧比較): two revisions side by side, changes, reasons, exports.
 * DiffViewModel owns the comparison and the reasons typed; the view renders it.
 */
package jp.kyoseivision.ui.diff;
