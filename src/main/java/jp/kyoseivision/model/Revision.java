package jp.kyoseivision.model;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * A named, dated, complete snapshot of a plan (案, 策定, 2025年度改定 …). Any two revisions can be compared.
 *
 * @param basedOnId the revision this one was copied from, or {@code null}
 */
public record Revision(String id, String name, LocalDate date, RevisionStatus status, String basedOnId, String note,
        List<Perspective> perspectives) {
    public Revision {
        Checks.id(id, "revision.id");
        Checks.required(name, "revision.name");
        Checks.line(name, "revision.name");
        Checks.longText(note, "revision.note");
        status = status == null ? RevisionStatus.DRAFT : status;
        if (basedOnId != null) {
            Checks.id(basedOnId, "revision.basedOnId");
        }
        perspectives = Checks.list(perspectives, "revision.perspectives");
    }

    public Stream<PolicyArea> policyAreas() {
        return perspectives.stream().flatMap(p -> p.policyAreas().stream());
    }

    public Stream<Direction> directions() {
        return policyAreas().flatMap(a -> a.directions().stream());
    }

    /** All cards of this revision in plan order. */
    public List<Measure> measures() {
        return directions().flatMap(d -> d.measures().stream()).toList();
    }
}
