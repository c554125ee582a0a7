/**
 * The card form and the structure editors (policy areas, directions, perspectives) with their view models.
 * Views bind to the form view models; only the view models turn input into edits.
 */
package jp.kyoseivision.ui.card;
