import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import jp.kyoseivision.diff.CardMatcher;
import jp.kyoseivision.diff.DiffService;
import jp.kyoseivision.diff.RevisionDiff;
import jp.kyoseivision.model.Better;
import jp.kyoseivision.model.ChangeKind;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.KpiPoint;
import jp.kyoseivision.model.KpiValue;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Municipality;
import jp.kyoseivision.model.Node;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.ProjectGroup;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.Sphere;

/**
 * Benchmark (not a test): diffs two synthetic editions of 1,000 cards each (10 areas × 10 directions × 10 cards,
 * texts of 60–200 Japanese characters). The newer edition deletes 50 cards, adds 50, renames 20 and rewrites the
 * texts of 300 and the budgets of 500. Target: ≤ 100 ms per comparison.
 *
 * <p>Run after {@code mvn -B package -DskipTests}:
 * {@code java -cp target/kyosei-vision.jar bench/DiffBench.java}
 */
public class DiffBench {
    private static final String POOL = "圏域住民の安心と安全を確保するため関係機関と連携し休日及び夜間等における救急医療体制"
            + "観光振興地域資源活用人材育成子育て支援教育文化交流移住定住促進事業推進整備充実強化";
    private static final int WARMUP = 20;
    private static final int RUNS = 50;

    public static void main(String[] args) {
        Random rnd = new Random(20241);
        List<Measure> old = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            old.add(card("o" + i, "L" + i, i + 1, name(rnd, i), rnd, 0));
        }
        List<Measure> now = new ArrayList<>();
        int n = 0;
        for (int i = 0; i < 1000; i++) {
            Measure m = old.get(i);
            if (i % 20 == 7) {
                continue; // 50 deleted
            }
            String nm = i % 50 == 3 ? m.name().substring(0, m.name().length() - 4) + "推進強化事業" : m.name();
            String content = i % 10 < 3 ? edit(m.content(), rnd) : m.content();
            TreeMap<Integer, Long> budget = new TreeMap<>(m.budget());
            if (i % 2 == 0) {
                budget.put(2025, budget.get(2025) + 1000);
            }
            now.add(new Measure("n" + i, m.lineageId(), ++n, nm, m.aliases(), content, m.participants(), m.kpis()
                    .stream().map(k -> new Kpi("n" + k.id(), k.name(), k.unit(), k.baseline(), k.target(), k.better(),
                            k.actuals(), k.note())).toList(), budget, m.projects(), m.effect(), m.roleSharing(),
                    m.sdgs(), m.notes()));
            if (i % 20 == 11) {
                now.add(card("a" + i, "LA" + i, ++n, name(rnd, 5000 + i), rnd, 1)); // 50 added
            }
        }
        Sphere sphere = sphere(old, now);
        Sphere fresh = sphere(old, now.stream().map(m -> new Measure(m.id(), "F" + m.id(), m.number(), m.name(),
                m.aliases(), m.content(), m.participants(), m.kpis(), m.budget(), m.projects(), m.effect(),
                m.roleSharing(), m.sdgs(), m.notes())).toList());
        run("lineage ids shared", sphere);
        run("no shared lineage (name matching)", fresh);
    }

    private static void run(String label, Sphere s) {
        Revision from = s.revision("old").orElseThrow();
        Revision to = s.revision("new").orElseThrow();
        long t0 = System.nanoTime();
        RevisionDiff d = DiffService.compare(s, from, to, CardMatcher.DEFAULT_THRESHOLD);
        long first = System.nanoTime() - t0;
        for (int i = 0; i < WARMUP; i++) {
            DiffService.compare(s, from, to, CardMatcher.DEFAULT_THRESHOLD);
        }
        long[] times = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            DiffService.compare(s, from, to, CardMatcher.DEFAULT_THRESHOLD);
            times[i] = System.nanoTime() - t;
        }
        java.util.Arrays.sort(times);
        System.out.printf("%s: %s%n  first run %.1f ms, then median %.1f ms, p95 %.1f ms, max %.1f ms (%d runs)%n",
                label, d.counts(), first / 1e6, times[RUNS / 2] / 1e6, times[(int) (RUNS * 0.95)] / 1e6,
                times[RUNS - 1] / 1e6, RUNS);
        if (d.count(ChangeKind.DELETED) != 50 || d.count(ChangeKind.ADDED) != 50) {
            throw new IllegalStateException("unexpected classification " + d.counts());
        }
    }

    private static Sphere sphere(List<Measure> old, List<Measure> now) {
        List<Municipality> towns = List.of(new Municipality("ichinoseki", "一関市"),
                new Municipality("hiraizumi", "平泉町"));
        Plan p1 = new Plan("p1", 1, "旧版", 2019, 2028, null, List.of(revision("old", old)), List.of());
        Plan p2 = new Plan("p2", 2, "新版", 2019, 2028, null, List.of(revision("new", now)), List.of());
        return new Sphere("bench", towns, "ichinoseki", List.of(p1, p2),
                jp.kyoseivision.model.OpinionKind.defaults(), List.of(), List.of());
    }

    /** 10 areas × 10 directions, cards spread over them in order (100 per area). */
    private static Revision revision(String id, List<Measure> cards) {
        List<Node> areas = new ArrayList<>();
        int per = (cards.size() + 99) / 100;
        for (int a = 0; a < 10; a++) {
            List<Node> ds = new ArrayList<>();
            for (int d = 0; d < 10; d++) {
                int from = Math.min(cards.size(), (a * 10 + d) * per);
                int to = Math.min(cards.size(), from + per);
                ds.add(Node.leaf(id + "-d" + a + "-" + d, "方向" + a + "-" + d, null, List.of(),
                        cards.subList(from, to)));
            }
            areas.add(Node.group(id + "-a" + a, "分野" + a, ds));
        }
        return new Revision(id, id, null, null, null, null, List.of(Node.group(id + "-p", "視点", areas)));
    }

    private static Measure card(String id, String lineage, int number, String name, Random rnd, int salt) {
        TreeMap<Integer, Long> budget = new TreeMap<>();
        for (int fy = 2024; fy <= 2028; fy++) {
            budget.put(fy, (long) rnd.nextInt(100_000));
        }
        Kpi kpi = new Kpi(id + "-k1", text(rnd, 20), "人", new KpiPoint(2022, KpiValue.of(String.valueOf(
                rnd.nextInt(1000)))), new KpiPoint(2028, KpiValue.of(String.valueOf(rnd.nextInt(1000)))),
                Better.HIGHER, List.of(), null);
        return new Measure(id, lineage, number, name, List.of(), text(rnd, 60 + rnd.nextInt(140)),
                List.of("ichinoseki", "hiraizumi"), List.of(kpi), budget,
                List.of(ProjectGroup.ofNames("ichinoseki", List.of(text(rnd, 12), text(rnd, 14))),
                        ProjectGroup.ofNames("hiraizumi", List.of(text(rnd, 10)))),
                text(rnd, 80), text(rnd, 100), List.of(1 + rnd.nextInt(17)), "※事業費は見込額です。");
    }

    private static String name(Random rnd, int i) {
        return text(rnd, 6 + rnd.nextInt(8)) + i + "事業";
    }

    private static String text(Random rnd, int len) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < len; i++) {
            b.append(POOL.charAt(rnd.nextInt(POOL.length())));
        }
        return b.toString();
    }

    /** Replaces a few runs of characters, inserts and deletes some: a rewrite, not a new text. */
    private static String edit(String s, Random rnd) {
        StringBuilder b = new StringBuilder(s);
        for (int k = 0; k < 4; k++) {
            int at = rnd.nextInt(b.length());
            int len = Math.min(b.length() - at, 1 + rnd.nextInt(6));
            b.replace(at, at + len, text(rnd, 1 + rnd.nextInt(8)));
        }
        return b.toString();
    }
}
