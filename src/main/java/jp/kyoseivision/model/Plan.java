package jp.kyoseivision.model;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/** A plan edition (第2次, 第3次 共生ビジョン): its fiscal-year period, grading rule, revisions and KPI reports. */
public record Plan(String id, int edition, String title, int startFy, int endFy, GradingRule grading,
        List<Revision> revisions, List<KpiReport> kpiReports) {
    public Plan {
        Checks.id(id, "plan.id");
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
        grading = grading == null ? new GradingRule(null, List.of()) : grading;
        revisions = Checks.list(revisions, "plan.revisions");
        Checks.unique(revisions, Revision::id, "revision.id");
        kpiReports = Checks.list(kpiReports, "plan.kpiReports");
        Checks.unique(kpiReports, KpiReport::id, "report.id");
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
