package jp.kyoseivision.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * When this process was started, for the start-up times that bench/startup.sh and the app image's smoke test read.
 * On Linux {@code ProcessHandle.info().startInstant()} is not good enough for that: the JDK adds the process's start
 * (in clock ticks since boot) to the boot time of {@code /proc/stat}, which is given in whole seconds, so every
 * start looks up to a second earlier than it was (by the same amount for every process until the next boot: 445 ms
 * on the machine of docs/benchmarks.md, "Start-up (issue 16, round 2)"). Here the age of the process is taken from
 * two clocks that both count from the boot ({@code /proc/uptime} and the start in {@code /proc/self/stat}), exact to
 * the clock tick (10 ms); elsewhere (Windows and macOS give the start exactly) and when /proc cannot be read, the
 * JDK's value.
 */
public final class ProcessClock {
    /** Clock ticks per second of /proc (USER_HZ, 100 on every Linux kernel's user-space interface). */
    private static final int TICKS_PER_SECOND = 100;

    private ProcessClock() {
    }

    /** This process's start. */
    public static Optional<Instant> start() {
        Path stat = Path.of("/proc/self/stat");
        Path uptime = Path.of("/proc/uptime");
        if (Files.isReadable(stat) && Files.isReadable(uptime)) {
            try {
                long now = System.currentTimeMillis();
                long age = ageMillis(Files.readString(stat), Files.readString(uptime));
                if (age >= 0) {
                    return Optional.of(Instant.ofEpochMilli(now - age));
                }
            } catch (IOException | RuntimeException e) {
                // not the Linux /proc that is expected: the JDK's value below
            }
        }
        return ProcessHandle.current().info().startInstant();
    }

    /**
     * Milliseconds since the start of the process whose {@code /proc/PID/stat} line is {@code stat}, at the moment
     * {@code /proc/uptime} read {@code uptime}; -1 when either does not read as expected.
     */
    static long ageMillis(String stat, String uptime) {
        // no regular expressions: the first JVM of app.FastStart calls this before it starts the second one
        int close = stat.lastIndexOf(')'); // the command name in parentheses may hold spaces and parentheses
        String startTicks = close < 0 ? null : field(stat.substring(close + 1), 19); // field 22 of the line
        String up = field(uptime, 0);
        if (startTicks == null || up == null) {
            return -1;
        }
        try {
            long startedAt = Long.parseLong(startTicks) * 1000 / TICKS_PER_SECOND;
            int dot = up.indexOf('.');
            String fraction = dot < 0 ? "" : (up.substring(dot + 1) + "000").substring(0, 3);
            long upNow = Long.parseLong(dot < 0 ? up : up.substring(0, dot)) * 1000
                    + (fraction.isEmpty() ? 0 : Long.parseLong(fraction));
            return upNow >= startedAt && startedAt >= 0 ? upNow - startedAt : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The {@code index}th (from 0) field of {@code line} separated by white space, or null. */
    private static String field(String line, int index) {
        int i = 0;
        int n = line.length();
        for (int k = 0; k <= index; k++) {
            while (i < n && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            int from = i;
            while (i < n && !Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            if (from == i) {
                return null;
            }
            if (k == index) {
                return line.substring(from, i);
            }
        }
        return null;
    }
}
