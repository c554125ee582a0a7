package jp.kyoseivision.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import jp.kyoseivision.model.ChangeReason;
import jp.kyoseivision.model.Direction;
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
import jp.kyoseivision.model.Perspective;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.PolicyArea;
import jp.kyoseivision.model.ProjectGroup;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.Role;
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
                    + "to_measure_id, reason) VALUES (?, ?, ?, ?, ?, ?)", i, r.fromRevisionId(), r.toRevisionId(),
                    r.fromMeasureId(), r.toMeasureId(), r.reason());
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
        Sql.update(c, "INSERT INTO plan (id, ord, edition, title, start_fy, end_fy, grading_basis) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", p.id(), ord, p.edition(), p.title(), p.startFy(), p.endFy(),
                p.grading().basis());
    }

    /** The plan's grading bands and KPI reports (not its revisions). */
    static void writePlanDetails(Connection c, Plan p) throws SQLException {
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
        Sql.update(c, "INSERT INTO revision (id, plan_id, ord, name, date, status, based_on_id, note) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", r.id(), planId, ord, r.name(), r.date(), r.status(),
                r.basedOnId(), r.note());
        for (int i = 0; i < r.perspectives().size(); i++) {
            Perspective p = r.perspectives().get(i);
            Sql.update(c, "INSERT INTO perspective (id, revision_id, ord, name) VALUES (?, ?, ?, ?)", p.id(), r.id(),
                    i, p.name());
            for (int j = 0; j < p.policyAreas().size(); j++) {
                PolicyArea a = p.policyAreas().get(j);
                Sql.update(c, "INSERT INTO policy_area (id, perspective_id, ord, name) VALUES (?, ?, ?, ?)", a.id(),
                        p.id(), j, a.name());
                for (int k = 0; k < a.directions().size(); k++) {
                    writeDirection(c, a.id(), a.directions().get(k), k);
                }
            }
        }
    }

    static void writeDirection(Connection c, String areaId, Direction d, int ord) throws SQLException {
        Sql.update(c, "INSERT INTO direction (id, policy_area_id, ord, title, agreement) VALUES (?, ?, ?, ?, ?)",
                d.id(), areaId, ord, d.title(), d.agreement());
        writeRoles(c, d);
        for (int i = 0; i < d.measures().size(); i++) {
            writeMeasure(c, d.id(), d.measures().get(i), i);
        }
    }

    static void writeRoles(Connection c, Direction d) throws SQLException {
        for (int i = 0; i < d.roles().size(); i++) {
            Role role = d.roles().get(i);
            Sql.update(c, "INSERT INTO direction_role (direction_id, municipality_id, ord, text) VALUES (?, ?, ?, ?)",
                    d.id(), role.municipalityId(), i, role.text());
        }
    }

    static void writeMeasure(Connection c, String directionId, Measure m, int ord) throws SQLException {
        Sql.update(c, "INSERT INTO measure (id, direction_id, ord, lineage_id, number, name, content, effect, "
                + "role_sharing, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", m.id(), directionId, ord,
                m.lineageId(), m.number(), m.name(), m.content(), m.effect(), m.roleSharing(), m.notes());
        writeMeasureChildren(c, m);
    }

    /** Aliases, participants, budget, projects, SDGs and KPIs of a card whose row exists. */
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
            writeKpi(c, m.id(), m.kpis().get(i), i);
        }
    }

    static void writeKpi(Connection c, String measureId, Kpi k, int ord) throws SQLException {
        KpiPoint b = k.baseline();
        KpiPoint t = k.target();
        Sql.update(c, "INSERT INTO kpi (id, measure_id, ord, name, unit, better, baseline_fy, baseline_number, "
                + "baseline_note, target_fy, target_number, target_note, note) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", k.id(), measureId, ord, k.name(), k.unit(),
                k.better(), b == null ? null : b.fy(), b == null ? null : b.value().number(),
                b == null ? null : b.value().note(), t == null ? null : t.fy(), t == null ? null : t.value().number(),
                t == null ? null : t.value().note(), k.note());
        for (KpiActual a : k.actuals()) {
            Sql.update(c, "INSERT INTO kpi_actual (kpi_id, fy, number, note, recorded_grade, overview_grade, progress, "
                    + "next_steps) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", k.id(), a.fy(),
                    a.value() == null ? null : a.value().number(), a.value() == null ? null : a.value().note(),
                    a.recordedGrade(), a.overviewGrade(), a.progress(), a.nextSteps());
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
                + "policy_area_id, direction_id, measure_id, page, topic, text, answer, status, change_from_measure_id, "
                + "change_to_measure_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", o.id(), ord,
                o.kindId(), o.number(), o.source(), o.fromDate(), o.toDate(), o.revisionId(), o.policyAreaId(),
                o.directionId(), o.measureId(), o.page(), o.topic(), o.text(), o.answer(), o.status(),
                o.changeFromMeasureId(), o.changeToMeasureId());
    }
}
