package jp.kyoseivision.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The schema a plan file must have: exactly what this build's migrations create, nothing more. A plan file comes
 * from outside (a colleague's mail, a shared drive), and SQLite keeps code in its schema — a trigger runs on every
 * write, a view on every read — so before anything else is read, {@code sqlite_schema} (type, name, table, SQL) is
 * compared with the schema the migrations create in an empty in-memory database. Any difference (an added trigger,
 * view or index, a table replaced by a view, a changed column) is refused; see docs/reliability.md "Hostile file".
 */
final class PlanSchema {
    /** One row of {@code sqlite_schema}; {@code sql} has its white space collapsed (null for automatic indexes). */
    record Entry(String type, String name, String table, String sql) {
        String describe() {
            return type + " " + shown(name) + (name.equals(table) ? "" : " ON " + shown(table));
        }

        /** A name as a message shows it: a hostile file may hold names of any length. */
        private static String shown(String s) {
            return s == null ? "?" : s.length() <= 60 ? s : s.substring(0, 60) + "…";
        }
    }

    /** Differences listed in a message at most; the rest are counted. */
    static final int MAX_LISTED = 10;

    private static final Map<Integer, Map<String, Entry>> EXPECTED = new ConcurrentHashMap<>();

    private PlanSchema() {
    }

    /** What the migrations up to {@code version} create, by name (built once in memory, then kept). */
    static Map<String, Entry> expected(int version) {
        return EXPECTED.computeIfAbsent(version, v -> {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
                c.setAutoCommit(false);
                Migrations.migrate(c, v);
                return read(c);
            } catch (SQLException e) {
                throw new IllegalStateException("the migrations do not run in memory", e);
            }
        });
    }

    /** The schema of an open file, by name; reads only {@code sqlite_schema}, never a table or view. */
    static Map<String, Entry> read(Connection c) throws SQLException {
        Map<String, Entry> out = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY rowid")) {
            while (rs.next()) {
                Entry e = new Entry(rs.getString(1), rs.getString(2), rs.getString(3), normalise(rs.getString(4)));
                out.put(e.name(), e);
            }
        }
        return out;
    }

    /** Every difference between {@code actual} and {@code expected}, as short English phrases naming the object. */
    static List<String> differences(Map<String, Entry> expected, Map<String, Entry> actual) {
        List<String> out = new ArrayList<>();
        for (Entry a : actual.values()) {
            Entry e = expected.get(a.name());
            if (e == null) {
                out.add("unexpected " + a.describe());
            } else if (!e.type().equals(a.type())) {
                out.add(e.type() + " " + e.name() + " is a " + a.type());
            } else if (!Objects.equals(e.table(), a.table()) || !Objects.equals(e.sql(), a.sql())) {
                out.add(e.describe() + " is defined differently");
            }
        }
        for (Entry e : expected.values()) {
            if (!actual.containsKey(e.name())) {
                out.add("missing " + e.describe());
            }
        }
        return out;
    }

    /** Differences in the tables alone: empty when every table holds the columns and rules this build expects. */
    static List<String> tableDifferences(Map<String, Entry> expected, Map<String, Entry> actual) {
        List<String> out = new ArrayList<>();
        for (Entry e : expected.values()) {
            if (!"table".equals(e.type())) {
                continue;
            }
            Entry a = actual.get(e.name());
            if (a == null) {
                out.add("missing " + e.describe());
            } else if (!"table".equals(a.type())) {
                out.add("table " + e.name() + " is a " + a.type());
            } else if (!Objects.equals(e.sql(), a.sql())) {
                out.add(e.describe() + " is defined differently");
            }
        }
        return out;
    }

    /** The differences for a message: the first {@link #MAX_LISTED}, then how many more. */
    static String summary(List<String> differences) {
        if (differences.size() <= MAX_LISTED) {
            return String.join("; ", differences);
        }
        return String.join("; ", differences.subList(0, MAX_LISTED)) + "; … (+" + (differences.size() - MAX_LISTED)
                + ")";
    }

    /** SQL as SQLite keeps it, with runs of white space made one space: layout is not a difference. */
    static String normalise(String sql) {
        return sql == null ? null : sql.strip().replaceAll("\\s+", " ");
    }
}
