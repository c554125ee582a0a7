package jp.kyoseivision.model;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Small validation helpers shared by the records of this package. */
final class Checks {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
    static final int MIN_FY = 1900;
    static final int MAX_FY = 2200;

    private Checks() {
    }

    static String id(String value, String field) {
        if (value == null || !ID.matcher(value).matches()) {
            throw new ValidationException("model.id", field, value);
        }
        return value;
    }

    static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new ValidationException("model.required", field);
        }
        return value;
    }

    /** Optional text: null stays null; the empty string is kept as empty (both mean "not printed"). */
    static String text(String value) {
        return value;
    }

    /**
     * The longest one-line text (a name, title, unit, label): 200 characters. The longest in the bundled plans is
     * 44 (a card name); a card prints a name on one or two lines.
     */
    public static final int MAX_LINE = 200;
    /**
     * The longest multi-line text (内容, 効果, 役割分担, an opinion and its answer …): 10,000 characters. The longest
     * in the bundled plans is 564 (an answer to a public comment); a whole printed card holds about 3,000.
     */
    public static final int MAX_TEXT = 10_000;

    /** A one-line text (may be null): at most {@link #MAX_LINE} characters, valid Unicode, no control character. */
    static String line(String value, String field) {
        return checkText(value, field, MAX_LINE, false);
    }

    /** A multi-line text (may be null): at most {@link #MAX_TEXT} characters; tab and line breaks allowed. */
    static String longText(String value, String field) {
        return checkText(value, field, MAX_TEXT, true);
    }

    /** Each element as {@link #line}. */
    static void lines(List<String> values, String field) {
        for (String v : values) {
            line(v, field);
        }
    }

    private static String checkText(String value, String field, int max, boolean multiLine) {
        if (value == null) {
            return null;
        }
        if (value.length() > max) {
            throw new ValidationException("model.text.tooLong", field, String.valueOf(value.length()),
                    String.valueOf(max));
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new ValidationException("model.text.surrogate", field, String.valueOf(i + 1),
                        String.format("U+%04X", (int) c));
            } else if (Character.getType(c) == Character.CONTROL
                    && !(multiLine && (c == '\t' || c == '\n' || c == '\r'))) {
                throw new ValidationException("model.text.control", field, String.valueOf(i + 1),
                        String.format("U+%04X", (int) c));
            }
        }
        return value;
    }

    /**
     * A decimal figure (KPI value, grade percentage): at most 15 digits before the decimal point and 6 after, so any
     * figure prints, stores and compares in bounded time (1e10000000 is 13 characters of JSON but 10 million digits
     * written out).
     */
    static java.math.BigDecimal decimal(java.math.BigDecimal value, String field) {
        if (value == null) {
            return null;
        }
        // precision - scale = digits before the point; both are cheap even for 1e999999999
        long intDigits = (long) value.precision() - value.scale();
        boolean tooBig = intDigits > MAX_INTEGER_DIGITS;
        boolean tooFine = value.scale() > MAX_SCALE && value.stripTrailingZeros().scale() > MAX_SCALE;
        if (tooBig || tooFine) {
            throw new ValidationException("model.decimal.range", field, shortText(value),
                    String.valueOf(MAX_INTEGER_DIGITS), String.valueOf(MAX_SCALE));
        }
        return value;
    }

    static final int MAX_INTEGER_DIGITS = 15;
    static final int MAX_SCALE = 6;

    /** A number for a message: never written out in full when it is huge. */
    private static String shortText(java.math.BigDecimal v) {
        String s = v.toString(); // scientific for large exponents (1E+999999999): as long as its digits
        return s.length() > 30 ? s.substring(0, 30) + "…" : s;
    }

    static int fiscalYear(int fy, String field) {
        if (fy < MIN_FY || fy > MAX_FY) {
            throw new ValidationException("model.fy", field, String.valueOf(fy));
        }
        return fy;
    }

    static <T> List<T> list(List<T> values, String field) {
        if (values == null) {
            return List.of();
        }
        for (T v : values) {
            if (v == null) {
                throw new ValidationException("model.nullElement", field);
            }
        }
        return List.copyOf(values);
    }

    static <T> void unique(Collection<T> values, Function<T, String> key, String field) {
        Set<String> seen = new HashSet<>();
        for (T v : values) {
            String k = key.apply(v);
            if (!seen.add(k)) {
                throw new ValidationException("model.duplicate", field, k);
            }
        }
    }
}
