package jp.kyoseivision.model;

/** How a card differs between two revisions. */
public enum ChangeKind {
    ADDED,
    DELETED,
    RENAMED,
    CHANGED,
    UNCHANGED
}
