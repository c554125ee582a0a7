package jp.kyoseivision.model;

/** Where an opinion came from. */
public enum OpinionKind {
    /** パブリックコメント */
    PUBLIC_COMMENT,
    /** 懇談会委員の意見 */
    COUNCIL_MEMBER
}
