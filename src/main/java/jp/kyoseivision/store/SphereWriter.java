package jp.kyoseivision.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import jp.kyoseivision.model.ChangeReason;
import jp.kyoseivision.model.GradeBand;
import jp.kyoseivision.model.GradeCount;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.KpiActual;
import jp.kyoseivision.model.KpiPoint;
import jp.kyoseivision.model.KpiReport;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Municipality;
import jp.kyoseivision.model.Opinion;
import jp.kyoseivision.model.OpinionKind;
import jp.kyoseivision.model.Node;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.PlanKind;
import jp.kyoseivision.model.Project;
import jp.kyoseivision.model.ProjectGroup;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.Role;
import jp.kyoseivision.model.Section;
import jp.kyoseivision.model.SectionItem;
import jp.kyoseivision.model.Sphere;

/** Writes the model into the schema. The caller owns the transaction. */
final class SphereWriter {
    private SphereWriter() {
    }

    /** Deletes everything and writes {@code sphere} whole. */
    static void replaceAll(Connection c, Sphere sphere) throws SQLException {
        Sql.batched(c, () -> writeAll(c, sphere));
    }

    private static void writeAll(Connection c, Sphere sphere) throws SQLException {
        for (String table : List.of("change_reason", "opinion", "opinion_kind", "plan", "sphere", "municipality",
                "meta")) {
            Sql.update(c, "DELETE FROM " + table);
        }
        List<Municipality> towns = sphere.municipalities();
        for (int i = 0; i < towns.size(); i++) {
            Sql.update(c, "INSERT INTO municipality (id, ord, name) VALUES (?, ?, ?)", towns.get(i).id(), i,
                    towns.get(i).name());
        }
        Sql.update(c, "INSERT INTO sphere (id, name, central_municipality_id) VALUES (1, ?, ?)", sphere.name(),
                sphere.centralMunicipalityId());
        for (int i = 0; i < sphere.plans().size(); i++) {
            writePlan(c, sphere.plans().get(i), i);
        }
        writeOpinionKinds(c, sphere.opinionKinds());
        for (int i = 0; i < sphere.opinions().size(); i++) {
            writeOpinion(c, sphere.opinions().get(i), i);
        }
        writeChangeReasons(c, sphere.changeReasons());
    }

    static void writeChangeReasons(Connection c, List<ChangeReason> reasons) throws SQLException {
        for (int i = 0; i < reasons.size(); i++) {
            ChangeReason r = reasons.get(i);
            Sql.update(c, "INSERT INTO change_reason (ord, from_revision_id, to_revision_id, from_measure_id, "
                    + "to_measure_id, reason, label) VALUES (?, ?, ?, ?, ?, ?, ?)", i, r.fromRevisionId(),
                    r.toRevisionId(), r.fromMeasureId(), r.toMeasureId(), r.reason(), r.label());
        }
    }

    static void writePlan(Connection c, Plan p, int ord) throws SQLException {
        writePlanRow(c, p, ord);
        writePlanDetails(c, p);
        for (int i = 0; i < p.revisions().size(); i++) {
            writeRevision(c, p.id(), p.revisions().get(i), i);
        }
    }

    static void writePlanRow(Connection c, Plan p, int ord) throws SQLException {
        PlanKind k = p.kind();
        Sql.update(c, "INSERT INTO plan (id, ord, edition, title, start_fy, end_fy, grading_basis, series, kind_id, "
                + "kind_name, item_name, kpi_heading, projects_heading, features, summary_level, match_level, "
                + "owner_municipality_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", p.id(), ord,
                p.edition(), p.title(), p.startFy(), p.endFy(), p.grading().basis(), p.series(), k.id(), k.name(),
                k.item(), k.kpiHeading(), k.projectsHeading(), features(k), k.summaryLevel(), k.matchLevel(),
                p.ownerMunicipalityId());
    }

    /** The features as stored: names in declaration order, comma-separated. */
    static String features(PlanKind k) {
        return String.join(",", k.features().stream().sorted().map(Enum::name).toList());
    }

    /** The plan's level names, section labels, grading bands and KPI reports (not its revisions). */
    static void writePlanDetails(Connection c, Plan p) throws SQLException {
        for (int i = 0; i < p.kind().levels().size(); i++) {
            Sql.update(c, "INSERT INTO plan_level (plan_id, ord, name) VALUES (?, ?, ?)", p.id(), i,
                    p.kind().levels().get(i));
        }
        for (int i = 0; i < p.kind().sections().size(); i++) {
            Sql.update(c, "INSERT INTO plan_section_label (plan_id, ord, label) VALUES (?, ?, ?)", p.id(), i,
                    p.kind().sections().get(i));
        }
        List<GradeBand> bands = p.grading().bands();
        for (int i = 0; i < bands.size(); i++) {
            GradeBand b = bands.get(i);
            Sql.update(c, "INSERT INTO grade_band (plan_id, ord, grade, label, min_percent) VALUES (?, ?, ?, ?, ?)",
                    p.id(), i, b.grade(), b.label(), b.minPercent());
        }
        for (int i = 0; i < p.kpiReports().size(); i++) {
            KpiReport r = p.kpiReports().get(i);
            Sql.update(c, "INSERT INTO kpi_report (id, plan_id, ord, fy, date, title, summary) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)", r.id(), p.id(), i, r.fy(), r.date(), r.title(), r.summary());
            for (int j = 0; j < r.counts().size(); j++) {
                GradeCount gc = r.counts().get(j);
                Sql.update(c, "INSERT INTO kpi_report_count (report_id, ord, grade, count, percent) "
                        + "VALUES (?, ?, ?, ?, ?)", r.id(), j, gc.grade(), gc.count(), gc.percent());
            }
        }
    }

    static void writeRevision(Connection c, String planId, Revision r, int ord) throws SQLException {
        writeRevisionRow(c, planId, r, ord);
        writeRevisionDetails(c, r);
        for (int i = 0; i < r.nodes().size(); i++) {
            writeNode(c, r.id(), null, r.nodes().get(i), i);
        }
        for (int i = 0; i < r.items().size(); i++) {
            writeMeasure(c, r.id(), null, r.items().get(i), i);
        }
    }

    static void writeRevisionRow(Connection c, String planId, Revision r, int ord) throws SQLException {
        Sql.update(c, "INSERT INTO revision (id, plan_id, ord, name, date, status, based_on_id, note, date_text) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", r.id(), planId, ord, r.name(), r.date(), r.status(),
                r.basedOnId(), r.note(), r.dateText());
    }

    /** The revision's own KPIs and sections. */
    static void writeRevisionDetails(Connection c, Revision r) throws SQLException {
        for (int i = 0; i < r.kpis().size(); i++) {
            writeKpi(c, "revision_id", r.id(), r.kpis().get(i), i);
        }
        writeSections(c, "revision_id", r.id(), r.sections());
    }

    /** A node, its details and everything below it. */
    static void writeNode(Connection c, String revisionId, String parentId, Node n, int ord) throws SQLException {
        writeNodeRow(c, revisionId, parentId, n, ord);
        writeNodeDetails(c, n);
        for (int i = 0; i < n.children().size(); i++) {
            writeNode(c, revisionId, n.id(), n.children().get(i), i);
        }
        for (int i = 0; i < n.measures().size(); i++) {
            writeMeasure(c, revisionId, n.id(), n.measures().get(i), i);
        }
    }

    static void writeNodeRow(Connection c, String revisionId, String parentId, Node n, int ord) throws SQLException {
        Sql.update(c, "INSERT INTO node (id, revision_id, parent_id, ord, code, name, subtitle, text, page) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", n.id(), revisionId, parentId, ord, n.code(), n.name(),
                n.subtitle(), n.text(), n.page());
    }

    /** A node's aliases, roles, KPIs and sections (its row exists). */
    static void writeNodeDetails(Connection c, Node n) throws SQLException {
        for (int i = 0; i < n.aliases().size(); i++) {
            Sql.update(c, "INSERT INTO node_alias (node_id, ord, alias) VALUES (?, ?, ?)", n.id(), i,
                    n.aliases().get(i));
        }
        for (int i = 0; i < n.roles().size(); i++) {
            Role role = n.roles().get(i);
            Sql.update(c, "INSERT INTO node_role (node_id, municipality_id, ord, text) VALUES (?, ?, ?, ?)",
                    n.id(), role.municipalityId(), i, role.text());
        }
        for (int i = 0; i < n.kpis().size(); i++) {
            writeKpi(c, "node_id", n.id(), n.kpis().get(i), i);
        }
        writeSections(c, "node_id", n.id(), n.sections());
    }

    /** Sections of an owner ({@code column}: revision_id, node_id or measure_id); ids are the owner's + "/s" + ord. */
    static void writeSections(Connection c, String column, String ownerId, List<Section> sections)
            throws SQLException {
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            String id = ownerId + "/s" + i;
            Sql.update(c, "INSERT INTO section (id, " + column + ", ord, label) VALUES (?, ?, ?, ?)", id, ownerId, i,
                    s.label());
            for (int j = 0; j < s.items().size(); j++) {
                SectionItem it = s.items().get(j);
                Sql.update(c, "INSERT INTO section_item (section_id, ord, number, heading, text) VALUES (?, ?, ?, ?, ?)",
                        id, j, it.number(), it.heading(), it.text());
            }
        }
    }

    static void writeMeasure(Connection c, String revisionId, String nodeId, Measure m, int ord) throws SQLException {
        Sql.update(c, "INSERT INTO measure (id, revision_id, node_id, ord, lineage_id, number, name, content, effect, "
                + "role_sharing, notes, code, page) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", m.id(), revisionId,
                nodeId, ord, m.lineageId(), m.number(), m.name(), m.content(), m.effect(), m.roleSharing(), m.notes(),
                m.code(), m.page());
        writeMeasureChildren(c, m);
    }

    /** Aliases, participants, budget, projects, SDGs, KPIs and sections of a card whose row exists. */
    static void writeMeasureChildren(Connection c, Measure m) throws SQLException {
        for (int i = 0; i < m.aliases().size(); i++) {
            Sql.update(c, "INSERT INTO measure_alias (measure_id, ord, alias) VALUES (?, ?, ?)", m.id(), i,
                    m.aliases().get(i));
        }
        for (int i = 0; i < m.participants().size(); i++) {
            Sql.update(c, "INSERT INTO measure_participant (measure_id, municipality_id, ord) VALUES (?, ?, ?)",
                    m.id(), m.participants().get(i), i);
        }
        for (var e : m.budget().entrySet()) {
            Sql.update(c, "INSERT INTO measure_budget (measure_id, fy, amount) VALUES (?, ?, ?)", m.id(), e.getKey(),
                    e.getValue());
        }
        writeProjects(c, m);
        for (int goal : m.sdgs()) {
            Sql.update(c, "INSERT INTO measure_sdg (measure_id, goal) VALUES (?, ?)", m.id(), goal);
        }
        for (int i = 0; i < m.kpis().size(); i++) {
            writeKpi(c, "measure_id", m.id(), m.kpis().get(i), i);
        }
        writeSections(c, "measure_id", m.id(), m.sections());
    }

    /** The card's project groups, projects and their departments and years (none written yet). */
    static void writeProjects(Connection c, Measure m) throws SQLException {
        for (int i = 0; i < m.projects().size(); i++) {
            ProjectGroup g = m.projects().get(i);
            Sql.update(c, "INSERT INTO project_group (measure_id, ord, municipality_id) VALUES (?, ?, ?)", m.id(), i,
                    g.municipalityId());
            for (int j = 0; j < g.projects().size(); j++) {
                Project p = g.projects().get(j);
                Sql.update(c, "INSERT INTO project (measure_id, group_ord, ord, name, number, is_new, reposted, "
                        + "summary, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", m.id(), i, j, p.name(), p.number(),
                        p.isNew() ? 1 : 0, p.reposted() ? 1 : 0, p.summary(), p.note());
                for (int k = 0; k < p.departments().size(); k++) {
                    Sql.update(c, "INSERT INTO project_department (measure_id, group_ord, project_ord, ord, name) "
                            + "VALUES (?, ?, ?, ?, ?)", m.id(), i, j, k, p.departments().get(k));
                }
                for (int fy : p.years()) {
                    Sql.update(c, "INSERT INTO project_year (measure_id, group_ord, project_ord, fy) "
                            + "VALUES (?, ?, ?, ?)", m.id(), i, j, fy);
                }
            }
        }
    }

    /** A KPI of the owner in {@code column} (revision_id, node_id or measure_id), its milestones and actuals. */
    static void writeKpi(Connection c, String column, String ownerId, Kpi k, int ord) throws SQLException {
        KpiPoint b = k.baseline();
        KpiPoint t = k.target();
        Sql.update(c, "INSERT INTO kpi (id, " + column + ", ord, name, qualifier, unit, municipality_id, better, "
                + "baseline_fy, baseline_period, baseline_number, baseline_note, target_fy, target_period, "
                + "target_number, target_note, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                k.id(), ownerId, ord, k.name(), k.qualifier(), k.unit(), k.municipalityId(), k.better(),
                b == null ? null : b.fy(), b == null ? null : b.period(), b == null ? null : b.value().number(),
                b == null ? null : b.value().note(), t == null ? null : t.fy(), t == null ? null : t.period(),
                t == null ? null : t.value().number(), t == null ? null : t.value().note(), k.note());
        writeMilestones(c, k);
        for (KpiActual a : k.actuals()) {
            Sql.update(c, "INSERT INTO kpi_actual (kpi_id, fy, number, note, recorded_grade, overview_grade, progress, "
                    + "next_steps) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", k.id(), a.fy(),
                    a.value() == null ? null : a.value().number(), a.value() == null ? null : a.value().note(),
                    a.recordedGrade(), a.overviewGrade(), a.progress(), a.nextSteps());
        }
    }

    static void writeMilestones(Connection c, Kpi k) throws SQLException {
        for (int i = 0; i < k.milestones().size(); i++) {
            KpiPoint m = k.milestones().get(i);
            Sql.update(c, "INSERT INTO kpi_milestone (kpi_id, ord, fy, period, number, note) VALUES (?, ?, ?, ?, ?, ?)",
                    k.id(), i, m.fy(), m.period(), m.value().number(), m.value().note());
        }
    }

    static void writeOpinionKinds(Connection c, List<OpinionKind> kinds) throws SQLException {
        for (int i = 0; i < kinds.size(); i++) {
            Sql.update(c, "INSERT INTO opinion_kind (id, ord, name) VALUES (?, ?, ?)", kinds.get(i).id(), i,
                    kinds.get(i).name());
        }
    }

    static void writeOpinion(Connection c, Opinion o, int ord) throws SQLException {
        Sql.update(c, "INSERT INTO opinion (id, ord, kind_id, number, source, from_date, to_date, revision_id, "
                + "area_node_id, node_id, measure_id, page, topic, text, answer, status, change_from_measure_id, "
                + "change_to_measure_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", o.id(), ord,
                o.kindId(), o.number(), o.source(), o.fromDate(), o.toDate(), o.revisionId(), o.areaNodeId(),
                o.nodeId(), o.measureId(), o.page(), o.topic(), o.text(), o.answer(), o.status(),
                o.changeFromMeasureId(), o.changeToMeasureId());
    }
}
