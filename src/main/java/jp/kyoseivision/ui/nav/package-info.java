/**
 * The navigation column: the tree of plans, revisions, areas, directions and cards, and the search bar.
 * It shows the sphere and reports the selection; it never edits.
 */
package jp.kyoseivision.ui.nav;
