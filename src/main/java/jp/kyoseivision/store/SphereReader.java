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

/** Reads the whole sphere from the schema: one query per table, children grouped by parent id in order. */
final class SphereReader {
    private SphereReader() {
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
        List<Municipality> towns = Sql.query(c, "SELECT id, name FROM municipality ORDER BY ord",
                rs -> new Municipality(rs.getString("id"), rs.getString("name")));
        List<String[]> sphereRow = Sql.query(c, "SELECT name, central_municipality_id FROM sphere WHERE id = 1",
                rs -> new String[] {rs.getString(1), rs.getString(2)});
        if (sphereRow.isEmpty()) {
            throw new SQLException("the file holds no sphere");
        }
        Map<String, List<Measure>> measures = readMeasures(c);
        Map<String, List<Role>> roles = grouped(c, "SELECT * FROM direction_role ORDER BY direction_id, ord",
                rs -> new Keyed<>(rs.getString("direction_id"), new Role(rs.getString("municipality_id"),
                        rs.getString("text"))));
        Map<String, List<Direction>> directions = grouped(c, "SELECT * FROM direction ORDER BY policy_area_id, ord",
                rs -> new Keyed<>(rs.getString("policy_area_id"), new Direction(rs.getString("id"),
                        rs.getString("title"), rs.getString("agreement"), of(roles, rs.getString("id")),
                        of(measures, rs.getString("id")))));
        Map<String, List<PolicyArea>> areas = grouped(c, "SELECT * FROM policy_area ORDER BY perspective_id, ord",
                rs -> new Keyed<>(rs.getString("perspective_id"), new PolicyArea(rs.getString("id"),
                        rs.getString("name"), of(directions, rs.getString("id")))));
        Map<String, List<Perspective>> perspectives = grouped(c,
                "SELECT * FROM perspective ORDER BY revision_id, ord",
                rs -> new Keyed<>(rs.getString("revision_id"), new Perspective(rs.getString("id"),
                        rs.getString("name"), of(areas, rs.getString("id")))));
        Map<String, List<Revision>> revisions = grouped(c, "SELECT * FROM revision ORDER BY plan_id, ord",
                rs -> new Keyed<>(rs.getString("plan_id"), new Revision(rs.getString("id"), rs.getString("name"),
                        Sql.date(rs, "date"), RevisionStatus.valueOf(rs.getString("status")),
                        rs.getString("based_on_id"), rs.getString("note"), of(perspectives, rs.getString("id")))));
        Map<String, List<GradeBand>> bands = grouped(c, "SELECT * FROM grade_band ORDER BY plan_id, ord",
                rs -> new Keyed<>(rs.getString("plan_id"), new GradeBand(rs.getString("grade"), rs.getString("label"),
                        Sql.decimal(rs, "min_percent"))));
        Map<String, List<GradeCount>> counts = grouped(c, "SELECT * FROM kpi_report_count ORDER BY report_id, ord",
                rs -> new Keyed<>(rs.getString("report_id"), new GradeCount(rs.getString("grade"), rs.getInt("count"),
                        Sql.decimal(rs, "percent"))));
        Map<String, List<KpiReport>> reports = grouped(c, "SELECT * FROM kpi_report ORDER BY plan_id, ord",
                rs -> new Keyed<>(rs.getString("plan_id"), new KpiReport(rs.getString("id"), rs.getInt("fy"),
                        Sql.date(rs, "date"), rs.getString("title"), rs.getString("summary"),
                        of(counts, rs.getString("id")))));
        List<Plan> plans = Sql.query(c, "SELECT * FROM plan ORDER BY ord", rs -> new Plan(rs.getString("id"),
                rs.getInt("edition"), rs.getString("title"), rs.getInt("start_fy"), rs.getInt("end_fy"),
                new GradingRule(RatioBasis.valueOf(rs.getString("grading_basis")), of(bands, rs.getString("id"))),
                of(revisions, rs.getString("id")), of(reports, rs.getString("id"))));
        List<Opinion> opinions = Sql.query(c, "SELECT * FROM opinion ORDER BY ord", SphereReader::opinion);
        List<ChangeReason> reasons = Sql.query(c, "SELECT * FROM change_reason ORDER BY ord",
                rs -> new ChangeReason(rs.getString("from_revision_id"), rs.getString("to_revision_id"),
                        rs.getString("from_measure_id"), rs.getString("to_measure_id"), rs.getString("reason")));
        return new Sphere(sphereRow.get(0)[0], towns, sphereRow.get(0)[1], plans, opinions, reasons);
    }

    private static Opinion opinion(ResultSet rs) throws SQLException {
        return new Opinion(rs.getString("id"), OpinionKind.valueOf(rs.getString("kind")), Sql.integer(rs, "number"),
                Sql.date(rs, "date"), rs.getString("source"), rs.getString("revision_id"), rs.getString("measure_id"),
                rs.getString("page"), rs.getString("topic"), rs.getString("text"), rs.getString("answer"),
                OpinionStatus.valueOf(rs.getString("status")));
    }

    private static Map<String, List<Measure>> readMeasures(Connection c) throws SQLException {
        Map<String, List<String>> aliases = grouped(c, "SELECT * FROM measure_alias ORDER BY measure_id, ord",
                rs -> new Keyed<>(rs.getString("measure_id"), rs.getString("alias")));
        Map<String, List<String>> participants = grouped(c,
                "SELECT * FROM measure_participant ORDER BY measure_id, ord",
                rs -> new Keyed<>(rs.getString("measure_id"), rs.getString("municipality_id")));
        Map<String, TreeMap<Integer, Long>> budgets = new LinkedHashMap<>();
        for (Keyed<long[]> k : Sql.query(c, "SELECT * FROM measure_budget ORDER BY measure_id, fy",
                rs -> new Keyed<>(rs.getString("measure_id"), new long[] {rs.getInt("fy"), rs.getLong("amount")}))) {
            budgets.computeIfAbsent(k.parent(), x -> new TreeMap<>()).put((int) k.value()[0], k.value()[1]);
        }
        Map<String, List<String>> projectNames = grouped(c, "SELECT * FROM project ORDER BY measure_id, group_ord, ord",
                rs -> new Keyed<>(rs.getString("measure_id") + "\u0000" + rs.getInt("group_ord"), rs.getString("name")));
        Map<String, List<ProjectGroup>> groups = grouped(c, "SELECT * FROM project_group ORDER BY measure_id, ord",
                rs -> new Keyed<>(rs.getString("measure_id"), new ProjectGroup(rs.getString("municipality_id"),
                        of(projectNames, rs.getString("measure_id") + "\u0000" + rs.getInt("ord")))));
        Map<String, List<Integer>> sdgs = grouped(c, "SELECT * FROM measure_sdg ORDER BY measure_id, goal",
                rs -> new Keyed<>(rs.getString("measure_id"), rs.getInt("goal")));
        Map<String, List<Kpi>> kpis = readKpis(c);
        return grouped(c, "SELECT * FROM measure ORDER BY direction_id, ord", rs -> {
            String id = rs.getString("id");
            return new Keyed<>(rs.getString("direction_id"), new Measure(id, rs.getString("lineage_id"),
                    rs.getInt("number"), rs.getString("name"), of(aliases, id), rs.getString("content"),
                    of(participants, id), of(kpis, id), budgets.getOrDefault(id, new TreeMap<>()), of(groups, id),
                    rs.getString("effect"), rs.getString("role_sharing"), of(sdgs, id), rs.getString("notes")));
        });
    }

    private static Map<String, List<Kpi>> readKpis(Connection c) throws SQLException {
        Map<String, List<KpiActual>> actuals = grouped(c, "SELECT * FROM kpi_actual ORDER BY kpi_id, fy",
                rs -> new Keyed<>(rs.getString("kpi_id"), new KpiActual(rs.getInt("fy"), value(rs, "number", "note"),
                        rs.getString("recorded_grade"), rs.getString("overview_grade"), rs.getString("progress"),
                        rs.getString("next_steps"))));
        return grouped(c, "SELECT * FROM kpi ORDER BY measure_id, ord", rs -> new Keyed<>(rs.getString("measure_id"),
                new Kpi(rs.getString("id"), rs.getString("name"), rs.getString("unit"), point(rs, "baseline"),
                        point(rs, "target"), Better.valueOf(rs.getString("better")),
                        of(actuals, rs.getString("id")), rs.getString("note"))));
    }

    private static KpiPoint point(ResultSet rs, String prefix) throws SQLException {
        Integer fy = Sql.integer(rs, prefix + "_fy");
        return fy == null ? null : new KpiPoint(fy, value(rs, prefix + "_number", prefix + "_note"));
    }

    private static KpiValue value(ResultSet rs, String numberColumn, String noteColumn) throws SQLException {
        var number = Sql.decimal(rs, numberColumn);
        String note = rs.getString(noteColumn);
        return number == null && note == null ? null : new KpiValue(number, note);
    }
}
