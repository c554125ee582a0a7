package jp.kyoseivision.model;

import java.util.List;

/**
 * A named project (事業名称 / 具体的な事業 / 3カ年の取組) of an item.
 *
 * @param number      the printed number, or {@code null}
 * @param isNew       marked 新規 (never {@code null}: none given is false; a wrapper so that a JSON document may leave
 *                    a false mark out)
 * @param reposted    marked 再掲 (also listed under another item; as {@code isNew})
 * @param departments 担当課 in printed order
 * @param summary     事業概要, or {@code null}
 * @param years       the fiscal years marked ●, ascending; they may lie outside the plan's period (a rolling plan)
 */
public record Project(String name, Integer number, Boolean isNew, Boolean reposted, List<String> departments,
        String summary, List<Integer> years, String note) {
    public Project {
        Checks.required(name, "projects.names");
        Checks.line(name, "projects.names");
        if (number != null && number < 1) {
            throw new ValidationException("model.positive", "project.number", String.valueOf(number));
        }
        isNew = Boolean.TRUE.equals(isNew);
        reposted = Boolean.TRUE.equals(reposted);
        departments = Checks.list(departments, "project.departments");
        Checks.lines(departments, "project.departments");
        Checks.longText(summary, "project.summary");
        Checks.longText(note, "project.note");
        years = Checks.list(years, "project.years");
        years.forEach(y -> Checks.fiscalYear(y, "project.years"));
        Checks.unique(years, String::valueOf, "project.years");
        years = years.stream().sorted().toList();
    }

    /** A project that is only a name. */
    public static Project of(String name) {
        return new Project(name, null, false, false, List.of(), null, List.of(), null);
    }
}
