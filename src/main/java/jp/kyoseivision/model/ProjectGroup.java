package jp.kyoseivision.model;

import java.util.List;

/**
 * Named budget lines (事業名称) of a card, grouped: {@code municipalityId == null} is 【共通】, otherwise the group
 * of that municipality (【一関市】, 【平泉町】 …).
 */
public record ProjectGroup(String municipalityId, List<String> names) {
    public ProjectGroup {
        if (municipalityId != null) {
            Checks.id(municipalityId, "projects.municipalityId");
        }
        names = Checks.list(names, "projects.names");
        for (String n : names) {
            Checks.required(n, "projects.names");
            Checks.line(n, "projects.names");
        }
    }

    public boolean common() {
        return municipalityId == null;
    }
}
