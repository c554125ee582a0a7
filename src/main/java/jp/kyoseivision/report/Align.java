package jp.kyoseivision.report;

/** Horizontal alignment of text in a table cell. */
public enum Align {
    LEFT, CENTER, RIGHT
}
