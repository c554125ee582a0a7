package jp.kyoseivision.diff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One line of a budget comparison, whole thousand yen; an amount is {@code null} when that side has no figure.
 *
 * <p>Two revisions of plans whose periods overlap (the same plan, typically) are compared by fiscal year: the line
 * holds one year on both sides ({@code oldFy == newFy}, {@code planYear} null) and the change is a difference and a
 * percentage. Plans whose periods do not overlap (an edition and the next, e.g. 2024–2028 and 2029–2033) are
 * compared by plan year: 1年目 (2024 | 2029) … 5年目 (2028 | 2033), the two amounts side by side, with no difference
 * and no percentage — a budget of the new period is not a change of the old period's amount.
 *
 * @param planYear 1 for the plan's first year …, when compared by plan year; {@code null} by fiscal year
 */
public record BudgetLine(int oldFy, int newFy, Long oldAmount, Long newAmount, Integer planYear) {
    /** A line compared by fiscal year. */
    public BudgetLine(int fy, Long oldAmount, Long newAmount) {
        this(fy, fy, oldAmount, newAmount, null);
    }

    /** Whether the line pairs the same year of two plan periods rather than the same fiscal year. */
    public boolean byPlanYear() {
        return planYear != null;
    }

    /** The fiscal year of the newer side (the one year of both sides when compared by fiscal year). */
    public int fy() {
        return newFy;
    }

    /**
     * New minus old, a missing side counting as 0; {@code null} by plan year, where the amounts belong to two
     * periods.
     */
    public Long difference() {
        if (byPlanYear()) {
            return null;
        }
        return (newAmount == null ? 0 : newAmount) - (oldAmount == null ? 0 : oldAmount);
    }

    /**
     * The change in percent of the old amount, one decimal; {@code null} by plan year and when there is no old
     * amount above 0.
     */
    public BigDecimal percent() {
        if (byPlanYear() || oldAmount == null || oldAmount == 0) {
            return null;
        }
        return BigDecimal.valueOf(difference()).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(oldAmount), 1, RoundingMode.HALF_UP);
    }

    /** Whether the amount of the year was changed; never by plan year (two periods, not one amount revised). */
    public boolean changed() {
        return !byPlanYear() && !Objects.equals(oldAmount, newAmount);
    }
}
