/**
 * Print-ready Excel workbooks: the one place where every xlsx the application writes gets its A4 page setup, print
 * titles, borders, number formats, row heights, frozen panes, header/footer and Japanese font. Depends on POI and
 * the text bundles only; the services (diff, importer, opinions, kpi tables) fill the sheets.
 */
package jp.kyoseivision.sheets;
