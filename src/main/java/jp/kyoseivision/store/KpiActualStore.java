package jp.kyoseivision.store;

import java.sql.Connection;
import java.sql.SQLException;
import jp.kyoseivision.model.KpiActual;

/**
 * Saves the result of one KPI in one fiscal year (実績値, grades, narratives) as one transaction, without
 * rewriting the rest of the file: entering a year's actuals is a small, frequent edit.
 */
public final class KpiActualStore {
    private KpiActualStore() {
    }

    /**
     * Inserts or replaces the actual of KPI {@code kpiId} for {@code actual.fy()}. The KPI must exist; on any
     * failure nothing is written.
     */
    public static void save(PlanFile file, String kpiId, KpiActual actual) {
        file.inTransaction(c -> {
            requireKpi(file, c, kpiId);
            Sql.update(c, "INSERT INTO kpi_actual (kpi_id, fy, number, note, recorded_grade, overview_grade, progress, "
                    + "next_steps) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (kpi_id, fy) DO UPDATE SET "
                    + "number = excluded.number, note = excluded.note, recorded_grade = excluded.recorded_grade, "
                    + "overview_grade = excluded.overview_grade, progress = excluded.progress, "
                    + "next_steps = excluded.next_steps", kpiId, actual.fy(),
                    actual.value() == null ? null : actual.value().number(),
                    actual.value() == null ? null : actual.value().note(), actual.recordedGrade(),
                    actual.overviewGrade(), actual.progress(), actual.nextSteps());
        });
    }

    /** Removes the actual of KPI {@code kpiId} for {@code fy} (everything entered for that year is cleared). */
    public static void delete(PlanFile file, String kpiId, int fy) {
        file.inTransaction(c -> {
            requireKpi(file, c, kpiId);
            Sql.update(c, "DELETE FROM kpi_actual WHERE kpi_id = ? AND fy = ?", kpiId, fy);
        });
    }

    private static void requireKpi(PlanFile file, Connection c, String kpiId) throws SQLException {
        if (Sql.query(c, "SELECT 1 FROM kpi WHERE id = ?", rs -> 1, kpiId).isEmpty()) {
            throw new StoreException("store.kpiNotFound", kpiId, file.path());
        }
    }
}
