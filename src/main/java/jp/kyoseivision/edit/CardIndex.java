package jp.kyoseivision.edit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Sphere;

/**
 * The words of every card of a sphere, folded once (NFKC, case, no white space: {@link CardSearch#fold}) and
 * indexed by character pairs, so a search over 10,000 cards does not fold every text of every card again at each
 * key. A query of one character is answered by the cards holding that character, of two by the cards holding that
 * pair (both exact); a longer query by the cards holding all its pairs, each then checked against its folded texts.
 * The answer is always the same as {@link CardSearch#matches}'s text test (CardIndexTest compares them).
 *
 * <p>Built off the FX thread; after an edit, {@link #update} reuses the folded texts of the cards that did not
 * change (the model is immutable: an unchanged card is the same object). Queries are answered on one thread.
 */
public final class CardIndex {
    /** Between the folded texts of one card: folding removes white space, so no folded query holds it. */
    private static final char SEPARATOR = '\n';

    private final List<Measure> cards;
    private final IdentityHashMap<Measure, Integer> position;
    private final String[] folded;
    private final Map<Integer, int[]> pairs;
    private final Map<Character, int[]> singles;
    private String lastQuery;
    private Set<Measure> lastMatches;

    private CardIndex(List<Measure> cards, String[] folded) {
        this.cards = cards;
        this.folded = folded;
        this.position = new IdentityHashMap<>(cards.size() * 2);
        Map<Integer, Postings> p = new HashMap<>();
        Map<Character, Postings> s = new HashMap<>();
        for (int i = 0; i < folded.length; i++) {
            position.put(cards.get(i), i);
            String t = folded[i];
            for (int k = 0; k < t.length(); k++) {
                char c = t.charAt(k);
                if (c == SEPARATOR) {
                    continue;
                }
                s.computeIfAbsent(c, x -> new Postings()).add(i);
                if (k + 1 < t.length() && t.charAt(k + 1) != SEPARATOR) {
                    p.computeIfAbsent(c << 16 | t.charAt(k + 1), x -> new Postings()).add(i);
                }
            }
        }
        this.pairs = new HashMap<>(p.size() * 2);
        p.forEach((k, v) -> pairs.put(k, v.toArray()));
        this.singles = new HashMap<>(s.size() * 2);
        s.forEach((k, v) -> singles.put(k, v.toArray()));
    }

    /** Indexes every card of {@code sphere} (every plan and revision). */
    public static CardIndex of(Sphere sphere) {
        return update(null, sphere);
    }

    /** The index of {@code sphere}, folding again only the cards that are not in {@code previous} as they are. */
    public static CardIndex update(CardIndex previous, Sphere sphere) {
        List<Measure> cards = new ArrayList<>();
        sphere.revisions().forEach(r -> cards.addAll(r.measures()));
        String[] folded = new String[cards.size()];
        for (int i = 0; i < folded.length; i++) {
            Integer before = previous == null ? null : previous.position.get(cards.get(i));
            folded[i] = before != null ? previous.folded[before] : foldedTexts(cards.get(i));
        }
        return new CardIndex(cards, folded);
    }

    private static String foldedTexts(Measure m) {
        StringBuilder b = new StringBuilder();
        CardSearch.texts(m).forEach(t -> {
            if (t != null) {
                b.append(CardSearch.fold(t)).append(SEPARATOR);
            }
        });
        return b.toString();
    }

    /** Whether this index was made from {@code m} (an edited card is a new object, not indexed here). */
    public boolean holds(Measure m) {
        return position.containsKey(m);
    }

    /**
     * Whether a text of {@code m} holds {@code query} (folded as {@link CardSearch} folds it); {@code m} must be
     * {@link #holds held}. The matches of the last query are kept, so asking for each card of a tree is cheap.
     */
    public boolean matches(Measure m, String query) {
        if (!query.equals(lastQuery)) {
            String q = CardSearch.fold(query);
            lastMatches = q.isEmpty() ? null : matching(q);
            lastQuery = query;
        }
        return lastMatches == null || lastMatches.contains(m);
    }

    /** The cards holding the folded query {@code q} (not empty). */
    private Set<Measure> matching(String q) {
        int[] found;
        if (q.length() == 1) {
            found = singles.getOrDefault(q.charAt(0), new int[0]);
        } else {
            found = null;
            for (int k = 0; k + 1 < q.length() && (found == null || found.length > 0); k++) {
                int[] p = pairs.getOrDefault(q.charAt(k) << 16 | q.charAt(k + 1), new int[0]);
                found = found == null ? p : intersect(found, p);
            }
            if (q.length() > 2) {
                int n = 0;
                int[] checked = new int[found.length];
                for (int i : found) {
                    if (folded[i].contains(q)) {
                        checked[n++] = i;
                    }
                }
                found = Arrays.copyOf(checked, n);
            }
        }
        Set<Measure> out = Collections.newSetFromMap(new IdentityHashMap<>(found.length * 2));
        for (int i : found) {
            out.add(cards.get(i));
        }
        return out;
    }

    private static int[] intersect(int[] a, int[] b) {
        int[] out = new int[Math.min(a.length, b.length)];
        int n = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                out[n++] = a[i];
                i++;
                j++;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Ascending card positions, each once (cards are added in order). */
    private static final class Postings {
        private int[] items = new int[4];
        private int size;

        void add(int card) {
            if (size > 0 && items[size - 1] == card) {
                return;
            }
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = card;
        }

        int[] toArray() {
            return Arrays.copyOf(items, size);
        }
    }
}
