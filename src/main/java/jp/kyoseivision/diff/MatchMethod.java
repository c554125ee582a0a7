package jp.kyoseivision.diff;

/** How a card of the older revision was paired with one of the newer. */
public enum MatchMethod {
    /** Same lineage id: the card was carried over (copied) from the older revision. */
    LINEAGE,
    /** No lineage link: paired by the similarity of names and aliases (and the policy area). */
    NAME
}
