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
                for (int ei = 0; ei < r.perspectives().size(); ei++) {
                    Perspective pe = r.perspectives().get(ei);
                    for (int ai = 0; ai < pe.policyAreas().size(); ai++) {
                        PolicyArea a = pe.policyAreas().get(ai);
                        for (int di = 0; di < a.directions().size(); di++) {
                            Direction d = a.directions().get(di);
                            for (int mi = 0; mi < d.measures().size(); mi++) {
                                Measure old = d.measures().get(mi);
                                if (old.id().equals(updated.id())) {
                                    if (old.equals(updated)) {
                                        return this;
                                    }
                                    checkReplacement(plan, r, old, updated);
                                    Direction nd = new Direction(d.id(), d.title(), d.agreement(), d.roles(),
                                            replaced(d.measures(), mi, updated));
                                    PolicyArea na = new PolicyArea(a.id(), a.name(),
                                            replaced(a.directions(), di, nd));
                                    Perspective npe = new Perspective(pe.id(), pe.name(),
                                            replaced(pe.policyAreas(), ai, na));
                                    Revision nr = new Revision(r.id(), r.name(), r.date(), r.status(), r.basedOnId(),
                                            r.note(), replaced(r.perspectives(), ei, npe));
                                    Plan np = new Plan(plan.id(), plan.edition(), plan.title(), plan.startFy(),
                                            plan.endFy(), plan.grading(), replaced(plan.revisions(), ri, nr),
                                            plan.kpiReports());
                                    return trusted(replaced(plans, pi, np));
                                }
                            }
                        }
                    }
                }
            }
        }
        throw new ValidationException("model.ref", "measure.id", updated.id());
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
                for (Perspective pe : r.perspectives()) {
                    ids.add(pe.id());
                    for (PolicyArea a : pe.policyAreas()) {
                        ids.add(a.id());
                        for (Direction d : a.directions()) {
                            ids.add(d.id());
                            for (Measure m : d.measures()) {
                                ids.add(m.id());
                                m.kpis().forEach(k -> ids.add(k.id()));
                            }
                        }
                    }
                }
            }
        }
    }

    /** The card with {@code id}, in whichever revision it is. */
    public Optional<Measure> measure(String id) {
        for (Plan p : plans) {
            for (Revision r : p.revisions()) {
                for (Perspective pe : r.perspectives()) {
                    for (PolicyArea a : pe.policyAreas()) {
                        for (Direction d : a.directions()) {
                            for (Measure m : d.measures()) {
                                if (m.id().equals(id)) {
                                    return Optional.of(m);
                                }
                            }
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static void checkReferences(Set<String> towns, List<Plan> plans, List<OpinionKind> kinds,
            List<Opinion> opinions, List<ChangeReason> reasons) {
        Checks.unique(plans, Plan::id, "plan.id");
        // a plan is found by its edition (第3次): two with the same would make every lookup take the first silently
        Checks.unique(plans, p -> String.valueOf(p.edition()), "plan.edition");
        Set<String> ids = new HashSet<>();
        Map<String, Set<String>> measuresByRevision = new HashMap<>();
        Map<String, Set<String>> placesByRevision = new HashMap<>(); // policy areas and directions
        for (Plan plan : plans) {
            for (Revision r : plan.revisions()) {
                unique(ids, r.id(), "revision.id");
                Set<String> measures = new HashSet<>();
                Set<String> lineages = new HashSet<>();
                measuresByRevision.put(r.id(), measures);
                Set<String> places = new HashSet<>();
                placesByRevision.put(r.id(), places);
                for (Perspective p : r.perspectives()) {
                    unique(ids, p.id(), "perspective.id");
                    for (PolicyArea a : p.policyAreas()) {
                        unique(ids, a.id(), "policyArea.id");
                        places.add(a.id());
                        for (Direction d : a.directions()) {
                            unique(ids, d.id(), "direction.id");
                            places.add(d.id());
                            d.roles().forEach(role -> ref(towns, role.municipalityId(), "role.municipalityId"));
                            for (Measure m : d.measures()) {
                                unique(ids, m.id(), "measure.id");
                                measures.add(m.id());
                                unique(lineages, m.lineageId(), "measure.lineageId");
                                checkMeasure(towns, ids, plan, m);
                            }
                        }
                    }
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
            if (o.directionId() != null) {
                ref(placesIn, o.directionId(), "opinion.directionId");
            }
            if (o.policyAreaId() != null) {
                ref(placesIn, o.policyAreaId(), "opinion.policyAreaId");
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
        for (Kpi k : m.kpis()) {
            unique(ids, k.id(), "kpi.id");
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

    public Optional<Plan> planByEdition(int edition) {
        return plans.stream().filter(p -> p.edition() == edition).findFirst();
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
