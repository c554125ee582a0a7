package jp.kyoseivision.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import jp.kyoseivision.model.Sphere;

/**
 * Reads the sphere with only what the sheets of one plan edition print (export-pdf): every municipality, plan and
 * revision row (a revision may be based on another plan's), but nodes, cards and KPIs only of that plan's
 * current revision, and no opinions or change reasons. The other revisions come back empty. At the bundled sample
 * that is half the cards; in a file with many editions, most of it.
 *
 * <p>{@link SphereReader} is used as it is: for the length of one read transaction, temporary views named as the
 * tables ({@code temp.measure} …) stand in front of them (SQLite looks a name up in {@code temp} first) and hold
 * only the rows of that revision; rolling the transaction back removes them. The revision is passed through a
 * temporary table, never written into SQL. The model's checks run on what is read, as on a whole read.
 */
final class PlanOnlyRead {
    /** Table → the condition its rows must meet (in terms of the views made before it). */
    private static final List<String[]> VIEWS = List.of(
            new String[] {"node", "revision_id IN (SELECT revision_id FROM temp.kv_printed)"},
            new String[] {"node_alias", "node_id IN (SELECT id FROM temp.node)"},
            new String[] {"node_role", "node_id IN (SELECT id FROM temp.node)"},
            new String[] {"measure", "revision_id IN (SELECT revision_id FROM temp.kv_printed)"},
            new String[] {"measure_alias", "measure_id IN (SELECT id FROM temp.measure)"},
            new String[] {"measure_participant", "measure_id IN (SELECT id FROM temp.measure)"},
            new String[] {"measure_budget", "measure_id IN (SELECT id FROM temp.measure)"},
            new String[] {"project_group", "measure_id IN (SELECT id FROM temp.measure)"},
            new String[] {"project", "measure_id IN (SELECT id FROM temp.measure)"},
            new String[] {"project_department", "measure_id IN (SELECT id FROM temp.measure)"},
            new String[] {"project_year", "measure_id IN (SELECT id FROM temp.measure)"},
            new String[] {"measure_sdg", "measure_id IN (SELECT id FROM temp.measure)"},
            new String[] {"section", "revision_id IN (SELECT revision_id FROM temp.kv_printed) OR node_id IN "
                    + "(SELECT id FROM temp.node) OR measure_id IN (SELECT id FROM temp.measure)"},
            new String[] {"section_item", "section_id IN (SELECT id FROM temp.section)"},
            new String[] {"kpi", "revision_id IN (SELECT revision_id FROM temp.kv_printed) OR node_id IN "
                    + "(SELECT id FROM temp.node) OR measure_id IN (SELECT id FROM temp.measure)"},
            new String[] {"kpi_milestone", "kpi_id IN (SELECT id FROM temp.kpi)"},
            new String[] {"kpi_actual", "kpi_id IN (SELECT id FROM temp.kpi)"},
            new String[] {"opinion", "0"},
            new String[] {"change_reason", "0"});

    private PlanOnlyRead() {
    }

    /**
     * The sphere as above for plan {@code plan} (an id or an edition; {@code null}: the newest); when there is no
     * such plan, the
     * plans without any card (the sheets then say which edition is missing). The caller ends the transaction
     * (rollback), which drops the views.
     */
    static Sphere read(Connection c, String plan) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE kv_printed (revision_id TEXT)");
        }
        // the plan by id, else by edition (the sphere's own plan first, as Sphere.planByEdition), else the newest
        String sql = "INSERT INTO temp.kv_printed SELECT r.id FROM main.revision r WHERE r.plan_id = (SELECT id FROM "
                + "main.plan " + (plan == null ? "ORDER BY owner_municipality_id IS NOT NULL, edition DESC, ord"
                        : "WHERE id = ? OR CAST(edition AS TEXT) = ? ORDER BY id = ? DESC, "
                                + "owner_municipality_id IS NOT NULL, ord")
                + " LIMIT 1) ORDER BY r.ord DESC LIMIT 1"; // Plan.current(): the last revision
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (plan != null) {
                ps.setString(1, plan.strip());
                ps.setString(2, plan.strip());
                ps.setString(3, plan.strip());
            }
            ps.executeUpdate();
        }
        try (Statement s = c.createStatement()) {
            for (String[] v : VIEWS) {
                s.execute("CREATE TEMP VIEW " + v[0] + " AS SELECT * FROM main." + v[0] + " WHERE " + v[1]);
            }
        }
        return SphereReader.read(c);
    }
}
