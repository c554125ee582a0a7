package jp.kyoseivision.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import jp.kyoseivision.model.Sphere;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Plan files made hostile (issue 14): code added to the schema, a table replaced by a recursive view, numbers no
 * reader could parse in time, a file held by another connection, a plan reached through a symbolic link. Each is
 * refused with its own message, in bounded time, the file byte-identical; nothing the file holds ever runs.
 */
class HostileFileTest {
    @TempDir
    Path dir;

    private Path sample(String name) {
        Path f = dir.resolve(name);
        PlanFile.create(f, Sample.load()).close();
        return f;
    }

    private static void sql(Path f, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement s = c.createStatement()) {
            for (String q : statements) {
                s.execute(q);
            }
        }
    }

    private static long opinions(Path f) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT count(*) FROM opinion")) {
            return rs.getLong(1);
        }
    }

    /** Opening for editing and read-only both refuse with {@code key}; the file is byte-identical, same mtime. */
    private static StoreException refusedUnchanged(Path f, String key) throws Exception {
        String before = FileChecksums.sha256(f);
        FileTime modified = Files.getLastModifiedTime(f);
        StoreException e = assertThrows(StoreException.class, () -> PlanFile.open(f));
        assertThat(e.key()).as(e.message(Locale.ENGLISH)).isEqualTo(key);
        StoreException ro = assertThrows(StoreException.class, () -> PlanFile.openReadOnly(f));
        assertThat(ro.key()).isEqualTo(key);
        assertThat(FileChecksums.sha256(f)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(f)).isEqualTo(modified);
        assertThat(EditLock.lockFileOf(f)).doesNotExist();
        assertThat(PlanFile.journalOf(f)).doesNotExist();
        return e;
    }

    // item 1: the trigger of the report — a budget edit would have deleted all 61 opinions and two cards
    @Test
    void aTriggerAddedToTheFileIsRefusedBeforeAnyEditCanFireIt() throws Exception {
        Path f = sample("trigger.kyosei");
        sql(f, "CREATE TRIGGER keep_budget AFTER UPDATE ON measure_budget BEGIN DELETE FROM opinion; "
                + "DELETE FROM measure WHERE number IN (1, 2); END");
        assertThat(opinions(f)).isEqualTo(61); // 010, 011: 61 opinions in the bundled sample
        StoreException e = refusedUnchanged(f, "store.schema");
        assertThat(e.message(Locale.JAPANESE)).contains("trigger.kyosei", "構造", "trigger keep_budget ON measure_budget",
                "ファイルは変更していません");
        assertThat(e.message(Locale.ENGLISH)).contains("not structured", "trigger keep_budget ON measure_budget");
        assertThat(PlanFile.schemaDifferences(f)).containsExactly("unexpected trigger keep_budget ON measure_budget");
        assertThat(opinions(f)).isEqualTo(61);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "CREATE INDEX opinion_text ON opinion (text)",
        "CREATE VIEW cards AS SELECT * FROM measure",
        "CREATE TABLE notes (x TEXT)",
        "ALTER TABLE opinion ADD COLUMN extra TEXT",
        "CREATE TRIGGER t BEFORE INSERT ON opinion BEGIN SELECT 1; END",
        "DROP INDEX measure_lineage",
        "DROP TABLE change_reason | CREATE TABLE change_reason (ord INTEGER, from_revision_id TEXT, "
                + "to_revision_id TEXT, from_measure_id TEXT, to_measure_id TEXT, reason TEXT)",
    })
    void everyOtherSchemaIsRefusedNamingTheDifference(String tampering) throws Exception {
        Path f = sample("tampered.kyosei");
        sql(f, tampering.split(" \\| "));
        StoreException e = refusedUnchanged(f, "store.schema");
        assertThat(PlanFile.schemaDifferences(f)).isNotEmpty();
        assertThat(e.message(Locale.ENGLISH)).contains(PlanFile.schemaDifferences(f).get(0));
    }

    @Test
    void theSchemaTheMigrationsCreateIsAccepted() {
        Path f = sample("clean.kyosei");
        assertThat(PlanFile.schemaDifferences(f)).isEmpty();
        try (PlanFile pf = PlanFile.open(f)) {
            assertThat(pf.read()).isEqualTo(Sample.load());
        }
    }

    // item 9: a table replaced by a recursive view must not make open, check or export spin
    @Test
    void aTableReplacedByARecursiveViewIsRefusedBeforeAnyRead() throws Exception {
        Path f = sample("view.kyosei");
        sql(f, "PRAGMA foreign_keys = OFF", "DROP TABLE opinion",
                "CREATE VIEW opinion AS WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) "
                        + "SELECT 'o' || x AS id, x AS ord, 'PUBLIC_COMMENT' AS kind, NULL AS number, NULL AS date, "
                        + "NULL AS source, NULL AS revision_id, NULL AS measure_id, NULL AS page, NULL AS topic, "
                        + "'x' AS text, NULL AS answer, 'OPEN' AS status FROM r");
        StoreException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> refusedUnchanged(f, "store.schema"));
        assertThat(e.message(Locale.ENGLISH)).contains("table opinion is a view");
        StoreException s = assertThrows(StoreException.class, () -> PlanFile.salvage(f, dir.resolve("out.kyosei")));
        assertThat(s.key()).isEqualTo("store.salvageRefused");
        assertThat(dir.resolve("out.kyosei")).doesNotExist();
    }

    @Test
    void theDataOfAFileWithIntactTablesIsSalvagedIntoACleanFile() throws Exception {
        Path f = sample("trigger.kyosei");
        sql(f, "CREATE TRIGGER wipe AFTER UPDATE ON measure_budget BEGIN DELETE FROM opinion; END",
                "CREATE INDEX extra ON opinion (text)");
        String before = FileChecksums.sha256(f);
        Path clean = PlanFile.salvage(f, dir.resolve("clean.kyosei"));
        assertThat(FileChecksums.sha256(f)).isEqualTo(before);
        assertThat(PlanFile.schemaDifferences(clean)).isEmpty();
        try (PlanFile pf = PlanFile.open(clean)) {
            Sphere read = pf.read();
            assertThat(read).isEqualTo(Sample.load());
            // the trigger did not come along: a budget edit keeps every opinion
            pf.inTransaction(c -> Sql.update(c, "UPDATE measure_budget SET amount = amount + 1 WHERE fy = 2026"));
            assertThat(pf.read().opinions()).hasSize(61);
        }
        assertThat(EditLock.lockFileOf(f)).doesNotExist();
    }

    // item 9: a stored number no reader could parse in time is refused at once
    @ParameterizedTest
    @ValueSource(strings = {"1e10000000", "tenMillionDigits", "88.2x", "1E+3"})
    void aNumberNoReaderCouldParseInTimeIsRefusedAsInvalidData(String kind) throws Exception {
        Path f = sample("number.kyosei");
        String value = kind.equals("tenMillionDigits") ? "9".repeat(10_000_000) : kind;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f);
                var ps = c.prepareStatement("UPDATE kpi_actual SET number = ? WHERE rowid = "
                        + "(SELECT min(rowid) FROM kpi_actual WHERE number IS NOT NULL)")) {
            ps.setString(1, value);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
        String before = FileChecksums.sha256(f);
        StoreException e = assertTimeoutPreemptively(Duration.ofSeconds(15), () -> {
            try (PlanFile pf = PlanFile.open(f)) {
                return assertThrows(StoreException.class, pf::read);
            }
        });
        assertThat(e.key()).isEqualTo("store.invalidData");
        assertThat(e.message(Locale.JAPANESE)).contains("列 number の数値", "64 文字までの10進数");
        assertThat(e.message(Locale.ENGLISH)).contains("column number", String.valueOf(value.length()));
        assertThat(FileChecksums.sha256(f)).isEqualTo(before);
    }

    // item 5: another connection holding the file is "in use, try again", never "damaged"
    @Test
    void aFileHeldByAnotherConnectionIsInUseNotDamaged() throws Exception {
        Path f = sample("busy.kyosei");
        String before = FileChecksums.sha256(f);
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + f); Statement s = other.createStatement()) {
            s.execute("BEGIN EXCLUSIVE");
            s.execute("UPDATE measure_budget SET amount = amount + 1 WHERE fy = 2026");
            long t0 = System.nanoTime();
            StoreException e = assertThrows(StoreException.class, () -> PlanFile.open(f));
            long waited = (System.nanoTime() - t0) / 1_000_000;
            assertThat(e.key()).isEqualTo("store.busy");
            assertThat(e.message(Locale.JAPANESE)).contains("使用中", "しばらくしてから").doesNotContain("壊れて");
            assertThat(e.message(Locale.ENGLISH)).contains("in use", "try again").doesNotContain("damaged");
            assertThat(waited).as("waited for the busy timeout first").isGreaterThanOrEqualTo(PlanFile.BUSY_TIMEOUT_MS - 500);
            assertThat(EditLock.lockFileOf(f)).doesNotExist();
            StoreException ro = assertThrows(StoreException.class, () -> PlanFile.openReadOnly(f));
            assertThat(ro.key()).isEqualTo("store.busy");
            s.execute("ROLLBACK");
        }
        assertThat(FileChecksums.sha256(f)).isEqualTo(before);
        try (PlanFile pf = PlanFile.open(f)) {
            assertThat(pf.read()).isEqualTo(Sample.load());
        }
    }

    // item 10: the lock and the journal check sit beside the real file, whatever spelling opened it
    @Test
    void aPlanOpenedThroughASymbolicLinkIsLockedAtTheRealFile() throws Exception {
        Files.createDirectories(dir.resolve("real"));
        Files.createDirectories(dir.resolve("links"));
        Path real = sample("real/一関・平泉.kyosei");
        Path link = Files.createSymbolicLink(dir.resolve("links/plan.kyosei"), real);
        try (PlanFile pf = PlanFile.open(link)) {
            assertThat(pf.path()).isEqualTo(real.toRealPath());
            assertThat(EditLock.lockFileOf(real)).exists();
            assertThat(EditLock.lockFileOf(link)).doesNotExist();
            FileLockedException e = assertThrows(FileLockedException.class, () -> PlanFile.open(real));
            assertThat(e.holder().pid()).isEqualTo(ProcessHandle.current().pid());
        }
        assertThat(EditLock.lockFileOf(real)).doesNotExist();
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void aNameTheDriverWouldMisreadIsRefusedNotTruncated() throws Exception {
        Path f = dir.resolve("h?journal_mode=WAL.kyosei");
        StoreException e = assertThrows(StoreException.class, () -> PlanFile.create(f, Sample.load()));
        assertThat(e.key()).isEqualTo("store.badName");
        assertThat(e.message(Locale.JAPANESE)).contains("「?」");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aDanglingSymbolicLinkIsNotCreatedThrough() throws Exception {
        Path target = dir.resolve("elsewhere.kyosei");
        Path link = Files.createSymbolicLink(dir.resolve("plan.kyosei"), target);
        StoreException e = assertThrows(StoreException.class, () -> PlanFile.create(link, Sample.load()));
        assertThat(e.key()).isEqualTo("store.exists");
        assertThat(target).doesNotExist();
    }
}
