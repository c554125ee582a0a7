package jp.kyoseivision.model;

import java.math.BigDecimal;

/** One grade of a grading rule: e.g. A 達成 from 100 %; {@code minPercent} is the lower bound, inclusive. */
public record GradeBand(String grade, String label, BigDecimal minPercent) {
    public GradeBand {
        if (grade == null || !(grade.length() == 1 && grade.charAt(0) >= 'A' && grade.charAt(0) <= 'Z')) {
            throw new ValidationException("model.grade", "grading.grade", grade);
        }
        Checks.required(label, "grading.label");
        Checks.line(label, "grading.label");
        Checks.decimal(minPercent, "grading.minPercent");
        if (minPercent == null || minPercent.signum() < 0) {
            throw new ValidationException("model.required", "grading.minPercent");
        }
    }
}
