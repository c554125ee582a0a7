package jp.kyoseivision.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import jp.kyoseivision.model.Better;
import jp.kyoseivision.model.ChangeReason;
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
import jp.kyoseivision.model.Node;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.PlanFeature;
import jp.kyoseivision.model.PlanKind;
import jp.kyoseivision.model.Project;
import jp.kyoseivision.model.ProjectGroup;
import jp.kyoseivision.model.RatioBasis;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.RevisionStatus;
import jp.kyoseivision.model.Role;
import jp.kyoseivision.model.Section;
import jp.kyoseivision.model.SectionItem;
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
        Map<String, List<Kpi>> kpis = readKpis(c);
        Map<String, List<Section>> sections = readSections(c);
        Map<String, List<Measure>> measures = readMeasures(c, kpis, sections);
        Map<String, List<Node>> nodes = readNodes(c, kpis, sections, measures);
        Map<String, List<Revision>> revisions = grouped(c, "SELECT * FROM revision ORDER BY plan_id, ord",
                rs -> {
                    String id = rs.getString("id");
                    return new Keyed<>(rs.getString("plan_id"), new Revision(id, str(rs, "name"),
                            Sql.date(rs, "date"), str(rs, "date_text"), RevisionStatus.valueOf(str(rs, "status")),
                            str(rs, "based_on_id"), str(rs, "note"), of(kpis, id), of(sections, id),
                            of(nodes, id), of(measures, id)));
                });
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
        Map<String, List<String>> levels = grouped(c, "SELECT * FROM plan_level ORDER BY plan_id, ord",
                rs -> new Keyed<>(rs.getString("plan_id"), str(rs, "name")));
        Map<String, List<String>> sectionLabels = grouped(c,
                "SELECT * FROM plan_section_label ORDER BY plan_id, ord",
                rs -> new Keyed<>(rs.getString("plan_id"), str(rs, "label")));
        List<Plan> plans = Sql.query(c, "SELECT * FROM plan ORDER BY ord", rs -> {
            String id = rs.getString("id");
            PlanKind kind = new PlanKind(str(rs, "kind_id"), str(rs, "kind_name"), of(levels, id),
                    str(rs, "item_name"), str(rs, "kpi_heading"), str(rs, "projects_heading"),
                    of(sectionLabels, id), features(rs.getString("features")), rs.getInt("summary_level"),
                    rs.getInt("match_level"));
            return new Plan(id, str(rs, "series"), rs.getInt("edition"), str(rs, "title"), rs.getInt("start_fy"),
                    rs.getInt("end_fy"), kind.equals(PlanKind.VISION) ? PlanKind.VISION : kind,
                    str(rs, "owner_municipality_id"),
                    new GradingRule(RatioBasis.valueOf(str(rs, "grading_basis")), of(bands, id)),
                    of(revisions, id), of(reports, id));
        });
        List<OpinionKind> kinds = Sql.query(c, "SELECT id, name FROM opinion_kind ORDER BY ord",
                rs -> new OpinionKind(rs.getString("id"), str(rs, "name")));
        List<Opinion> opinions = Sql.query(c, "SELECT * FROM opinion ORDER BY ord", this::opinion);
        List<ChangeReason> reasons = Sql.query(c, "SELECT * FROM change_reason ORDER BY ord",
                rs -> new ChangeReason(str(rs, "from_revision_id"), str(rs, "to_revision_id"),
                        str(rs, "from_measure_id"), str(rs, "to_measure_id"), str(rs, "reason"), str(rs, "label")));
        return new Sphere(sphereRow.get(0)[0], towns, sphereRow.get(0)[1], plans, kinds, opinions, reasons);
    }

    /** The features stored as a comma list (unknown names are refused by {@code valueOf}). */
    static Set<PlanFeature> features(String list) {
        Set<PlanFeature> out = EnumSet.noneOf(PlanFeature.class);
        if (list != null) {
            for (String f : list.split(",")) {
                if (!f.isBlank()) {
                    out.add(PlanFeature.valueOf(f.strip()));
                }
            }
        }
        return out;
    }

    private record NodeRow(String id, String revisionId, String parentId, String code, String name,
            String subtitle, String text, String page) {
    }

    /** The top nodes of each revision, each with its children, items, KPIs and sections. */
    private Map<String, List<Node>> readNodes(Connection c, Map<String, List<Kpi>> kpis,
            Map<String, List<Section>> sections, Map<String, List<Measure>> measures) throws SQLException {
        Map<String, List<String>> aliases = grouped(c, "SELECT * FROM node_alias ORDER BY node_id, ord",
                rs -> new Keyed<>(rs.getString("node_id"), str(rs, "alias")));
        Map<String, List<Role>> roles = grouped(c, "SELECT * FROM node_role ORDER BY node_id, ord",
                rs -> new Keyed<>(rs.getString("node_id"), new Role(str(rs, "municipality_id"), str(rs, "text"))));
        List<NodeRow> rows = Sql.query(c, "SELECT * FROM node ORDER BY revision_id, parent_id, ord",
                rs -> new NodeRow(rs.getString("id"), rs.getString("revision_id"), rs.getString("parent_id"),
                        str(rs, "code"), str(rs, "name"), str(rs, "subtitle"), str(rs, "text"), str(rs, "page")));
        Map<String, List<NodeRow>> children = new LinkedHashMap<>();
        rows.stream().filter(r -> r.parentId() != null)
                .forEach(r -> children.computeIfAbsent(r.parentId(), x -> new ArrayList<>()).add(r));
        Map<String, List<Node>> out = new LinkedHashMap<>();
        for (NodeRow r : rows) {
            if (r.parentId() == null) {
                out.computeIfAbsent(r.revisionId(), x -> new ArrayList<>())
                        .add(node(r, children, aliases, roles, kpis, sections, measures, 0));
            }
        }
        return out;
    }

    private static Node node(NodeRow r, Map<String, List<NodeRow>> children, Map<String, List<String>> aliases,
            Map<String, List<Role>> roles, Map<String, List<Kpi>> kpis, Map<String, List<Section>> sections,
            Map<String, List<Measure>> measures, int depth) throws SQLException {
        if (depth > MAX_DEPTH) { // a cycle of parent ids in a crafted file
            throw new SQLException("the nodes nest deeper than " + MAX_DEPTH + " levels");
        }
        List<Node> kids = new ArrayList<>();
        for (NodeRow k : children.getOrDefault(r.id(), List.of())) {
            kids.add(node(k, children, aliases, roles, kpis, sections, measures, depth + 1));
        }
        return new Node(r.id(), r.code(), r.name(), of(aliases, r.id()), r.subtitle(), r.text(), r.page(),
                of(roles, r.id()), of(kpis, r.id()), of(sections, r.id()), kids, of(measures, r.id()));
    }

    /** Levels of nodes read at most: far more than any plan prints, and a stop for a crafted cycle. */
    static final int MAX_DEPTH = 32;

    /** Sections by owner id (a revision, node or item: ids share one space). */
    private Map<String, List<Section>> readSections(Connection c) throws SQLException {
        Map<String, List<SectionItem>> items = grouped(c, "SELECT * FROM section_item ORDER BY section_id, ord",
                rs -> new Keyed<>(rs.getString("section_id"), new SectionItem(str(rs, "number"),
                        str(rs, "heading"), str(rs, "text"))));
        return grouped(c, "SELECT *, coalesce(revision_id, node_id, measure_id) AS owner FROM section "
                + "ORDER BY owner, ord", rs -> new Keyed<>(rs.getString("owner"),
                        new Section(str(rs, "label"), of(items, rs.getString("id")))));
    }

    private Opinion opinion(ResultSet rs) throws SQLException {
        return new Opinion(rs.getString("id"), str(rs, "kind_id"), Sql.integer(rs, "number"), str(rs, "source"),
                Sql.date(rs, "from_date"), Sql.date(rs, "to_date"), str(rs, "revision_id"),
                str(rs, "area_node_id"), str(rs, "node_id"), str(rs, "measure_id"), str(rs, "page"),
                str(rs, "topic"), str(rs, "text"), str(rs, "answer"), OpinionStatus.valueOf(str(rs, "status")),
                str(rs, "change_from_measure_id"), str(rs, "change_to_measure_id"));
    }

    /** Items by node id; the items directly under a revision by the revision's id (ids share one space). */
    private Map<String, List<Measure>> readMeasures(Connection c, Map<String, List<Kpi>> kpis,
            Map<String, List<Section>> sections) throws SQLException {
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
        Map<String, List<String>> departments = grouped(c, "SELECT * FROM project_department "
                + "ORDER BY measure_id, group_ord, project_ord, ord", rs -> new Keyed<>(projectKey(rs,
                        "project_ord"), str(rs, "name")));
        Map<String, List<Integer>> years = grouped(c, "SELECT * FROM project_year "
                + "ORDER BY measure_id, group_ord, project_ord, fy", rs -> new Keyed<>(projectKey(rs,
                        "project_ord"), rs.getInt("fy")));
        Map<String, List<Project>> projects = grouped(c, "SELECT * FROM project ORDER BY measure_id, group_ord, ord",
                rs -> {
                    String key = projectKey(rs, "ord");
                    return new Keyed<>(rs.getString("measure_id") + "\u0000" + rs.getInt("group_ord"),
                            new Project(str(rs, "name"), Sql.integer(rs, "number"), rs.getInt("is_new") != 0,
                                    rs.getInt("reposted") != 0, of(departments, key), str(rs, "summary"),
                                    of(years, key), str(rs, "note")));
                });
        Map<String, List<ProjectGroup>> groups = grouped(c, "SELECT * FROM project_group ORDER BY measure_id, ord",
                rs -> new Keyed<>(rs.getString("measure_id"), new ProjectGroup(str(rs, "municipality_id"),
                        of(projects, rs.getString("measure_id") + "\u0000" + rs.getInt("ord")))));
        Map<String, List<Integer>> sdgs = grouped(c, "SELECT * FROM measure_sdg ORDER BY measure_id, goal",
                rs -> new Keyed<>(rs.getString("measure_id"), rs.getInt("goal")));
        return grouped(c, "SELECT *, coalesce(node_id, revision_id) AS owner FROM measure ORDER BY owner, ord", rs -> {
            String id = rs.getString("id");
            return new Keyed<>(rs.getString("owner"), new Measure(id, str(rs, "lineage_id"),
                    rs.getInt("number"), str(rs, "name"), of(aliases, id), str(rs, "content"),
                    of(participants, id), of(kpis, id), budgets.getOrDefault(id, new TreeMap<>()), of(groups, id),
                    str(rs, "effect"), str(rs, "role_sharing"), of(sdgs, id), str(rs, "notes"), str(rs, "code"),
                    str(rs, "page"), of(sections, id)));
        });
    }

    private static String projectKey(ResultSet rs, String projectOrd) throws SQLException {
        return rs.getString("measure_id") + "\u0000" + rs.getInt("group_ord") + "\u0000" + rs.getInt(projectOrd);
    }

    /** KPIs by owner id (a revision, node or item). */
    private Map<String, List<Kpi>> readKpis(Connection c) throws SQLException {
        Map<String, List<KpiActual>> actuals = grouped(c, "SELECT * FROM kpi_actual ORDER BY kpi_id, fy",
                rs -> new Keyed<>(rs.getString("kpi_id"), new KpiActual(rs.getInt("fy"), value(rs, "number", "note"),
                        str(rs, "recorded_grade"), str(rs, "overview_grade"), str(rs, "progress"),
                        str(rs, "next_steps"))));
        Map<String, List<KpiPoint>> milestones = grouped(c, "SELECT * FROM kpi_milestone ORDER BY kpi_id, ord",
                rs -> new Keyed<>(rs.getString("kpi_id"), new KpiPoint(rs.getInt("fy"), str(rs, "period"),
                        value(rs, "number", "note"))));
        return grouped(c, "SELECT *, coalesce(revision_id, node_id, measure_id) AS owner FROM kpi ORDER BY owner, ord",
                rs -> new Keyed<>(rs.getString("owner"), new Kpi(rs.getString("id"), str(rs, "name"),
                        str(rs, "qualifier"), str(rs, "unit"), str(rs, "municipality_id"), point(rs, "baseline"),
                        point(rs, "target"), of(milestones, rs.getString("id")), Better.valueOf(str(rs, "better")),
                        of(actuals, rs.getString("id")), str(rs, "note"))));
    }

    private KpiPoint point(ResultSet rs, String prefix) throws SQLException {
        Integer fy = Sql.integer(rs, prefix + "_fy");
        return fy == null ? null : new KpiPoint(fy, str(rs, prefix + "_period"),
                value(rs, prefix + "_number", prefix + "_note"));
    }

    private KpiValue value(ResultSet rs, String numberColumn, String noteColumn) throws SQLException {
        var number = Sql.decimal(rs, numberColumn);
        String note = str(rs, noteColumn);
        return number == null && note == null ? null : new KpiValue(number, note);
    }
}
