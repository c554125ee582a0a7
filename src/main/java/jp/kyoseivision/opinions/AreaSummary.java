package jp.kyoseivision.opinions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kyoseivision.model.Opinion;
import jp.kyoseivision.model.Node;
import jp.kyoseivision.model.Revision;

/**
 * How many opinions concern each policy area, grouped by perspective in the plan's order, as the council papers print
 * them (seed 001 L121–147, 「３ 意見概要（政策分野等）」):
 *
 * <pre>
 * 【生活機能の強化に関する政策分野】
 * 医療：１件、産業振興：11 件、教育及び文化：８件、消防防災：１件
 * …
 * 【その他：１件】
 * </pre>
 *
 * Areas and perspectives without an opinion are left out; opinions about the plan as a whole (no area) are counted
 * under その他. A count of one digit is written full-width (１件), a longer one in ASCII digits followed by a space
 * (11 件), as the seed prints them.
 */
public record AreaSummary(List<Group> groups, int others) {
    /** One perspective's areas with their counts, in plan order. */
    public record Group(Node perspective, List<AreaCount> areas) {
        public Group {
            areas = List.copyOf(areas);
        }

        /** 【生活機能の強化に関する政策分野】 */
        public String heading() {
            return perspective == null ? "" : "【" + perspective.name() + "に関する政策分野】";
        }

        /** 医療：１件、産業振興：11 件 */
        public String line() {
            List<String> parts = new ArrayList<>();
            for (AreaCount a : areas) {
                parts.add(a.area().name() + "：" + count(a.count()));
            }
            return String.join("、", parts);
        }
    }

    public record AreaCount(Node area, int count) {
    }

    public AreaSummary {
        groups = List.copyOf(groups);
    }

    /** The counts of {@code opinions} (e.g. one kind's, filtered by {@link OpinionFilter}) over the areas of {@code r}. */
    public static AreaSummary of(Revision r, List<Opinion> opinions, Concerns concerns) {
        Map<String, Integer> byArea = new LinkedHashMap<>();
        int others = 0;
        for (Opinion o : opinions) {
            Node a = concerns.of(o).area();
            if (a == null) {
                others++;
            } else {
                byArea.merge(a.id(), 1, Integer::sum);
            }
        }
        List<Group> groups = new ArrayList<>();
        int level = concerns.summaryLevel(r.id());
        // the areas grouped by the node above them (the vision: 政策分野 under 政策の視点); top-level areas in one group
        List<Node> parents = level > 0 ? r.nodesAt(level - 1) : level == 0 ? java.util.Collections.singletonList(null)
                : List.of();
        for (Node p : parents) {
            List<AreaCount> counts = new ArrayList<>();
            for (Node a : p == null ? r.nodes() : p.children()) {
                Integer n = byArea.remove(a.id());
                if (n != null) {
                    counts.add(new AreaCount(a, n));
                }
            }
            if (!counts.isEmpty()) {
                groups.add(new Group(p, counts));
            }
        }
        // an area of another revision (an opinion filed against an older one) counts as その他 here
        others += byArea.values().stream().mapToInt(Integer::intValue).sum();
        return new AreaSummary(groups, others);
    }

    public int total() {
        return others + groups.stream().flatMap(g -> g.areas().stream()).mapToInt(AreaCount::count).sum();
    }

    /** The count of one area, 0 when it has none. */
    public int count(String areaName) {
        return groups.stream().flatMap(g -> g.areas().stream()).filter(a -> a.area().name().equals(areaName))
                .mapToInt(AreaCount::count).sum();
    }

    /** The lines as printed: per perspective its heading and its areas' line, then 【その他：n件】 when there are any. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        for (Group g : groups) {
            out.add(g.heading());
            out.add(g.line());
        }
        if (others > 0) {
            out.add("【その他：" + count(others) + "】");
        }
        return out;
    }

    public String text() {
        return String.join("\n", lines());
    }

    /**
     * The lines in {@code locale}: Japanese exactly as the seed prints them ({@link #lines()}); English with the
     * same groups ("[Policy areas: 生活機能の強化]", "医療: 1, 産業振興: 11", "[Other: 1]"; names are data).
     */
    public List<String> lines(java.util.Locale locale) {
        if (java.util.Locale.JAPANESE.getLanguage().equals(locale.getLanguage())) {
            return lines();
        }
        List<String> out = new ArrayList<>();
        for (Group g : groups) {
            out.add(jp.kyoseivision.text.Texts.format(locale, "opinions.summary.heading", g.perspective().name()));
            List<String> parts = new ArrayList<>();
            for (AreaCount a : g.areas()) {
                parts.add(a.area().name() + ": " + a.count());
            }
            out.add(String.join(", ", parts));
        }
        if (others > 0) {
            out.add(jp.kyoseivision.text.Texts.format(locale, "opinions.summary.other", others));
        }
        return out;
    }

    public String text(java.util.Locale locale) {
        return String.join("\n", lines(locale));
    }

    /** １件 … ９件, 10 件, 11 件 … (seed 001 L125). */
    static String count(int n) {
        if (n >= 0 && n <= 9) {
            return (char) ('０' + n) + "件";
        }
        return n + " 件";
    }
}
