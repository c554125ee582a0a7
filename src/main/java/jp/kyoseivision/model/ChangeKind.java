package jp.kyoseivision.model;

/** How a card differs between two revisions. */
public enum ChangeKind {
    ADDED,
    DELETED,
    RENAMED,
    CHANGED,
    /**
     * Texts, KPIs and projects unchanged, and the newer card has no budget yet where the older had one (予算未入力):
     * the draft of the next edition, whose budgets are entered later. Not a change of content.
     */
    BUDGET_PENDING,
    UNCHANGED
}
