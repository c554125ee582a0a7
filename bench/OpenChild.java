import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.PlanFile;

/**
 * One open measured in this fresh JVM (run by bench/OpenSearchBench.java, against any build's jar): the cold read
 * and the process's RSS just after it, then the median of 5 warm reads and the heap used after GC.
 * {@code java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp <jar> bench/OpenChild.java <file>}
 */
public class OpenChild {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        long t0 = System.nanoTime();
        Sphere s;
        try (PlanFile f = PlanFile.open(file)) {
            s = f.read();
        }
        double cold = (System.nanoTime() - t0) / 1e6;
        long rss = rssKb(); // after the one read the window does
        double[] warm = new double[5];
        for (int i = 0; i < warm.length; i++) {
            long t = System.nanoTime();
            try (PlanFile f = PlanFile.open(file)) {
                s = f.read();
            }
            warm[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(warm);
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf("%9.0f %9.0f %9.0f %9.0f%n", cold, warm[2], heap / 1e6, rss / 1e3);
        if (s.plans().isEmpty()) {
            System.out.println("?");
        }
    }

    private static long rssKb() throws java.io.IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS"))
                .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(-1L);
    }
}
