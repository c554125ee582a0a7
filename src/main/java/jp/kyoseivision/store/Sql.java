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
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            ps.executeUpdate();
        }
    }

    static <T> List<T> query(Connection c, String sql, Row<T> row, Object... args) throws SQLException {
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
