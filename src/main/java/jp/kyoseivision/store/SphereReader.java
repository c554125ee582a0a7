package jp.kyoseivision.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.kyoseivision.model.Better;
import jp.kyoseivision.model.ChangeReason;
import jp.kyoseivision.model.Direction;
import jp.kyoseivision.model.GradeBand;
import jp.kyoseivision.model.GradeCount;
import jp.kyoseivision.model.GradingRule;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.KpiActual;
import jp.kyoseivision.model.KpiPoint;
import jp.kyoseivision.model.KpiReport;
import jp.kyoseivision.model.KpiValue;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Municipality;
import jp.kyoseivision.model.Opinion;
import jp.kyoseivision.model.OpinionKind;
import jp.kyoseivision.model.OpinionStatus;
import jp.kyoseivision.model.Perspective;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.PolicyArea;
import jp.kyoseivision.model.ProjectGroup;
import jp.kyoseivision.model.RatioBasis;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.RevisionStatus;
import jp.kyoseivision.model.Role;
import jp.kyoseivision.model.Sphere;

/**
 * Reads the whole sphere from the schema: one query per table, children grouped by parent id in order. Equal texts
 * are kept once (a card copied into a new revision, the same unit, grade or municipality id on many rows): a
 * sphere of 10,000 cards holds far fewer distinct texts than rows (issue 16: memory).
 */
final class SphereReader {
    /** Each distinct text read, kept once (not ids: each is read once, or only to group rows). */
    private final Map<String, String> texts = new java.util.HashMap<>();

    private SphereReader() {
    }

    /** The text of {@code column}, the same String object as an equal text read before. */
    private String str(ResultSet rs, String column) throws SQLException {
        String v = rs.getString(column);
        if (v == null) {
            return null;
        }
        String seen = texts.putIfAbsent(v, v);
        return seen == null ? v : seen;
    }

    private String str(ResultSet rs, int column) throws SQLException {
        String v = rs.getString(column);
        if (v == null) {
            return null;
        }
        String seen = texts.putIfAbsent(v, v);
        return seen == null ? v : seen;
    }

    private record Keyed<T>(String parent, T value) {
    }

    private static <T> Map<String, List<T>> grouped(Connection c, String sql, Sql.Row<Keyed<T>> row)
            throws SQLException {
        Map<String, List<T>> out = new LinkedHashMap<>();
        for (Keyed<T> k : Sql.query(c, sql, row)) {
            out.computeIfAbsent(k.parent(), x -> new ArrayList<>()).add(k.value());
        }
        return out;
    }

    private static <T> List<T> of(Map<String, List<T>> map, String key) {
        return map.getOrDefault(key, List.of());
    }

    static Sphere read(Connection c) throws SQLException {
        return new SphereReader().sphere(c);
    }

    private Sphere sphere(Connection c) throws SQLException {
        List<Municipality> towns = Sql.query(c, "SELECT id, name FROM municipality ORDER BY ord",
                rs -> new Municipality(rs.getString("id"), str(rs, "name")));
        List<String[]> sphereRow = Sql.query(c, "SELECT name, central_municipality_id FROM sphere WHERE id = 1",
                rs -> new String[] {str(rs, 1), str(rs, 2)});
        if (sphereRow.isEmpty()) {
            throw new SQLException("the file holds no sphere");
        }
        Map<String, List<Measure>> measures = readMeasures(c);
        Map<String, List<Role>> roles = grouped(c, "SELECT * FROM direction_role ORDER BY direction_id, ord",
                rs -> new Keyed<>(rs.getString("direction_id"), new Role(str(rs, "municipality_id"),
                        str(rs, "text"))));
        Map<String, List<Direction>> directions = grouped(c, "SELECT * FROM direction ORDER BY policy_area_id, ord",
                rs -> new Keyed<>(rs.getString("policy_area_id"), new Direction(rs.getString("id"),
                        str(rs, "title"), str(rs, "agreement"), of(roles, rs.getString("id")),
                        of(measures, rs.getString("id")))));
        Map<String, List<PolicyArea>> areas = grouped(c, "SELECT * FROM policy_area ORDER BY perspective_id, ord",
                rs -> new Keyed<>(rs.getString("perspective_id"), new PolicyArea(rs.getString("id"),
                        str(rs, "name"), of(directions, rs.getString("id")))));
        Map<String, List<Perspective>> perspectives = grouped(c,
                "SELECT * FROM perspective ORDER BY revision_id, ord",
                rs -> new Keyed<>(rs.getString("revision_id"), new Perspective(rs.getString("id"),
                        str(rs, "name"), of(areas, rs.getString("id")))));
        Map<String, List<Revision>> revisions = grouped(c, "SELECT * FROM revision ORDER BY plan_id, ord",
                rs -> new Keyed<>(rs.getString("plan_id"), new Revision(rs.getString("id"), str(rs, "name"),
                        Sql.date(rs, "date"), RevisionStatus.valueOf(str(rs, "status")),
                        str(rs, "based_on_id"), str(rs, "note"), of(perspectives, rs.getString("id")))));
        Map<String, List<GradeBand>> bands = grouped(c, "SELECT * FROM grade_band ORDER BY plan_id, ord",
                rs -> new Keyed<>(rs.getString("plan_id"), new GradeBand(str(rs, "grade"), str(rs, "label"),
                        Sql.decimal(rs, "min_percent"))));
        Map<String, List<GradeCount>> counts = grouped(c, "SELECT * FROM kpi_report_count ORDER BY report_id, ord",
                rs -> new Keyed<>(rs.getString("report_id"), new GradeCount(str(rs, "grade"), rs.getInt("count"),
                        Sql.decimal(rs, "percent"))));
        Map<String, List<KpiReport>> reports = grouped(c, "SELECT * FROM kpi_report ORDER BY plan_id, ord",
                rs -> new Keyed<>(rs.getString("plan_id"), new KpiReport(rs.getString("id"), rs.getInt("fy"),
                        Sql.date(rs, "date"), str(rs, "title"), str(rs, "summary"),
                        of(counts, rs.getString("id")))));
        List<Plan> plans = Sql.query(c, "SELECT * FROM plan ORDER BY ord", rs -> new Plan(rs.getString("id"),
                rs.getInt("edition"), str(rs, "title"), rs.getInt("start_fy"), rs.getInt("end_fy"),
                new GradingRule(RatioBasis.valueOf(str(rs, "grading_basis")), of(bands, rs.getString("id"))),
                of(revisions, rs.getString("id")), of(reports, rs.getString("id"))));
        boolean v1 = Migrations.version(c) < 2;
        List<OpinionKind> kinds = v1 ? OpinionKind.defaults()
                : Sql.query(c, "SELECT id, name FROM opinion_kind ORDER BY ord",
                        rs -> new OpinionKind(rs.getString("id"), str(rs, "name")));
        List<Opinion> opinions = Sql.query(c, v1 ? V1_OPINIONS : "SELECT * FROM opinion ORDER BY ord", this::opinion);
        List<ChangeReason> reasons = Sql.query(c, "SELECT * FROM change_reason ORDER BY ord",
                rs -> new ChangeReason(str(rs, "from_revision_id"), str(rs, "to_revision_id"),
                        str(rs, "from_measure_id"), str(rs, "to_measure_id"), str(rs, "reason")));
        return new Sphere(sphereRow.get(0)[0], towns, sphereRow.get(0)[1], plans, kinds, opinions, reasons);
    }

    /**
     * The opinions of a schema-1 file opened read-only (not migrated), as migration 2 maps them
     * (db/V2__opinion_kinds.sql, the same mapping): kinds, dates and the direction or area named by the topic.
     */
    static final String V1_OPINIONS = "SELECT o.id, "
            + "CASE WHEN o.kind = 'COUNCIL_MEMBER' AND o.date IS NOT NULL THEN 'COUNCIL_MEETING' ELSE o.kind END "
            + "AS kind_id, o.number, o.source, o.date AS from_date, o.date AS to_date, o.revision_id, "
            + "CASE WHEN o.measure_id IS NULL THEN (SELECT a.id FROM policy_area a JOIN perspective p "
            + "ON p.id = a.perspective_id WHERE p.revision_id = o.revision_id AND a.name = o.topic "
            + "ORDER BY p.ord, a.ord LIMIT 1) END AS policy_area_id, "
            + "CASE WHEN o.measure_id IS NULL THEN (SELECT d.id FROM direction d JOIN policy_area a "
            + "ON a.id = d.policy_area_id JOIN perspective p ON p.id = a.perspective_id "
            + "WHERE p.revision_id = o.revision_id AND d.title = o.topic ORDER BY p.ord, a.ord, d.ord LIMIT 1) END "
            + "AS direction_id, o.measure_id, o.page, o.topic, o.text, o.answer, o.status, "
            + "NULL AS change_from_measure_id, NULL AS change_to_measure_id FROM opinion o ORDER BY o.ord";

    private Opinion opinion(ResultSet rs) throws SQLException {
        return new Opinion(rs.getString("id"), str(rs, "kind_id"), Sql.integer(rs, "number"), str(rs, "source"),
                Sql.date(rs, "from_date"), Sql.date(rs, "to_date"), str(rs, "revision_id"),
                str(rs, "policy_area_id"), str(rs, "direction_id"), str(rs, "measure_id"), str(rs, "page"),
                str(rs, "topic"), str(rs, "text"), str(rs, "answer"), OpinionStatus.valueOf(str(rs, "status")),
                str(rs, "change_from_measure_id"), str(rs, "change_to_measure_id"));
    }

    private Map<String, List<Measure>> readMeasures(Connection c) throws SQLException {
        Map<String, List<String>> aliases = grouped(c, "SELECT * FROM measure_alias ORDER BY measure_id, ord",
                rs -> new Keyed<>(rs.getString("measure_id"), str(rs, "alias")));
        Map<String, List<String>> participants = grouped(c,
                "SELECT * FROM measure_participant ORDER BY measure_id, ord",
                rs -> new Keyed<>(rs.getString("measure_id"), str(rs, "municipality_id")));
        Map<String, TreeMap<Integer, Long>> budgets = new LinkedHashMap<>();
        for (Keyed<long[]> k : Sql.query(c, "SELECT * FROM measure_budget ORDER BY measure_id, fy",
                rs -> new Keyed<>(rs.getString("measure_id"), new long[] {rs.getInt("fy"), rs.getLong("amount")}))) {
            budgets.computeIfAbsent(k.parent(), x -> new TreeMap<>()).put((int) k.value()[0], k.value()[1]);
        }
        Map<String, List<String>> projectNames = grouped(c, "SELECT * FROM project ORDER BY measure_id, group_ord, ord",
                rs -> new Keyed<>(rs.getString("measure_id") + "\u0000" + rs.getInt("group_ord"), str(rs, "name")));
        Map<String, List<ProjectGroup>> groups = grouped(c, "SELECT * FROM project_group ORDER BY measure_id, ord",
                rs -> new Keyed<>(rs.getString("measure_id"), new ProjectGroup(str(rs, "municipality_id"),
                        of(projectNames, rs.getString("measure_id") + "\u0000" + rs.getInt("ord")))));
        Map<String, List<Integer>> sdgs = grouped(c, "SELECT * FROM measure_sdg ORDER BY measure_id, goal",
                rs -> new Keyed<>(rs.getString("measure_id"), rs.getInt("goal")));
        Map<String, List<Kpi>> kpis = readKpis(c);
        return grouped(c, "SELECT * FROM measure ORDER BY direction_id, ord", rs -> {
            String id = rs.getString("id");
            return new Keyed<>(rs.getString("direction_id"), new Measure(id, str(rs, "lineage_id"),
                    rs.getInt("number"), str(rs, "name"), of(aliases, id), str(rs, "content"),
                    of(participants, id), of(kpis, id), budgets.getOrDefault(id, new TreeMap<>()), of(groups, id),
                    str(rs, "effect"), str(rs, "role_sharing"), of(sdgs, id), str(rs, "notes")));
        });
    }

    private Map<String, List<Kpi>> readKpis(Connection c) throws SQLException {
        Map<String, List<KpiActual>> actuals = grouped(c, "SELECT * FROM kpi_actual ORDER BY kpi_id, fy",
                rs -> new Keyed<>(rs.getString("kpi_id"), new KpiActual(rs.getInt("fy"), value(rs, "number", "note"),
                        str(rs, "recorded_grade"), str(rs, "overview_grade"), str(rs, "progress"),
                        str(rs, "next_steps"))));
        return grouped(c, "SELECT * FROM kpi ORDER BY measure_id, ord", rs -> new Keyed<>(rs.getString("measure_id"),
                new Kpi(rs.getString("id"), str(rs, "name"), str(rs, "unit"), point(rs, "baseline"),
                        point(rs, "target"), Better.valueOf(str(rs, "better")),
                        of(actuals, rs.getString("id")), str(rs, "note"))));
    }

    private KpiPoint point(ResultSet rs, String prefix) throws SQLException {
        Integer fy = Sql.integer(rs, prefix + "_fy");
        return fy == null ? null : new KpiPoint(fy, value(rs, prefix + "_number", prefix + "_note"));
    }

    private KpiValue value(ResultSet rs, String numberColumn, String noteColumn) throws SQLException {
        var number = Sql.decimal(rs, numberColumn);
        String note = str(rs, noteColumn);
        return number == null && note == null ? null : new KpiValue(number, note);
    }
}
