package jp.kyoseivision.diff;

import java.util.List;
import jp.kyoseivision.model.Project;
import jp.kyoseivision.text.JapaneseYears;

/**
 * The details of the projects two items share (an action plan's 3カ年の取組: 新規, 担当課, 事業概要, the years marked ●),
 * compared project by project: projects pair by name (after NFKC) within their group; projects added or removed
 * are the {@link Field#PROJECTS} change. Each differing detail is a change qualified by the project's name (and its
 * group, 【一関市】 …, where the plan lists projects per municipality).
 */
final class ProjectDetails {
    /** The mark of a new project as the plans print it. */
    static final String NEW = "新規";

    private ProjectDetails() {
    }

    static void compare(List<FieldChange> out, String group, List<Project> a, List<Project> b) {
        for (Project n : b) {
            String name = NameSimilarity.normalize(n.name());
            a.stream().filter(o -> NameSimilarity.normalize(o.name()).equals(name)).findFirst()
                    .ifPresent(o -> compare(out, group == null ? n.name() : group + " " + n.name(), o, n));
        }
    }

    private static void compare(List<FieldChange> out, String q, Project o, Project n) {
        if (!o.isNew().equals(n.isNew())) {
            out.add(FieldChange.value(Field.PROJECT_NEW, q, o.isNew() ? NEW : null, n.isNew() ? NEW : null));
        }
        FieldComparer.list(out, Field.PROJECT_DEPARTMENTS, q, o.departments(), n.departments());
        String x = o.summary() == null ? "" : o.summary();
        String y = n.summary() == null ? "" : n.summary();
        if (!x.equals(y)) {
            out.add(FieldChange.text(Field.PROJECT_SUMMARY, q, o.summary(), n.summary()));
        }
        FieldComparer.list(out, Field.PROJECT_YEARS, q, years(o), years(n));
    }

    /** The years marked ● as the plan prints them: R7, R8, R9. */
    private static List<String> years(Project p) {
        return p.years().stream().map(JapaneseYears::shortForm).toList();
    }
}
