package jp.kyoseivision.diff;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One fiscal year of a budget comparison, whole thousand yen; an amount is {@code null} when that side has no
 * figure for the year.
 */
public record BudgetLine(int fy, Long oldAmount, Long newAmount) {
    /** New minus old, a missing side counting as 0. */
    public long difference() {
        return (newAmount == null ? 0 : newAmount) - (oldAmount == null ? 0 : oldAmount);
    }

    /** The change in percent of the old amount, one decimal; {@code null} when there is no old amount above 0. */
    public BigDecimal percent() {
        if (oldAmount == null || oldAmount == 0) {
            return null;
        }
        return BigDecimal.valueOf(difference()).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(oldAmount), 1, RoundingMode.HALF_UP);
    }

    public boolean changed() {
        return !java.util.Objects.equals(oldAmount, newAmount);
    }
}
