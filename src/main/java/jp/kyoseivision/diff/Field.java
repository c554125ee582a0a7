package jp.kyoseivision.diff;

/**
 * A compared field of a card. KPI fields carry the KPI's position (1, 2, …) as qualifier; section fields the
 * section's label and item number; project detail fields the project's name. The order is the display order.
 */
public enum Field {
    NAME,
    CODE,
    POLICY_AREA,
    DIRECTION,
    CONTENT,
    SECTION,
    PARTICIPANTS,
    KPI,
    KPI_NAME,
    KPI_QUALIFIER,
    KPI_UNIT,
    KPI_BASELINE,
    KPI_TARGET,
    BUDGET,
    PROJECTS,
    PROJECT_NEW,
    PROJECT_DEPARTMENTS,
    PROJECT_SUMMARY,
    PROJECT_YEARS,
    EFFECT,
    ROLE_SHARING,
    SDGS,
    NOTES
}
