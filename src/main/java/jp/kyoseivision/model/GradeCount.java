package jp.kyoseivision.model;

import java.math.BigDecimal;

/** A line of a KPI report's summary as printed: "A：達成 9項目（27.3%）". */
public record GradeCount(String grade, int count, BigDecimal percent) {
    public GradeCount {
        Checks.decimal(percent, "report.counts.percent");
        if (grade == null || !(grade.length() == 1 && grade.charAt(0) >= 'A' && grade.charAt(0) <= 'Z')) {
            throw new ValidationException("model.grade", "report.grade", grade);
        }
        if (count < 0) {
            throw new ValidationException("model.positive", "report.count", String.valueOf(count));
        }
    }
}
