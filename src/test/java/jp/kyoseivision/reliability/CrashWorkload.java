package jp.kyoseivision.reliability;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import jp.kyoseivision.edit.SphereEdits;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.PlanFile;

/**
 * The child side of the crash harness: opens a real plan file and edits budgets as fast as it can, one
 * transaction per edit through {@link PlanFile#save}, printing {@code ACK n} (flushed) only after edit n was
 * committed — exactly when the UI would show 保存済み. Edit n sets the FY2026 budget of card {@code n % cards} of
 * the 3rd vision to {@code BASE + n}. Runs until killed, or until {@code max} edits are done.
 */
public final class CrashWorkload {
    /** Budgets written by the workload are above every real one (the largest in the sample is far below). */
    static final long BASE = 900_000_000L;
    static final int YEAR = 2026;
    static final String REVISION = "v3-adopted";

    private CrashWorkload() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int max = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        try (PlanFile f = PlanFile.open(file)) {
            Sphere s = f.read();
            out.println("READY");
            out.flush();
            for (int n = 1; n <= max; n++) {
                Sphere next = edit(s, n);
                f.save(s, next);
                s = next;
                out.println("ACK " + n);
                out.flush();
            }
            out.println("DONE");
            out.flush();
        }
    }

    static List<Measure> cards(Sphere s) {
        return s.revision(REVISION).orElseThrow().measures();
    }

    /** Edit n: the FY2026 budget of card n % cards becomes BASE + n. */
    static Sphere edit(Sphere s, int n) {
        List<Measure> cards = cards(s);
        Measure m = cards.get(n % cards.size());
        TreeMap<Integer, Long> budget = new TreeMap<>(m.budget());
        budget.put(YEAR, BASE + n);
        Measure changed = new Measure(m.id(), m.lineageId(), m.number(), m.name(), m.aliases(), m.content(),
                m.participants(), m.kpis(), budget, m.projects(), m.effect(), m.roleSharing(), m.sdgs(), m.notes());
        return SphereEdits.replaceMeasure(s, changed);
    }
}
