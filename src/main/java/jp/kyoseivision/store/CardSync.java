package jp.kyoseivision.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.KpiActual;
import jp.kyoseivision.model.KpiPoint;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Sphere;

/**
 * Writes an edit that changed the content of some cards in place (their fields, budget years, KPIs and actuals;
 * not their place): for each card, only the rows that differ — the {@code measure} row when one of its own columns
 * changed, one {@code measure_budget} row per changed year, one {@code kpi} row per changed KPI, one
 * {@code kpi_actual} row per changed actual. Rows that did not change are not touched (their rowids stay); nothing
 * is deleted and re-inserted through the cascade. Symmetric: {@code write(c, after, before, ids)} is the undo. The
 * caller owns the transaction.
 */
final class CardSync {
    private CardSync() {
    }

    static void write(Connection c, Sphere before, Sphere after, Collection<String> measureIds) throws SQLException {
        if (measureIds.size() > 4) {
            // many cards (a budget import): one index of each sphere instead of a walk per card
            Map<String, Measure> was = index(before);
            Map<String, Measure> now = index(after);
            for (String id : measureIds) {
                write(c, found(was.get(id), id), found(now.get(id), id));
            }
            return;
        }
        for (String id : measureIds) {
            write(c, found(before.measure(id).orElse(null), id), found(after.measure(id).orElse(null), id));
        }
    }

    private static Measure found(Measure m, String id) {
        if (m == null) {
            throw new IllegalArgumentException("no card " + id);
        }
        return m;
    }

    private static Map<String, Measure> index(Sphere s) {
        Map<String, Measure> out = new java.util.HashMap<>();
        s.revisions().forEach(r -> r.measures().forEach(m -> out.put(m.id(), m)));
        return out;
    }

    static void write(Connection c, Measure o, Measure m) throws SQLException {
        if (o.equals(m)) {
            return;
        }
        if (!o.lineageId().equals(m.lineageId()) || o.number() != m.number() || !o.name().equals(m.name())
                || !Objects.equals(o.content(), m.content()) || !Objects.equals(o.effect(), m.effect())
                || !Objects.equals(o.roleSharing(), m.roleSharing()) || !Objects.equals(o.notes(), m.notes())
                || !Objects.equals(o.code(), m.code()) || !Objects.equals(o.page(), m.page())) {
            Sql.update(c, "UPDATE measure SET lineage_id = ?, number = ?, name = ?, content = ?, effect = ?, "
                    + "role_sharing = ?, notes = ?, code = ?, page = ? WHERE id = ?", m.lineageId(), m.number(),
                    m.name(), m.content(), m.effect(), m.roleSharing(), m.notes(), m.code(), m.page(), m.id());
        }
        if (!o.sections().equals(m.sections())) {
            Sql.update(c, "DELETE FROM section WHERE measure_id = ?", m.id());
            SphereWriter.writeSections(c, "measure_id", m.id(), m.sections());
        }
        budget(c, o, m);
        if (!o.aliases().equals(m.aliases())) {
            Sql.update(c, "DELETE FROM measure_alias WHERE measure_id = ?", m.id());
            for (int i = 0; i < m.aliases().size(); i++) {
                Sql.update(c, "INSERT INTO measure_alias (measure_id, ord, alias) VALUES (?, ?, ?)", m.id(), i,
                        m.aliases().get(i));
            }
        }
        if (!o.participants().equals(m.participants())) {
            participants(c, o, m);
        }
        if (!o.projects().equals(m.projects())) {
            // project rows hang off their group's position: the card's groups are written again, the card only
            Sql.update(c, "DELETE FROM project_group WHERE measure_id = ?", m.id());
            Sql.update(c, "DELETE FROM project WHERE measure_id = ?", m.id());
            SphereWriter.writeProjects(c, m);
        }
        if (!o.sdgs().equals(m.sdgs())) {
            for (int goal : o.sdgs()) {
                if (!m.sdgs().contains(goal)) {
                    Sql.update(c, "DELETE FROM measure_sdg WHERE measure_id = ? AND goal = ?", m.id(), goal);
                }
            }
            for (int goal : m.sdgs()) {
                if (!o.sdgs().contains(goal)) {
                    Sql.update(c, "INSERT INTO measure_sdg (measure_id, goal) VALUES (?, ?)", m.id(), goal);
                }
            }
        }
        if (!o.kpis().equals(m.kpis())) {
            kpis(c, o, m);
        }
    }

    private static void budget(Connection c, Measure o, Measure m) throws SQLException {
        for (var e : m.budget().entrySet()) {
            Long was = o.budget().get(e.getKey());
            if (was == null) {
                Sql.update(c, "INSERT INTO measure_budget (measure_id, fy, amount) VALUES (?, ?, ?)", m.id(),
                        e.getKey(), e.getValue());
            } else if (!was.equals(e.getValue())) {
                Sql.update(c, "UPDATE measure_budget SET amount = ? WHERE measure_id = ? AND fy = ?", e.getValue(),
                        m.id(), e.getKey());
            }
        }
        for (Integer fy : o.budget().keySet()) {
            if (!m.budget().containsKey(fy)) {
                Sql.update(c, "DELETE FROM measure_budget WHERE measure_id = ? AND fy = ?", m.id(), fy);
            }
        }
    }

    private static void participants(Connection c, Measure o, Measure m) throws SQLException {
        List<String> was = o.participants();
        List<String> now = m.participants();
        for (String t : was) {
            if (!now.contains(t)) {
                Sql.update(c, "DELETE FROM measure_participant WHERE measure_id = ? AND municipality_id = ?", m.id(),
                        t);
            }
        }
        for (int i = 0; i < now.size(); i++) {
            int before = was.indexOf(now.get(i));
            if (before < 0) {
                Sql.update(c, "INSERT INTO measure_participant (measure_id, municipality_id, ord) VALUES (?, ?, ?)",
                        m.id(), now.get(i), i);
            } else if (before != i) {
                Sql.update(c, "UPDATE measure_participant SET ord = ? WHERE measure_id = ? AND municipality_id = ?", i,
                        m.id(), now.get(i));
            }
        }
    }

    private static void kpis(Connection c, Measure o, Measure m) throws SQLException {
        Map<String, Integer> oldOrd = new LinkedHashMap<>();
        Map<String, Kpi> old = new LinkedHashMap<>();
        for (int i = 0; i < o.kpis().size(); i++) {
            old.put(o.kpis().get(i).id(), o.kpis().get(i));
            oldOrd.put(o.kpis().get(i).id(), i);
        }
        for (int i = 0; i < m.kpis().size(); i++) {
            Kpi k = m.kpis().get(i);
            Kpi was = old.get(k.id());
            if (was == null) {
                SphereWriter.writeKpi(c, "measure_id", m.id(), k, i);
                continue;
            }
            if (oldOrd.get(k.id()) != i || !sameOwn(was, k)) {
                KpiPoint b = k.baseline();
                KpiPoint t = k.target();
                Sql.update(c, "UPDATE kpi SET ord = ?, name = ?, qualifier = ?, unit = ?, municipality_id = ?, "
                        + "better = ?, baseline_fy = ?, baseline_period = ?, baseline_number = ?, baseline_note = ?, "
                        + "target_fy = ?, target_period = ?, target_number = ?, target_note = ?, note = ? WHERE id = ?",
                        i, k.name(), k.qualifier(), k.unit(), k.municipalityId(), k.better(),
                        b == null ? null : b.fy(), b == null ? null : b.period(), b == null ? null : b.value().number(),
                        b == null ? null : b.value().note(), t == null ? null : t.fy(),
                        t == null ? null : t.period(), t == null ? null : t.value().number(),
                        t == null ? null : t.value().note(), k.note(), k.id());
                if (!was.milestones().equals(k.milestones())) {
                    Sql.update(c, "DELETE FROM kpi_milestone WHERE kpi_id = ?", k.id());
                    SphereWriter.writeMilestones(c, k);
                }
            }
            if (!was.actuals().equals(k.actuals())) {
                actuals(c, was, k);
            }
        }
        for (String id : old.keySet()) {
            if (m.kpis().stream().noneMatch(k -> k.id().equals(id))) {
                Sql.update(c, "DELETE FROM kpi WHERE id = ?", id); // its actuals go with it (ON DELETE CASCADE)
            }
        }
    }

    private static boolean sameOwn(Kpi a, Kpi b) {
        return a.name().equals(b.name()) && a.unit().equals(b.unit()) && a.better() == b.better()
                && Objects.equals(a.qualifier(), b.qualifier())
                && Objects.equals(a.municipalityId(), b.municipalityId()) && a.milestones().equals(b.milestones())
                && Objects.equals(a.baseline(), b.baseline()) && Objects.equals(a.target(), b.target())
                && Objects.equals(a.note(), b.note());
    }

    private static void actuals(Connection c, Kpi was, Kpi k) throws SQLException {
        Map<Integer, KpiActual> old = new LinkedHashMap<>();
        was.actuals().forEach(a -> old.put(a.fy(), a));
        for (KpiActual a : k.actuals()) {
            KpiActual o = old.get(a.fy());
            Object number = a.value() == null ? null : a.value().number();
            Object note = a.value() == null ? null : a.value().note();
            if (o == null) {
                Sql.update(c, "INSERT INTO kpi_actual (kpi_id, fy, number, note, recorded_grade, overview_grade, "
                        + "progress, next_steps) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", k.id(), a.fy(), number, note,
                        a.recordedGrade(), a.overviewGrade(), a.progress(), a.nextSteps());
            } else if (!o.equals(a)) {
                Sql.update(c, "UPDATE kpi_actual SET number = ?, note = ?, recorded_grade = ?, overview_grade = ?, "
                        + "progress = ?, next_steps = ? WHERE kpi_id = ? AND fy = ?", number, note, a.recordedGrade(),
                        a.overviewGrade(), a.progress(), a.nextSteps(), k.id(), a.fy());
            }
        }
        for (Integer fy : old.keySet()) {
            if (k.actuals().stream().noneMatch(a -> a.fy() == fy)) {
                Sql.update(c, "DELETE FROM kpi_actual WHERE kpi_id = ? AND fy = ?", k.id(), fy);
            }
        }
    }
}
