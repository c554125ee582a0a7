/**
 * Editing as pure functions: each edit turns one immutable sphere into the next (card changes, moves, new
 * revisions and editions), and {@link jp.kyoseivision.edit.EditHistory} keeps them for undo and redo. No JavaFX.
 */
package jp.kyoseivision.edit;
