package jp.kyoseivision.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code java -jar kyosei-vision.jar} cannot choose its own JVM options (a manifest has no place for them), and
 * JDK 17 cannot create a class-data archive by itself ({@code -XX:+AutoCreateSharedArchive} is JDK 19). So the jar
 * starts the real work in a second JVM, the same {@code java} with the same class path and the user's own JVM
 * options, plus what the app image's launcher has: C1 only and the serial GC (on two busy cores the C2 and G1
 * threads take as much CPU as the start itself) and an AppCDS archive of this jar's classes. The archive is written
 * by the first start of each kind (the window; each command) when that JVM exits
 * ({@code -XX:ArchiveClassesAtExit}), in a per-user cache folder, named for the jar (path, size, time) and the JVM
 * version, so a new jar or JDK makes a new one; every later start maps it. Measured in docs/benchmarks.md
 * ("Start-up and measure sheets (issue 16)"): the second JVM costs ~0.15–0.25 s and saves about twice that.
 *
 * <p>Not done (the JVM is started as asked) when: this already is the second JVM ({@value #CHILD}); the app
 * image's launcher started it (it passes these options itself); the classes do not come from a jar (tests, an
 * IDE); a debugger or agent is attached (a second one would take the same port); the user chose class-data
 * options; or {@code -Dkyosei.fastStart=false} / the environment variable {@code KYOSEI_FAST_START=0}.
 * The data file is only a cache: a stale or unusable one is ignored by the JVM ({@code -Xshare:auto}), and the
 * JVM's messages about it are switched off ({@code -Xlog:cds*=off}) so they never reach a command's output.
 */
final class FastStart {
    /** Set in the second JVM: the first JVM's start, in epoch milliseconds (start-up is measured from it). */
    static final String CHILD = "kyosei.processStart";
    static final String PROPERTY = "kyosei.fastStart";
    static final String ENV = "KYOSEI_FAST_START";
    /**
     * C1 and the serial collector (start-up); a heap that starts small and gives back what it does not use (the
     * JVM's default first heap is 1/64 of the RAM: 384 MB of resident memory on a 24 GB PC before any file is
     * read; docs/benchmarks.md "Memory of the open window"); then the class-data archive.
     */
    static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xms16m",
            "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", "-Xshare:auto", "-Xlog:cds*=off");
    /** JVM options after which a second JVM is not started: agents and debuggers, the user's own CDS choice. */
    private static final List<String> KEEP_AS_IS = List.of("-agentlib", "-agentpath", "-javaagent", "-Xrunjdwp",
            "-Xdebug", "-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit", "-Xshare", "-XX:DumpLoadedClassList",
            "-XX:SharedClassListFile");

    private FastStart() {
    }

    /**
     * Runs {@code args} in a second JVM when that is faster and possible; its exit code, or empty when this JVM is
     * to do the work itself.
     */
    static OptionalInt run(String[] args, boolean window) {
        try {
            Optional<String> kind = kind(args, window);
            if (kind.isEmpty() || !wanted(System.getProperties(), System.getenv(), fromJar())) {
                return OptionalInt.empty();
            }
            // no streams or lambdas before the second JVM is started: each costs this JVM milliseconds to set up
            List<String> jvmArgs = userOptions(java.lang.management.ManagementFactory.getRuntimeMXBean()
                    .getInputArguments(), System.getenv("JAVA_TOOL_OPTIONS"));
            for (String a : jvmArgs) {
                for (String keep : KEEP_AS_IS) {
                    if (a.startsWith(keep)) {
                        return OptionalInt.empty();
                    }
                }
            }
            String classPath = System.getProperty("java.class.path", "");
            Optional<Path> archive = archive(kind, classPath);
            boolean exists = archive.isPresent() && Files.isRegularFile(archive.get());
            Path written = archive.isPresent() && !exists
                    ? archive.get().resolveSibling(archive.get().getFileName() + "." + ProcessHandle.current().pid()
                            + ".tmp") : null;
            ProcessHandle.Info me = ProcessHandle.current().info();
            Optional<java.time.Instant> started = jp.kyoseivision.store.ProcessClock.start();
            long start = started.isPresent() ? started.get().toEpochMilli() : System.currentTimeMillis();
            String javaExe = me.command().isPresent() ? me.command().get()
                    : Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> cmd = command(javaExe, jvmArgs, classPath, exists ? archive : Optional.empty(), written, start,
                    args);
            Process child = new ProcessBuilder(cmd).inheritIO().start();
            Runnable done = () -> {
                if (written != null) {
                    keep(written, archive.get());
                }
            };
            // the first JVM is stopped (a signal, the session ending): so is the second, which writes its archive
            Thread stop = new Thread(() -> {
                child.destroy();
                try {
                    if (child.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                        done.run();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "kyosei-fast-start");
            Runtime.getRuntime().addShutdownHook(stop);
            int exit = waitFor(child);
            Runtime.getRuntime().removeShutdownHook(stop);
            done.run();
            return OptionalInt.of(exit);
        } catch (IOException | RuntimeException e) {
            // any doubt: the work is done in this JVM, only slower
            log().log(Level.FINE, "fast start not used", e);
            return OptionalInt.empty();
        }
    }

    private static int waitFor(Process child) {
        while (true) {
            try {
                return child.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                child.destroy();
            }
        }
    }

    /**
     * The JVM options the user gave on the command line: those from {@code JAVA_TOOL_OPTIONS} are left out, as the
     * second JVM reads that environment variable itself.
     */
    static List<String> userOptions(List<String> inputArguments, String toolOptions) {
        List<String> out = new ArrayList<>(inputArguments);
        if (toolOptions != null) {
            for (String t : toolOptions.trim().split("\\s+")) {
                out.remove(t);
            }
        }
        return out;
    }

    /** Whether a second JVM is to be started, from this JVM's properties and environment. */
    static boolean wanted(java.util.Properties props, Map<String, String> env, boolean fromJar) {
        return fromJar && props.getProperty(CHILD) == null && props.getProperty("jpackage.app-path") == null
                && !"false".equalsIgnoreCase(props.getProperty(PROPERTY, "true")) && !"0".equals(env.get(ENV));
    }

    /** Whether this class was loaded from a jar file (the runnable jar), not from a folder of classes. */
    private static boolean fromJar() {
        try {
            var source = FastStart.class.getProtectionDomain().getCodeSource();
            return source != null && source.getLocation().getPath().toLowerCase(Locale.ROOT).endsWith(".jar");
        } catch (SecurityException e) {
            return false;
        }
    }

    /**
     * The command of the second JVM: {@code java} with the fast-start options, the user's JVM options (after ours:
     * theirs win), the archive to map or to write, the same class path and main class, and the arguments.
     */
    static List<String> command(String java, List<String> jvmArgs, String classPath, Optional<Path> map,
            Path write, long start, String[] args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        cmd.addAll(OPTIONS);
        map.ifPresent(a -> cmd.add("-XX:SharedArchiveFile=" + a));
        if (write != null) {
            cmd.add("-XX:ArchiveClassesAtExit=" + write);
        }
        cmd.addAll(jvmArgs);
        cmd.add("-D" + CHILD + "=" + start);
        cmd.add("-cp");
        cmd.add(classPath);
        cmd.add(Launcher.class.getName());
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** The kind of start an archive is kept for: the window, or the command (its name), else none. */
    static Optional<String> kind(String[] args, boolean window) {
        if (window) {
            return Optional.of("window");
        }
        if (args.length > 0 && isCommandName(args[0])) {
            return Optional.of("cli-" + args[0]);
        }
        return Optional.empty(); // --version, --help: quicker in this JVM
    }

    private static boolean isCommandName(String s) {
        if (s.isEmpty() || s.length() > 30 || s.charAt(0) < 'a' || s.charAt(0) > 'z') {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /**
     * The archive file for {@code kind} and this jar and JVM, in the user's cache folder; empty when the class path
     * is not only jar files (CDS refuses folders) or there is no cache folder.
     */
    private static Optional<Path> archive(Optional<String> kind, String classPath) throws IOException {
        if (kind.isEmpty() || classPath.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder key = new StringBuilder(System.getProperty("java.vm.version", ""));
        for (String entry : classPath.split(File.pathSeparator)) {
            Path p = Path.of(entry).toAbsolutePath().normalize();
            if (!entry.toLowerCase(Locale.ROOT).endsWith(".jar") || !Files.isRegularFile(p)) {
                return Optional.empty();
            }
            key.append('|').append(p).append('|').append(Files.size(p)).append('|')
                    .append(Files.getLastModifiedTime(p).toMillis());
        }
        Path dir = jp.kyoseivision.store.AppDirs.cacheDir(System.getProperty("os.name", ""), System.getenv(),
                Path.of(System.getProperty("user.home", ".")), System.getProperty("kyosei.home"));
        Files.createDirectories(dir);
        return Optional.of(dir.resolve(kind.get() + "-" + Integer.toHexString(key.toString().hashCode()) + ".jsa"));
    }

    /**
     * Moves a newly written archive into place (another start may have done so meanwhile: either is good), and
     * deletes the older archives of the same kind (an older jar or JDK).
     */
    private static void keep(Path written, Path archive) {
        try {
            if (Files.isRegularFile(written)) {
                Files.move(written, archive, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                String kind = archive.getFileName().toString().replaceFirst("-[0-9a-f]+\\.jsa$", "-");
                try (var old = Files.list(archive.getParent())) {
                    for (Path p : old.toList()) {
                        String n = p.getFileName().toString();
                        if (!p.equals(archive) && n.startsWith(kind) && n.matches(".*-[0-9a-f]+\\.jsa")) {
                            Files.deleteIfExists(p);
                        }
                    }
                }
            }
        } catch (IOException e) {
            log().log(Level.FINE, "class-data archive not kept", e);
        } finally {
            try {
                Files.deleteIfExists(written);
            } catch (IOException e) {
                log().log(Level.FINE, "temporary class-data archive left", e);
            }
        }
    }

    /** Looked up only when something is to be logged: setting up logging costs a start milliseconds. */
    private static Logger log() {
        return Logger.getLogger(FastStart.class.getName());
    }
}
