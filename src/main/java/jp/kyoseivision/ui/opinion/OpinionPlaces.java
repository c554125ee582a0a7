package jp.kyoseivision.ui.opinion;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.kyoseivision.model.Direction;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Opinion;
import jp.kyoseivision.model.PolicyArea;
import jp.kyoseivision.model.Sphere;

/**
 * Where the opinions of a sphere belong: cards, directions and policy areas by id, with the area each lies in; and
 * the folded texts the search looks in. Built once per sphere (immutable: right until the next edit).
 */
final class OpinionPlaces {
    private final Map<String, Measure> cards = new HashMap<>();
    private final Map<String, Direction> directions = new HashMap<>();
    private final Map<String, PolicyArea> areas = new HashMap<>();
    /** The policy area holding each card, direction and area (by its id). */
    private final Map<String, PolicyArea> areaOf = new HashMap<>();

    private OpinionPlaces(Sphere s) {
        s.revisions().forEach(r -> r.policyAreas().forEach(a -> {
            areas.put(a.id(), a);
            areaOf.put(a.id(), a);
            a.directions().forEach(d -> {
                directions.put(d.id(), d);
                areaOf.put(d.id(), a);
                d.measures().forEach(m -> {
                    cards.put(m.id(), m);
                    areaOf.put(m.id(), a);
                });
            });
        }));
    }

    static OpinionPlaces of(Sphere s) {
        return new OpinionPlaces(s);
    }

    Optional<Measure> card(String id) {
        return Optional.ofNullable(id == null ? null : cards.get(id));
    }

    Optional<Direction> direction(String id) {
        return Optional.ofNullable(id == null ? null : directions.get(id));
    }

    Optional<PolicyArea> area(String id) {
        return Optional.ofNullable(id == null ? null : areas.get(id));
    }

    /** The policy area the opinion counts under: the one it names, else its direction's, else its card's. */
    PolicyArea areaOf(Opinion o) {
        for (String id : new String[] {o.policyAreaId(), o.directionId(), o.measureId()}) {
            if (id != null && areaOf.containsKey(id)) {
                return areaOf.get(id);
            }
        }
        return null;
    }

    /** NFKC, lower case, no white space: ＤＸ = DX = dx, 「医療 」 = 医療 (as the card search folds). */
    static String fold(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(n.length());
        n.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(b::appendCodePoint);
        return b.toString();
    }

    /** The words of a query, each folded (a blank query has none): all must be found. */
    static List<String> words(String query) {
        List<String> out = new ArrayList<>();
        if (query != null) {
            for (String w : query.strip().split("[\\s\\u3000]+")) {
                String f = fold(w);
                if (!f.isEmpty()) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    /** The searched texts of an opinion (意見, 回答, 項目, page, source), folded; two-character words match. */
    static Texts folded(Opinion o) {
        StringBuilder b = new StringBuilder();
        for (String t : new String[] {o.text(), o.answer(), o.topic(), o.page(), o.source()}) {
            if (t != null) {
                b.append(fold(t)).append('\n');
            }
        }
        return new Texts(b.toString());
    }

    /** Folded texts, one per line. */
    record Texts(String all) {
        boolean containsAll(List<String> words) {
            return words.stream().allMatch(all::contains);
        }
    }
}
