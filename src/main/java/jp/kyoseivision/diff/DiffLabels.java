package jp.kyoseivision.diff;

import java.util.Locale;
import jp.kyoseivision.model.ChangeKind;
import jp.kyoseivision.model.PlanKind;
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

    /**
     * The name of a field for a plan of {@code kind}: {@link Field#POLICY_AREA} is the node above the item's holder
     * and {@link Field#DIRECTION} the holder; the vision calls them 政策分野 and 取組分野 as always, another kind by
     * the names of those levels (基本目標, 施策展開の基本的方向 …) when it names them.
     */
    public static String field(Field field, Locale locale, PlanKind kind) {
        int level = field == Field.POLICY_AREA ? kind.depth() - 2 : field == Field.DIRECTION ? kind.depth() - 1 : -1;
        String name = kind.levelName(level);
        return level < 0 || kind.equals(PlanKind.VISION) || name.isBlank() ? field(field, locale) : name;
    }

    /** ① … ⑳, then (21), (22) …: how the official table numbers its deletions, changes and additions. */
    public static String circled(int n) {
        return n >= 1 && n <= 20 ? String.valueOf((char) ('\u2460' + n - 1)) : "(" + n + ")";
    }
}
