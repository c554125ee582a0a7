package jp.kyoseivision.model;

/** What became of an opinion. */
public enum OpinionStatus {
    /** received, not yet answered */
    OPEN,
    /** answered; the plan text was not changed because of it */
    ANSWERED,
    /** answered, and the plan was changed because of it (修正・反映) */
    REFLECTED
}
