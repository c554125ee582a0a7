import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Benchmark (not a test), issue 16 round 2: opening a file in the main window. Each open runs in a fresh JVM
 * (bench/OpenWindowChild.java, compiled once here; the app image's options {@code -XX:TieredStopAtLevel=1
 * -XX:+UseSerialGC -Xms16m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30}; under {@code xvfb-run -a} when there is no DISPLAY) that makes and shows the window as the
 * application does and calls {@code openPath}: the time from the JVM's start to that call, from the call to the
 * first pulse that laid out the tree with the file (what the officer can read and click), and to the first pulse
 * after the whole file is read (the busy bar stopped; editing possible); the process's RSS then and 3 s later (the
 * open-time backup has run meanwhile), the heap used after a GC, and the TreeItems made.
 *
 * <p>{@code java -cp target/kyosei-vision.jar bench/OpenWindowBench.java [--runs N] [--before OLD.jar]
 * [--jvm "OPTIONS"] FILE…}
 * (bench/run.sh passes its sample, 1k and 10k files). The files alternate within each run; medians are printed,
 * with the ratio to the first file's in the same runs. {@code --before}: the same with an older build's jar
 * (alternated with this one), e.g. the jar before the two-step open.
 */
public class OpenWindowBench {
    public static void main(String[] args) throws Exception {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        int runs = 3;
        String before = null;
        List<String> jvm = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xms16m",
                "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30"));
        while (!rest.isEmpty() && rest.get(0).startsWith("--")) {
            String opt = rest.remove(0);
            if (opt.equals("--runs")) {
                runs = Integer.parseInt(rest.remove(0));
            } else if (opt.equals("--before")) {
                before = rest.remove(0);
            } else if (opt.equals("--jvm")) { // the JVM options to measure with instead of the app image's
                jvm = new ArrayList<>(Arrays.asList(rest.remove(0).trim().split(" +")));
            }
        }
        if (rest.isEmpty()) {
            System.err.println("usage: OpenWindowBench [--runs N] [--before OLD.jar] FILE…");
            System.exit(2);
        }
        String jar = System.getProperty("java.class.path");
        Path work = Files.createTempDirectory("kyosei-openwindow");
        Path classes = work.resolve("classes");
        Path source = Path.of(System.getProperty("bench.dir", "bench"), "OpenWindowChild.java");
        // compiled once (the source launcher would load the compiler into every measured JVM: ~50 MB RSS)
        run(List.of("javac", "-nowarn", "-cp", jar, "-d", classes.toString(), source.toString()), null);
        Map<String, String> jars = new LinkedHashMap<>();
        jars.put("now", jar);
        if (before != null) {
            jars.put("before", before);
        }
        boolean xvfb = System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isEmpty();
        System.out.println("load average at start: " + Files.readString(Path.of("/proc/loadavg")).strip()
                + (xvfb ? " (xvfb-run -a)" : ""));
        Map<String, List<double[]>> results = new LinkedHashMap<>();
        for (int r = 0; r < runs; r++) {
            for (String f : rest) {
                for (var j : jars.entrySet()) {
                    Path home = work.resolve("home-" + r + "-" + j.getKey());
                    List<String> cmd = new ArrayList<>();
                    if (xvfb) {
                        cmd.addAll(List.of("xvfb-run", "-a"));
                    }
                    cmd.add("java");
                    cmd.addAll(jvm);
                    cmd.addAll(List.of("-Dkyosei.home=" + home, "-Dkyosei.lang=ja", "-cp", j.getValue() + ":" + classes,
                            "OpenWindowChild", f));
                    String out = run(cmd, work.resolve("child.err"));
                    String last = out.lines().filter(l -> l.matches("[0-9. -]+")).reduce((a, b) -> b).orElse(null);
                    if (last == null) {
                        System.err.println("failed: " + out + Files.readString(work.resolve("child.err")));
                        continue;
                    }
                    double[] v = Arrays.stream(last.trim().split(" +")).mapToDouble(Double::parseDouble).toArray();
                    results.computeIfAbsent(f + "\t" + j.getKey(), k -> new ArrayList<>()).add(v);
                    System.err.printf("run %d %s %s: %s%n", r + 1, Path.of(f).getFileName(), j.getKey(), last);
                }
            }
        }
        System.out.println("load average at end: " + Files.readString(Path.of("/proc/loadavg")).strip());
        System.out.println();
        System.out.println("| file | build | JVM start → open call | open → tree shown | open → whole file read "
                + "| JVM start → tree shown | RSS when read | RSS 3 s later | heap after GC | TreeItems made |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        Map<String, double[]> base = new LinkedHashMap<>();
        for (var e : results.entrySet()) {
            String[] k = e.getKey().split("\t");
            double[] m = new double[e.getValue().get(0).length];
            for (int i = 0; i < m.length; i++) {
                final int col = i;
                m[i] = median(e.getValue().stream().mapToDouble(v -> v[col]).toArray());
            }
            base.putIfAbsent(k[1], m);
            double[] b = base.get(k[1]);
            System.out.printf("| %s | %s | %.0f ms | %s | %s | %.0f ms | %s | %.0f MB | %.0f MB | %.0f |%n",
                    Path.of(k[0]).getFileName(), k[1], m[0], withRatio(m[1], b[1], " ms"),
                    withRatio(m[2], b[2], " ms"), m[0] + m[1], withRatio(m[3], b[3], " MB"), m[4], m[5], m[6]);
        }
        System.out.println();
        System.out.println("(medians of " + runs + " runs; ratios to the first file's median with the same build)");
    }

    private static String withRatio(double v, double base, String unit) {
        return String.format("%.0f%s (%.2f×)", v, unit, base == 0 ? 0 : v / base);
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static String run(List<String> cmd, Path err) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd);
        if (err != null) {
            pb.redirectError(err.toFile());
        } else {
            pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0 && err == null) {
            throw new IllegalStateException("failed: " + cmd);
        }
        return out;
    }
}
