package jp.kyoseivision.model;

import java.util.List;

/**
 * A kind of opinion, as data: パブリックコメント, 懇談会委員意見, 懇談会での意見 in the bundled sphere; another sphere
 * may have 住民説明会 or 議会 as well. Its place in {@link Sphere#opinionKinds()} is its order in lists and filters.
 */
public record OpinionKind(String id, String name) {
    /** The id of the public comment kind (パブリックコメント); a file of schema 1 used it as its enum value. */
    public static final String PUBLIC_COMMENT = "PUBLIC_COMMENT";
    /** The id of the council members' written opinions (懇談会委員意見); schema 1's enum value. */
    public static final String COUNCIL_MEMBER = "COUNCIL_MEMBER";
    /** The id of the opinions voiced at a council meeting (懇談会での意見); new in schema 2. */
    public static final String COUNCIL_MEETING = "COUNCIL_MEETING";

    public OpinionKind {
        Checks.id(id, "opinionKind.id");
        Checks.required(name, "opinionKind.name");
        Checks.line(name, "opinionKind.name");
    }

    /** The kinds a new file starts with, and those a file or JSON document of the first format is given. */
    public static List<OpinionKind> defaults() {
        return List.of(new OpinionKind(PUBLIC_COMMENT, "パブリックコメント"),
                new OpinionKind(COUNCIL_MEMBER, "懇談会委員意見"),
                new OpinionKind(COUNCIL_MEETING, "懇談会での意見"));
    }
}
