package jp.kyoseivision.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pairs the cards of two revisions.
 *
 * <ol>
 * <li>By lineage id: a card copied into the newer revision keeps its lineage, so this is certain (score 1).</li>
 * <li>For the rest (e.g. imported data without shared lineage), by name: first an identical name or alias (NFKC)
 * in any policy area, score 1 — a card moved to another area keeps its name; then, within the same policy area
 * (by name), the most similar names at or above the threshold, best pairs first (see {@link NameSimilarity}).</li>
 * </ol>
 * A similar name in another policy area is not enough: 「…推進事業」 is common to unrelated measures.
 */
public final class CardMatcher {
    /** The lowest name similarity accepted for a pair in the same policy area. */
    public static final double DEFAULT_THRESHOLD = 0.5;

    /** A card pair: {@code old} from the older revision, {@code now} from the newer. */
    public record Pair(PlacedCard old, PlacedCard now, MatchMethod method, double score) {
    }

    private CardMatcher() {
    }

    public static List<Pair> match(List<PlacedCard> olds, List<PlacedCard> news, double threshold) {
        return match(olds, news, threshold, DiffService.NEVER);
    }

    /** As above, asking {@code cancelled} before each old card and each pair of names it weighs. */
    public static List<Pair> match(List<PlacedCard> olds, List<PlacedCard> news, double threshold,
            java.util.function.BooleanSupplier cancelled) {
        return match(olds, news, threshold, true, cancelled);
    }

    /**
     * As above; {@code byLineage} false pairs by name only: plans of different series (a 共生ビジョン and a 総合戦略)
     * share no lineage, and an id that happens to be equal says nothing.
     */
    public static List<Pair> match(List<PlacedCard> olds, List<PlacedCard> news, double threshold,
            boolean lineage, java.util.function.BooleanSupplier cancelled) {
        List<Pair> pairs = new ArrayList<>();
        Set<String> usedOld = new HashSet<>();
        Set<String> usedNew = new HashSet<>();
        Map<String, PlacedCard> byLineage = new HashMap<>();
        if (lineage) {
            news.forEach(n -> byLineage.put(n.measure().lineageId(), n));
        }
        for (PlacedCard o : olds) {
            PlacedCard n = byLineage.get(o.measure().lineageId());
            if (n != null && usedNew.add(n.id())) {
                usedOld.add(o.id());
                pairs.add(new Pair(o, n, MatchMethod.LINEAGE, 1.0));
            }
        }
        exactNames(olds, news, usedOld, usedNew, pairs, cancelled);
        similarNames(olds, news, usedOld, usedNew, pairs, threshold, cancelled);
        return pairs;
    }

    private static void exactNames(List<PlacedCard> olds, List<PlacedCard> news, Set<String> usedOld,
            Set<String> usedNew, List<Pair> pairs, java.util.function.BooleanSupplier cancelled) {
        Map<String, List<PlacedCard>> byName = new HashMap<>();
        for (PlacedCard n : news) {
            if (!usedNew.contains(n.id())) {
                for (String name : NameSimilarity.names(n.measure())) {
                    byName.computeIfAbsent(name, k -> new ArrayList<>()).add(n);
                }
            }
        }
        if (byName.isEmpty()) {
            return;
        }
        for (PlacedCard o : olds) {
            DiffService.check(cancelled);
            if (usedOld.contains(o.id())) {
                continue;
            }
            PlacedCard best = null;
            for (String name : NameSimilarity.names(o.measure())) {
                for (PlacedCard n : byName.getOrDefault(name, List.of())) {
                    if (!usedNew.contains(n.id()) && (best == null || sameArea(o, n) && !sameArea(o, best))) {
                        best = n;
                    }
                }
            }
            if (best != null) {
                usedOld.add(o.id());
                usedNew.add(best.id());
                pairs.add(new Pair(o, best, MatchMethod.NAME, 1.0));
            }
        }
    }

    private static void similarNames(List<PlacedCard> olds, List<PlacedCard> news, Set<String> usedOld,
            Set<String> usedNew, List<Pair> pairs, double threshold, java.util.function.BooleanSupplier cancelled) {
        Map<String, List<PlacedCard>> newByArea = new LinkedHashMap<>();
        for (PlacedCard n : news) {
            if (!usedNew.contains(n.id())) {
                newByArea.computeIfAbsent(area(n), k -> new ArrayList<>()).add(n);
            }
        }
        List<Pair> candidates = new ArrayList<>();
        for (PlacedCard o : olds) {
            if (usedOld.contains(o.id())) {
                continue;
            }
            for (PlacedCard n : newByArea.getOrDefault(area(o), List.of())) {
                DiffService.check(cancelled);
                double s = NameSimilarity.score(o.measure(), n.measure());
                if (s >= threshold) {
                    candidates.add(new Pair(o, n, MatchMethod.NAME, s));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Pair::score).reversed()
                .thenComparingInt(p -> p.old().index()).thenComparingInt(p -> p.now().index()));
        for (Pair p : candidates) {
            if (!usedOld.contains(p.old().id()) && !usedNew.contains(p.now().id())) {
                usedOld.add(p.old().id());
                usedNew.add(p.now().id());
                pairs.add(p);
            }
        }
    }

    private static String area(PlacedCard c) {
        return NameSimilarity.normalize(c.matchName());
    }

    private static boolean sameArea(PlacedCard a, PlacedCard b) {
        return area(a).equals(area(b));
    }
}
