package jp.kyoseivision.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.kyoseivision.model.Direction;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Municipality;
import jp.kyoseivision.model.Perspective;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.PolicyArea;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.Sphere;

/**
 * Writes the difference between two spheres: what an edit changed, and nothing else. Entities are matched by
 * id; each one that was added, removed, moved or changed gets its INSERT, DELETE or UPDATE (children of a changed
 * card are rewritten). After {@code write(c, before, after)} the file reads back as {@code after}; undo is
 * {@code write(c, after, before)}. Parents are written before children and removals happen last, so foreign keys
 * hold at every statement. The caller owns the transaction.
 */
public final class SphereSync {
    private SphereSync() {
    }

    /** Where an entity sits: its parent's id and its position among its siblings. */
    private record Placed<T>(T value, String parent, int ord) {
    }

    public static void write(Connection c, Sphere before, Sphere after) throws SQLException {
        if (before.equals(after)) {
            return;
        }
        writeSphereRow(c, before, after);
        Map<String, Placed<Municipality>> oldTowns = index(before.municipalities(), Municipality::id, null);
        Map<String, Placed<Municipality>> newTowns = index(after.municipalities(), Municipality::id, null);
        for (Placed<Municipality> m : newTowns.values()) {
            Placed<Municipality> old = oldTowns.get(m.value().id());
            if (old == null) {
                Sql.update(c, "INSERT INTO municipality (id, ord, name) VALUES (?, ?, ?)", m.value().id(), m.ord(),
                        m.value().name());
            } else if (!old.equals(m)) {
                Sql.update(c, "UPDATE municipality SET ord = ?, name = ? WHERE id = ?", m.ord(), m.value().name(),
                        m.value().id());
            }
        }
        Sql.update(c, "UPDATE sphere SET central_municipality_id = ? WHERE id = 1", after.centralMunicipalityId());

        Tree was = new Tree(before);
        Tree now = new Tree(after);
        for (Placed<Plan> p : now.plans.values()) {
            Placed<Plan> old = was.plans.get(p.value().id());
            if (old == null) {
                SphereWriter.writePlanRow(c, p.value(), p.ord());
                SphereWriter.writePlanDetails(c, p.value());
            } else if (!samePlanOwn(old, p)) {
                Sql.update(c, "UPDATE plan SET ord = ?, edition = ?, title = ?, start_fy = ?, end_fy = ?, "
                        + "grading_basis = ? WHERE id = ?", p.ord(), p.value().edition(), p.value().title(),
                        p.value().startFy(), p.value().endFy(), p.value().grading().basis(), p.value().id());
                Sql.update(c, "DELETE FROM grade_band WHERE plan_id = ?", p.value().id());
                Sql.update(c, "DELETE FROM kpi_report WHERE plan_id = ?", p.value().id());
                SphereWriter.writePlanDetails(c, p.value());
            }
        }
        for (Placed<Revision> r : now.revisions.values()) {
            Placed<Revision> old = was.revisions.get(r.value().id());
            Revision v = r.value();
            if (old == null) {
                Sql.update(c, "INSERT INTO revision (id, plan_id, ord, name, date, status, based_on_id, note) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", v.id(), r.parent(), r.ord(), v.name(), v.date(),
                        v.status(), v.basedOnId(), v.note());
            } else if (!sameRevisionOwn(old, r)) {
                Sql.update(c, "UPDATE revision SET plan_id = ?, ord = ?, name = ?, date = ?, status = ?, "
                        + "based_on_id = ?, note = ? WHERE id = ?", r.parent(), r.ord(), v.name(), v.date(), v.status(),
                        v.basedOnId(), v.note(), v.id());
            }
        }
        syncNamed(c, "perspective", "revision_id", was.perspectives, now.perspectives, Perspective::name);
        syncNamed(c, "policy_area", "perspective_id", was.areas, now.areas, PolicyArea::name);
        for (Placed<Direction> d : now.directions.values()) {
            Placed<Direction> old = was.directions.get(d.value().id());
            Direction v = d.value();
            if (old == null) {
                Sql.update(c, "INSERT INTO direction (id, policy_area_id, ord, title, agreement) VALUES (?, ?, ?, ?, ?)",
                        v.id(), d.parent(), d.ord(), v.title(), v.agreement());
                SphereWriter.writeRoles(c, v);
            } else if (!d.parent().equals(old.parent()) || d.ord() != old.ord() || !v.title().equals(old.value().title())
                    || !Objects.equals(v.agreement(), old.value().agreement()) || !v.roles().equals(old.value().roles())) {
                Sql.update(c, "UPDATE direction SET policy_area_id = ?, ord = ?, title = ?, agreement = ? WHERE id = ?",
                        d.parent(), d.ord(), v.title(), v.agreement(), v.id());
                Sql.update(c, "DELETE FROM direction_role WHERE direction_id = ?", v.id());
                SphereWriter.writeRoles(c, v);
            }
        }
        for (Placed<Measure> m : now.measures.values()) {
            Placed<Measure> old = was.measures.get(m.value().id());
            if (old == null) {
                SphereWriter.writeMeasure(c, m.parent(), m.value(), m.ord());
            } else if (!old.equals(m)) {
                updateMeasure(c, old, m);
            }
        }
        boolean kindsChanged = !before.opinionKinds().equals(after.opinionKinds());
        if (kindsChanged || !before.opinions().equals(after.opinions())) {
            // the opinions go first: a kind that is removed may be one they point at
            Sql.update(c, "DELETE FROM opinion");
            if (kindsChanged) {
                Sql.update(c, "DELETE FROM opinion_kind");
                SphereWriter.writeOpinionKinds(c, after.opinionKinds());
            }
            for (int i = 0; i < after.opinions().size(); i++) {
                SphereWriter.writeOpinion(c, after.opinions().get(i), i);
            }
        }
        if (!before.changeReasons().equals(after.changeReasons())) {
            Sql.update(c, "DELETE FROM change_reason");
            SphereWriter.writeChangeReasons(c, after.changeReasons());
        }
        // removals last, children before parents
        deleteMissing(c, "measure", was.measures, now.measures);
        deleteMissing(c, "direction", was.directions, now.directions);
        deleteMissing(c, "policy_area", was.areas, now.areas);
        deleteMissing(c, "perspective", was.perspectives, now.perspectives);
        deleteMissing(c, "revision", was.revisions, now.revisions);
        deleteMissing(c, "plan", was.plans, now.plans);
        deleteMissing(c, "municipality", oldTowns, newTowns);
    }

    /** Rows that are only a name under a parent (perspectives, policy areas): insert the new, update the moved. */
    private static <T> void syncNamed(Connection c, String table, String parentColumn, Map<String, Placed<T>> was,
            Map<String, Placed<T>> now, java.util.function.Function<T, String> name) throws SQLException {
        for (Map.Entry<String, Placed<T>> e : now.entrySet()) {
            Placed<T> p = e.getValue();
            Placed<T> old = was.get(e.getKey());
            if (old == null) {
                Sql.update(c, "INSERT INTO " + table + " (id, " + parentColumn + ", ord, name) VALUES (?, ?, ?, ?)",
                        e.getKey(), p.parent(), p.ord(), name.apply(p.value()));
            } else if (!p.parent().equals(old.parent()) || p.ord() != old.ord()
                    || !name.apply(p.value()).equals(name.apply(old.value()))) {
                Sql.update(c, "UPDATE " + table + " SET " + parentColumn + " = ?, ord = ?, name = ? WHERE id = ?",
                        p.parent(), p.ord(), name.apply(p.value()), e.getKey());
            }
        }
    }

    private static void writeSphereRow(Connection c, Sphere before, Sphere after) throws SQLException {
        if (!before.name().equals(after.name())) {
            Sql.update(c, "UPDATE sphere SET name = ? WHERE id = 1", after.name());
        }
    }

    private static boolean samePlanOwn(Placed<Plan> a, Placed<Plan> b) {
        Plan x = a.value();
        Plan y = b.value();
        return a.ord() == b.ord() && x.edition() == y.edition() && x.title().equals(y.title())
                && x.startFy() == y.startFy() && x.endFy() == y.endFy() && x.grading().equals(y.grading())
                && x.kpiReports().equals(y.kpiReports());
    }

    private static boolean sameRevisionOwn(Placed<Revision> a, Placed<Revision> b) {
        Revision x = a.value();
        Revision y = b.value();
        return a.parent().equals(b.parent()) && a.ord() == b.ord() && x.name().equals(y.name())
                && Objects.equals(x.date(), y.date()) && x.status() == y.status()
                && Objects.equals(x.basedOnId(), y.basedOnId()) && Objects.equals(x.note(), y.note());
    }

    private static void updateMeasure(Connection c, Placed<Measure> old, Placed<Measure> now) throws SQLException {
        Measure m = now.value();
        Sql.update(c, "UPDATE measure SET direction_id = ?, ord = ?, lineage_id = ?, number = ?, name = ?, content = ?, "
                + "effect = ?, role_sharing = ?, notes = ? WHERE id = ?", now.parent(), now.ord(), m.lineageId(),
                m.number(), m.name(), m.content(), m.effect(), m.roleSharing(), m.notes(), m.id());
        Measure o = old.value();
        if (!o.aliases().equals(m.aliases()) || !o.participants().equals(m.participants())
                || !o.budget().equals(m.budget()) || !o.projects().equals(m.projects()) || !o.sdgs().equals(m.sdgs())
                || !o.kpis().equals(m.kpis())) {
            for (String table : List.of("measure_alias", "measure_participant", "measure_budget", "project_group",
                    "measure_sdg", "kpi")) {
                Sql.update(c, "DELETE FROM " + table + " WHERE measure_id = ?", m.id());
            }
            SphereWriter.writeMeasureChildren(c, m);
        }
    }

    private static <T> void deleteMissing(Connection c, String table, Map<String, Placed<T>> was,
            Map<String, Placed<T>> now) throws SQLException {
        for (String id : was.keySet()) {
            if (!now.containsKey(id)) {
                Sql.update(c, "DELETE FROM " + table + " WHERE id = ?", id);
            }
        }
    }

    private static <T> Map<String, Placed<T>> index(List<T> list, java.util.function.Function<T, String> id,
            String parent) {
        Map<String, Placed<T>> out = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            out.put(id.apply(list.get(i)), new Placed<>(list.get(i), parent, i));
        }
        return out;
    }

    /** Every entity of a sphere by id, with its parent and position. */
    private static final class Tree {
        final Map<String, Placed<Plan>> plans;
        final Map<String, Placed<Revision>> revisions = new LinkedHashMap<>();
        final Map<String, Placed<Perspective>> perspectives = new LinkedHashMap<>();
        final Map<String, Placed<PolicyArea>> areas = new LinkedHashMap<>();
        final Map<String, Placed<Direction>> directions = new LinkedHashMap<>();
        final Map<String, Placed<Measure>> measures = new LinkedHashMap<>();

        Tree(Sphere s) {
            plans = index(s.plans(), Plan::id, null);
            for (Plan p : s.plans()) {
                revisions.putAll(index(p.revisions(), Revision::id, p.id()));
                for (Revision r : p.revisions()) {
                    perspectives.putAll(index(r.perspectives(), Perspective::id, r.id()));
                    for (Perspective pe : r.perspectives()) {
                        areas.putAll(index(pe.policyAreas(), PolicyArea::id, pe.id()));
                        for (PolicyArea a : pe.policyAreas()) {
                            directions.putAll(index(a.directions(), Direction::id, a.id()));
                            for (Direction d : a.directions()) {
                                measures.putAll(index(d.measures(), Measure::id, d.id()));
                            }
                        }
                    }
                }
            }
        }
    }
}
