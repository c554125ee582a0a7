package jp.kyoseivision.kpi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.KpiActual;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Node;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Revision;

/**
 * The KPI results of one plan (its current revision): every KPI with its actual and computed grade per fiscal
 * year of the plan, the summaries per year and the consistency findings.
 *
 * <p>{@code lines} are the KPIs the plan is evaluated by, in print order: each node's 数値目標 (002, 003) before the
 * items under it, and the items' KPIs (the vision's 33). {@code targets} are the plan's own targets printed for the
 * whole plan (the 3rd vision's 人口 and 高齢化率, 003's 人口): they are listed, entered, exported and shown as a
 * percentage of their target, but not counted in the summaries per grade (the printed report counts 33).
 */
public record KpiResults(Plan plan, Revision revision, List<Integer> years, List<KpiLine> lines,
        List<KpiLine> targets) {
    public KpiResults {
        years = List.copyOf(years);
        lines = List.copyOf(lines);
        targets = List.copyOf(targets);
    }

    /** Grades every KPI of {@code plan}'s current revision for each fiscal year of the plan. */
    public static KpiResults of(Plan plan) {
        Revision rev = plan.current().orElse(null);
        List<KpiLine> lines = new ArrayList<>();
        List<KpiLine> targets = new ArrayList<>();
        if (rev != null) {
            for (Kpi k : rev.kpis()) {
                targets.add(new KpiLine("", null, k, years(plan, k),
                        new KpiGroup(KpiGroup.Scope.PLAN, null, null, null)));
            }
            for (Node n : rev.nodes()) {
                walk(plan, n, 0, lines);
            }
            rev.items().forEach(m -> items(plan, m, lines));
        }
        return new KpiResults(plan, rev, plan.fiscalYears(), lines, targets);
    }

    private static void walk(Plan plan, Node n, int depth, List<KpiLine> out) {
        List<String> levels = plan.kind().levels();
        String level = depth < levels.size() ? levels.get(depth) : "";
        for (int i = 0; i < n.kpis().size(); i++) {
            Kpi k = n.kpis().get(i);
            String code = n.code() == null ? "" : n.code();
            String no = n.kpis().size() == 1 ? code : code + (code.isEmpty() ? "" : "-") + (i + 1);
            out.add(new KpiLine(no, null, k, years(plan, k), new KpiGroup(KpiGroup.Scope.NODE, level, n.name(),
                    n.id())));
        }
        n.measures().forEach(m -> items(plan, m, out));
        n.children().forEach(c -> walk(plan, c, depth + 1, out));
    }

    private static void items(Plan plan, Measure m, List<KpiLine> out) {
        for (int i = 0; i < m.kpis().size(); i++) {
            Kpi k = m.kpis().get(i);
            String no = m.kpis().size() == 1 ? String.valueOf(m.number()) : m.number() + "-" + (i + 1);
            out.add(new KpiLine(no, m, k, years(plan, k), new KpiGroup(KpiGroup.Scope.ITEM, plan.kind().item(),
                    m.name(), m.id())));
        }
    }

    private static List<YearResult> years(Plan plan, Kpi k) {
        List<YearResult> years = new ArrayList<>();
        for (int fy : plan.fiscalYears()) {
            KpiActual a = k.actual(fy).orElse(null);
            years.add(new YearResult(fy, a, KpiGrader.grade(plan.grading(), k, a == null ? null : a.value())));
        }
        return years;
    }

    /** Every KPI listed: the plan's own targets first, then {@link #lines()}. */
    public List<KpiLine> all() {
        return Stream.concat(targets.stream(), lines.stream()).toList();
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
