package jp.kyoseivision.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import jp.kyoseivision.model.Section;
import jp.kyoseivision.model.SectionItem;

/**
 * The labelled sections of two items (現状と課題, 主な取組 | 現状・課題, 推進方針) compared label by label: within a
 * label the entries pair by their heading (after NFKC), the rest by position; each pair whose heading or text
 * differs is one {@link Field#SECTION} change with an inline diff, qualified by the label and the entry's printed
 * number (「推進方針 4」). An entry on one side only is a change from or to nothing.
 */
final class Sections {
    private Sections() {
    }

    static List<FieldChange> compare(List<Section> a, List<Section> b) {
        LinkedHashSet<String> labels = new LinkedHashSet<>();
        a.forEach(s -> labels.add(s.label()));
        b.forEach(s -> labels.add(s.label()));
        List<FieldChange> out = new ArrayList<>();
        for (String label : labels) {
            compare(out, label, items(a, label), items(b, label));
        }
        return out;
    }

    private static List<SectionItem> items(List<Section> sections, String label) {
        return sections.stream().filter(s -> s.label().equals(label)).flatMap(s -> s.items().stream()).toList();
    }

    private static void compare(List<FieldChange> out, String label, List<SectionItem> a, List<SectionItem> b) {
        Integer[] pairOf = new Integer[b.size()]; // the old entry paired with each new one
        boolean[] used = new boolean[a.size()];
        Map<String, List<Integer>> byHeading = new HashMap<>();
        for (int i = 0; i < a.size(); i++) {
            byHeading.computeIfAbsent(heading(a.get(i)), k -> new ArrayList<>()).add(i);
        }
        for (int j = 0; j < b.size(); j++) {
            String h = heading(b.get(j));
            if (h.isEmpty()) {
                continue;
            }
            for (int i : byHeading.getOrDefault(h, List.of())) {
                if (!used[i]) {
                    used[i] = true;
                    pairOf[j] = i;
                    break;
                }
            }
        }
        // the rest in order, one with one (a heading reworded keeps its place)
        int next = 0;
        for (int j = 0; j < b.size(); j++) {
            if (pairOf[j] != null) {
                continue;
            }
            while (next < a.size() && used[next]) {
                next++;
            }
            if (next < a.size()) {
                used[next] = true;
                pairOf[j] = next;
            }
        }
        for (int i = 0; i < a.size(); i++) {
            if (!used[i]) {
                out.add(FieldChange.text(Field.SECTION, qualifier(label, a.get(i)), text(a.get(i)), null));
            }
        }
        for (int j = 0; j < b.size(); j++) {
            SectionItem n = b.get(j);
            if (pairOf[j] == null) {
                out.add(FieldChange.text(Field.SECTION, qualifier(label, n), null, text(n)));
                continue;
            }
            String old = text(a.get(pairOf[j]));
            if (!old.equals(text(n))) {
                out.add(FieldChange.text(Field.SECTION, qualifier(label, n), old, text(n)));
            }
        }
    }

    private static String heading(SectionItem i) {
        return i.heading() == null ? "" : NameSimilarity.normalize(i.heading());
    }

    /** 「推進方針 4」: the label and the printed number, or the label alone. */
    private static String qualifier(String label, SectionItem i) {
        return i.number() == null || i.number().isBlank() ? label : label + " " + i.number();
    }

    /** The heading and the text, on lines of their own. */
    static String text(SectionItem i) {
        String h = i.heading() == null ? "" : i.heading();
        String t = i.text() == null ? "" : i.text();
        return h.isEmpty() ? t : t.isEmpty() ? h : h + "\n" + t;
    }
}
