package jp.kyoseivision.model;

/** What a kind of plan prints beside an item's name: the views show only the parts its kind has. */
public enum PlanFeature {
    /** 取組の内容: the item's content text. */
    CONTENT,
    /** 参加市町村: the municipalities that take part. */
    PARTICIPANTS,
    /** Each municipality's role (一関市の役割 …) on the level above the items. */
    ROLES,
    /** 事業費 per fiscal year. */
    BUDGET,
    /** Named projects (事業名称 / 具体的な事業). */
    PROJECTS,
    /** Projects grouped 【共通】 / per municipality. */
    PROJECTS_BY_MUNICIPALITY,
    /** A project's 新規 mark, 担当課 and 事業概要. */
    PROJECT_DETAILS,
    /** A project's per-year marks (●). */
    SCHEDULE,
    /** 期待される効果. */
    EFFECT,
    /** 役割分担. */
    ROLE_SHARING,
    /** SDG goal numbers. */
    SDGS
}
