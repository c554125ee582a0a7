import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jp.kyoseivision.edit.CardIndex;
import jp.kyoseivision.edit.CardSearch;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Node;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.Sample;

/**
 * Benchmark (not a test), issue 16: opening a plan file (the read the window does off the FX thread) and search,
 * at 65 (the bundled sample) / 1,000 / 10,000 cards. Each open is measured in a fresh JVM with the app image's
 * options (bench/OpenChild.java: cold read and the process's RSS just after it, then the median of 5 warm reads and
 * the heap used after GC); search in one JVM: the median time per query
 * of the linear scan (CardSearch as before issue 16) and of the character-pair index (CardIndex), over all cards.
 *
 * <p>Run after {@code mvn -B package -DskipTests}:
 * {@code java -cp target/kyosei-vision.jar bench/OpenSearchBench.java [--before old.jar] [cards…]}
 * ({@code --before}: the opens are measured with an older build's jar too, on the same files.)
 * The big files are the sample with each card repeated in its direction (as SyntheticSphere in the tests).
 */
public class OpenSearchBench {
    private static final List<String> QUERIES = List.of("医療", "観光", "ＤＸ", "事", "地域医療", "存在しない言葉", "推進",
            "子育て支援", "救急", "x", "交流人口", "件");

    public static void main(String[] args) throws Exception {
        String before = null;
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        if (rest.size() >= 2 && rest.get(0).equals("--before")) {
            before = rest.get(1); // the jar of an older build: its open is measured too, on the same files
            rest = rest.subList(2, rest.size());
        }
        int[] sizes = rest.isEmpty() ? new int[] {65, 1_000, 10_000}
                : rest.stream().mapToInt(Integer::parseInt).toArray();
        Path dir = Files.createTempDirectory("kyosei-bench");
        System.out.println("load average: " + Files.readString(Path.of("/proc/loadavg")).strip());
        System.out.printf("%-7s %9s %9s %9s %9s %9s %9s %9s %9s %9s %9s %9s%n", "cards", "cold ms", "warm ms", "heap MB",
                "RSS MB", "index ms", "index MB", "update ms", "scan ms/q", "index ms/q", "tree ms/q", "tree+old");
        for (int n : sizes) {
            Sphere s = n <= 65 ? Sample.load() : scaled(n);
            Path file = dir.resolve("bench-" + n + ".kyosei");
            PlanFile.create(file, s).close();
            String open = child(file, System.getProperty("java.class.path"));
            String search = search(s);
            System.out.printf("%-7d %s %s%n", cards(s).size(), open, search);
            if (before != null) {
                System.out.printf("%-7s %s%n", "before", child(file, before));
            }
        }
        System.out.println("load average: " + Files.readString(Path.of("/proc/loadavg")).strip());
    }

    /** Runs the open measurement in a fresh JVM: cold, warm median, heap after GC, RSS. */
    private static String child(Path file, String classPath) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        // the JVM options of the app image (installer/build-app-image.sh): C1 only, serial GC
        Process p = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", classPath,
                "bench/OpenChild.java", file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        p.waitFor();
        String[] lines = out.split("\n");
        return lines[lines.length - 1];
    }

    private static String search(Sphere s) {
        List<Measure> cards = cards(s);
        long heapBefore = usedAfterGc();
        long t0 = System.nanoTime();
        CardIndex index = CardIndex.of(s);
        double build = (System.nanoTime() - t0) / 1e6;
        double indexMb = (usedAfterGc() - heapBefore) / 1e6;
        if (index.holds(cards.get(0)) != true) {
            throw new AssertionError("index");
        }
        // after an edit of one card: the folded texts of the others are reused
        Measure m = cards.get(cards.size() / 2);
        Sphere edited = jp.kyoseivision.edit.SphereEdits.replaceMeasure(s, new Measure(m.id(), m.lineageId(),
                m.number(), m.name() + "改", m.aliases(), m.content(), m.participants(), m.kpis(), m.budget(),
                m.projects(), m.effect(), m.roleSharing(), m.sdgs(), m.notes()));
        double[] updates = new double[5];
        for (int i = 0; i < updates.length; i++) {
            long t = System.nanoTime();
            CardIndex.update(index, edited);
            updates[i] = (System.nanoTime() - t) / 1e6;
        }
        for (int warm = 0; warm < 3; warm++) {
            for (String q : QUERIES) {
                scan(cards, q);
                indexed(cards, q, index);
            }
        }
        double[] scan = new double[QUERIES.size()];
        double[] idx = new double[QUERIES.size()];
        double[] tree = new double[QUERIES.size()];
        double[] treeOld = new double[QUERIES.size()];
        for (int i = 0; i < QUERIES.size(); i++) {
            long t = System.nanoTime();
            int a = scan(cards, QUERIES.get(i));
            scan[i] = (System.nanoTime() - t) / 1e6;
            t = System.nanoTime();
            int b = indexed(cards, QUERIES.get(i), index);
            idx[i] = (System.nanoTime() - t) / 1e6;
            if (a != b) {
                throw new AssertionError(QUERIES.get(i) + ": scan " + a + ", index " + b);
            }
            // what the window does per search: the filtered tree, with the index and (as before) without
            var filter = new jp.kyoseivision.ui.nav.SearchBar.Filter(new CardSearch(QUERIES.get(i) + " ", null, null),
                    null);
            t = System.nanoTime();
            jp.kyoseivision.ui.nav.NavTree.root(s, filter, index);
            tree[i] = (System.nanoTime() - t) / 1e6;
            t = System.nanoTime();
            jp.kyoseivision.ui.nav.NavTree.root(s, filter, null);
            treeOld[i] = (System.nanoTime() - t) / 1e6;
        }
        return String.format("%9.0f %9.1f %9.0f %9.1f %9.2f %9.1f %9.1f", build, indexMb, median(updates), median(scan), median(idx),
                median(tree), median(treeOld));
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static int scan(List<Measure> cards, String q) {
        CardSearch search = new CardSearch(q, null, null);
        int n = 0;
        for (Measure m : cards) {
            n += search.matches(m) ? 1 : 0;
        }
        return n;
    }

    private static int indexed(List<Measure> cards, String q, CardIndex index) {
        CardSearch search = new CardSearch(q, null, null);
        int n = 0;
        for (Measure m : cards) {
            n += search.matches(m, index) ? 1 : 0;
        }
        return n;
    }

    private static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }

    private static List<Measure> cards(Sphere s) {
        List<Measure> out = new ArrayList<>();
        s.revisions().forEach(r -> out.addAll(r.measures()));
        return out;
    }

    /** The sample with each card repeated in its direction until about {@code cards} cards. */
    /** The node with each of its cards (and those below it) repeated {@code copies} times in place. */
    private static Node repeated(Node n, int copies) {
        List<Measure> ms = new ArrayList<>(n.measures());
        for (int j = 1; j < copies; j++) {
            for (Measure m : n.measures()) {
                ms.add(copy(m, j, ms.size() + 1));
            }
        }
        return n.withMeasures(ms).withChildren(n.children().stream().map(c -> repeated(c, copies)).toList());
    }

    static Sphere scaled(int cards) {
        Sphere s = Sample.load();
        long have = cards(s).size();
        int copies = (int) Math.max(1, (cards + have - 1) / have);
        List<Plan> plans = new ArrayList<>();
        for (Plan p : s.plans()) {
            List<Revision> revs = new ArrayList<>();
            for (Revision r : p.revisions()) {
                final int times = copies;
                revs.add(r.withContent(r.nodes().stream().map(n -> repeated(n, times)).toList(), r.items()));
            }
            plans.add(p.withRevisions(revs));
        }
        return new Sphere(s.name(), s.municipalities(), s.centralMunicipalityId(), plans, s.opinionKinds(), s.opinions(),
                s.changeReasons());
    }

    private static Measure copy(Measure m, int j, int number) {
        String suffix = "-s" + j;
        List<Kpi> kpis = m.kpis().stream().map(k -> new Kpi(k.id() + suffix, k.name(), k.unit(), k.baseline(),
                k.target(), k.better(), k.actuals(), k.note())).toList();
        return new Measure(m.id() + suffix, m.lineageId() + suffix, number, m.name() + "（" + j + "）", m.aliases(),
                m.content(), m.participants(), kpis, m.budget(), m.projects(), m.effect(), m.roleSharing(), m.sdgs(),
                (m.notes() == null ? "" : m.notes()) + " 写" + j);
    }
}
