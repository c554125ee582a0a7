import java.nio.file.Files;
import java.nio.file.Path;
import jp.kyoseivision.reliability.CrashHarness;

/**
 * Reliability runs (not a test; docs/reliability.md): {@code crash N} SIGKILLs N child JVMs editing a real file,
 * {@code corrupt} damages the sample file at 1,000 positions, {@code fuzz N} imports N mutated JSON documents, {@code budget N} N mutated budget tables,
 * {@code hostile N} opens N tampered, busy or symlinked plan files.
 *
 * <p>Run after {@code mvn -B verify} (it needs the test classes):
 * {@code java -cp target/kyosei-vision.jar:target/test-classes bench/ReliabilityBench.java crash 200}
 */
public class ReliabilityBench {
    public static void main(String[] args) throws Exception {
        String what = args.length > 0 ? args[0] : "crash";
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Path dir = Files.createTempDirectory("kyosei-reliability");
        long t0 = System.nanoTime();
        switch (what) {
            case "crash" -> {
                CrashHarness.Result r = CrashHarness.run(dir, n, 20261123L, 1500);
                System.out.printf("crash: %d runs, %d failures, %d edits acknowledged, %d runs with the in-flight "
                        + "edit committed, %d finished before the kill%n", r.runs(), r.failures(), r.totalAcked(),
                        r.inFlightCommitted(), r.finishedBeforeKill());
                r.problems().forEach(System.out::println);
            }
            case "corrupt" -> System.out.println(jp.kyoseivision.reliability.CorruptionRun.run(dir, n, 20261123L));
            case "fuzz" -> System.out.println(jp.kyoseivision.reliability.JsonFuzz.run(dir, n, 20261123L));
            case "budget" -> System.out.println(jp.kyoseivision.reliability.BudgetTableFuzz.run(dir, n, 20261123L));
            case "hostile" -> System.out.println(jp.kyoseivision.reliability.HostileFileRun.run(dir, n, 20261123L));
            // n cases per class of bad input (issue 14)
            case "hostile-json" -> System.out.println(jp.kyoseivision.reliability.HostileJson.run(dir, n, 20261123L));
            case "hostile-budget" -> System.out.println(jp.kyoseivision.reliability.HostileBudget.run(dir, n,
                    20261123L));
            default -> throw new IllegalArgumentException(what);
        }
        System.out.printf("%.1f s; files in %s%n", (System.nanoTime() - t0) / 1e9, dir);
    }
}
