package jp.kyoseivision.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jp.kyoseivision.store.EditLock;
import jp.kyoseivision.store.FileChecksums;
import jp.kyoseivision.store.FileLockedException;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writer per file, across processes; stale locks from a crash are cleared, foreign ones are not. */
class EditLockTest {
    @TempDir
    Path dir;

    private Path sampleFile() {
        Path f = dir.resolve("一関・平泉.kyosei");
        PlanFile.create(f, Sample.load()).close();
        return f;
    }

    private static Process child(String mode, Path file) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", CrashHarness.classpath(), LockProbe.class.getName(), mode,
                file.toString()).redirectErrorStream(true).start();
    }

    private static List<String> lines(Process p) throws Exception {
        List<String> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String l; (l = in.readLine()) != null; ) {
                out.add(l);
            }
        }
        p.waitFor();
        return out;
    }

    @Test
    void aSecondProcessIsToldWhoEditsAndMayReadOnly() throws Exception {
        Path f = sampleFile();
        String before;
        try (PlanFile mine = PlanFile.open(f)) {
            assertThat(EditLock.lockFileOf(f)).exists();
            before = FileChecksums.sha256(f);
            List<String> out = lines(child("probe", f));
            assertThat(out).contains("LOCKED " + ProcessHandle.current().pid());
            String message = out.stream().filter(l -> l.startsWith("MESSAGE ")).findFirst().orElseThrow();
            assertThat(message).contains("編集中です").doesNotContain("is being edited by")
                    .contains(System.getProperty("user.name"))
                    .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d"); // local time, not a raw UTC instant
            // the 3rd vision has 32 cards (seed 001, overview chart)
            assertThat(out).contains("READONLY 32");
            assertThat(FileChecksums.sha256(f)).isEqualTo(before);
        }
        assertThat(EditLock.lockFileOf(f)).doesNotExist();
        assertThat(lines(child("probe", f))).containsExactly("OPENED");
    }

    @Test
    void theLockOfAKilledProcessIsClearedOnTheNextOpen() throws Exception {
        Path f = sampleFile();
        Process holder = child("hold", f);
        BufferedReader in = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        String first = in.readLine();
        assertThat(first).startsWith("HOLDING ");
        assertThatThrownBy(() -> PlanFile.open(f)).isInstanceOf(FileLockedException.class);
        holder.destroyForcibly().waitFor();
        assertThat(EditLock.lockFileOf(f)).exists(); // SIGKILL: nothing released it
        try (PlanFile reopened = PlanFile.open(f)) {
            assertThat(EditLock.holder(f).orElseThrow().pid()).isEqualTo(ProcessHandle.current().pid());
        }
    }

    @Test
    void theSameProcessCannotOpenTwiceForEditing() {
        Path f = sampleFile();
        try (PlanFile first = PlanFile.open(f)) {
            assertThatThrownBy(() -> PlanFile.open(f)).isInstanceOf(FileLockedException.class);
            try (PlanFile ro = PlanFile.openReadOnly(f)) {
                assertThat(ro.isReadOnly()).isTrue();
            }
        }
    }

    @Test
    void aLockFromAnotherHostIsNeverClearedAutomatically() throws Exception {
        Path f = sampleFile();
        Files.writeString(EditLock.lockFileOf(f), "pid=1\nhost=somebody-elses-pc\nuser=tanaka\nprocessStart=\n"
                + "since=2026-11-23T01:00:00Z\n");
        assertThatThrownBy(() -> PlanFile.open(f)).isInstanceOf(FileLockedException.class)
                .hasMessageContaining("tanaka").hasMessageContaining("somebody-elses-pc");
        assertThat(EditLock.lockFileOf(f)).exists();
    }

    // issue 14, item 6: a full disk while writing the lock must not leave an empty lock that blocks the next open
    @Test
    void aLockThatCouldNotBeWrittenIsRemovedAgain() throws Exception {
        Path bash = Path.of("/bin/bash");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(bash), "needs bash for ulimit");
        Path f = sampleFile();
        String before = FileChecksums.sha256(f);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // a file size limit of 0 makes every write fail with EFBIG ("File too large"), as a full disk fails it
        String cmd = "trap '' XFSZ; ulimit -f 0; exec \"$0\" -XX:-UsePerfData -cp \"$1\" "
                + LockProbe.class.getName() + " probe \"$2\"";
        Process p = new ProcessBuilder(bash.toString(), "-c", cmd, java, CrashHarness.classpath(), f.toString())
                .redirectErrorStream(true).start();
        List<String> out = lines(p);
        assertThat(out).as(String.join("\n", out)).contains("REFUSED store.lockFailed");
        assertThat(EditLock.lockFileOf(f)).doesNotExist();
        assertThat(FileChecksums.sha256(f)).isEqualTo(before);
        try (PlanFile pf = PlanFile.open(f)) {
            assertThat(pf.read().plans()).hasSize(4); // the two visions and the two 総合戦略
        }
    }

    @Test
    void anEmptyOrGarbledLockIsStaleOrForeignNotAnUnknownEditor() throws Exception {
        Path f = sampleFile();
        for (String garbled : new String[] {"", "\u0000\u0000\u0000", "pid=12\n"}) {
            Files.writeString(EditLock.lockFileOf(f), garbled);
            FileLockedException e = org.junit.jupiter.api.Assertions.assertThrows(FileLockedException.class,
                    () -> PlanFile.open(f));
            assertThat(e.key()).isEqualTo("store.lockUnreadable");
            assertThat(e.holder()).isNull();
            assertThat(e.message(java.util.Locale.JAPANESE)).contains("一関・平泉.kyosei.lock", "読み取れません",
                    "読み取り専用で開くことはできます").doesNotContain("?");
            assertThat(e.message(java.util.Locale.ENGLISH)).contains("cannot be read").doesNotContain("process -1");
            try (PlanFile ro = PlanFile.openReadOnly(f)) {
                assertThat(ro.read().plans()).hasSize(4);
            }
        }
        // older than 30 seconds: a writer that died while writing it, cleared and taken
        Files.setLastModifiedTime(EditLock.lockFileOf(f), java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minusSeconds(60)));
        try (PlanFile pf = PlanFile.open(f)) {
            assertThat(EditLock.holder(f).orElseThrow().pid()).isEqualTo(ProcessHandle.current().pid());
        }
    }

    // issue 14, item 10: the lock file is read with a size limit, never through a FIFO or a device
    @Test
    void aLockThatIsAFifoOrALinkToADeviceIsRefusedAtOnce() throws Exception {
        Path f = sampleFile();
        Path lock = EditLock.lockFileOf(f);
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")), "needs /dev/zero");
        Files.createSymbolicLink(lock, Path.of("/dev/zero"));
        assertRefusedQuickly(f);
        assertThat(Files.isSymbolicLink(lock)).isTrue();
        Files.delete(lock);
        Process mkfifo = new ProcessBuilder("mkfifo", lock.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "needs mkfifo");
        assertRefusedQuickly(f);
        Files.delete(lock);
        Files.writeString(lock, "pid=1\nhost=x\nsince=y\nuser=" + "z".repeat(EditLock.MAX_LOCK_BYTES) + "\n");
        assertRefusedQuickly(f);
    }

    private static void assertRefusedQuickly(Path f) {
        FileLockedException e = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(10), () -> org.junit.jupiter.api.Assertions.assertThrows(
                        FileLockedException.class, () -> PlanFile.open(f)));
        assertThat(e.key()).isEqualTo("store.lockUnreadable");
    }
}
