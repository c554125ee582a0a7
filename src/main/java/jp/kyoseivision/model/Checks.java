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
