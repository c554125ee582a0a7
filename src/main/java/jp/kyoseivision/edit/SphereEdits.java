package jp.kyoseivision.edit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import jp.kyoseivision.model.ChangeReason;
import jp.kyoseivision.model.Direction;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Municipality;
import jp.kyoseivision.model.Opinion;
import jp.kyoseivision.model.Perspective;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.PolicyArea;
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

    /** Where a card is. */
    public record Location(Plan plan, Revision revision, Perspective perspective, PolicyArea area,
            Direction direction, int index) {
    }

    public static Optional<Location> locate(Sphere s, String measureId) {
        for (Plan p : s.plans()) {
            for (Revision r : p.revisions()) {
                for (Perspective pe : r.perspectives()) {
                    for (PolicyArea a : pe.policyAreas()) {
                        for (Direction d : a.directions()) {
                            for (int i = 0; i < d.measures().size(); i++) {
                                if (d.measures().get(i).id().equals(measureId)) {
                                    return Optional.of(new Location(p, r, pe, a, d, i));
                                }
                            }
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    public static Optional<Revision> revisionOfDirection(Sphere s, String directionId) {
        return s.revisions().filter(r -> r.directions().anyMatch(d -> d.id().equals(directionId))).findFirst();
    }

    // ---- card edits -------------------------------------------------------------------------------------------

    /** Replaces the card with the same id (its fields changed; its place stays). */
    public static Sphere replaceMeasure(Sphere s, Measure updated) {
        // in place, checking only the card (Sphere.withMeasure); an unknown id changes nothing, as before
        return s.measure(updated.id()).isPresent() ? s.withMeasure(updated) : s;
    }

    /** Inserts {@code m} into direction {@code directionId} at {@code index} (clamped) and renumbers. */
    public static Sphere addMeasure(Sphere s, String directionId, int index, Measure m) {
        Sphere added = mapDirections(s, d -> {
            if (!d.id().equals(directionId)) {
                return d;
            }
            List<Measure> ms = new ArrayList<>(d.measures());
            ms.add(Math.max(0, Math.min(index, ms.size())), m);
            return withMeasures(d, ms);
        });
        return renumber(added, revisionOfDirection(added, directionId).orElseThrow().id());
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
        Sphere cleaned = mapDirections(unlinked, d -> withMeasures(d, d.measures().stream()
                .filter(m -> !m.id().equals(measureId)).toList()));
        return renumber(cleaned, at.revision().id());
    }

    /** Moves a card to {@code index} of direction {@code directionId} (same revision) and renumbers. */
    public static Sphere moveMeasure(Sphere s, String measureId, String directionId, int index) {
        Location at = locate(s, measureId).orElseThrow();
        Measure m = at.direction().measures().get(at.index());
        // one rebuild of the revision, so the card is never missing from the sphere in between
        Sphere moved = mapRevision(s, at.revision().id(), rev -> mapDirections(mapDirections(rev,
                d -> withMeasures(d, d.measures().stream().filter(x -> !x.id().equals(measureId)).toList())),
                d -> {
                    if (!d.id().equals(directionId)) {
                        return d;
                    }
                    List<Measure> ms = new ArrayList<>(d.measures());
                    ms.add(Math.max(0, Math.min(index, ms.size())), m);
                    return withMeasures(d, ms);
                }));
        return renumber(moved, at.revision().id());
    }

    /** A copy of the card right after it: new id and a new lineage (it is a new measure), name marked. */
    public static Sphere duplicateMeasure(Sphere s, String measureId, String nameSuffix) {
        Location at = locate(s, measureId).orElseThrow();
        Measure m = at.direction().measures().get(at.index());
        Ids ids = new Ids(s);
        List<Kpi> kpis = m.kpis().stream().map(k -> new Kpi(ids.next("k"), k.name(), k.unit(), k.baseline(),
                k.target(), k.better(), List.of(), k.note())).toList();
        Measure copy = new Measure(ids.next("m"), ids.next("L"), m.number(), m.name() + nameSuffix, List.of(),
                m.content(), m.participants(), kpis, m.budget(), m.projects(), m.effect(), m.roleSharing(), m.sdgs(),
                m.notes());
        return addMeasure(s, at.direction().id(), at.index() + 1, copy);
    }

    /** Card numbers 1, 2, … in the order of the revision's cards. */
    public static Sphere renumber(Sphere s, String revisionId) {
        Revision r = s.revision(revisionId).orElseThrow();
        Map<String, Integer> number = new java.util.HashMap<>();
        List<Measure> all = r.measures();
        for (int i = 0; i < all.size(); i++) {
            number.put(all.get(i).id(), i + 1);
        }
        return mapRevision(s, revisionId, rev -> mapDirections(rev, d -> withMeasures(d, d.measures().stream()
                .map(m -> m.number() == number.get(m.id()) ? m : withNumber(m, number.get(m.id()))).toList())));
    }

    // ---- directions and revisions ------------------------------------------------------------------------------

    /** Replaces a direction's title, agreement and roles; its cards stay. */
    public static Sphere updateDirection(Sphere s, Direction updated) {
        return mapDirections(s, d -> d.id().equals(updated.id())
                ? new Direction(d.id(), updated.title(), updated.agreement(), updated.roles(), d.measures()) : d);
    }

    public static Sphere setStatus(Sphere s, String revisionId, RevisionStatus status) {
        return mapRevision(s, revisionId, r -> new Revision(r.id(), r.name(), r.date(), status, r.basedOnId(),
                r.note(), r.perspectives()));
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
        Plan updated = new Plan(plan.id(), plan.edition(), plan.title(), plan.startFy(), plan.endFy(), plan.grading(),
                revisions, plan.kpiReports());
        return replacePlan(s, updated);
    }

    /**
     * The next edition drafted from {@code fromRevisionId} (次期ビジョン案): a new plan, edition + 1, its five years
     * following the old period, the content copied with every card's lineage kept. Budgets and KPI actuals belong
     * to the old period and are not copied; baselines and targets are, for the officer to update: a target set for
     * the old period (a fiscal year before the new plan's last, as every target of the old period is) moves to the
     * new plan's last year, its value kept, so the draft never aims at a year before it starts.
     * kpi.NextEditionReview lists what is left to review.
     */
    public static Sphere newEdition(Sphere s, String fromRevisionId, String title, String revisionName) {
        Revision from = s.revision(fromRevisionId).orElseThrow();
        Plan old = s.plans().stream().filter(p -> p.revisions().contains(from)).findFirst().orElseThrow();
        int edition = s.plans().stream().mapToInt(Plan::edition).max().orElse(old.edition()) + 1;
        int length = old.endFy() - old.startFy();
        Ids ids = new Ids(s);
        int endFy = old.endFy() + 1 + length;
        Revision copy = copyRevision(from, ids, ids.next("r"), revisionName, null, false, null, endFy);
        Plan next = new Plan(ids.next("plan"), edition, title, old.endFy() + 1, endFy, old.grading(), List.of(copy),
                List.of());
        List<Plan> plans = new ArrayList<>(s.plans());
        plans.add(next);
        return new Sphere(s.name(), s.municipalities(), s.centralMunicipalityId(), plans, s.opinionKinds(), s.opinions(),
                s.changeReasons());
    }

    /** @param targetFy a target before this year moves to it (the next edition's last year); 0 keeps every target */
    private static Revision copyRevision(Revision from, Ids ids, String id, String name, LocalDate date,
            boolean keepFigures, String note, int targetFy) {
        List<Perspective> perspectives = new ArrayList<>();
        for (Perspective pe : from.perspectives()) {
            List<PolicyArea> areas = new ArrayList<>();
            for (PolicyArea a : pe.policyAreas()) {
                List<Direction> directions = new ArrayList<>();
                for (Direction d : a.directions()) {
                    List<Measure> measures = d.measures().stream().map(m -> copyMeasure(m, ids, keepFigures, targetFy))
                            .toList();
                    directions.add(new Direction(ids.next("d"), d.title(), d.agreement(), d.roles(), measures));
                }
                areas.add(new PolicyArea(ids.next("a"), a.name(), directions));
            }
            perspectives.add(new Perspective(ids.next("pe"), pe.name(), areas));
        }
        return new Revision(id, name, date, RevisionStatus.DRAFT, from.id(), note, perspectives);
    }

    private static Measure copyMeasure(Measure m, Ids ids, boolean keepFigures, int targetFy) {
        List<Kpi> kpis = m.kpis().stream().map(k -> new Kpi(ids.next("k"), k.name(), k.unit(), k.baseline(),
                movedTarget(k.target(), targetFy), k.better(), keepFigures ? k.actuals() : List.of(), k.note()))
                .toList();
        return new Measure(ids.next("m"), m.lineageId(), m.number(), m.name(), m.aliases(), m.content(),
                m.participants(), kpis, keepFigures ? m.budget() : new TreeMap<>(), m.projects(), m.effect(),
                m.roleSharing(), m.sdgs(), m.notes());
    }

    private static jp.kyoseivision.model.KpiPoint movedTarget(jp.kyoseivision.model.KpiPoint t, int targetFy) {
        return t == null || targetFy == 0 || t.fy() >= targetFy ? t
                : new jp.kyoseivision.model.KpiPoint(targetFy, t.value());
    }

    // ---- structure: plan, perspectives, policy areas, directions, sphere --------------------------------------

    /** Plan title and fiscal-year range (budgets outside the range stay, and `check` reports them). */
    public static Sphere updatePlan(Sphere s, String planId, String title, int startFy, int endFy) {
        Plan p = s.plan(planId).orElseThrow();
        return replacePlan(s, new Plan(p.id(), p.edition(), title, startFy, endFy, p.grading(), p.revisions(),
                p.kpiReports()));
    }

    /** The sphere's name, municipalities (in order) and central city; references are checked by the model. */
    public static Sphere updateSphere(Sphere s, String name, List<Municipality> municipalities, String central) {
        return new Sphere(name, municipalities, central, s.plans(), s.opinionKinds(), s.opinions(),
                s.changeReasons());
    }

    public static Sphere renamePerspective(Sphere s, String id, String name) {
        return mapPerspectives(s, pe -> pe.id().equals(id) ? new Perspective(pe.id(), name, pe.policyAreas()) : pe);
    }

    public static Sphere renameArea(Sphere s, String id, String name) {
        return mapPerspectives(s, pe -> new Perspective(pe.id(), pe.name(), pe.policyAreas().stream()
                .map(a -> a.id().equals(id) ? new PolicyArea(a.id(), name, a.directions()) : a).toList()));
    }

    public static Sphere addPerspective(Sphere s, String revisionId, String name) {
        String id = new Ids(s).next("pe");
        return mapRevision(s, revisionId, r -> {
            List<Perspective> ps = new ArrayList<>(r.perspectives());
            ps.add(new Perspective(id, name, List.of()));
            return new Revision(r.id(), r.name(), r.date(), r.status(), r.basedOnId(), r.note(), ps);
        });
    }

    public static Sphere addArea(Sphere s, String perspectiveId, String name) {
        String id = new Ids(s).next("a");
        return mapPerspectives(s, pe -> {
            if (!pe.id().equals(perspectiveId)) {
                return pe;
            }
            List<PolicyArea> as = new ArrayList<>(pe.policyAreas());
            as.add(new PolicyArea(id, name, List.of()));
            return new Perspective(pe.id(), pe.name(), as);
        });
    }

    public static Sphere addDirection(Sphere s, String areaId, String title) {
        String id = new Ids(s).next("d");
        return mapPerspectives(s, pe -> new Perspective(pe.id(), pe.name(), pe.policyAreas().stream().map(a -> {
            if (!a.id().equals(areaId)) {
                return a;
            }
            List<Direction> ds = new ArrayList<>(a.directions());
            ds.add(new Direction(id, title, "", List.of(), List.of()));
            return new PolicyArea(a.id(), a.name(), ds);
        }).toList()));
    }

    /** Removes an empty perspective, policy area or direction (one with cards is refused). */
    public static Sphere removeEmpty(Sphere s, String id) {
        // opinions about what is removed keep their text but lose the link (as when a card is deleted)
        java.util.Set<String> gone = new java.util.HashSet<>();
        s.revisions().flatMap(r -> r.perspectives().stream()).forEach(pe -> {
            boolean all = pe.id().equals(id);
            for (PolicyArea a : pe.policyAreas()) {
                boolean area = all || a.id().equals(id);
                if (area) {
                    gone.add(a.id());
                }
                a.directions().stream().filter(d -> area || d.id().equals(id)).forEach(d -> gone.add(d.id()));
            }
        });
        Sphere unlinked = s.withOpinions(s.opinionKinds(), s.opinions().stream()
                .map(o -> gone.contains(o.policyAreaId()) || gone.contains(o.directionId())
                        ? o.withConcern(gone.contains(o.policyAreaId()) ? null : o.policyAreaId(),
                                gone.contains(o.directionId()) ? null : o.directionId(), o.measureId())
                        : o)
                .toList());
        return mapRevisionsAll(unlinked, r -> {
            List<Perspective> ps = new ArrayList<>();
            for (Perspective pe : r.perspectives()) {
                if (pe.id().equals(id)) {
                    requireEmpty(pe.policyAreas().stream().flatMap(a -> a.directions().stream()).toList());
                    continue;
                }
                List<PolicyArea> as = new ArrayList<>();
                for (PolicyArea a : pe.policyAreas()) {
                    if (a.id().equals(id)) {
                        requireEmpty(a.directions());
                        continue;
                    }
                    List<Direction> ds = new ArrayList<>();
                    for (Direction d : a.directions()) {
                        if (d.id().equals(id)) {
                            requireEmpty(List.of(d));
                            continue;
                        }
                        ds.add(d);
                    }
                    as.add(new PolicyArea(a.id(), a.name(), ds));
                }
                ps.add(new Perspective(pe.id(), pe.name(), as));
            }
            return new Revision(r.id(), r.name(), r.date(), r.status(), r.basedOnId(), r.note(), ps);
        });
    }

    private static void requireEmpty(List<Direction> directions) {
        if (directions.stream().anyMatch(d -> !d.measures().isEmpty())) {
            throw new jp.kyoseivision.text.LocalizedException("edit.notEmpty");
        }
    }

    static Sphere mapRevisionsAll(Sphere s, UnaryOperator<Revision> f) {
        Sphere out = s;
        for (Revision r : s.revisions().toList()) {
            out = mapRevision(out, r.id(), f);
        }
        return out;
    }

    static Sphere mapPerspectives(Sphere s, UnaryOperator<Perspective> f) {
        return mapRevisionsAll(s, r -> new Revision(r.id(), r.name(), r.date(), r.status(), r.basedOnId(), r.note(),
                r.perspectives().stream().map(f).toList()));
    }

    // ---- tree plumbing -----------------------------------------------------------------------------------------

    static Measure withNumber(Measure m, int number) {
        return new Measure(m.id(), m.lineageId(), number, m.name(), m.aliases(), m.content(), m.participants(),
                m.kpis(), m.budget(), m.projects(), m.effect(), m.roleSharing(), m.sdgs(), m.notes());
    }

    static Direction withMeasures(Direction d, List<Measure> measures) {
        return measures.equals(d.measures()) ? d
                : new Direction(d.id(), d.title(), d.agreement(), d.roles(), measures);
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
            plans.add(revs.equals(p.revisions()) ? p : new Plan(p.id(), p.edition(), p.title(), p.startFy(),
                    p.endFy(), p.grading(), revs, p.kpiReports()));
        }
        return new Sphere(s.name(), s.municipalities(), s.centralMunicipalityId(), plans, s.opinionKinds(), s.opinions(),
                s.changeReasons());
    }

    static Sphere mapDirections(Sphere s, UnaryOperator<Direction> f) {
        Sphere out = s;
        for (Revision r : s.revisions().toList()) {
            out = mapRevision(out, r.id(), rev -> mapDirections(rev, f));
        }
        return out;
    }

    static Revision mapDirections(Revision r, UnaryOperator<Direction> f) {
        List<Perspective> ps = new ArrayList<>();
        for (Perspective pe : r.perspectives()) {
            List<PolicyArea> as = new ArrayList<>();
            for (PolicyArea a : pe.policyAreas()) {
                as.add(new PolicyArea(a.id(), a.name(), a.directions().stream().map(f).toList()));
            }
            ps.add(new Perspective(pe.id(), pe.name(), as));
        }
        return new Revision(r.id(), r.name(), r.date(), r.status(), r.basedOnId(), r.note(), ps);
    }
}
