package jp.kyoseivision.model;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A plan edition (第2次, 第3次 共生ビジョン; 第2期 総合戦略 …): its series, kind, fiscal-year period, grading rule,
 * revisions and KPI reports.
 *
 * @param series              the plans that follow one another ("vision", "sogo-senryaku"); edition is unique in it
 * @param kind                the plan's shape (levels, item name, what it shows)
 * @param ownerMunicipalityId the municipality whose plan it is, {@code null} = the whole sphere (a joint plan)
 * @param grading             the grading rule; one without bands = no grading (KPIs shown as % of target)
 */
public record Plan(String id, String series, int edition, String title, int startFy, int endFy, PlanKind kind,
        String ownerMunicipalityId, GradingRule grading, List<Revision> revisions, List<KpiReport> kpiReports) {
    /** The series of the 共生ビジョン editions: the default of a plan that names none. */
    public static final String VISION_SERIES = "vision";

    public Plan {
        Checks.id(id, "plan.id");
        series = series == null ? VISION_SERIES : series;
        Checks.id(series, "plan.series");
        if (edition < 1) {
            throw new ValidationException("model.positive", "plan.edition", String.valueOf(edition));
        }
        Checks.required(title, "plan.title");
        Checks.line(title, "plan.title");
        Checks.fiscalYear(startFy, "plan.startFy");
        Checks.fiscalYear(endFy, "plan.endFy");
        if (endFy < startFy) {
            throw new ValidationException("model.fyRange", String.valueOf(startFy), String.valueOf(endFy));
        }
        kind = kind == null ? PlanKind.VISION : kind;
        if (ownerMunicipalityId != null) {
            Checks.id(ownerMunicipalityId, "plan.ownerMunicipalityId");
        }
        grading = grading == null ? new GradingRule(null, List.of()) : grading;
        revisions = Checks.list(revisions, "plan.revisions");
        Checks.unique(revisions, Revision::id, "revision.id");
        kpiReports = Checks.list(kpiReports, "plan.kpiReports");
        Checks.unique(kpiReports, KpiReport::id, "report.id");
    }

    /** A 共生ビジョン edition of the whole sphere. */
    public Plan(String id, int edition, String title, int startFy, int endFy, GradingRule grading,
            List<Revision> revisions, List<KpiReport> kpiReports) {
        this(id, VISION_SERIES, edition, title, startFy, endFy, PlanKind.VISION, null, grading, revisions,
                kpiReports);
    }

    /** This plan with other revisions (everything else kept). */
    public Plan withRevisions(List<Revision> list) {
        return new Plan(id, series, edition, title, startFy, endFy, kind, ownerMunicipalityId, grading, list,
                kpiReports);
    }

    /** This plan with other KPI reports (everything else kept). */
    public Plan withKpiReports(List<KpiReport> list) {
        return new Plan(id, series, edition, title, startFy, endFy, kind, ownerMunicipalityId, grading, revisions,
                list);
    }

    /** This plan with another grading rule (everything else kept). */
    public Plan withGrading(GradingRule rule) {
        return new Plan(id, series, edition, title, startFy, endFy, kind, ownerMunicipalityId, rule, revisions,
                kpiReports);
    }

    /** True when the plan grades its KPIs (its rule has bands). */
    public boolean graded() {
        return !grading.bands().isEmpty();
    }

    /** The plan's fiscal years in order, e.g. 2024..2028. */
    public List<Integer> fiscalYears() {
        return IntStream.rangeClosed(startFy, endFy).boxed().toList();
    }

    /** The latest revision: the last in the list (revisions are kept in the order they were made). */
    public Optional<Revision> current() {
        return revisions.isEmpty() ? Optional.empty() : Optional.of(revisions.get(revisions.size() - 1));
    }
}
