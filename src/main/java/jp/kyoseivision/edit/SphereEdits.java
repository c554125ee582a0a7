package jp.kyoseivision.edit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import jp.kyoseivision.model.ChangeReason;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Municipality;
import jp.kyoseivision.model.Opinion;
import jp.kyoseivision.model.Node;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.RevisionStatus;
import jp.kyoseivision.model.Sphere;

/**
 * The edits an officer makes, each a pure function from one sphere to the next. Card numbers follow the order of
 * the cards in their revision after every structural edit.
 */
public final class SphereEdits {
    private SphereEdits() {
    }

    /**
     * Where a card is: its plan, revision, the nodes above it (top first; empty for an item directly under the
     * revision) and its index among its siblings.
     */
    public record Location(Plan plan, Revision revision, List<Node> path, int index) {
        /** The node that holds the card (the vision's 取組分野), or {@code null} for a top-level item. */
        public Node direction() {
            return path.isEmpty() ? null : path.get(path.size() - 1);
        }

        /** The node above the holder (the vision's 政策分野), or {@code null}. */
        public Node area() {
            return path.size() < 2 ? null : path.get(path.size() - 2);
        }

        /** The top node (the vision's 政策の視点), or {@code null}. */
        public Node perspective() {
            return path.isEmpty() ? null : path.get(0);
        }

        /** The id the card's list is found by: its node's, or the revision's for a top-level item. */
        public String holderId() {
            return path.isEmpty() ? revision.id() : direction().id();
        }

        /** The card's siblings (itself included) in order. */
        public List<Measure> siblings() {
            return path.isEmpty() ? revision.items() : direction().measures();
        }

        public Measure measure() {
            return siblings().get(index);
        }
    }

    public static Optional<Location> locate(Sphere s, String measureId) {
        for (Plan p : s.plans()) {
            for (Revision r : p.revisions()) {
                List<Node> path = r.pathOf(measureId);
                List<Measure> list = path.isEmpty() ? r.items() : path.get(path.size() - 1).measures();
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i).id().equals(measureId)) {
                        return Optional.of(new Location(p, r, path, i));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The revision that holds node {@code holderId} (or is that revision). */
    public static Optional<Revision> revisionOfDirection(Sphere s, String holderId) {
        return s.revisions().filter(r -> r.id().equals(holderId) || r.allNodes().anyMatch(d -> d.id().equals(holderId)))
                .findFirst();
    }

    // ---- card edits -------------------------------------------------------------------------------------------

    /** Replaces the card with the same id (its fields changed; its place stays). */
    public static Sphere replaceMeasure(Sphere s, Measure updated) {
        // in place, checking only the card (Sphere.withMeasure); an unknown id changes nothing, as before
        return s.measure(updated.id()).isPresent() ? s.withMeasure(updated) : s;
    }

    /**
     * Inserts {@code m} into node {@code holderId} (or, given a revision's id, among the items directly under it)
     * at {@code index} (clamped) and renumbers.
     */
    public static Sphere addMeasure(Sphere s, String holderId, int index, Measure m) {
        Sphere added = mapItems(s, (holder, list) -> {
            if (!holder.equals(holderId)) {
                return list;
            }
            List<Measure> ms = new ArrayList<>(list);
            ms.add(Math.max(0, Math.min(index, ms.size())), m);
            return ms;
        });
        return renumber(added, revisionOfDirection(added, holderId).orElseThrow().id());
    }

    /** A blank card, taking part for every municipality, ready to fill in. */
    public static Measure blankMeasure(Sphere s, String name) {
        Ids ids = new Ids(s);
        List<String> all = s.municipalities().stream().map(Municipality::id).toList();
        return new Measure(ids.next("m"), ids.next("L"), 1, name, List.of(), "", all, List.of(), new TreeMap<>(),
                List.of(), "", "", List.of(), "");
    }

    /**
     * Removes a card; opinions that pointed at it (as their card or as the change they caused) keep their text but
     * lose the link, and reasons recorded for it
     * are dropped. Undo brings all of it back.
     */
    public static Sphere deleteMeasure(Sphere s, String measureId) {
        Location at = locate(s, measureId).orElseThrow();
        // first unlink what points at the card, so every intermediate sphere is valid
        List<Opinion> opinions = s.opinions().stream().map(o -> o.unlinked(measureId)).toList();
        List<ChangeReason> reasons = s.changeReasons().stream()
                .filter(c -> !measureId.equals(c.fromMeasureId()) && !measureId.equals(c.toMeasureId())).toList();
        Sphere unlinked = new Sphere(s.name(), s.municipalities(), s.centralMunicipalityId(), s.plans(),
                s.opinionKinds(), opinions, reasons);
        Sphere cleaned = mapItems(unlinked, (holder, list) -> list.stream()
                .filter(m -> !m.id().equals(measureId)).toList());
        return renumber(cleaned, at.revision().id());
    }

    /** Moves a card to {@code index} of node {@code holderId} (same revision) and renumbers. */
    public static Sphere moveMeasure(Sphere s, String measureId, String holderId, int index) {
        Location at = locate(s, measureId).orElseThrow();
        Measure m = at.measure();
        // one rebuild of the revision, so the card is never missing from the sphere in between
        Sphere moved = mapRevision(s, at.revision().id(), rev -> mapItems(mapItems(rev,
                (holder, list) -> list.stream().filter(x -> !x.id().equals(measureId)).toList()),
                (holder, list) -> {
                    if (!holder.equals(holderId)) {
                        return list;
                    }
                    List<Measure> ms = new ArrayList<>(list);
                    ms.add(Math.max(0, Math.min(index, ms.size())), m);
                    return ms;
                }));
        return renumber(moved, at.revision().id());
    }

    /** A copy of the card right after it: new id and a new lineage (it is a new measure), name marked. */
    public static Sphere duplicateMeasure(Sphere s, String measureId, String nameSuffix) {
        Location at = locate(s, measureId).orElseThrow();
        Measure m = at.measure();
        Ids ids = new Ids(s);
        List<Kpi> kpis = m.kpis().stream().map(k -> new Kpi(ids.next("k"), k.name(), k.qualifier(), k.unit(),
                k.municipalityId(), k.baseline(), k.target(), k.milestones(), k.better(), List.of(), k.note())).toList();
        Measure copy = new Measure(ids.next("m"), ids.next("L"), m.number(), m.name() + nameSuffix, List.of(),
                m.content(), m.participants(), kpis, m.budget(), m.projects(), m.effect(), m.roleSharing(), m.sdgs(),
                m.notes(), m.code(), m.page(), m.sections());
        return addMeasure(s, at.holderId(), at.index() + 1, copy);
    }

    /** Card numbers 1, 2, … in the order of the revision's cards. */
    public static Sphere renumber(Sphere s, String revisionId) {
        Revision r = s.revision(revisionId).orElseThrow();
        Map<String, Integer> number = new java.util.HashMap<>();
        List<Measure> all = r.measures();
        for (int i = 0; i < all.size(); i++) {
            number.put(all.get(i).id(), i + 1);
        }
        return mapRevision(s, revisionId, rev -> mapItems(rev, (holder, list) -> list.stream()
                .map(m -> m.number() == number.get(m.id()) ? m : withNumber(m, number.get(m.id()))).toList()));
    }

    // ---- nodes and revisions -----------------------------------------------------------------------------------

    /** Replaces a node's name, text and roles (the vision's 取組分野: title, agreement, roles); its cards stay. */
    public static Sphere updateDirection(Sphere s, Node updated) {
        return mapNodes(s, d -> d.id().equals(updated.id())
                ? d.withTexts(updated.name(), updated.text(), updated.roles()) : d);
    }

    public static Sphere setStatus(Sphere s, String revisionId, RevisionStatus status) {
        return mapRevision(s, revisionId, r -> new Revision(r.id(), r.name(), r.date(), r.dateText(), status,
                r.basedOnId(), r.note(), r.kpis(), r.sections(), r.nodes(), r.items()));
    }

    /**
     * A new revision of the same plan (e.g. 2025年度改定): the whole content copied with new ids, every card
     * keeping its lineage, KPIs keeping their actuals; a draft based on {@code fromRevisionId}.
     */
    public static Sphere newRevision(Sphere s, String fromRevisionId, String name, LocalDate date) {
        Revision from = s.revision(fromRevisionId).orElseThrow();
        Plan plan = s.plans().stream().filter(p -> p.revisions().contains(from)).findFirst().orElseThrow();
        Ids ids = new Ids(s);
        Revision copy = copyRevision(from, ids, ids.next("r"), name, date, true, null, 0);
        List<Revision> revisions = new ArrayList<>(plan.revisions());
        revisions.add(copy);
        Plan updated = plan.withRevisions(revisions);
        return replacePlan(s, updated);
    }

    /**
     * The next edition drafted from {@code fromRevisionId} (次期ビジョン案): a new plan of the same series, edition + 1, its five years
     * following the old period, the content copied with every card's lineage kept. Budgets and KPI actuals belong
     * to the old period and are not copied; baselines and targets are, for the officer to update: a target set for
     * the old period (a fiscal year before the new plan's last, as every target of the old period is) moves to the
     * new plan's last year, its value kept, so the draft never aims at a year before it starts.
     * kpi.NextEditionReview lists what is left to review.
     */
    public static Sphere newEdition(Sphere s, String fromRevisionId, String title, String revisionName) {
        Revision from = s.revision(fromRevisionId).orElseThrow();
        Plan old = s.plans().stream().filter(p -> p.revisions().contains(from)).findFirst().orElseThrow();
        int edition = s.plans().stream().filter(p -> p.series().equals(old.series())).mapToInt(Plan::edition).max()
                .orElse(old.edition()) + 1;
        int length = old.endFy() - old.startFy();
        Ids ids = new Ids(s);
        int endFy = old.endFy() + 1 + length;
        Revision copy = copyRevision(from, ids, ids.next("r"), revisionName, null, false, null, endFy);
        Plan next = new Plan(ids.next("plan"), old.series(), edition, title, old.endFy() + 1, endFy, old.kind(),
                old.ownerMunicipalityId(), old.grading(), List.of(copy), List.of());
        List<Plan> plans = new ArrayList<>(s.plans());
        plans.add(next);
        return new Sphere(s.name(), s.municipalities(), s.centralMunicipalityId(), plans, s.opinionKinds(), s.opinions(),
                s.changeReasons());
    }

    /** @param targetFy a target before this year moves to it (the next edition's last year); 0 keeps every target */
    private static Revision copyRevision(Revision from, Ids ids, String id, String name, LocalDate date,
            boolean keepFigures, String note, int targetFy) {
        List<Node> nodes = from.nodes().stream().map(n -> copyNode(n, 0, ids, keepFigures, targetFy)).toList();
        List<Measure> items = from.items().stream().map(m -> copyMeasure(m, ids, keepFigures, targetFy)).toList();
        List<Kpi> kpis = from.kpis().stream().map(k -> copyKpi(k, ids, keepFigures, targetFy)).toList();
        return new Revision(id, name, date, null, RevisionStatus.DRAFT, from.id(), note, kpis, from.sections(), nodes,
                items);
    }

    /** Id prefixes of copied nodes by level: the vision's 政策の視点, 政策分野, 取組分野; deeper levels "n". */
    private static final String[] NODE_PREFIX = {"pe", "a", "d"};

    private static Node copyNode(Node n, int level, Ids ids, boolean keepFigures, int targetFy) {
        String id = ids.next(level < NODE_PREFIX.length ? NODE_PREFIX[level] : "n");
        List<Node> children = n.children().stream().map(c -> copyNode(c, level + 1, ids, keepFigures, targetFy))
                .toList();
        List<Measure> measures = n.measures().stream().map(m -> copyMeasure(m, ids, keepFigures, targetFy)).toList();
        List<Kpi> kpis = n.kpis().stream().map(k -> copyKpi(k, ids, keepFigures, targetFy)).toList();
        return new Node(id, n.code(), n.name(), n.aliases(), n.subtitle(), n.text(), n.page(), n.roles(), kpis,
                n.sections(), children, measures);
    }

    private static Kpi copyKpi(Kpi k, Ids ids, boolean keepFigures, int targetFy) {
        return new Kpi(ids.next("k"), k.name(), k.qualifier(), k.unit(), k.municipalityId(), k.baseline(),
                movedTarget(k.target(), targetFy), k.milestones(), k.better(), keepFigures ? k.actuals() : List.of(),
                k.note());
    }

    private static Measure copyMeasure(Measure m, Ids ids, boolean keepFigures, int targetFy) {
        List<Kpi> kpis = m.kpis().stream().map(k -> copyKpi(k, ids, keepFigures, targetFy)).toList();
        return new Measure(ids.next("m"), m.lineageId(), m.number(), m.name(), m.aliases(), m.content(),
                m.participants(), kpis, keepFigures ? m.budget() : new TreeMap<>(), m.projects(), m.effect(),
                m.roleSharing(), m.sdgs(), m.notes(), m.code(), m.page(), m.sections());
    }

    private static jp.kyoseivision.model.KpiPoint movedTarget(jp.kyoseivision.model.KpiPoint t, int targetFy) {
        return t == null || targetFy == 0 || t.fy() >= targetFy ? t
                : new jp.kyoseivision.model.KpiPoint(targetFy, t.period(), t.value());
    }

    // ---- structure: plan, nodes, sphere ------------------------------------------------------------------------

    /** Plan title and fiscal-year range (budgets outside the range stay, and `check` reports them). */
    public static Sphere updatePlan(Sphere s, String planId, String title, int startFy, int endFy) {
        Plan p = s.plan(planId).orElseThrow();
        return replacePlan(s, new Plan(p.id(), p.series(), p.edition(), title, startFy, endFy, p.kind(),
                p.ownerMunicipalityId(), p.grading(), p.revisions(), p.kpiReports()));
    }

    /** The sphere's name, municipalities (in order) and central city; references are checked by the model. */
    public static Sphere updateSphere(Sphere s, String name, List<Municipality> municipalities, String central) {
        return new Sphere(name, municipalities, central, s.plans(), s.opinionKinds(), s.opinions(),
                s.changeReasons());
    }

    /** Renames node {@code id} (a 政策の視点, 政策分野 or any other level). */
    public static Sphere renameNode(Sphere s, String id, String name) {
        return mapNodes(s, n -> n.id().equals(id) ? n.withTexts(name, n.text(), n.roles()) : n);
    }

    public static Sphere renamePerspective(Sphere s, String id, String name) {
        return renameNode(s, id, name);
    }

    public static Sphere renameArea(Sphere s, String id, String name) {
        return renameNode(s, id, name);
    }

    /** Adds an empty top-level node (a 政策の視点) at the end of revision {@code revisionId}. */
    public static Sphere addPerspective(Sphere s, String revisionId, String name) {
        String id = new Ids(s).next("pe");
        return mapRevision(s, revisionId, r -> {
            List<Node> ps = new ArrayList<>(r.nodes());
            ps.add(Node.group(id, name, List.of()));
            return r.withContent(ps, r.items());
        });
    }

    /** Adds an empty node at the end of node {@code parentId}'s children; the id starts with {@code prefix}. */
    public static Sphere addChild(Sphere s, String parentId, String name, String prefix) {
        String id = new Ids(s).next(prefix);
        return mapNodes(s, n -> {
            if (!n.id().equals(parentId)) {
                return n;
            }
            List<Node> cs = new ArrayList<>(n.children());
            cs.add(Node.leaf(id, name, "", List.of(), List.of()));
            return n.withChildren(cs);
        });
    }

    public static Sphere addArea(Sphere s, String perspectiveId, String name) {
        String id = new Ids(s).next("a");
        return mapNodes(s, n -> {
            if (!n.id().equals(perspectiveId)) {
                return n;
            }
            List<Node> cs = new ArrayList<>(n.children());
            cs.add(Node.group(id, name, List.of()));
            return n.withChildren(cs);
        });
    }

    public static Sphere addDirection(Sphere s, String areaId, String title) {
        return addChild(s, areaId, title, "d");
    }

    /** Removes an empty node of any level (one with cards below it is refused). */
    public static Sphere removeEmpty(Sphere s, String id) {
        // opinions about what is removed keep their text but lose the link (as when a card is deleted)
        java.util.Set<String> gone = new java.util.HashSet<>();
        s.revisions().flatMap(Revision::allNodes).filter(n -> n.id().equals(id))
                .forEach(n -> n.self().forEach(x -> gone.add(x.id())));
        Sphere unlinked = s.withOpinions(s.opinionKinds(), s.opinions().stream()
                .map(o -> gone.contains(o.areaNodeId()) || gone.contains(o.nodeId())
                        ? o.withConcern(gone.contains(o.areaNodeId()) ? null : o.areaNodeId(),
                                gone.contains(o.nodeId()) ? null : o.nodeId(), o.measureId())
                        : o)
                .toList());
        return mapRevisionsAll(unlinked, r -> r.withContent(without(r.nodes(), id), r.items()));
    }

    private static List<Node> without(List<Node> nodes, String id) {
        List<Node> out = new ArrayList<>();
        boolean changed = false;
        for (Node n : nodes) {
            if (n.id().equals(id)) {
                if (n.allMeasures().findAny().isPresent()) {
                    throw new jp.kyoseivision.text.LocalizedException("edit.notEmpty");
                }
                changed = true;
                continue;
            }
            List<Node> kids = without(n.children(), id);
            changed |= kids != n.children();
            out.add(kids == n.children() ? n : n.withChildren(kids));
        }
        return changed ? out : nodes;
    }

    static Sphere mapRevisionsAll(Sphere s, UnaryOperator<Revision> f) {
        Sphere out = s;
        for (Revision r : s.revisions().toList()) {
            out = mapRevision(out, r.id(), f);
        }
        return out;
    }

    // ---- tree plumbing -----------------------------------------------------------------------------------------

    static Measure withNumber(Measure m, int number) {
        return new Measure(m.id(), m.lineageId(), number, m.name(), m.aliases(), m.content(), m.participants(),
                m.kpis(), m.budget(), m.projects(), m.effect(), m.roleSharing(), m.sdgs(), m.notes(), m.code(), m.page(),
                m.sections());
    }

    /** {@code d} with other cards (the same object when they are equal). */
    public static Node withMeasures(Node d, List<Measure> measures) {
        return measures.equals(d.measures()) ? d : d.withMeasures(measures);
    }

    static Sphere replacePlan(Sphere s, Plan plan) {
        List<Plan> plans = new ArrayList<>(s.plans());
        plans.replaceAll(p -> p.id().equals(plan.id()) ? plan : p);
        return new Sphere(s.name(), s.municipalities(), s.centralMunicipalityId(), plans, s.opinionKinds(), s.opinions(),
                s.changeReasons());
    }

    static Sphere mapRevision(Sphere s, String revisionId, UnaryOperator<Revision> f) {
        List<Plan> plans = new ArrayList<>();
        for (Plan p : s.plans()) {
            List<Revision> revs = p.revisions().stream().map(r -> r.id().equals(revisionId) ? f.apply(r) : r).toList();
            plans.add(revs.equals(p.revisions()) ? p : p.withRevisions(revs));
        }
        return new Sphere(s.name(), s.municipalities(), s.centralMunicipalityId(), plans, s.opinionKinds(), s.opinions(),
                s.changeReasons());
    }

    /** Every node of every revision through {@code f} (children first, then the node with its new children). */
    public static Sphere mapNodes(Sphere s, UnaryOperator<Node> f) {
        Sphere out = s;
        for (Revision r : s.revisions().toList()) {
            out = mapRevision(out, r.id(), rev -> mapNodes(rev, f));
        }
        return out;
    }

    /** Every node of {@code r} through {@code f} (children first). */
    public static Revision mapNodes(Revision r, UnaryOperator<Node> f) {
        return r.withContent(mapNodeList(r.nodes(), f), r.items());
    }

    private static List<Node> mapNodeList(List<Node> nodes, UnaryOperator<Node> f) {
        List<Node> out = new ArrayList<>();
        for (Node n : nodes) {
            List<Node> kids = mapNodeList(n.children(), f);
            out.add(f.apply(kids.equals(n.children()) ? n : n.withChildren(kids)));
        }
        return out;
    }

    /** The vision's name for {@link #mapNodes(Sphere, UnaryOperator)}: every 取組分野 (and every other node). */
    public static Sphere mapDirections(Sphere s, UnaryOperator<Node> f) {
        return mapNodes(s, f);
    }

    /** Every list of cards (each node's, keyed by its id; the revision's top-level items, keyed by its id). */
    static Sphere mapItems(Sphere s, java.util.function.BiFunction<String, List<Measure>, List<Measure>> f) {
        Sphere out = s;
        for (Revision r : s.revisions().toList()) {
            out = mapRevision(out, r.id(), rev -> mapItems(rev, f));
        }
        return out;
    }

    static Revision mapItems(Revision r, java.util.function.BiFunction<String, List<Measure>, List<Measure>> f) {
        List<Node> nodes = mapNodeList(r.nodes(), n -> withMeasures(n, f.apply(n.id(), n.measures())));
        List<Measure> items = f.apply(r.id(), r.items());
        return r.withContent(nodes, items.equals(r.items()) ? r.items() : items);
    }
}
