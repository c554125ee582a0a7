package jp.kyoseivision.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import jp.kyoseivision.model.GradeBand;
import jp.kyoseivision.model.GradeCount;
import jp.kyoseivision.model.KpiReport;

/** Finds where a report's recorded grades, overview table and printed summary contradict the rule or each other. */
final class Consistency {
    private Consistency() {
    }

    static List<Finding> findings(KpiResults r, Locale locale) {
        List<Finding> out = new ArrayList<>();
        for (KpiLine line : r.lines()) {
            for (YearResult y : line.years()) {
                if (y.actual() != null) {
                    kpiFindings(line, y, locale, out);
                }
            }
        }
        for (KpiReport report : r.plan().kpiReports()) {
            summaryFindings(r, report, out);
        }
        return out;
    }

    private static void kpiFindings(KpiLine line, YearResult y, Locale locale, List<Finding> out) {
        GradeOutcome c = y.computed();
        String rec = y.recorded();
        String ov = y.overview();
        if (c.hasGrade()) {
            if (rec != null && !rec.equals(c.grade())) {
                out.add(kpi(FindingKind.RECORDED_VS_RULE, line, y, locale));
            }
            if (ov != null && !ov.equals(c.grade())) {
                out.add(kpi(FindingKind.OVERVIEW_VS_RULE, line, y, locale));
            }
        } else if (rec != null || ov != null) {
            out.add(kpi(FindingKind.GRADE_WITHOUT_RULE, line, y, locale));
        }
        // a missing grade on both sides is no contradiction; one side missing is
        if (!Objects.equals(rec, ov)) {
            out.add(kpi(FindingKind.OVERVIEW_VS_DETAIL, line, y, locale));
        }
    }

    private static Finding kpi(FindingKind kind, KpiLine line, YearResult y, Locale locale) {
        GradeOutcome c = y.computed();
        return new Finding(kind, y.fy(), line.no(), line.kpi().id(), line.kpi().name(),
                KpiValueText.show(y.value()), KpiValueText.show(line.kpi().target()),
                c.percent() == null ? "" : c.percent().toPlainString(), y.recorded(),
                y.overview(), c.grade(), c.reasonText(locale), null, null, null);
    }

    private static void summaryFindings(KpiResults r, KpiReport report, List<Finding> out) {
        if (!r.years().contains(report.fy())) {
            return;
        }
        GradeSummary detail = r.summary(report.fy(), GradeSource.RECORDED);
        GradeSummary rule = r.summary(report.fy(), GradeSource.COMPUTED);
        int total = report.counts().stream().mapToInt(GradeCount::count).sum();
        for (GradeBand b : r.plan().grading().bands()) {
            GradeCount printed = report.counts().stream().filter(gc -> gc.grade().equals(b.grade())).findFirst()
                    .orElse(null);
            int p = printed == null ? 0 : printed.count();
            if (p != detail.count(b.grade())) {
                out.add(summary(FindingKind.SUMMARY_VS_DETAIL, report, b.grade(), p, detail.count(b.grade())));
            }
            if (p != rule.count(b.grade())) {
                out.add(summary(FindingKind.SUMMARY_VS_RULE, report, b.grade(), p, rule.count(b.grade())));
            }
            if (printed != null && printed.percent() != null && total > 0) {
                BigDecimal expected = BigDecimal.valueOf(p * 100L).divide(BigDecimal.valueOf(total), 1,
                        RoundingMode.HALF_UP);
                if (printed.percent().compareTo(expected) != 0) {
                    out.add(new Finding(FindingKind.SUMMARY_PERCENT, report.fy(), null, null, null, null, null, null,
                            null, null, null, null, b.grade(), printed.percent().toPlainString(),
                            expected.toPlainString()));
                }
            }
        }
    }

    private static Finding summary(FindingKind kind, KpiReport report, String grade, int printed, int other) {
        return new Finding(kind, report.fy(), null, null, null, null, null, null, null, null, null, null, grade,
                String.valueOf(printed), String.valueOf(other));
    }
}
