package jp.kyoseivision.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProcessClockTest {
    /** A real line of /proc/PID/stat (a command name with a space and a parenthesis), started 3,172,31 ticks. */
    private static final String STAT = "4242 (java (x) y) S 4200 4242 4200 0 -1 4194560 20413 0 0 0 120 35 0 0 20 0 "
            + "31 0 317231 5113741312 49881 18446744073709551615 1 1 0 0 0 0 0 4096 16796879 0 0 0 17 1 0 0 0 0 0";

    @Test
    void theAgeIsTheUptimeLessTheStartBothCountedFromTheBoot() {
        assertThat(ProcessClock.ageMillis(STAT, "3180.55 6123.40\n")).isEqualTo(3_180_550 - 3_172_310);
        assertThat(ProcessClock.ageMillis(STAT, "3180.5 6123.40")).isEqualTo(3_180_500 - 3_172_310);
        assertThat(ProcessClock.ageMillis(STAT, "3180 6123")).isEqualTo(3_180_000 - 3_172_310);
    }

    @Test
    void whatDoesNotReadAsExpectedGivesNoAge() {
        assertThat(ProcessClock.ageMillis("garbage", "3180.55 1")).isEqualTo(-1);
        assertThat(ProcessClock.ageMillis(STAT, "")).isEqualTo(-1);
        assertThat(ProcessClock.ageMillis(STAT, "abc 1")).isEqualTo(-1);
        assertThat(ProcessClock.ageMillis(STAT, "100.00 1")).as("uptime before the start").isEqualTo(-1);
        assertThat(ProcessClock.ageMillis("1 (a) S 1 2", "3180.55 1")).isEqualTo(-1);
    }

    @Test
    void thisProcessStartedJustBeforeItsJvm() {
        // the JVM notes its own start (exactly) a few milliseconds after the process began; ProcessHandle's start
        // on Linux is early by the fraction of a second that /proc/stat's boot time leaves out (0-1 s)
        Instant jvm = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        Instant process = ProcessClock.start().orElseThrow();
        assertThat(process).isBeforeOrEqualTo(jvm.plusMillis(20)); // one clock tick of /proc, and rounding
        if (Files.isReadable(Path.of("/proc/self/stat"))) {
            assertThat(java.time.Duration.between(process, jvm).toMillis()).isLessThan(250);
        }
    }
}
