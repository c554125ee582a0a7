package jp.kyoseivision.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Locale;
import jp.kyoseivision.TestData;
import jp.kyoseivision.model.Sphere;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanFileTest {
    @TempDir
    Path dir;

    @Test
    void newFileIsMigratedFromEmptyAndReadsBackTheSameSphere() throws Exception {
        Path f = dir.resolve("a.kyosei");
        Sphere s = TestData.small();
        try (PlanFile pf = PlanFile.create(f, s)) {
            assertThat(pf.schemaVersion()).isEqualTo(Migrations.CURRENT);
        }
        try (PlanFile pf = PlanFile.open(f)) {
            assertThat(pf.read()).isEqualTo(s);
            assertThat(pf.integrityProblems()).isEmpty();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement st = c.createStatement()) {
            var rs = st.executeQuery("PRAGMA application_id");
            assertThat(rs.getInt(1)).isEqualTo(PlanFile.APPLICATION_ID);
            rs = st.executeQuery("SELECT amount FROM measure_budget WHERE measure_id = 'm1' AND fy = 2026");
            assertThat(rs.getLong(1)).isEqualTo(48221L);
            rs = st.executeQuery("SELECT number, note FROM kpi_actual WHERE kpi_id = 'k1' ORDER BY fy");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("88.2");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(2)).isEqualTo("集計不可");
            rs = st.executeQuery("PRAGMA journal_mode");
            assertThat(rs.getString(1)).isEqualTo("delete");
        }
    }

    @Test
    void createRefusesAnExistingFile() throws Exception {
        Path f = dir.resolve("exists.kyosei");
        Files.writeString(f, "keep me");
        assertThatThrownBy(() -> PlanFile.create(f, TestData.small())).isInstanceOf(StoreException.class)
                .hasMessageContaining("exists.kyosei");
        assertThat(Files.readString(f)).isEqualTo("keep me");
    }

    @Test
    void aTextFileIsRefusedAndLeftUntouched() throws Exception {
        Path f = dir.resolve("notes.kyosei");
        Files.writeString(f, "これは計画ファイルではありません\n".repeat(50));
        assertRefusedUnchanged(f, "store.notSqlite");
    }

    @Test
    void anEmptyFileIsRefusedAndLeftUntouched() throws Exception {
        Path f = dir.resolve("empty.kyosei");
        Files.createFile(f);
        assertRefusedUnchanged(f, "store.notSqlite");
    }

    @Test
    void anotherApplicationsSqliteFileIsRefusedAndLeftUntouched() throws Exception {
        Path f = dir.resolve("other.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)");
            st.execute("INSERT INTO moz_places (url) VALUES ('https://www.city.ichinoseki.iwate.jp/')");
        }
        assertRefusedUnchanged(f, "store.foreign");
    }

    @Test
    void aFileFromANewerVersionIsRefusedAndLeftUntouched() throws Exception {
        Path f = dir.resolve("newer.kyosei");
        PlanFile.create(f, TestData.small()).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = " + (Migrations.CURRENT + 1));
        }
        StoreException e = assertRefusedUnchanged(f, "store.newer");
        assertThat(e.message(Locale.JAPANESE)).contains("新しい").contains(String.valueOf(Migrations.CURRENT + 1));
        assertThat(e.message(Locale.ENGLISH)).contains("newer");
    }

    @Test
    void aTruncatedFileIsRefusedAndLeftUntouched() throws Exception {
        Path f = dir.resolve("cut.kyosei");
        PlanFile.create(f, TestData.small()).close();
        byte[] all = Files.readAllBytes(f);
        byte[] half = java.util.Arrays.copyOf(all, all.length / 2);
        Files.write(f, half);
        assertRefusedUnchanged(f, "store.corrupt");
    }

    @Test
    void aMissingFileIsNamedInTheMessage() {
        Path f = dir.resolve("nowhere.kyosei");
        assertThatThrownBy(() -> PlanFile.open(f)).isInstanceOf(StoreException.class)
                .hasMessageContaining("nowhere.kyosei");
        assertThat(Files.exists(f)).isFalse();
    }

    @Test
    void saveAsWritesAConsistentCopyThatOpens() {
        Path f = dir.resolve("a.kyosei");
        Path copy = dir.resolve("b.kyosei");
        try (PlanFile pf = PlanFile.create(f, TestData.small())) {
            pf.copyTo(copy);
        }
        try (PlanFile pf = PlanFile.open(copy)) {
            assertThat(pf.read()).isEqualTo(TestData.small());
        }
    }

    @Test
    void aFailedTransactionLeavesTheFileAsItWas() throws Exception {
        Path f = dir.resolve("a.kyosei");
        try (PlanFile pf = PlanFile.create(f, TestData.small())) {
            assertThatThrownBy(() -> pf.inTransaction(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("UPDATE measure_budget SET amount = 1 WHERE fy = 2024");
                    st.execute("UPDATE measure_budget SET amount = -5 WHERE fy = 2025"); // CHECK fails
                }
            })).isInstanceOf(StoreException.class);
            assertThat(pf.read()).isEqualTo(TestData.small());
        }
    }

    // issue 14, item 14: an Error in the middle of a transaction must not leave half of it for the next commit
    @Test
    void anErrorInsideATransactionRollsItBackToo() throws Exception {
        Path f = dir.resolve("a.kyosei");
        try (PlanFile pf = PlanFile.create(f, TestData.small())) {
            OutOfMemoryError oom = new OutOfMemoryError("simulated");
            Throwable thrown = org.junit.jupiter.api.Assertions.assertThrows(OutOfMemoryError.class,
                    () -> pf.inTransaction(c -> {
                        try (Statement st = c.createStatement()) {
                            st.execute("UPDATE measure_budget SET amount = 1 WHERE fy = 2024");
                        }
                        throw oom;
                    }));
            assertThat(thrown).isSameAs(oom);
            pf.inTransaction(c -> { }); // the next edit commits only itself
            assertThat(pf.read()).isEqualTo(TestData.small());
        }
        try (PlanFile pf = PlanFile.open(f)) {
            assertThat(pf.read()).isEqualTo(TestData.small());
        }
    }

    // issue 14, item 13: a plan is found by its edition; two with the same are refused on open and by check
    @Test
    void twoPlansWithTheSameEditionAreRefusedAsInvalidData() throws Exception {
        Path f = dir.resolve("editions.kyosei");
        PlanFile.create(f, VisionSample.load()).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement st = c.createStatement()) {
            // the 2nd vision made a 3rd (the 総合戦略's edition 2 is of another series)
            assertThat(st.executeUpdate("UPDATE plan SET edition = 3 WHERE id = 'v2'")).isEqualTo(1);
        }
        String before = FileChecksums.sha256(f);
        try (PlanFile pf = PlanFile.open(f)) {
            StoreException e = org.junit.jupiter.api.Assertions.assertThrows(StoreException.class, pf::read);
            assertThat(e.key()).isEqualTo("store.invalidData");
            assertThat(e.message(Locale.JAPANESE)).contains("plan.edition が重複しています：3");
        }
        assertThat(FileChecksums.sha256(f)).isEqualTo(before);
    }

    private StoreException assertRefusedUnchanged(Path f, String key) throws Exception {
        String before = FileChecksums.sha256(f);
        FileTime modified = Files.getLastModifiedTime(f);
        StoreException e = org.junit.jupiter.api.Assertions.assertThrows(StoreException.class, () -> PlanFile.open(f));
        assertThat(e.key()).isEqualTo(key);
        assertThat(e.getMessage()).contains(f.getFileName().toString());
        assertThat(FileChecksums.sha256(f)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(f)).isEqualTo(modified);
        try (var siblings = Files.list(f.getParent())) {
            assertThat(siblings.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.endsWith("-journal") || n.endsWith("-wal") || n.endsWith("-shm"));
        }
        return e;
    }
}
