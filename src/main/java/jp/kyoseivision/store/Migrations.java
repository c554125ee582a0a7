package jp.kyoseivision.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A tiny versioned-migration runner. Migration N is the resource {@code db/VN__*.sql}; the file's schema version
 * is SQLite's {@code PRAGMA user_version}. Pending migrations run in order, all in one transaction.
 */
public final class Migrations {
    /** The schema version this build writes; a file with a higher version is refused. */
    public static final int CURRENT = 3;
    private static final String[] FILES = {"db/V1__init.sql", "db/V2__opinion_kinds.sql", "db/V3__plan_kinds.sql"};

    private Migrations() {
    }

    public static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
            return rs.getInt(1);
        }
    }

    /** Applies every migration above the file's version; the caller owns the transaction. */
    static void migrate(Connection c) throws SQLException {
        migrate(c, CURRENT);
    }

    /** Applies the migrations above the file's version up to {@code target} (the expected schema of older files). */
    static void migrate(Connection c, int target) throws SQLException {
        int from = version(c);
        for (int v = from + 1; v <= target; v++) {
            if (v == 3) {
                refuseNodeIdClash(c);
            }
            for (String sql : statements(FILES[v - 1])) {
                try (Statement s = c.createStatement()) {
                    s.execute(sql);
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA user_version = " + v);
            }
        }
    }

    /**
     * Schema 3 moves perspectives, policy areas and directions into one node table with their ids: a file whose
     * old tables share an id (each table was unique on its own) cannot be moved without changing an id, so it is
     * refused before anything is written.
     */
    private static void refuseNodeIdClash(Connection c) throws SQLException {
        List<String> clashes = new ArrayList<>();
        try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT id FROM (SELECT id FROM perspective "
                + "UNION ALL SELECT id FROM policy_area UNION ALL SELECT id FROM direction) GROUP BY id "
                + "HAVING count(*) > 1 ORDER BY id LIMIT 11")) {
            while (rs.next()) {
                clashes.add(rs.getString(1));
            }
        }
        if (!clashes.isEmpty()) {
            String listed = String.join(", ", clashes.subList(0, Math.min(10, clashes.size())))
                    + (clashes.size() > 10 ? ", …" : "");
            throw new StoreException("store.migrate.nodeIdClash", listed);
        }
    }

    /** Fails when a row points at nothing after a migration that ran with foreign keys off. */
    static void checkForeignKeys(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA foreign_key_check")) {
            if (rs.next()) {
                throw new SQLException("a migration left a row of " + rs.getString(1) + " pointing at nothing");
            }
        }
    }

    static List<String> statements(String resource) {
        String text;
        try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing migration " + resource);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                out.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}
