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
    public static final int CURRENT = 2;
    private static final String[] FILES = {"db/V1__init.sql", "db/V2__opinion_kinds.sql"};

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
