package jp.kyoseivision.report;

import java.util.List;

/**
 * A part of a document that starts on a new page (one measure sheet, one table). {@code title} is its line in the
 * contents and, with （続き）, the running head of its continuation pages.
 */
public record Section(String title, List<Block> blocks) {
    public Section {
        title = title == null ? "" : title;
        blocks = List.copyOf(blocks);
    }
}
