/**
 * Shared pieces of the window: the UI texts (I18n), form and table builders, SDG names.
 * No state and no edits here; every feature package builds on them.
 */
package jp.kyoseivision.ui.common;
