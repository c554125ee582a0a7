package jp.kyoseivision.store;

import java.sql.Connection;
import java.sql.SQLException;
import jp.kyoseivision.model.ChangeReason;
import jp.kyoseivision.model.GradeBand;
import jp.kyoseivision.model.GradeCount;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.KpiActual;
import jp.kyoseivision.model.KpiPoint;
import jp.kyoseivision.model.KpiReport;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Node;
import jp.kyoseivision.model.Opinion;
import jp.kyoseivision.model.OpinionKind;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.ProjectGroup;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.Role;
import jp.kyoseivision.model.Sphere;

/**
 * Writes a 共生ビジョン sphere into the tables of schema 1 or 2 as those versions wrote them (perspective, policy_area,
 * direction; projects as names): the files an officer may still have, for the migration tests.
 */
final class LegacySchema {
    private LegacySchema() {
    }

    /** Everything but the opinions (their table differs between 1 and 2: {@link #writeOpinionsV2}). */
    static void writeVisionContent(Connection c, Sphere s) throws SQLException {
        for (int i = 0; i < s.municipalities().size(); i++) {
            Sql.update(c, "INSERT INTO municipality (id, ord, name) VALUES (?, ?, ?)", s.municipalities().get(i).id(),
                    i, s.municipalities().get(i).name());
        }
        Sql.update(c, "INSERT INTO sphere (id, name, central_municipality_id) VALUES (1, ?, ?)", s.name(),
                s.centralMunicipalityId());
        for (int i = 0; i < s.plans().size(); i++) {
            plan(c, s.plans().get(i), i);
        }
        for (int i = 0; i < s.changeReasons().size(); i++) {
            ChangeReason r = s.changeReasons().get(i);
            Sql.update(c, "INSERT INTO change_reason (ord, from_revision_id, to_revision_id, from_measure_id, "
                    + "to_measure_id, reason) VALUES (?, ?, ?, ?, ?, ?)", i, r.fromRevisionId(), r.toRevisionId(),
                    r.fromMeasureId(), r.toMeasureId(), r.reason());
        }
    }

    /** The opinion kinds and opinions as schema 2 holds them. */
    static void writeOpinionsV2(Connection c, Sphere s) throws SQLException {
        Sql.update(c, "DELETE FROM opinion_kind");
        for (int i = 0; i < s.opinionKinds().size(); i++) {
            OpinionKind k = s.opinionKinds().get(i);
            Sql.update(c, "INSERT INTO opinion_kind (id, ord, name) VALUES (?, ?, ?)", k.id(), i, k.name());
        }
        for (int i = 0; i < s.opinions().size(); i++) {
            Opinion o = s.opinions().get(i);
            Sql.update(c, "INSERT INTO opinion (id, ord, kind_id, number, source, from_date, to_date, revision_id, "
                    + "policy_area_id, direction_id, measure_id, page, topic, text, answer, status, "
                    + "change_from_measure_id, change_to_measure_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    + "?, ?, ?, ?)", o.id(), i, o.kindId(), o.number(), o.source(), o.fromDate(), o.toDate(),
                    o.revisionId(), o.areaNodeId(), o.nodeId(), o.measureId(), o.page(), o.topic(), o.text(),
                    o.answer(), o.status(), o.changeFromMeasureId(), o.changeToMeasureId());
        }
    }

    private static void plan(Connection c, Plan p, int ord) throws SQLException {
        Sql.update(c, "INSERT INTO plan (id, ord, edition, title, start_fy, end_fy, grading_basis) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", p.id(), ord, p.edition(), p.title(), p.startFy(), p.endFy(),
                p.grading().basis());
        for (int i = 0; i < p.grading().bands().size(); i++) {
            GradeBand b = p.grading().bands().get(i);
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
        for (int i = 0; i < p.revisions().size(); i++) {
            Revision r = p.revisions().get(i);
            Sql.update(c, "INSERT INTO revision (id, plan_id, ord, name, date, status, based_on_id, note) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", r.id(), p.id(), i, r.name(), r.date(), r.status(),
                    r.basedOnId(), r.note());
            for (int j = 0; j < r.nodes().size(); j++) {
                Node pe = r.nodes().get(j);
                Sql.update(c, "INSERT INTO perspective (id, revision_id, ord, name) VALUES (?, ?, ?, ?)", pe.id(),
                        r.id(), j, pe.name());
                for (int k = 0; k < pe.children().size(); k++) {
                    Node a = pe.children().get(k);
                    Sql.update(c, "INSERT INTO policy_area (id, perspective_id, ord, name) VALUES (?, ?, ?, ?)",
                            a.id(), pe.id(), k, a.name());
                    for (int l = 0; l < a.children().size(); l++) {
                        direction(c, a.id(), a.children().get(l), l);
                    }
                }
            }
        }
    }

    private static void direction(Connection c, String areaId, Node d, int ord) throws SQLException {
        Sql.update(c, "INSERT INTO direction (id, policy_area_id, ord, title, agreement) VALUES (?, ?, ?, ?, ?)",
                d.id(), areaId, ord, d.name(), d.text());
        for (int i = 0; i < d.roles().size(); i++) {
            Role role = d.roles().get(i);
            Sql.update(c, "INSERT INTO direction_role (direction_id, municipality_id, ord, text) VALUES (?, ?, ?, ?)",
                    d.id(), role.municipalityId(), i, role.text());
        }
        for (int i = 0; i < d.measures().size(); i++) {
            measure(c, d.id(), d.measures().get(i), i);
        }
    }

    private static void measure(Connection c, String directionId, Measure m, int ord) throws SQLException {
        Sql.update(c, "INSERT INTO measure (id, direction_id, ord, lineage_id, number, name, content, effect, "
                + "role_sharing, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", m.id(), directionId, ord,
                m.lineageId(), m.number(), m.name(), m.content(), m.effect(), m.roleSharing(), m.notes());
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
        for (int i = 0; i < m.projects().size(); i++) {
            ProjectGroup g = m.projects().get(i);
            Sql.update(c, "INSERT INTO project_group (measure_id, ord, municipality_id) VALUES (?, ?, ?)", m.id(), i,
                    g.municipalityId());
            for (int j = 0; j < g.names().size(); j++) {
                Sql.update(c, "INSERT INTO project (measure_id, group_ord, ord, name) VALUES (?, ?, ?, ?)", m.id(), i,
                        j, g.names().get(j));
            }
        }
        for (int goal : m.sdgs()) {
            Sql.update(c, "INSERT INTO measure_sdg (measure_id, goal) VALUES (?, ?)", m.id(), goal);
        }
        for (int i = 0; i < m.kpis().size(); i++) {
            Kpi k = m.kpis().get(i);
            KpiPoint b = k.baseline();
            KpiPoint t = k.target();
            Sql.update(c, "INSERT INTO kpi (id, measure_id, ord, name, unit, better, baseline_fy, baseline_number, "
                    + "baseline_note, target_fy, target_number, target_note, note) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", k.id(), m.id(), i, k.name(), k.unit(),
                    k.better(), b == null ? null : b.fy(), b == null ? null : b.value().number(),
                    b == null ? null : b.value().note(), t == null ? null : t.fy(),
                    t == null ? null : t.value().number(), t == null ? null : t.value().note(), k.note());
            for (KpiActual a : k.actuals()) {
                Sql.update(c, "INSERT INTO kpi_actual (kpi_id, fy, number, note, recorded_grade, overview_grade, "
                        + "progress, next_steps) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", k.id(), a.fy(),
                        a.value() == null ? null : a.value().number(), a.value() == null ? null : a.value().note(),
                        a.recordedGrade(), a.overviewGrade(), a.progress(), a.nextSteps());
            }
        }
    }
}
