package jp.kyoseivision.model;

/** Which way a KPI improves. */
public enum Better {
    HIGHER,
    LOWER
}
