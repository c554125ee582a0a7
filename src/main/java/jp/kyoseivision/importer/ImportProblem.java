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

    /** In the current language ({@link Texts#language()}: the UI's, or the command line's --lang). */
    public String message() {
        return message(Texts.language());
    }
}
