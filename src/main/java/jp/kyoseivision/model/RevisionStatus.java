package jp.kyoseivision.model;

/** Where a revision stands: a draft (案) being edited, or adopted (策定済) and locked against accidental edits. */
public enum RevisionStatus {
    DRAFT,
    ADOPTED
}
