package jp.kyoseivision.opinions;

import java.util.ArrayList;
import java.util.List;
import jp.kyoseivision.edit.CardSearch;
import jp.kyoseivision.model.Opinion;
import jp.kyoseivision.model.OpinionStatus;
import jp.kyoseivision.model.Sphere;

/**
 * Which opinions a list shows: of one revision, kind, policy area (the area it counts under: {@link Concerns}), card
 * (the opinions about that card, or that point at it as the change they caused) and status, holding the words of
 * {@code query}. Each criterion may be null (any). The query is folded as the card search folds (NFKC, case, no
 * white space: {@link CardSearch#fold}) and looked for as a substring of the opinion's texts (意見, 回答, 項目, page,
 * source), so two-character words (医療, 観光) match without spaces; several words separated by spaces must all be
 * found.
 */
public record OpinionFilter(String revisionId, String kindId, String policyAreaId, String measureId,
        OpinionStatus status, String query) {
    public static final OpinionFilter ALL = new OpinionFilter(null, null, null, null, null, "");

    public OpinionFilter withRevision(String id) {
        return new OpinionFilter(id, kindId, policyAreaId, measureId, status, query);
    }

    public OpinionFilter withKind(String id) {
        return new OpinionFilter(revisionId, id, policyAreaId, measureId, status, query);
    }

    public OpinionFilter withPolicyArea(String id) {
        return new OpinionFilter(revisionId, kindId, id, measureId, status, query);
    }

    public OpinionFilter withCard(String id) {
        return new OpinionFilter(revisionId, kindId, policyAreaId, id, status, query);
    }

    public OpinionFilter withStatus(OpinionStatus s) {
        return new OpinionFilter(revisionId, kindId, policyAreaId, measureId, s, query);
    }

    public OpinionFilter withQuery(String q) {
        return new OpinionFilter(revisionId, kindId, policyAreaId, measureId, status, q);
    }

    /** The matching opinions of {@code concerns}' sphere, in the sphere's order. */
    public List<Opinion> apply(Concerns concerns) {
        List<String> words = words(query);
        List<Opinion> out = new ArrayList<>();
        for (Opinion o : concerns.sphere().opinions()) {
            if (matches(o, concerns, words)) {
                out.add(o);
            }
        }
        return out;
    }

    public List<Opinion> apply(Sphere sphere) {
        return apply(Concerns.of(sphere));
    }

    public boolean matches(Opinion o, Concerns concerns) {
        return matches(o, concerns, words(query));
    }

    private boolean matches(Opinion o, Concerns concerns, List<String> words) {
        if (revisionId != null && !revisionId.equals(o.revisionId())) {
            return false;
        }
        if (kindId != null && !kindId.equals(o.kindId())) {
            return false;
        }
        if (status != null && status != o.status()) {
            return false;
        }
        if (measureId != null && !measureId.equals(o.measureId()) && !measureId.equals(o.changeFromMeasureId())
                && !measureId.equals(o.changeToMeasureId())) {
            return false;
        }
        if (policyAreaId != null) {
            var area = concerns.of(o).area();
            if (area == null || !area.id().equals(policyAreaId)) {
                return false;
            }
        }
        if (words.isEmpty()) {
            return true;
        }
        String texts = folded(o);
        return words.stream().allMatch(texts::contains);
    }

    /** The query's words, each folded; none for a blank query. */
    static List<String> words(String query) {
        List<String> out = new ArrayList<>();
        if (query == null) {
            return out;
        }
        for (String w : query.strip().split("[\\s\\u3000]+")) {
            String f = CardSearch.fold(w);
            if (!f.isEmpty()) {
                out.add(f);
            }
        }
        return out;
    }

    /** Every text of the opinion folded, separated by a line break (which no folded word holds). */
    static String folded(Opinion o) {
        StringBuilder b = new StringBuilder();
        for (String t : new String[] {o.text(), o.answer(), o.topic(), o.page(), o.source()}) {
            if (t != null) {
                b.append(CardSearch.fold(t)).append('\n');
            }
        }
        return b.toString();
    }
}
