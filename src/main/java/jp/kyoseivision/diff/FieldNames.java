package jp.kyoseivision.diff;

import java.util.Locale;
import jp.kyoseivision.model.PlanKind;
import jp.kyoseivision.text.Texts;

/**
 * The names of compared fields as the two plans call them. Between two 共生ビジョン revisions they are the
 * vision's (施策名, 政策分野, 取組分野, 成果指標, 事業名称: {@link DiffLabels}); for other kinds the path fields carry the
 * plans' own level names (基本目標, 施策展開の基本的方向 …), the indicators and projects the kind's headings
 * (重要業績評価指標（KPI）, 具体的な事業, 3カ年の取組の展開) and the name the kind's item (施策名, プロジェクト名).
 */
public final class FieldNames {
    private final PlanKind older;
    private final PlanKind newer;
    private final Locale locale;
    private final boolean vision;

    public FieldNames(PlanKind older, PlanKind newer, Locale locale) {
        this.older = older;
        this.newer = newer;
        this.locale = locale;
        this.vision = older.id().equals(PlanKind.VISION.id()) && newer.id().equals(PlanKind.VISION.id());
    }

    public static FieldNames of(RevisionDiff d, Locale locale) {
        return new FieldNames(d.fromPlan().kind(), d.toPlan().kind(), locale);
    }

    /** Whether both plans are 共生ビジョン (every name is the vision's). */
    public boolean vision() {
        return vision;
    }

    /** The names as one side's plan alone calls its fields (a card on one side only: added or deleted). */
    public FieldNames side(boolean old) {
        PlanKind k = old ? older : newer;
        return new FieldNames(k, k, locale);
    }

    /** What the newer plan calls an item (具体的な取組, 施策, プロジェクト). */
    public String item() {
        return newer.item();
    }

    public String field(Field f) {
        if (vision) {
            return DiffLabels.field(f, locale);
        }
        return switch (f) {
            case NAME -> Texts.format(locale, "diff.field.NAME.of", newer.item());
            case POLICY_AREA -> level(older.depth() - 2, newer.depth() - 2, f);
            case DIRECTION -> level(older.depth() - 1, newer.depth() - 1, f);
            case KPI -> heading(older.kpiHeading(), newer.kpiHeading(), f);
            case PROJECTS -> heading(older.projectsHeading(), newer.projectsHeading(), f);
            default -> DiffLabels.field(f, locale);
        };
    }

    /** The label of one change: a section entry by its label and number (推進方針 4), else the field's name. */
    public String change(FieldChange c) {
        return c.field() == Field.SECTION && c.qualifier() != null ? c.qualifier() : field(c.field());
    }

    private String level(int o, int n, Field f) {
        if (o < 0 && n < 0) {
            return DiffLabels.field(f, locale);
        }
        String a = o < 0 ? "" : older.levelName(o);
        String b = n < 0 ? "" : newer.levelName(n);
        if (a.equals(b)) {
            return a.isBlank() ? unnamed(n) : a;
        }
        return (a.isBlank() ? unnamed(o) : a) + "／" + (b.isBlank() ? unnamed(n) : b);
    }

    private String unnamed(int level) {
        return Texts.format(locale, "diff.level.unnamed", level + 1);
    }

    private String heading(String a, String b, Field f) {
        String x = a == null || a.isBlank() ? null : a;
        String y = b == null || b.isBlank() ? null : b;
        if (x == null && y == null) {
            return DiffLabels.field(f, locale);
        }
        return x == null || y == null || x.equals(y) ? (y != null ? y : x) : x + "／" + y;
    }
}
