package jp.kyoseivision.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.EditLock;
import jp.kyoseivision.store.FileChecksums;
import jp.kyoseivision.store.FileLockedException;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.Sample;
import jp.kyoseivision.store.StoreException;

/**
 * Hostile and unlucky plan files (issue 14): copies of the sample file with their schema tampered with (a trigger,
 * a view, an index, a table or a column added; a table replaced by a recursive view; an index dropped; a column
 * renamed), with a KPI number no reader could parse in time, held by another connection ({@code BEGIN EXCLUSIVE}),
 * or opened through a symbolic link. Each case must end the expected way in bounded time, the file byte-identical:
 *
 * <ul>
 *   <li>schema: refused {@code store.schema} by {@link PlanFile#open} and {@link PlanFile#openReadOnly}; then
 *       {@link PlanFile#salvage} gives a clean file equal to the sample when the tables are intact, else refuses
 *       {@code store.salvageRefused};</li>
 *   <li>number: opens, and the read is refused {@code store.invalidData};</li>
 *   <li>busy: refused {@code store.busy} (never "damaged"), then opens once the other connection let go;</li>
 *   <li>symlink: opens through the link with the lock beside the real file; a second open through the real path is
 *       refused as locked.</li>
 * </ul>
 */
public final class HostileFileRun {
    /** Longest a single case may take (the busy cases wait for SQLite's busy timeout first). */
    public static final long MAX_CASE_MS = 15_000;

    /** What the run found. */
    public record Result(int cases, int schema, int salvaged, int salvageRefused, int numbers, int busy, int symlinks,
            long slowestMs, List<String> problems) {
        @Override
        public String toString() {
            return String.format("hostile: %d cases: %d schema tampering refused (%d salvaged into a clean file, "
                    + "%d salvage refused: tables changed), %d unreadable numbers refused, %d busy files refused as "
                    + "in use, %d symlinked plans locked at the real file; slowest case %d ms; %d failures%s", cases,
                    schema, salvaged, salvageRefused, numbers, busy, symlinks, slowestMs, problems.size(),
                    problems.isEmpty() ? "" : "\n" + String.join("\n", problems));
        }
    }

    private static final String[] TABLES = {"meta", "sphere", "municipality", "plan", "grade_band", "revision",
        "node", "node_alias", "node_role", "section", "section_item", "measure", "measure_alias",
        "measure_participant", "measure_budget", "project_group", "project", "measure_sdg", "kpi", "kpi_actual",
        "kpi_report", "kpi_report_count", "opinion", "change_reason"};
    private static final String[] NUMBERS = {"kpi_actual.number", "kpi.baseline_number", "kpi.target_number",
        "grade_band.min_percent", "kpi_report_count.percent"};

    private HostileFileRun() {
    }

    public static Result run(Path dir, int cases, long seed) throws IOException, SQLException, InterruptedException {
        Files.createDirectories(dir);
        Path good = dir.resolve("good.kyosei");
        if (!Files.exists(good)) {
            PlanFile.create(good, Sample.load()).close();
        }
        Sphere sample = Sample.load();
        Random rnd = new Random(seed);
        int schema = 0;
        int salvaged = 0;
        int salvageRefused = 0;
        int numbers = 0;
        int busy = 0;
        int symlinks = 0;
        long slowest = 0;
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            Path caseDir = Files.createDirectories(dir.resolve("case-" + i));
            Path f = caseDir.resolve("plan.kyosei");
            Files.copy(good, f);
            // mostly schema tampering; numbers often; busy files rarely (each waits for the busy timeout)
            int kind = i % 30 == 29 ? 2 : rnd.nextInt(10) < 6 ? 0 : rnd.nextInt(3) == 0 ? 3 : 1;
            long t0 = System.nanoTime();
            String what = "case " + i;
            try {
                switch (kind) {
                    case 0 -> {
                        what = tamper(f, rnd);
                        String before = FileChecksums.sha256(f);
                        expectRefused(f, "store.schema", what, problems);
                        Path clean = caseDir.resolve("clean.kyosei");
                        try {
                            Path made = PlanFile.salvage(f, clean);
                            try (PlanFile pf = PlanFile.openReadOnly(made)) {
                                if (!pf.read().equals(sample)) {
                                    problems.add(what + ": salvaged file differs from the sample");
                                }
                            }
                            salvaged++;
                        } catch (StoreException e) {
                            if (!"store.salvageRefused".equals(e.key())) {
                                problems.add(what + ": salvage " + e.key() + " " + e.getMessage());
                            }
                            salvageRefused++;
                        }
                        unchanged(f, before, what, problems);
                        schema++;
                    }
                    case 1 -> {
                        what = hugeNumber(f, rnd);
                        String before = FileChecksums.sha256(f);
                        try (PlanFile pf = PlanFile.open(f)) {
                            pf.read();
                            problems.add(what + ": read without a word");
                        } catch (StoreException e) {
                            if (!"store.invalidData".equals(e.key())) {
                                problems.add(what + ": " + e.key() + " " + e.getMessage());
                            }
                        }
                        unchanged(f, before, what, problems);
                        numbers++;
                    }
                    case 2 -> {
                        what = "busy: another connection holds BEGIN EXCLUSIVE";
                        String before = FileChecksums.sha256(f);
                        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + f);
                                Statement s = other.createStatement()) {
                            s.execute("BEGIN EXCLUSIVE");
                            s.execute("UPDATE measure_budget SET amount = amount + 1");
                            expectRefused(f, "store.busy", what, problems);
                            s.execute("ROLLBACK");
                        }
                        try (PlanFile pf = PlanFile.open(f)) {
                            pf.read();
                        }
                        unchanged(f, before, what, problems);
                        busy++;
                    }
                    default -> {
                        Path links = Files.createDirectories(caseDir.resolve("links"));
                        Path link = Files.createSymbolicLink(links.resolve("link-" + i + ".kyosei"), f);
                        what = "symlink " + link.getFileName();
                        try (PlanFile pf = PlanFile.open(link)) {
                            if (!Files.exists(EditLock.lockFileOf(f)) || Files.exists(EditLock.lockFileOf(link))) {
                                problems.add(what + ": the lock is not beside the real file");
                            }
                            try (PlanFile second = PlanFile.open(f)) {
                                problems.add(what + ": a second writer through the real path was let in");
                            } catch (FileLockedException expected) {
                                // one writer, whatever the spelling
                            }
                            pf.save(pf.read(), pf.read());
                        }
                        symlinks++;
                    }
                }
            } catch (RuntimeException | Error e) {
                problems.add(what + ": " + e);
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            slowest = Math.max(slowest, ms);
            if (ms > MAX_CASE_MS) {
                problems.add(what + ": took " + ms + " ms");
            }
            if (problems.isEmpty()) {
                deleteTree(caseDir);
            }
        }
        return new Result(cases, schema, salvaged, salvageRefused, numbers, busy, symlinks, slowest, problems);
    }

    private static void expectRefused(Path f, String key, String what, List<String> problems) {
        for (boolean readOnly : new boolean[] {false, true}) {
            try (PlanFile pf = readOnly ? PlanFile.openReadOnly(f) : PlanFile.open(f)) {
                problems.add(what + ": opened" + (readOnly ? " read-only" : ""));
            } catch (StoreException e) {
                if (!key.equals(e.key())) {
                    problems.add(what + ": " + e.key() + " instead of " + key + ": " + e.getMessage());
                }
            }
        }
        if (Files.exists(EditLock.lockFileOf(f))) {
            problems.add(what + ": a lock was left behind");
        }
    }

    private static void unchanged(Path f, String before, String what, List<String> problems) throws IOException {
        if (!FileChecksums.sha256(f).equals(before)) {
            problems.add(what + ": the file was changed");
        }
    }

    /** One random change to the schema, as a colleague's tool or an attacker would make it; returns what it did. */
    private static String tamper(Path f, Random rnd) throws SQLException {
        String t = TABLES[rnd.nextInt(TABLES.length)];
        String other = TABLES[rnd.nextInt(TABLES.length)];
        String[] events = {"INSERT", "UPDATE", "DELETE"};
        String[] sql = switch (rnd.nextInt(8)) {
            case 0 -> new String[] {"CREATE TRIGGER t" + rnd.nextInt(1000) + " AFTER " + events[rnd.nextInt(3)]
                    + " ON " + t + " BEGIN DELETE FROM " + other + "; END"};
            case 1 -> new String[] {"CREATE VIEW v" + rnd.nextInt(1000) + " AS SELECT * FROM " + t};
            case 2 -> new String[] {"CREATE INDEX i" + rnd.nextInt(1000) + " ON " + t + " (" + firstColumn(f, t)
                    + ")"};
            case 3 -> new String[] {"CREATE TABLE extra" + rnd.nextInt(1000) + " (x TEXT)"};
            case 4 -> new String[] {"ALTER TABLE " + t + " ADD COLUMN extra" + rnd.nextInt(1000) + " TEXT"};
            case 5 -> new String[] {"PRAGMA foreign_keys = OFF", "DROP TABLE " + t, "CREATE VIEW " + t
                    + " AS WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) SELECT x FROM r"};
            case 6 -> new String[] {"DROP INDEX measure_lineage"};
            default -> new String[] {"ALTER TABLE opinion RENAME COLUMN answer TO reply"};
        };
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement s = c.createStatement()) {
            for (String q : sql) {
                s.execute(q);
            }
        }
        return "schema: " + String.join("; ", sql);
    }

    private static String firstColumn(Path f, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f);
                var ps = c.prepareStatement("SELECT name FROM pragma_table_info(?) ORDER BY cid LIMIT 1")) {
            ps.setString(1, table);
            try (var rs = ps.executeQuery()) {
                return rs.getString(1);
            }
        }
    }

    /** A KPI number or percentage replaced by a value no reader could parse in time, or not a plain decimal. */
    private static String hugeNumber(Path f, Random rnd) throws SQLException {
        String[] where = NUMBERS[rnd.nextInt(NUMBERS.length)].split("\\.");
        String value = switch (rnd.nextInt(4)) {
            case 0 -> "9".repeat(65 + rnd.nextInt(2_000_000));
            case 1 -> "1e" + (1000 + rnd.nextInt(100_000_000));
            case 2 -> "0." + "0".repeat(rnd.nextInt(100_000)) + "1";
            default -> "１２３";
        };
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f);
                var ps = c.prepareStatement("UPDATE " + where[0] + " SET " + where[1] + " = ? WHERE rowid = (SELECT "
                        + "min(rowid) FROM " + where[0] + " WHERE " + where[1] + " IS NOT NULL)")) {
            ps.setString(1, value);
            if (ps.executeUpdate() != 1) {
                throw new IllegalStateException("no " + where[0] + "." + where[1] + " in the sample");
            }
        }
        return "number: " + where[0] + "." + where[1] + " = " + (value.length() > 20 ? value.substring(0, 20)
                + "… (" + value.length() + " characters)" : value);
    }

    private static void deleteTree(Path p) throws IOException {
        try (var walk = Files.walk(p)) {
            for (Path x : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(x);
            }
        }
    }
}
