package jp.kyoseivision.importer;

import java.util.Locale;
import jp.kyoseivision.text.LocalizedException;
import jp.kyoseivision.text.Texts;

/**
 * One reason a file is refused: where (row as Excel numbers it, 0 = the whole file; the column's heading as written,
 * or {@code null}) and why.
 */
public record ImportProblem(int row, String column, LocalizedException reason) {
    /** 3行目「令和7年度 (2025)」：… in Japanese, row 3, "…": … in English. */
    public String message(Locale locale) {
        if (row <= 0) {
            return reason.message(locale);
        }
        if (column == null || column.isEmpty()) {
            return Texts.format(locale, "budget.problem.row", row, reason);
        }
        return Texts.format(locale, "budget.problem.at", row, column, reason);
    }

    /** Japanese, then English, on one line. */
    public String both() {
        String ja = message(Locale.JAPANESE);
        String en = message(Locale.ENGLISH);
        return ja.equals(en) ? ja : ja + " / " + en;
    }
}
