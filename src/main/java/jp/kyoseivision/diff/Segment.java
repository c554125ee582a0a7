package jp.kyoseivision.diff;

/** A run of text in an inline diff: kept, deleted from the old text, or inserted into the new one. */
public record Segment(Op op, String text) {
    public enum Op {
        EQUAL,
        DELETE,
        INSERT
    }
}
