package jp.kyoseivision.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Municipality;
import jp.kyoseivision.model.Node;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.PlanKind;
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
    private record Placed<T>(T value, String parent, int ord, String revision) {
        Placed(T value, String parent, int ord) {
            this(value, parent, ord, null);
        }
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
                Plan v = p.value();
                PlanKind k = v.kind();
                Sql.update(c, "UPDATE plan SET ord = ?, edition = ?, title = ?, start_fy = ?, end_fy = ?, "
                        + "grading_basis = ?, series = ?, kind_id = ?, kind_name = ?, item_name = ?, kpi_heading = ?, "
                        + "projects_heading = ?, features = ?, summary_level = ?, match_level = ?, "
                        + "owner_municipality_id = ? WHERE id = ?", p.ord(), v.edition(), v.title(), v.startFy(),
                        v.endFy(), v.grading().basis(), v.series(), k.id(), k.name(), k.item(), k.kpiHeading(),
                        k.projectsHeading(), SphereWriter.features(k), k.summaryLevel(), k.matchLevel(),
                        v.ownerMunicipalityId(), v.id());
                for (String table : List.of("grade_band", "kpi_report", "plan_level", "plan_section_label")) {
                    Sql.update(c, "DELETE FROM " + table + " WHERE plan_id = ?", v.id());
                }
                SphereWriter.writePlanDetails(c, v);
            }
        }
        for (Placed<Revision> r : now.revisions.values()) {
            Placed<Revision> old = was.revisions.get(r.value().id());
            Revision v = r.value();
            if (old == null) {
                SphereWriter.writeRevisionRow(c, r.parent(), v, r.ord());
                SphereWriter.writeRevisionDetails(c, v);
            } else if (!sameRevisionOwn(old, r)) {
                Sql.update(c, "UPDATE revision SET plan_id = ?, ord = ?, name = ?, date = ?, status = ?, "
                        + "based_on_id = ?, note = ?, date_text = ? WHERE id = ?", r.parent(), r.ord(), v.name(),
                        v.date(), v.status(), v.basedOnId(), v.note(), v.dateText(), v.id());
                if (!old.value().kpis().equals(v.kpis()) || !old.value().sections().equals(v.sections())) {
                    Sql.update(c, "DELETE FROM kpi WHERE revision_id = ?", v.id());
                    Sql.update(c, "DELETE FROM section WHERE revision_id = ?", v.id());
                    SphereWriter.writeRevisionDetails(c, v);
                }
            }
        }
        for (Placed<Node> n : now.nodes.values()) {
            Placed<Node> old = was.nodes.get(n.value().id());
            Node v = n.value();
            if (old == null) {
                SphereWriter.writeNodeRow(c, n.revision(), n.parent(), v, n.ord());
                SphereWriter.writeNodeDetails(c, v);
            } else if (!sameNodeOwn(old, n)) {
                Sql.update(c, "UPDATE node SET revision_id = ?, parent_id = ?, ord = ?, code = ?, name = ?, "
                        + "subtitle = ?, text = ?, page = ? WHERE id = ?", n.revision(), n.parent(), n.ord(), v.code(),
                        v.name(), v.subtitle(), v.text(), v.page(), v.id());
                Node o = old.value();
                if (!o.aliases().equals(v.aliases()) || !o.roles().equals(v.roles()) || !o.kpis().equals(v.kpis())
                        || !o.sections().equals(v.sections())) {
                    for (String table : List.of("node_alias", "node_role", "kpi", "section")) {
                        Sql.update(c, "DELETE FROM " + table + " WHERE node_id = ?", v.id());
                    }
                    SphereWriter.writeNodeDetails(c, v);
                }
            }
        }
        for (Placed<Measure> m : now.measures.values()) {
            Placed<Measure> old = was.measures.get(m.value().id());
            if (old == null) {
                SphereWriter.writeMeasure(c, m.revision(), m.parent(), m.value(), m.ord());
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
        deleteMissing(c, "node", was.nodes, now.nodes);
        deleteMissing(c, "revision", was.revisions, now.revisions);
        deleteMissing(c, "plan", was.plans, now.plans);
        deleteMissing(c, "municipality", oldTowns, newTowns);
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
                && x.series().equals(y.series()) && x.kind().equals(y.kind())
                && Objects.equals(x.ownerMunicipalityId(), y.ownerMunicipalityId())
                && x.startFy() == y.startFy() && x.endFy() == y.endFy() && x.grading().equals(y.grading())
                && x.kpiReports().equals(y.kpiReports());
    }

    private static boolean sameRevisionOwn(Placed<Revision> a, Placed<Revision> b) {
        Revision x = a.value();
        Revision y = b.value();
        return a.parent().equals(b.parent()) && a.ord() == b.ord() && x.name().equals(y.name())
                && Objects.equals(x.date(), y.date()) && x.status() == y.status()
                && Objects.equals(x.basedOnId(), y.basedOnId()) && Objects.equals(x.note(), y.note())
                && Objects.equals(x.dateText(), y.dateText()) && x.kpis().equals(y.kpis())
                && x.sections().equals(y.sections());
    }

    /** The node's own row and details equal (its children and items are compared on their own). */
    private static boolean sameNodeOwn(Placed<Node> a, Placed<Node> b) {
        Node x = a.value();
        Node y = b.value();
        return Objects.equals(a.parent(), b.parent()) && a.revision().equals(b.revision()) && a.ord() == b.ord()
                && Objects.equals(x.code(), y.code()) && x.name().equals(y.name())
                && Objects.equals(x.subtitle(), y.subtitle()) && Objects.equals(x.text(), y.text())
                && Objects.equals(x.page(), y.page()) && x.aliases().equals(y.aliases()) && x.roles().equals(y.roles())
                && x.kpis().equals(y.kpis()) && x.sections().equals(y.sections());
    }

    private static void updateMeasure(Connection c, Placed<Measure> old, Placed<Measure> now) throws SQLException {
        Measure m = now.value();
        Sql.update(c, "UPDATE measure SET revision_id = ?, node_id = ?, ord = ?, lineage_id = ?, number = ?, name = ?, "
                + "content = ?, effect = ?, role_sharing = ?, notes = ?, code = ?, page = ? WHERE id = ?", now.revision(),
                now.parent(), now.ord(), m.lineageId(), m.number(), m.name(), m.content(), m.effect(), m.roleSharing(),
                m.notes(), m.code(), m.page(), m.id());
        Measure o = old.value();
        if (!o.aliases().equals(m.aliases()) || !o.participants().equals(m.participants())
                || !o.budget().equals(m.budget()) || !o.projects().equals(m.projects()) || !o.sdgs().equals(m.sdgs())
                || !o.kpis().equals(m.kpis()) || !o.sections().equals(m.sections())) {
            for (String table : List.of("measure_alias", "measure_participant", "measure_budget", "project_group",
                    "measure_sdg", "kpi", "section")) {
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

    /** Every entity of a sphere by id, with its parent and position (nodes pre-order: parents first). */
    private static final class Tree {
        final Map<String, Placed<Plan>> plans;
        final Map<String, Placed<Revision>> revisions = new LinkedHashMap<>();
        final Map<String, Placed<Node>> nodes = new LinkedHashMap<>();
        final Map<String, Placed<Measure>> measures = new LinkedHashMap<>();

        Tree(Sphere s) {
            plans = index(s.plans(), Plan::id, null);
            for (Plan p : s.plans()) {
                revisions.putAll(index(p.revisions(), Revision::id, p.id()));
                for (Revision r : p.revisions()) {
                    add(r.id(), null, r.nodes());
                    for (int i = 0; i < r.items().size(); i++) {
                        measures.put(r.items().get(i).id(), new Placed<>(r.items().get(i), null, i, r.id()));
                    }
                }
            }
        }

        private void add(String revision, String parent, List<Node> list) {
            for (int i = 0; i < list.size(); i++) {
                Node n = list.get(i);
                nodes.put(n.id(), new Placed<>(n, parent, i, revision));
                add(revision, n.id(), n.children());
                for (int j = 0; j < n.measures().size(); j++) {
                    measures.put(n.measures().get(j).id(), new Placed<>(n.measures().get(j), n.id(), j, revision));
                }
            }
        }
    }
}
