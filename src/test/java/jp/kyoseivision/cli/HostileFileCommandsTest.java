package jp.kyoseivision.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import jp.kyoseivision.store.FileChecksums;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.Sample;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check, export-json and init facing a hostile file or name (issue 14, items 1, 9, 10, 13). */
class HostileFileCommandsTest {
    @TempDir
    Path dir;

    private Path file;

    @BeforeEach
    void sample() {
        file = dir.resolve("sample.kyosei");
        assertThat(CliTest.run("init", file.toString(), "--with-sample").code()).isZero();
    }

    private void sql(String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String q : statements) {
                s.execute(q);
            }
        }
    }

    @Test
    void checkListsEveryDifferenceOfTheSchemaAndSalvageMakesACleanFile() throws Exception {
        sql("CREATE TRIGGER wipe AFTER UPDATE ON measure_budget BEGIN DELETE FROM opinion; END",
                "CREATE VIEW cards AS SELECT * FROM measure");
        String before = FileChecksums.sha256(file);
        CliTest.Result check = CliTest.run("check", file.toString());
        assertThat(check.code()).as(check.out() + check.err()).isEqualTo(1);
        assertThat(check.out()).contains("unexpected trigger wipe ON measure_budget", "unexpected view cards");
        assertThat(FileChecksums.sha256(file)).isEqualTo(before);

        Path clean = dir.resolve("clean.kyosei");
        CliTest.Result salvage = CliTest.run("check", file.toString(), "--salvage", clean.toString());
        assertThat(salvage.code()).as(salvage.err()).isZero();
        assertThat(salvage.out()).contains(clean.getFileName().toString());
        assertThat(FileChecksums.sha256(file)).isEqualTo(before);
        CliTest.Result again = CliTest.run("check", clean.toString());
        assertThat(again.code()).as(again.out()).isZero();
        assertThat(CliTest.run("export-json", clean.toString()).out()).isEqualTo(Sample.text());
        // the salvage never overwrites
        CliTest.Result twice = CliTest.run("check", file.toString(), "--salvage", clean.toString());
        assertThat(twice.code()).isEqualTo(Cli.USER_ERROR);
    }

    @Test
    void aRecursiveViewInPlaceOfATableStopsCheckAndExportAtOnce() throws Exception {
        sql("PRAGMA foreign_keys = OFF", "DROP TABLE change_reason",
                "CREATE VIEW change_reason AS WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) "
                        + "SELECT x AS ord, 'a' AS from_revision_id, 'b' AS to_revision_id, NULL AS from_measure_id, "
                        + "NULL AS to_measure_id, 'why' AS reason FROM r");
        String before = FileChecksums.sha256(file);
        CliTest.Result check = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> CliTest.run("check", file.toString()));
        assertThat(check.code()).isEqualTo(1);
        assertThat(check.out()).contains("table change_reason is a view");
        CliTest.Result export = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> CliTest.run("export-json", file.toString(), "-o", dir.resolve("out.json").toString()));
        assertThat(export.code()).isEqualTo(Cli.USER_ERROR);
        assertThat(dir.resolve("out.json")).doesNotExist();
        assertThat(FileChecksums.sha256(file)).isEqualTo(before);
    }

    @Test
    void checkReportsTwoPlansWithTheSameEdition() throws Exception {
        sql("UPDATE plan SET edition = 3 WHERE edition = 2");
        CliTest.Result check = CliTest.run("check", file.toString());
        assertThat(check.code()).isEqualTo(1);
        assertThat(check.out()).contains("plan.edition");
    }

    @Test
    void initRefusesANameTheDriverWouldReadAsSettings() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Path asked = sub.resolve("h?journal_mode=WAL.kyosei");
        CliTest.Result r = CliTest.run("init", asked.toString());
        assertThat(r.code()).isEqualTo(Cli.USER_ERROR);
        assertThat(r.err()).contains("「?」");
        try (var files = Files.list(sub)) {
            assertThat(files).isEmpty(); // before: a file named "h" in WAL mode
        }
        assertThat(PlanFile.resolve(file)).isEqualTo(file.toRealPath());
    }
}
