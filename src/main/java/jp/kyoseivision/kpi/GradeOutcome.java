package jp.kyoseivision.kpi;

import java.math.BigDecimal;
import java.util.Locale;
import jp.kyoseivision.text.Texts;

/**
 * The grade computed for one actual: the grade letter and the ratio in percent (rounded half-up to one decimal,
 * for display only: the grade is decided on the exact ratio), or no grade and the reason.
 *
 * @param percent {@code null} when there is no ratio (no grade, or a lower-is-better KPI with an actual of 0); set
 *                without a grade when the plan has no grading rule ({@link NoGradeReason#NO_BANDS}): the actual as a
 *                percentage of the target, shown without a letter
 * @param note    the actual's note, shown with {@link NoGradeReason#NOTE}
 */
public record GradeOutcome(String grade, BigDecimal percent, NoGradeReason reason, String note) {
    public static GradeOutcome graded(String grade, BigDecimal percent) {
        return new GradeOutcome(grade, percent, null, null);
    }

    public static GradeOutcome none(NoGradeReason reason, String note) {
        return new GradeOutcome(null, null, reason, note);
    }

    public boolean hasGrade() {
        return grade != null;
    }

    /** Why there is no grade, e.g. 「実績値が数値ではありません（コロナのため中止）」; empty when graded. */
    public String reasonText(Locale locale) {
        return reason == null ? "" : Texts.format(locale, "kpi.noGrade." + reason.name(), note == null ? "" : note);
    }
}
