package jp.kyoseivision.diff;

/** A compared field of a card. KPI fields carry the KPI's position (1, 2, …) as qualifier. */
public enum Field {
    NAME,
    POLICY_AREA,
    DIRECTION,
    CONTENT,
    PARTICIPANTS,
    KPI,
    KPI_NAME,
    KPI_UNIT,
    KPI_BASELINE,
    KPI_TARGET,
    BUDGET,
    PROJECTS,
    EFFECT,
    ROLE_SHARING,
    SDGS,
    NOTES
}
