package jp.kyoseivision.report;

import jp.kyoseivision.text.LocalizedException;
import org.junit.jupiter.api.Assumptions;

/** The Japanese font for PDF tests; the tests are skipped (with the reason) only where no such font exists. */
public final class TestFonts {
    private TestFonts() {
    }

    public static JapaneseFont japanese() {
        try {
            return FontLocator.find(null);
        } catch (LocalizedException e) {
            Assumptions.abort("no Japanese TrueType font on this machine (CI installs fonts-ipaexfont via .ci/run): "
                    + e.getMessage());
            throw e;
        }
    }
}
