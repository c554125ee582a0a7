package jp.kyoseivision.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 20 SIGKILLs of a child JVM editing a real file; the bench runs 200+ (bench/ReliabilityBench.java). */
class CrashHarnessTest {
    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedEditSurvivesSigkill() throws Exception {
        CrashHarness.Result r = CrashHarness.run(dir, 20, 9L, 600);
        assertThat(r.problems()).isEmpty();
        assertThat(r.failures()).isZero();
        // the kills must land while the child is editing, or the test proves nothing
        assertThat(r.totalAcked()).isGreaterThan(20);
        assertThat(r.finishedBeforeKill()).isZero();
    }
}
