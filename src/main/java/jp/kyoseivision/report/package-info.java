/**
 * Print documents without JavaFX: a small layout engine (A4 pages from headings, paragraphs and ruled tables, with
 * Japanese line breaking and continuation pages) writing PDF with PDFBox, and the documents built on it (measure sheets).
 */
package jp.kyoseivision.report;
