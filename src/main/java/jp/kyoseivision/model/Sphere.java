package jp.kyoseivision.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The whole content of one plan file: a 定住自立圏 (sphere) with its municipalities in order, its central city, its
 * plans, the kinds of opinion it records (in order), the opinions received and the reasons recorded for changes.
 * Built whole and checked whole: every id is
 * unique and every reference points at something that exists.
 */
public record Sphere(String name, List<Municipality> municipalities, String centralMunicipalityId, List<Plan> plans,
        List<OpinionKind> opinionKinds, List<Opinion> opinions, List<ChangeReason> changeReasons) {

    public Sphere {
        Checks.required(name, "sphere.name");
        Checks.line(name, "sphere.name");
        municipalities = Checks.list(municipalities, "sphere.municipalities");
        if (municipalities.isEmpty()) {
            throw new ValidationException("model.sphere.noMunicipality");
        }
        Checks.unique(municipalities, Municipality::id, "municipality.id");
        Set<String> towns = new HashSet<>();
        municipalities.forEach(m -> towns.add(m.id()));
        if (centralMunicipalityId != null && !towns.contains(centralMunicipalityId)) {
            throw new ValidationException("model.ref", "sphere.centralMunicipalityId", centralMunicipalityId);
        }
        plans = Checks.list(plans, "sphere.plans");
        opinionKinds = Checks.list(opinionKinds, "sphere.opinionKinds");
        Checks.unique(opinionKinds, OpinionKind::id, "opinionKind.id");
        opinions = Checks.list(opinions, "sphere.opinions");
        changeReasons = Checks.list(changeReasons, "sphere.changeReasons");
        if (!TRUSTED.get()) {
            checkReferences(towns, plans, opinionKinds, opinions, changeReasons);
        }
    }

    /**
     * Set while {@link #withMeasure} builds a sphere whose references it has checked itself: the whole-sphere
     * check (every id and reference of every card, the cost of an edit at 10,000 cards) is skipped for that one
     * construction. Reading, importing and every other construction check everything.
     */
    private static final ThreadLocal<Boolean> TRUSTED = ThreadLocal.withInitial(() -> Boolean.FALSE);

    /**
     * This sphere with the card of the same id replaced in place (its fields changed: text, budget, KPIs,
     * participants …; its place and id stay). Only what the card can break is checked — its lineage unique in its
     * revision, its municipalities known, its new KPI ids unused, its grades in the plan's scale — and the rest of
     * the sphere is shared, not copied or re-checked: the plans, revisions, perspectives, areas and directions off
     * the card's path are the same objects. An unknown card id is refused.
     */
    public Sphere withMeasure(Measure updated) {
        for (int pi = 0; pi < plans.size(); pi++) {
            Plan plan = plans.get(pi);
            for (int ri = 0; ri < plan.revisions().size(); ri++) {
                Revision r = plan.revisions().get(ri);
                Measure[] old = new Measure[1];
                List<Node> nodes = replacedIn(r.nodes(), updated, old);
                List<Measure> items = r.items();
                if (old[0] == null) {
                    int i = indexOf(items, updated.id());
                    if (i < 0) {
                        continue;
                    }
                    old[0] = items.get(i);
                    items = replaced(items, i, updated);
                }
                if (old[0].equals(updated)) {
                    return this;
                }
                checkReplacement(plan, r, old[0], updated);
                Revision nr = r.withContent(nodes, items);
                return trusted(replaced(plans, pi, plan.withRevisions(replaced(plan.revisions(), ri, nr))));
            }
        }
        throw new ValidationException("model.ref", "measure.id", updated.id());
    }

    private static int indexOf(List<Measure> list, String id) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** {@code nodes} with the item of {@code updated}'s id replaced (the old one put in {@code old[0]}); unchanged
     *  nodes are the same objects, and the same list comes back when the item is not there. */
    private static List<Node> replacedIn(List<Node> nodes, Measure updated, Measure[] old) {
        for (int ni = 0; ni < nodes.size(); ni++) {
            Node n = nodes.get(ni);
            int mi = indexOf(n.measures(), updated.id());
            if (mi >= 0) {
                old[0] = n.measures().get(mi);
                return replaced(nodes, ni, n.withMeasures(replaced(n.measures(), mi, updated)));
            }
            List<Node> children = replacedIn(n.children(), updated, old);
            if (old[0] != null) {
                return replaced(nodes, ni, n.withChildren(children));
            }
        }
        return nodes;
    }

    private Sphere trusted(List<Plan> newPlans) {
        TRUSTED.set(Boolean.TRUE);
        try {
            return new Sphere(name, municipalities, centralMunicipalityId, newPlans, opinionKinds, opinions, changeReasons);
        } finally {
            TRUSTED.set(Boolean.FALSE);
        }
    }

    private static <T> List<T> replaced(List<T> list, int index, T value) {
        java.util.ArrayList<T> out = new java.util.ArrayList<>(list);
        out.set(index, value);
        return java.util.Collections.unmodifiableList(out);
    }

    /** What the whole-sphere check would find wrong with {@code updated} in place of {@code old}. */
    private void checkReplacement(Plan plan, Revision r, Measure old, Measure updated) {
        Set<String> towns = new HashSet<>();
        municipalities.forEach(m -> towns.add(m.id()));
        if (!old.lineageId().equals(updated.lineageId())) {
            for (Measure m : r.measures()) {
                if (m != old && m.lineageId().equals(updated.lineageId())) {
                    throw new ValidationException("model.duplicate", "measure.lineageId", updated.lineageId());
                }
            }
        }
        Set<String> kept = new HashSet<>();
        old.kpis().forEach(k -> kept.add(k.id()));
        Set<String> added = new HashSet<>();
        updated.kpis().stream().filter(k -> !kept.contains(k.id())).forEach(k -> added.add(k.id()));
        if (!added.isEmpty()) {
            // a new KPI id must not be any other id of the sphere (ids share one space, as the full check says)
            Set<String> ids = new HashSet<>();
            collectIds(ids);
            old.kpis().forEach(k -> ids.remove(k.id()));
            for (String id : added) {
                if (ids.contains(id)) {
                    throw new ValidationException("model.duplicate", "kpi.id", id);
                }
            }
        }
        checkMeasure(towns, new HashSet<>(), plan, updated);
    }

    private void collectIds(Set<String> ids) {
        for (Plan p : plans) {
            for (Revision r : p.revisions()) {
                ids.add(r.id());
                r.kpis().forEach(k -> ids.add(k.id()));
                r.allNodes().forEach(n -> {
                    ids.add(n.id());
                    n.kpis().forEach(k -> ids.add(k.id()));
                });
                for (Measure m : r.measures()) {
                    ids.add(m.id());
                    m.kpis().forEach(k -> ids.add(k.id()));
                }
            }
        }
    }

    /** The card with {@code id}, in whichever revision it is. */
    public Optional<Measure> measure(String id) {
        for (Plan p : plans) {
            for (Revision r : p.revisions()) {
                Optional<Measure> m = r.allNodes().flatMap(n -> n.measures().stream())
                        .filter(x -> x.id().equals(id)).findFirst();
                if (m.isEmpty()) {
                    m = r.items().stream().filter(x -> x.id().equals(id)).findFirst();
                }
                if (m.isPresent()) {
                    return m;
                }
            }
        }
        return Optional.empty();
    }

    private static void checkReferences(Set<String> towns, List<Plan> plans, List<OpinionKind> kinds,
            List<Opinion> opinions, List<ChangeReason> reasons) {
        Checks.unique(plans, Plan::id, "plan.id");
        // a plan is found by its edition (第3次): two with the same would make every lookup take the first silently
        // a plan is found by its series and edition (第3次 共生ビジョン): two with the same would make every lookup
        // take the first silently
        Set<String> editions = new HashSet<>();
        for (Plan p : plans) {
            if (!editions.add(p.series() + "\u0000" + p.edition())) {
                // the vision's editions are named by their number alone, as before there were series
                throw new ValidationException("model.duplicate", "plan.edition", Plan.VISION_SERIES.equals(p.series())
                        ? String.valueOf(p.edition()) : p.series() + " " + p.edition());
            }
        }
        Set<String> ids = new HashSet<>();
        Map<String, Set<String>> measuresByRevision = new HashMap<>();
        Map<String, Set<String>> placesByRevision = new HashMap<>(); // nodes
        for (Plan plan : plans) {
            if (plan.ownerMunicipalityId() != null) {
                ref(towns, plan.ownerMunicipalityId(), "plan.ownerMunicipalityId");
            }
            for (Revision r : plan.revisions()) {
                unique(ids, r.id(), "revision.id");
                Set<String> measures = new HashSet<>();
                Set<String> lineages = new HashSet<>();
                measuresByRevision.put(r.id(), measures);
                Set<String> places = new HashSet<>();
                placesByRevision.put(r.id(), places);
                checkKpis(towns, ids, plan, r.kpis());
                for (Node n : r.allNodes().toList()) {
                    unique(ids, n.id(), "node.id");
                    places.add(n.id());
                    n.roles().forEach(role -> ref(towns, role.municipalityId(), "role.municipalityId"));
                    checkKpis(towns, ids, plan, n.kpis());
                }
                for (Measure m : r.measures()) {
                    unique(ids, m.id(), "measure.id");
                    measures.add(m.id());
                    unique(lineages, m.lineageId(), "measure.lineageId");
                    checkMeasure(towns, ids, plan, m);
                }
            }
        }
        Set<String> allRevisions = new HashSet<>();
        plans.forEach(p -> p.revisions().forEach(r -> allRevisions.add(r.id())));
        for (Revision r : plans.stream().flatMap(p -> p.revisions().stream()).toList()) {
            if (r.basedOnId() != null) {
                ref(allRevisions, r.basedOnId(), "revision.basedOnId");
            }
        }
        Checks.unique(opinions, Opinion::id, "opinion.id");
        Set<String> kindIds = new HashSet<>();
        kinds.forEach(k -> kindIds.add(k.id()));
        Set<String> everyMeasure = null;
        Set<String> everyPlace = null;
        for (Opinion o : opinions) {
            ref(kindIds, o.kindId(), "opinion.kindId");
            if (o.revisionId() != null) {
                ref(allRevisions, o.revisionId(), "opinion.revisionId");
            }
            if (o.revisionId() == null && everyMeasure == null) {
                everyMeasure = allMeasures(measuresByRevision);
                everyPlace = allMeasures(placesByRevision);
            }
            Set<String> measuresIn = o.revisionId() == null ? everyMeasure : measuresByRevision.get(o.revisionId());
            Set<String> placesIn = o.revisionId() == null ? everyPlace : placesByRevision.get(o.revisionId());
            if (o.measureId() != null) {
                ref(measuresIn, o.measureId(), "opinion.measureId");
            }
            if (o.nodeId() != null) {
                ref(placesIn, o.nodeId(), "opinion.nodeId");
            }
            if (o.areaNodeId() != null) {
                ref(placesIn, o.areaNodeId(), "opinion.areaNodeId");
            }
            if (o.hasChange()) {
                if (everyMeasure == null) {
                    everyMeasure = allMeasures(measuresByRevision);
                    everyPlace = allMeasures(placesByRevision);
                }
                if (o.changeFromMeasureId() != null) {
                    ref(everyMeasure, o.changeFromMeasureId(), "opinion.changeFromMeasureId");
                }
                if (o.changeToMeasureId() != null) {
                    ref(everyMeasure, o.changeToMeasureId(), "opinion.changeToMeasureId");
                }
            }
        }
        for (ChangeReason c : reasons) {
            ref(allRevisions, c.fromRevisionId(), "change.fromRevisionId");
            ref(allRevisions, c.toRevisionId(), "change.toRevisionId");
            if (c.fromMeasureId() != null) {
                ref(measuresByRevision.get(c.fromRevisionId()), c.fromMeasureId(), "change.fromMeasureId");
            }
            if (c.toMeasureId() != null) {
                ref(measuresByRevision.get(c.toRevisionId()), c.toMeasureId(), "change.toMeasureId");
            }
        }
    }

    private static void checkMeasure(Set<String> towns, Set<String> ids, Plan plan, Measure m) {
        m.participants().forEach(t -> ref(towns, t, "measure.participants"));
        m.projects().stream().filter(g -> !g.common()).forEach(g -> ref(towns, g.municipalityId(),
                "projects.municipalityId"));
        checkKpis(towns, ids, plan, m.kpis());
    }

    private static void checkKpis(Set<String> towns, Set<String> ids, Plan plan, List<Kpi> kpis) {
        for (Kpi k : kpis) {
            unique(ids, k.id(), "kpi.id");
            if (k.municipalityId() != null) {
                ref(towns, k.municipalityId(), "kpi.municipalityId");
            }
            for (KpiActual a : k.actuals()) {
                for (String g : new String[] {a.recordedGrade(), a.overviewGrade()}) {
                    if (g != null && !plan.grading().bands().isEmpty() && !plan.grading().hasGrade(g)) {
                        throw new ValidationException("model.grade.unknown", k.id(), String.valueOf(a.fy()), g);
                    }
                }
            }
        }
    }

    private static Set<String> allMeasures(Map<String, Set<String>> byRevision) {
        Set<String> all = new HashSet<>();
        byRevision.values().forEach(all::addAll);
        return all;
    }

    private static void unique(Set<String> seen, String id, String field) {
        if (!seen.add(id)) {
            throw new ValidationException("model.duplicate", field, id);
        }
    }

    private static void ref(Set<String> known, String id, String field) {
        if (known == null || !known.contains(id)) {
            throw new ValidationException("model.ref", field, id);
        }
    }

    public Optional<OpinionKind> opinionKind(String id) {
        return opinionKinds.stream().filter(k -> k.id().equals(id)).findFirst();
    }

    /** This sphere with other opinion kinds and opinions (everything else shared, the whole checked). */
    public Sphere withOpinions(List<OpinionKind> kinds, List<Opinion> list) {
        return new Sphere(name, municipalities, centralMunicipalityId, plans, kinds, list, changeReasons);
    }

    public Optional<Municipality> municipality(String id) {
        return municipalities.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public Optional<Plan> plan(String id) {
        return plans.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * The plan of edition {@code edition}. Editions are unique per series only: when several series have that
     * edition, the sphere's own plan (no owner: the joint 共生ビジョン) is preferred, else the first in order.
     */
    public Optional<Plan> planByEdition(int edition) {
        List<Plan> found = plans.stream().filter(p -> p.edition() == edition).toList();
        return found.stream().filter(p -> p.ownerMunicipalityId() == null).findFirst()
                .or(() -> found.stream().findFirst());
    }

    /**
     * The plan a user names on the command line: its id, else (a number) its edition as {@link #planByEdition}
     * finds it.
     */
    public Optional<Plan> planByIdOrEdition(String arg) {
        if (arg == null) {
            return Optional.empty();
        }
        Optional<Plan> byId = plan(arg.strip());
        if (byId.isPresent()) {
            return byId;
        }
        try {
            return planByEdition(Integer.parseInt(arg.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public Stream<Revision> revisions() {
        return plans.stream().flatMap(p -> p.revisions().stream());
    }

    public Optional<Revision> revision(String id) {
        return revisions().filter(r -> r.id().equals(id)).findFirst();
    }

    /** An empty sphere with its municipalities: what a new file holds. */
    public static Sphere empty(String name, List<Municipality> municipalities, String central) {
        return new Sphere(name, municipalities, central, List.of(), OpinionKind.defaults(), List.of(), List.of());
    }
}
