package jp.kyoseivision.kpi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.KpiActual;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Revision;

/**
 * The KPI results of one plan (its current revision): every KPI with its actual and computed grade per fiscal
 * year of the plan, the summaries per year and the consistency findings.
 */
public record KpiResults(Plan plan, Revision revision, List<Integer> years, List<KpiLine> lines) {
    public KpiResults {
        years = List.copyOf(years);
        lines = List.copyOf(lines);
    }

    /** Grades every KPI of {@code plan}'s current revision for each fiscal year of the plan. */
    public static KpiResults of(Plan plan) {
        Revision rev = plan.current().orElse(null);
        List<KpiLine> lines = new ArrayList<>();
        if (rev != null) {
            for (Measure m : rev.measures()) {
                for (int i = 0; i < m.kpis().size(); i++) {
                    Kpi k = m.kpis().get(i);
                    String no = m.kpis().size() == 1 ? String.valueOf(m.number()) : m.number() + "-" + (i + 1);
                    List<YearResult> years = new ArrayList<>();
                    for (int fy : plan.fiscalYears()) {
                        KpiActual a = k.actual(fy).orElse(null);
                        years.add(new YearResult(fy, a, KpiGrader.grade(plan.grading(), k, a == null ? null
                                : a.value())));
                    }
                    lines.add(new KpiLine(no, m, k, years));
                }
            }
        }
        return new KpiResults(plan, rev, plan.fiscalYears(), lines);
    }

    public GradeSummary summary(int fy, GradeSource source) {
        return GradeSummary.of(plan.grading(), lines, fy, source);
    }

    /** Summaries of the computed grades, one per fiscal year. */
    public List<GradeSummary> summaries() {
        return years.stream().map(fy -> summary(fy, GradeSource.COMPUTED)).toList();
    }

    public List<Finding> findings(Locale locale) {
        return Consistency.findings(this, locale);
    }
}
