package jp.kyoseivision.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** JDBC helpers: binding nullable values and mapping rows, so the reader and writer stay declarative. */
final class Sql {
    private Sql() {
    }

    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    static void update(Connection c, String sql, Object... args) throws SQLException {
        Inserts inserts = INSERTS.get();
        if (inserts != null && inserts.connection == c) {
            if (sql.startsWith("INSERT ")) {
                inserts.add(sql, args);
                return;
            }
            inserts.flush(); // anything else runs after the rows queued before it
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            ps.executeUpdate();
        }
    }

    static <T> List<T> query(Connection c, String sql, Row<T> row, Object... args) throws SQLException {
        Inserts inserts = INSERTS.get();
        if (inserts != null && inserts.connection == c) {
            inserts.flush(); // a query sees every row written before it
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(row.map(rs));
                }
                return out;
            }
        }
    }

    /** Work that writes through {@link #update}. */
    @FunctionalInterface
    interface Writing {
        void run() throws SQLException;
    }

    private static final ThreadLocal<Inserts> INSERTS = new ThreadLocal<>();

    /**
     * Runs {@code work} with its inserts on {@code c} prepared once per statement text and sent in batches (a whole
     * file written row by row spent most of its time preparing one statement per row: issue 16). Rows are written
     * in the order given: a batch holds consecutive rows of one statement and is sent before any other statement
     * runs, so rowids, constraint checks and what a query sees are as without it. Everything is sent when
     * {@code work} returns; the caller still owns the transaction.
     */
    static void batched(Connection c, Writing work) throws SQLException {
        Inserts outer = INSERTS.get();
        if (outer != null && outer.connection == c) {
            work.run(); // already batched
            return;
        }
        Inserts inserts = new Inserts(c);
        INSERTS.set(inserts);
        try {
            work.run();
            inserts.flush();
        } finally {
            INSERTS.set(outer);
            inserts.close();
        }
    }

    /** Prepared inserts of one batched write, and the rows queued for the last one used. */
    private static final class Inserts {
        /** Rows sent at once at most (bounds what is held for one statement). */
        private static final int BATCH = 512;
        final Connection connection;
        private final java.util.Map<String, PreparedStatement> prepared = new java.util.HashMap<>();
        private PreparedStatement pending;
        private int queued;

        Inserts(Connection connection) {
            this.connection = connection;
        }

        void add(String sql, Object[] args) throws SQLException {
            PreparedStatement ps = prepared.get(sql);
            if (ps == null) {
                ps = connection.prepareStatement(sql);
                prepared.put(sql, ps);
            }
            if (ps != pending) {
                flush();
                pending = ps;
            }
            bind(ps, args);
            ps.addBatch();
            if (++queued >= BATCH) {
                flush();
            }
        }

        void flush() throws SQLException {
            if (pending != null && queued > 0) {
                queued = 0;
                try {
                    pending.executeBatch();
                } catch (java.sql.BatchUpdateException e) {
                    // the driver's own message (a constraint, a full disk), as a single insert would give it
                    throw e.getCause() instanceof SQLException cause ? cause : e;
                }
            }
            queued = 0;
        }

        void close() {
            for (PreparedStatement ps : prepared.values()) {
                try {
                    ps.close();
                } catch (SQLException ignored) {
                    // closing a statement of a write that is over (committed or rolled back by the caller)
                }
            }
        }
    }

    static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            int at = i + 1;
            if (a == null) {
                ps.setNull(at, Types.NULL);
            } else if (a instanceof Integer n) {
                ps.setInt(at, n);
            } else if (a instanceof Long n) {
                ps.setLong(at, n);
            } else if (a instanceof BigDecimal d) {
                ps.setString(at, d.toPlainString());
            } else if (a instanceof LocalDate d) {
                ps.setString(at, d.toString());
            } else if (a instanceof Enum<?> e) {
                ps.setString(at, e.name());
            } else {
                ps.setString(at, a.toString());
            }
        }
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    /**
     * A decimal as the writer stores it ({@code toPlainString}): at most {@value #MAX_DECIMAL_CHARS} characters of
     * plain digits. Anything longer or in another form is refused before it is parsed, so a hostile value (ten
     * million digits, {@code 1e10000000}) cannot make a read take minutes.
     */
    static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
        String v = rs.getString(column);
        if (v == null) {
            return null;
        }
        if (v.length() > MAX_DECIMAL_CHARS || !PLAIN_DECIMAL.matcher(v).matches()) {
            String shown = v.length() <= 24 ? v : v.substring(0, 24) + "…";
            throw new StoreException("store.badNumber", column, shown, v.length(), MAX_DECIMAL_CHARS);
        }
        return new BigDecimal(v);
    }

    /** Longest decimal read back: far beyond any KPI figure, short enough to parse at once. */
    static final int MAX_DECIMAL_CHARS = 64;
    private static final java.util.regex.Pattern PLAIN_DECIMAL = java.util.regex.Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        String v = rs.getString(column);
        return v == null ? null : LocalDate.parse(v);
    }
}
