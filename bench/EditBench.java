import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import jp.kyoseivision.model.Node;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.edit.CardEdits;
import jp.kyoseivision.edit.Edited;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.Sample;

/**
 * Benchmark (not a test), issue 16: one field edit committed — a budget cell of one card set and saved, as the
 * card form does it (CardEdits.setBudget: the sphere rebuilt along the card's path, only the card checked; then
 * PlanFile.save(before, after, cards): only the changed measure_budget row written, one transaction, committed with
 * the file's synchronous=FULL). Median and 90th percentile over 200 edits of different cards, on the bundled
 * 65-card sample and on a synthetic 10,000-card file, in the same run. Also reported, for the same 200 edits:
 * the apply alone (no I/O); the old path for comparison (replaceMeasure as it was: every revision rebuilt, a
 * checked Sphere per revision; then SphereSync's whole compare, which deletes and re-inserts the card's child
 * tables); and what the commit's fsyncs
 * cost: the same edits as a bare one-row UPDATE + commit on a copy of the file with synchronous FULL, NORMAL, OFF.
 *
 * <p>Run after {@code mvn -B package -DskipTests}:
 * {@code java -jar target/kyosei-vision.jar generate-synthetic /tmp/10k.kyosei --cards 10000 --plans 2 --seed 1}
 * then {@code java -cp target/kyosei-vision.jar bench/EditBench.java /tmp/10k.kyosei}.
 * Target: ≤ 10 ms per edit committed at 10,000 cards.
 */
public class EditBench {
    private static final int EDITS = 200;
    private static final int WARMUP = 50;

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("editbench");
        System.out.println("load average: " + Files.readString(Path.of("/proc/loadavg")).trim());
        Path sample = work.resolve("sample.kyosei");
        PlanFile.create(sample, Sample.load()).close();
        double[] small = run("sample (65 cards)", sample, work);
        if (args.length > 0) {
            Path big = work.resolve("big.kyosei");
            Files.copy(Path.of(args[0]), big, StandardCopyOption.REPLACE_EXISTING);
            double[] large = run(Path.of(args[0]).getFileName().toString(), big, work);
            System.out.printf(Locale.ROOT, "ratio big/sample (medians): edit committed %.2f; apply %.2f; "
                    + "apply + UPDATE + commit without fsync %.2f%n", large[0] / small[0], large[1] / small[1],
                    large[2] / small[2]);
        }
        System.out.println("load average: " + Files.readString(Path.of("/proc/loadavg")).trim());
    }

    /** Returns the medians: {edit committed, apply, apply + UPDATE + commit with synchronous=OFF}, ms. */
    private static double[] run(String label, Path file, Path work) throws Exception {
        long t0 = System.nanoTime();
        PlanFile pf = PlanFile.open(file);
        Sphere s = pf.read();
        List<Measure> cards = s.revisions().flatMap(r -> r.measures().stream()).filter(m -> !m.budget().isEmpty())
                .toList();
        System.out.printf(Locale.ROOT, "%n== %s: %d cards with budgets, opened and read in %.0f ms%n", label,
                cards.size(), (System.nanoTime() - t0) / 1e6);
        int n = WARMUP + EDITS;
        double[] committed = new double[n];
        double[] apply = new double[n];
        double[] write = new double[n];
        for (int i = 0; i < n; i++) {
            Measure m = cards.get((int) ((long) i * 7919 % cards.size()));
            int fy = m.budget().firstKey();
            long amount = s.measure(m.id()).orElseThrow().budget().get(fy) + 1;
            long a = System.nanoTime();
            Edited e = CardEdits.setBudget(s, m.id(), fy, amount);
            long b = System.nanoTime();
            pf.save(s, e.sphere(), e.cards());
            long c = System.nanoTime();
            s = e.sphere();
            apply[i] = (b - a) / 1e6;
            write[i] = (c - b) / 1e6;
            committed[i] = (c - a) / 1e6;
        }
        report("edit committed (apply + write, synchronous=FULL)", committed);
        report("  apply (CardEdits.setBudget, no I/O)", apply);
        report("  write (PlanFile.save of the card's rows + commit)", write);
        // the old path, for comparison in the same run: SphereEdits.replaceMeasure as it was (every revision's
        // containers rebuilt, a new Sphere per revision, each checking every reference), then SphereSync's whole
        // compare (the card's six child tables deleted and re-inserted)
        double[] check = new double[EDITS];
        for (int i = 0; i < EDITS; i++) {
            long a = System.nanoTime();
            new Sphere(s.name(), s.municipalities(), s.centralMunicipalityId(), s.plans(), s.opinionKinds(), s.opinions(),
                    s.changeReasons());
            check[i] = (System.nanoTime() - a) / 1e6;
        }
        report("old: full reference check of one Sphere", check);
        int old = 60;
        double[] oldApply = new double[old];
        double[] oldWrite = new double[old];
        double[] oldTotal = new double[old];
        for (int i = 0; i < old; i++) {
            Measure m = cards.get((int) ((long) i * 104729 % cards.size()));
            int fy = m.budget().firstKey();
            Measure now = s.measure(m.id()).orElseThrow();
            java.util.TreeMap<Integer, Long> budget = new java.util.TreeMap<>(now.budget());
            budget.put(fy, budget.get(fy) + 1);
            Measure next = jp.kyoseivision.edit.MeasureChange.budget(now, budget);
            long a = System.nanoTime();
            Sphere after = oldReplaceMeasure(s, next);
            long b = System.nanoTime();
            pf.save(s, after);
            long c = System.nanoTime();
            oldApply[i] = (b - a) / 1e6;
            oldWrite[i] = (c - b) / 1e6;
            oldTotal[i] = (c - a) / 1e6;
            s = after;
        }
        report("old: edit committed (apply + write, synchronous=FULL)", oldTotal);
        report("old:   apply (replaceMeasure over every revision, full checks)", oldApply);
        report("old:   write (SphereSync whole compare, child tables rewritten)", oldWrite);
        pf.close();

        // the floor: the same kind of edits (apply, then the one row's UPDATE + commit) on a bare connection to a
        // copy of the file, per synchronous mode: what the fsyncs of synchronous=FULL cost in the figure above
        Path copy = work.resolve("floor-" + file.getFileName());
        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
        double off = 0;
        for (String mode : new String[] {"FULL", "NORMAL", "OFF"}) {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy)) {
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA synchronous = " + mode);
                }
                c.setAutoCommit(false);
                double[] t = new double[n];
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE measure_budget SET amount = ? WHERE measure_id = ? AND fy = ?")) {
                    for (int i = 0; i < n; i++) {
                        Measure m = cards.get((int) ((long) i * 6151 % cards.size()));
                        int fy = m.budget().firstKey();
                        long amount = s.measure(m.id()).orElseThrow().budget().get(fy) + 1;
                        long a = System.nanoTime();
                        Edited e = CardEdits.setBudget(s, m.id(), fy, amount);
                        ps.setLong(1, amount);
                        ps.setString(2, m.id());
                        ps.setInt(3, fy);
                        ps.executeUpdate();
                        c.commit();
                        t[i] = (System.nanoTime() - a) / 1e6;
                        s = e.sphere();
                    }
                }
                report("edit: apply + bare one-row UPDATE + commit, synchronous=" + mode, t);
                if (mode.equals("OFF")) {
                    off = median(Arrays.copyOfRange(t, WARMUP, n));
                }
            }
        }
        double[] measured = Arrays.copyOfRange(committed, WARMUP, n);
        double[] applied = Arrays.copyOfRange(apply, WARMUP, n);
        return new double[] {median(measured), median(applied), off};
    }

    private static void report(String what, double[] all) {
        double[] v = all.length == WARMUP + EDITS ? Arrays.copyOfRange(all, WARMUP, all.length) : all;
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-70s median %7.2f ms  p90 %7.2f ms  (n=%d)%n", what, median(v),
                sorted[(int) (sorted.length * 0.9)], v.length);
    }

    private static double median(double[] v) {
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    // ---- SphereEdits.replaceMeasure before issue 16, verbatim in effect ----------------------------------------

    private static Sphere oldReplaceMeasure(Sphere s, Measure updated) {
        Sphere out = s;
        for (Revision r : s.revisions().toList()) {
            out = oldMapRevision(out, r.id(), rev -> oldMapDirections(rev, d -> {
                List<Measure> ms = new ArrayList<>(d.measures());
                ms.replaceAll(m -> m.id().equals(updated.id()) ? updated : m);
                return ms.equals(d.measures()) ? d : d.withMeasures(ms);
            }));
        }
        return out;
    }

    private static Sphere oldMapRevision(Sphere s, String revisionId, UnaryOperator<Revision> f) {
        List<Plan> plans = new ArrayList<>();
        for (Plan p : s.plans()) {
            List<Revision> revs = p.revisions().stream().map(r -> r.id().equals(revisionId) ? f.apply(r) : r).toList();
            plans.add(revs.equals(p.revisions()) ? p : p.withRevisions(revs));
        }
        return new Sphere(s.name(), s.municipalities(), s.centralMunicipalityId(), plans, s.opinionKinds(), s.opinions(),
                s.changeReasons());
    }

    /** Every group node holding cards (the vision's 取組分野) mapped, the tree rebuilt around them as before. */
    private static Revision oldMapDirections(Revision r, UnaryOperator<Node> f) {
        return r.withContent(r.nodes().stream().map(n -> oldMapLeaves(n, f)).toList(), r.items());
    }

    private static Node oldMapLeaves(Node n, UnaryOperator<Node> f) {
        return n.children().isEmpty() ? f.apply(n)
                : n.withChildren(n.children().stream().map(c -> oldMapLeaves(c, f)).toList());
    }
}
