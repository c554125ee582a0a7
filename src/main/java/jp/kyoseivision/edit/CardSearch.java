package jp.kyoseivision.edit;

import java.text.Normalizer;
import java.util.Locale;
import java.util.stream.Stream;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.KpiActual;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Node;
import jp.kyoseivision.model.ProjectGroup;
import jp.kyoseivision.model.Section;

/**
 * Which cards match a search: the query is looked for as a substring in every text field of the card (name,
 * other names, 取組内容, 事業効果, 役割分担, notes, KPI names and units, project names), after NFKC and case
 * folding, so two-character Japanese words (医療, 観光) match without relying on spaces; filters by municipality and
 * by a KPI grade recorded in any year.
 */
public record CardSearch(String query, String municipalityId, String grade) {
    public static final CardSearch ALL = new CardSearch("", null, null);

    public boolean isEmpty() {
        return fold(query).isEmpty() && municipalityId == null && grade == null;
    }

    public boolean matches(Measure m) {
        return matches(m, null);
    }

    /**
     * As {@link #matches(Measure)}, looking the words up in {@code index} when it was made from {@code m} (the same
     * answer, without folding the card's texts again); {@code index} may be null.
     */
    public boolean matches(Measure m, CardIndex index) {
        if (municipalityId != null && !m.participants().contains(municipalityId)
                && m.projects().stream().noneMatch(g -> municipalityId.equals(g.municipalityId()))) {
            return false;
        }
        if (grade != null && m.kpis().stream().flatMap(k -> k.actuals().stream()).map(KpiActual::recordedGrade)
                .noneMatch(grade::equals)) {
            return false;
        }
        if (index != null && index.holds(m)) {
            return index.matches(m, query);
        }
        String q = fold(query);
        if (q.isEmpty()) {
            return true;
        }
        return texts(m).anyMatch(t -> t != null && fold(t).contains(q));
    }

    static Stream<String> texts(Measure m) {
        return Stream.of(Stream.of(m.name(), m.content(), m.effect(), m.roleSharing(), m.notes(), m.code()),
                m.aliases().stream(),
                m.kpis().stream().flatMap((Kpi k) -> Stream.of(k.name(), k.qualifier(), k.unit(), k.note())),
                projectTexts(m), sectionTexts(m.sections())).flatMap(s -> s);
    }

    /** Every project's name, 担当課, 事業概要 and note. */
    private static Stream<String> projectTexts(Measure m) {
        return m.projects().stream().flatMap((ProjectGroup g) -> g.projects().stream())
                .flatMap(p -> Stream.concat(Stream.of(p.name(), p.summary(), p.note()), p.departments().stream()));
    }

    /** The headings and texts of sections (現状と課題, 主な取組 …). */
    private static Stream<String> sectionTexts(java.util.List<Section> sections) {
        return sections.stream().flatMap(s -> s.items().stream()).flatMap(i -> Stream.of(i.heading(), i.text()));
    }

    /**
     * Whether the words are in a group node's own texts (its name, code, other names, subtitle, text, sections,
     * KPI names): only a search by words finds a node, not one by municipality or grade (those are of items).
     */
    public boolean matchesNode(Node n) {
        String q = fold(query);
        if (q.isEmpty() || municipalityId != null || grade != null) {
            return false;
        }
        return Stream.of(Stream.of(n.name(), n.code(), n.subtitle(), n.text()), n.aliases().stream(),
                n.kpis().stream().map(Kpi::name), sectionTexts(n.sections())).flatMap(s -> s)
                .anyMatch(t -> t != null && fold(t).contains(q));
    }

    /** Where the query was found: the field (name, content, effect, roleSharing, notes, aliases, kpis, projects),
     * its text, and the span of the match in that text. */
    public record Hit(String field, String text, int start, int end) {
    }

    /** Every field of {@code m} whose text holds the query, with the first place it was found in each text. */
    public java.util.List<Hit> hits(Measure m) {
        String q = fold(query);
        java.util.List<Hit> out = new java.util.ArrayList<>();
        if (q.isEmpty()) {
            return out;
        }
        java.util.Map<String, java.util.List<String>> fields = new java.util.LinkedHashMap<>();
        fields.put("name", java.util.Arrays.asList(m.name()));
        fields.put("aliases", m.aliases());
        fields.put("content", java.util.Arrays.asList(m.content()));
        fields.put("kpis", m.kpis().stream().flatMap((Kpi k) -> Stream.of(k.name(), k.qualifier(), k.unit(), k.note()))
                .toList());
        fields.put("projects", projectTexts(m).toList());
        fields.put("sections", sectionTexts(m.sections()).toList());
        fields.put("code", java.util.Arrays.asList(m.code()));
        fields.put("effect", java.util.Arrays.asList(m.effect()));
        fields.put("roleSharing", java.util.Arrays.asList(m.roleSharing()));
        fields.put("notes", java.util.Arrays.asList(m.notes()));
        for (var e : fields.entrySet()) {
            for (String t : e.getValue()) {
                if (t == null) {
                    continue;
                }
                int[] span = find(t, q);
                if (span != null) {
                    out.add(new Hit(e.getKey(), t, span[0], span[1]));
                    break;
                }
            }
        }
        return out;
    }

    /** The span of {@code foldedQuery} in {@code text}, folding {@code text} a character at a time to keep places. */
    private static int[] find(String text, String foldedQuery) {
        StringBuilder folded = new StringBuilder();
        java.util.List<Integer> origin = new java.util.ArrayList<>();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            String f = fold(new String(Character.toChars(cp)));
            for (int k = 0; k < f.length(); k++) {
                folded.append(f.charAt(k));
                origin.add(i);
            }
            i += n;
        }
        int at = folded.indexOf(foldedQuery);
        if (at < 0) {
            return null;
        }
        int last = origin.get(at + foldedQuery.length() - 1);
        return new int[] {origin.get(at), last + Character.charCount(text.codePointAt(last))};
    }

    /** NFKC, lower case, no white space: ＤＸ = DX = dx, 「医療 」 = 医療. */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        return SPACE.matcher(Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private static final java.util.regex.Pattern SPACE = java.util.regex.Pattern.compile("\\s+");
}
