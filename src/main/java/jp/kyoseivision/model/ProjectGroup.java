package jp.kyoseivision.model;

import java.util.List;

/**
 * Named projects of an item, grouped: {@code municipalityId == null} is 【共通】 (or the plan's own list),
 * otherwise the group of that municipality (【一関市】, 【平泉町】 …).
 */
public record ProjectGroup(String municipalityId, List<Project> projects) {
    public ProjectGroup {
        if (municipalityId != null) {
            Checks.id(municipalityId, "projects.municipalityId");
        }
        projects = Checks.list(projects, "projects.names");
    }

    /** A group of projects that are only names. */
    public static ProjectGroup ofNames(String municipalityId, List<String> names) {
        return new ProjectGroup(municipalityId,
                Checks.list(names, "projects.names").stream().map(Project::of).toList());
    }

    /** The projects' names in order. */
    public List<String> names() {
        return projects.stream().map(Project::name).toList();
    }

    public boolean common() {
        return municipalityId == null;
    }
}
