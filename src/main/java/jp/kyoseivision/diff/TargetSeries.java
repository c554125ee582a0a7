package jp.kyoseivision.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.Node;
import jp.kyoseivision.model.Revision;

/**
 * The plan-level and goal-level numeric targets (数値目標) of two editions side by side, as one series: a restructured
 * plan (the 総合戦略's phase 1 → phase 2) cannot be compared item by item, but its targets continue — phase 2's
 * baseline is phase 1's result (転出超過者数 448 → target 329; then 644 → 322). Targets pair by the same name after
 * NFKC, else by the most similar names at or above {@link #THRESHOLD}, best pairs first; the rest are listed alone.
 * Nothing is graded here: one plan's figures are never judged against the other plan's target.
 */
public final class TargetSeries {
    /** The lowest name similarity accepted for a pair: 年間転出超過者数 / 転出超過者数 is 0.75. */
    public static final double THRESHOLD = 0.6;

    private TargetSeries() {
    }

    /** A target of one edition: the KPI and the group it belongs to ({@code null}: the plan as a whole). */
    public record Target(Kpi kpi, Node group) {
    }

    /**
     * One line of the series: both sides when paired ({@code similarity} 1.0 for the same name), else one of them
     * {@code null}. {@code sameUnit} is false when both sides are there and their units differ (a related but not
     * comparable measure, such as 市民センターの利用人数 (千人) and its 利用回数 (回/年)).
     */
    public record Row(Target older, Target newer, double similarity) {
        public boolean paired() {
            return older != null && newer != null;
        }

        public boolean sameUnit() {
            return !paired() || older.kpi().unit().equals(newer.kpi().unit());
        }

        /**
         * Whether a paired target reads differently on the two sides: its name, breakdown, unit, baseline, target
         * or their periods (two revisions of one plan: a revised target; two editions: always, the figures move on).
         */
        public boolean changed() {
            if (!paired()) {
                return false;
            }
            Kpi a = older.kpi();
            Kpi b = newer.kpi();
            return !a.name().equals(b.name()) || !java.util.Objects.equals(a.qualifier(), b.qualifier())
                    || !a.unit().equals(b.unit()) || !same(a.baseline(), b.baseline())
                    || !same(a.target(), b.target());
        }

        private static boolean same(jp.kyoseivision.model.KpiPoint x, jp.kyoseivision.model.KpiPoint y) {
            return java.util.Objects.equals(FieldComparer.show(x), FieldComparer.show(y))
                    && (x == null || x.fy() == y.fy());
        }
    }

    /** The targets of {@code older} and {@code newer} as a series, in the newer edition's order, unpaired older last. */
    public static List<Row> compare(Revision older, Revision newer) {
        List<Target> olds = targets(older);
        List<Target> news = targets(newer);
        Target[] pairOf = new Target[news.size()];
        double[] scoreOf = new double[news.size()];
        Set<Integer> usedOld = new HashSet<>();
        record Candidate(int o, int n, double score) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int o = 0; o < olds.size(); o++) {
            for (int n = 0; n < news.size(); n++) {
                String a = NameSimilarity.normalize(olds.get(o).kpi().name());
                String b = NameSimilarity.normalize(news.get(n).kpi().name());
                double s = a.equals(b) ? 1.0 : NameSimilarity.similarity(a, b);
                if (s >= THRESHOLD) {
                    candidates.add(new Candidate(o, n, s));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparingInt(Candidate::n).thenComparingInt(Candidate::o));
        for (Candidate c : candidates) {
            if (pairOf[c.n()] == null && !usedOld.contains(c.o())) {
                pairOf[c.n()] = olds.get(c.o());
                scoreOf[c.n()] = c.score();
                usedOld.add(c.o());
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int n = 0; n < news.size(); n++) {
            rows.add(new Row(pairOf[n], news.get(n), pairOf[n] == null ? 0 : scoreOf[n]));
        }
        for (int o = 0; o < olds.size(); o++) {
            if (!usedOld.contains(o)) {
                rows.add(new Row(olds.get(o), null, 0));
            }
        }
        return rows;
    }

    /** The plan-level targets, then every group's 数値目標 in plan order. */
    public static List<Target> targets(Revision r) {
        List<Target> out = new ArrayList<>();
        r.kpis().forEach(k -> out.add(new Target(k, null)));
        r.allNodes().forEach(n -> n.kpis().forEach(k -> out.add(new Target(k, n))));
        return out;
    }
}
