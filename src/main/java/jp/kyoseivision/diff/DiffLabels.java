package jp.kyoseivision.diff;

import java.util.Locale;
import jp.kyoseivision.model.ChangeKind;
import jp.kyoseivision.text.Texts;

/** Names of change kinds and fields in Japanese or English, shared by the exports, the CLI and the view. */
public final class DiffLabels {
    private DiffLabels() {
    }

    public static String kind(ChangeKind kind, Locale locale) {
        return Texts.format(locale, "diff.kind." + kind.name());
    }

    public static String field(Field field, Locale locale) {
        return Texts.format(locale, "diff.field." + field.name());
    }

    /** ① … ⑳, then (21), (22) …: how the official table numbers its deletions, changes and additions. */
    public static String circled(int n) {
        return n >= 1 && n <= 20 ? String.valueOf((char) ('\u2460' + n - 1)) : "(" + n + ")";
    }
}
