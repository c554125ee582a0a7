package jp.kyoseivision.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jp.kyoseivision.model.ChangeReason;
import jp.kyoseivision.model.Sphere;

/**
 * Saves one change reason (新旧対照表の理由) of a pair of revisions without rewriting the file: a reason is keyed by
 * its revisions and measures; writing it again replaces the text in place, removing it deletes the row. Each call
 * is one transaction. {@link #withReason} and {@link #withoutReason} give the sphere as the file then holds it.
 */
public final class ChangeReasonStore {
    private static final String WHERE = " WHERE from_revision_id = ? AND to_revision_id = ? "
            + "AND from_measure_id IS ? AND to_measure_id IS ?";

    private ChangeReasonStore() {
    }

    /** Stores {@code reason}, replacing the text of an existing reason with the same key. */
    public static void upsert(PlanFile file, ChangeReason reason) {
        file.inTransaction(c -> {
            if (update(c, "UPDATE change_reason SET reason = ?" + WHERE, reason.reason(), reason) == 0) {
                Integer next = Sql.query(c, "SELECT COALESCE(MAX(ord) + 1, 0) FROM change_reason",
                        rs -> rs.getInt(1)).get(0);
                Sql.update(c, "INSERT INTO change_reason (ord, from_revision_id, to_revision_id, from_measure_id, "
                        + "to_measure_id, reason) VALUES (?, ?, ?, ?, ?, ?)", next, reason.fromRevisionId(),
                        reason.toRevisionId(), reason.fromMeasureId(), reason.toMeasureId(), reason.reason());
            }
        });
    }

    /** Deletes the reason with this key, if there is one. */
    public static void delete(PlanFile file, String fromRevisionId, String toRevisionId, String fromMeasureId,
            String toMeasureId) {
        file.inTransaction(c -> Sql.update(c, "DELETE FROM change_reason" + WHERE, fromRevisionId, toRevisionId,
                fromMeasureId, toMeasureId));
    }

    private static int update(Connection c, String sql, String text, ChangeReason r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Sql.bind(ps, text, r.fromRevisionId(), r.toRevisionId(), r.fromMeasureId(), r.toMeasureId());
            return ps.executeUpdate();
        }
    }

    /** The sphere with {@code reason} stored as {@link #upsert} stores it (replaced in place, or appended). */
    public static Sphere withReason(Sphere s, ChangeReason reason) {
        List<ChangeReason> list = new ArrayList<>(s.changeReasons());
        int at = indexOf(list, reason.fromRevisionId(), reason.toRevisionId(), reason.fromMeasureId(),
                reason.toMeasureId());
        if (at >= 0) {
            list.set(at, reason);
        } else {
            list.add(reason);
        }
        return new Sphere(s.name(), s.municipalities(), s.centralMunicipalityId(), s.plans(), s.opinions(), list);
    }

    /** The sphere without the reason of this key, as {@link #delete} leaves the file. */
    public static Sphere withoutReason(Sphere s, String fromRevisionId, String toRevisionId, String fromMeasureId,
            String toMeasureId) {
        List<ChangeReason> list = new ArrayList<>(s.changeReasons());
        int at = indexOf(list, fromRevisionId, toRevisionId, fromMeasureId, toMeasureId);
        if (at >= 0) {
            list.remove(at);
        }
        return new Sphere(s.name(), s.municipalities(), s.centralMunicipalityId(), s.plans(), s.opinions(), list);
    }

    private static int indexOf(List<ChangeReason> list, String fromRev, String toRev, String fromM, String toM) {
        for (int i = 0; i < list.size(); i++) {
            ChangeReason r = list.get(i);
            if (r.fromRevisionId().equals(fromRev) && r.toRevisionId().equals(toRev)
                    && Objects.equals(r.fromMeasureId(), fromM) && Objects.equals(r.toMeasureId(), toM)) {
                return i;
            }
        }
        return -1;
    }
}
