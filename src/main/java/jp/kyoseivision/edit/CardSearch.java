package jp.kyoseivision.edit;

import java.text.Normalizer;
import java.util.Locale;
import java.util.stream.Stream;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.KpiActual;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.ProjectGroup;

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
        if (municipalityId != null && !m.participants().contains(municipalityId)
                && m.projects().stream().noneMatch(g -> municipalityId.equals(g.municipalityId()))) {
            return false;
        }
        if (grade != null && m.kpis().stream().flatMap(k -> k.actuals().stream()).map(KpiActual::recordedGrade)
                .noneMatch(grade::equals)) {
            return false;
        }
        String q = fold(query);
        if (q.isEmpty()) {
            return true;
        }
        return texts(m).anyMatch(t -> t != null && fold(t).contains(q));
    }

    private static Stream<String> texts(Measure m) {
        return Stream.of(Stream.of(m.name(), m.content(), m.effect(), m.roleSharing(), m.notes()),
                m.aliases().stream(),
                m.kpis().stream().flatMap((Kpi k) -> Stream.of(k.name(), k.unit(), k.note())),
                m.projects().stream().flatMap((ProjectGroup g) -> g.names().stream())).flatMap(s -> s);
    }

    /** NFKC, lower case, no white space: ＤＸ = DX = dx, 「医療 」 = 医療. */
    static String fold(String s) {
        if (s == null) {
            return "";
        }
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }
}
