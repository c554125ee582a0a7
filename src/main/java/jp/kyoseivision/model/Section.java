package jp.kyoseivision.model;

import java.util.List;

/** A labelled block of text an item or node prints (現状と課題, 主な取組, 推進方針 …): its items in order. */
public record Section(String label, List<SectionItem> items) {
    public Section {
        Checks.required(label, "section.label");
        Checks.line(label, "section.label");
        items = Checks.list(items, "section.items");
    }
}
