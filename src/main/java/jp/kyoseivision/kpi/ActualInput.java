package jp.kyoseivision.kpi;

import java.math.BigDecimal;
import java.util.Optional;
import jp.kyoseivision.edit.InputParsers;
import jp.kyoseivision.model.KpiActual;
import jp.kyoseivision.model.KpiValue;
import jp.kyoseivision.text.LocalizedException;

/**
 * What an officer types for one KPI in one year, checked before anything is saved: the number (full-width digits
 * and separators accepted: １２，３４５．６ → 12345.6), or a note (中止, 集計不可 …), or both.
 */
public final class ActualInput {
    private ActualInput() {
    }

    /**
     * Parses a number as typed, with the editor's rules ({@link InputParsers#decimal}): full-width digits and
     * commas accepted, thousands separators only in their places, anything else refused. Empty → empty.
     *
     * @throws LocalizedException {@code input.decimal} naming the text
     */
    public static Optional<BigDecimal> number(String text) {
        return Optional.ofNullable(InputParsers.decimal(text));
    }

    /**
     * Builds the actual for {@code fy} from the fields, or {@code null} when every field is empty (nothing to
     * keep for the year).
     *
     * @throws LocalizedException when the number is not a number or the grade is not one of the plan's
     */
    public static KpiActual actual(int fy, String number, String note, String recordedGrade, String overviewGrade,
            String progress, String nextSteps) {
        BigDecimal n = number(number).orElse(null);
        String nt = blankToNull(note);
        KpiValue value = n == null && nt == null ? null : new KpiValue(n, nt);
        String rec = blankToNull(recordedGrade);
        String ov = blankToNull(overviewGrade);
        String p = blankToNull(progress);
        String s = blankToNull(nextSteps);
        if (value == null && rec == null && ov == null && p == null && s == null) {
            return null;
        }
        return new KpiActual(fy, value, rec, ov, p, s);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
