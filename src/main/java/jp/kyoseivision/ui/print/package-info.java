/**
 * The print preview and the scope of what is printed (card, policy area, all cards).
 * It renders the PDF pages made by the report service; it never edits.
 */
package jp.kyoseivision.ui.print;
