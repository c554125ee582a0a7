package jp.kyoseivision.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Samples of the corruption and fuzz runs; the full runs are in bench/ReliabilityBench.java. */
class ReliabilityRunsTest {
    @TempDir
    Path dir;

    @Test
    void damagedFilesAreRefusedOrReadNeverOverwritten() throws Exception {
        CorruptionRun.Result r = CorruptionRun.run(dir, 50, 9L);
        assertThat(r.problems()).isEmpty();
        assertThat(r.refused() + r.opened()).isEqualTo(50);
        // truncations (every second case) cut pages off: those files cannot pass quick_check
        assertThat(r.refused()).isGreaterThanOrEqualTo(20);
    }

    @Test
    void mutatedJsonImportsAreWholeOrRefused() throws Exception {
        JsonFuzz.Result r = JsonFuzz.run(dir, 300, 9L);
        assertThat(r.problems()).isEmpty();
        assertThat(r.refused() + r.imported()).isEqualTo(300);
        // most mutations break the syntax or a rule; the fuzz must hit both outcomes to mean anything
        assertThat(r.refused()).isGreaterThan(100);
        assertThat(r.imported()).isGreaterThan(0);
    }

    @Test
    void mutatedBudgetTablesAreAppliedWholeOrRefusedWithTheirProblems() throws Exception {
        BudgetTableFuzz.Result r = BudgetTableFuzz.run(dir, 200, 9L);
        assertThat(r.problems()).isEmpty();
        assertThat(r.refused() + r.applied()).isEqualTo(200);
        // both outcomes must occur, and some applied cases must really change budgets
        assertThat(r.refused()).isGreaterThan(50);
        assertThat(r.applied() - r.unchanged()).isGreaterThan(10);
    }

    @Test
    void hostileFilesAreRefusedInBoundedTimeAndNeverChanged() throws Exception {
        HostileFileRun.Result r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofMinutes(5), () -> HostileFileRun.run(dir, 60, 9L));
        assertThat(r.problems()).isEmpty();
        // every class of input must occur: tampered schemas (both salvage outcomes), numbers, busy, symlinks
        assertThat(r.schema()).isGreaterThan(20);
        assertThat(r.salvaged()).isPositive();
        assertThat(r.salvageRefused()).isPositive();
        assertThat(r.numbers()).isPositive();
        assertThat(r.busy()).isEqualTo(2);
        assertThat(r.symlinks()).isPositive();
    }

    @Test
    void hostileJsonValuesAreRefusedInPlainWordsOrImportedHarmlessly() throws Exception {
        HostileJson.Result r = HostileJson.run(dir, 30, 9L);
        assertThat(r.problems()).isEmpty();
        // what can never be stored: every case refused
        for (HostileJson.Kind k : new HostileJson.Kind[] {HostileJson.Kind.INVALID_UNICODE, HostileJson.Kind.CONTROL,
            HostileJson.Kind.LONG_TEXT, HostileJson.Kind.EXOTIC_DIGITS}) {
            assertThat(r.byKind().get(k).refused()).as(k.name()).isEqualTo(30);
        }
    }

    @Test
    void hostileBudgetTablesAreRefusedAndSymlinkedExportsWriteNothingElse() throws Exception {
        HostileBudget.Result r = HostileBudget.run(dir, 12, 9L);
        assertThat(r.problems()).isEmpty();
        r.byKind().forEach((k, t) -> assertThat(k == HostileBudget.Kind.SYMLINKED_OUTPUT ? t.applied() : t.refused())
                .as(k.name()).isEqualTo(12));
    }
}
