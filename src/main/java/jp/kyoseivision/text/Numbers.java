package jp.kyoseivision.text;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as officers read them: thousands separators, decimals exactly as stored. */
public final class Numbers {
    private Numbers() {
    }

    /** 48221 → "48,221". */
    public static String grouped(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** 27932 → "27,932"; 88.2 → "88.2"; keeps every stored decimal digit. */
    public static String grouped(BigDecimal value) {
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setMaximumFractionDigits(Math.max(0, value.scale()));
        f.setMinimumFractionDigits(Math.max(0, value.scale()));
        return f.format(value);
    }
}
