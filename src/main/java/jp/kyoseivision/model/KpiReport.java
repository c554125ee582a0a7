package jp.kyoseivision.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A KPI results report as the document gives it (e.g. 2nd vision, results to R5 reported 2024-10-09): the fiscal
 * year it reports, its own summary text and its own grade counts. Kept as printed, so they can be checked.
 */
public record KpiReport(String id, int fy, LocalDate date, String title, String summary, List<GradeCount> counts) {
    public KpiReport {
        Checks.id(id, "report.id");
        Checks.fiscalYear(fy, "report.fy");
        Checks.required(title, "report.title");
        Checks.line(title, "report.title");
        Checks.longText(summary, "report.summary");
        counts = Checks.list(counts, "report.counts");
        Checks.unique(counts, GradeCount::grade, "report.counts");
    }
}
