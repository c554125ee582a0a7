package jp.kyoseivision.kpi;

import java.util.Locale;
import jp.kyoseivision.text.Texts;

/**
 * What a KPI belongs to, as the plan prints it: an item (the vision's 具体的な取組, 002's 施策展開の方向性), a node
 * (002's 基本目標 with its 数値目標) or the whole plan (the 3rd vision's 人口 and 高齢化率).
 *
 * @param level  the name of the level ("基本目標", the kind's item name); may be empty (003's unnamed level)
 * @param name   the item's or node's name; {@code null} for the whole plan
 * @param nodeId the node's id ({@link Scope#NODE}), the item's id ({@link Scope#ITEM}), else {@code null}
 */
public record KpiGroup(Scope scope, String level, String name, String nodeId) {
    /** Where a KPI sits in a plan. */
    public enum Scope { ITEM, NODE, PLAN }

    public KpiGroup {
        level = level == null ? "" : level;
    }

    /** 「基本目標：市民が力を…」, 「施策展開の方向性：移住定住の促進」, or 「計画全体」. */
    public String label(Locale locale) {
        if (scope == Scope.PLAN) {
            return Texts.format(locale, "kpi.group.plan");
        }
        return level.isEmpty() ? name : Texts.format(locale, "kpi.group.label", level, name);
    }
}
