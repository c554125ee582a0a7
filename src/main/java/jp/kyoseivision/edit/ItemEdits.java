package jp.kyoseivision.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Project;
import jp.kyoseivision.model.ProjectGroup;
import jp.kyoseivision.model.Section;
import jp.kyoseivision.model.SectionItem;
import jp.kyoseivision.text.LocalizedException;

/**
 * The changes the item forms of every plan kind make to an item's sections (現状と課題, 主な取組 …: an entry's heading
 * or text, an entry added or removed) and to its projects (a 事業名, 担当課, 事業概要, the 新規 and 再掲 marks, a year of
 * the schedule; a project added or removed). Each returns the item changed; the form commits it as one undoable edit.
 */
public final class ItemEdits {
    private ItemEdits() {
    }

    /** The section labels an item's form shows: the kind's, in order, then any other label the item has. */
    public static List<String> sectionLabels(List<String> kindLabels, Measure m) {
        List<String> out = new ArrayList<>(kindLabels);
        m.sections().stream().map(Section::label).filter(l -> !out.contains(l)).forEach(out::add);
        return out;
    }

    /** The entries under {@code label} (none when the item has no such section). */
    public static List<SectionItem> entries(Measure m, String label) {
        return m.sections().stream().filter(s -> s.label().equals(label)).findFirst().map(Section::items)
                .orElse(List.of());
    }

    /** Entry {@code index} under {@code label} with another heading and text; both empty is refused. */
    public static Measure setEntry(Measure m, String label, int index, String heading, String text) {
        return withEntries(m, label, items -> {
            if (index < 0 || index >= items.size()) {
                return items;
            }
            SectionItem old = items.get(index);
            items.set(index, entry(old.number(), heading, text));
            return items;
        });
    }

    /** A new entry at the end of {@code label} (numbered on from the last when the entries are numbered). */
    public static Measure addEntry(Measure m, String label, String heading, String text) {
        return withEntries(m, label, items -> {
            String number = null;
            if (!items.isEmpty() && items.get(items.size() - 1).number() != null) {
                try {
                    number = String.valueOf(Integer.parseInt(items.get(items.size() - 1).number().strip()) + 1);
                } catch (NumberFormatException e) {
                    number = null; // ▶, ○ …: a new entry is not numbered
                }
            }
            items.add(entry(number, heading, text));
            return items;
        });
    }

    /** Entry {@code index} under {@code label} removed; a section left empty is dropped. */
    public static Measure removeEntry(Measure m, String label, int index) {
        return withEntries(m, label, items -> {
            if (index >= 0 && index < items.size()) {
                items.remove(index);
            }
            return items;
        });
    }

    private static SectionItem entry(String number, String heading, String text) {
        String h = heading == null || heading.isBlank() ? null : heading.strip();
        String t = text == null || text.isBlank() ? null : text;
        if (h == null && t == null) {
            throw new LocalizedException("input.required");
        }
        return new SectionItem(number, h, t);
    }

    private static Measure withEntries(Measure m, String label, UnaryOperator<List<SectionItem>> change) {
        List<Section> out = new ArrayList<>();
        boolean found = false;
        for (Section s : m.sections()) {
            if (s.label().equals(label)) {
                found = true;
                List<SectionItem> items = change.apply(new ArrayList<>(s.items()));
                if (!items.isEmpty()) {
                    out.add(new Section(label, items));
                }
            } else {
                out.add(s);
            }
        }
        if (!found) {
            List<SectionItem> items = change.apply(new ArrayList<>());
            if (!items.isEmpty()) {
                out.add(new Section(label, items));
            }
        }
        return MeasureChange.sections(m, out);
    }

    // ---- projects ----------------------------------------------------------------------------------------------

    /** Project {@code index} of group {@code group} (its position in the item's groups) changed by {@code change}. */
    public static Measure changeProject(Measure m, int group, int index, UnaryOperator<Project> change) {
        return withProjects(m, group, list -> {
            if (index >= 0 && index < list.size()) {
                list.set(index, change.apply(list.get(index)));
            }
            return list;
        });
    }

    /** A new project named {@code name} at the end of group {@code group} (a group of the plan's own when none). */
    public static Measure addProject(Measure m, int group, String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new LocalizedException("input.required");
        }
        return withProjects(m, group, list -> {
            Integer number = list.stream().anyMatch(p -> p.number() != null)
                    ? list.stream().map(Project::number).filter(x -> x != null).max(Integer::compare).orElse(0) + 1
                    : null;
            list.add(new Project(n, number, false, false, List.of(), null, List.of(), null));
            return list;
        });
    }

    /** Project {@code index} of group {@code group} removed; a group left empty is dropped. */
    public static Measure removeProject(Measure m, int group, int index) {
        return withProjects(m, group, list -> {
            if (index >= 0 && index < list.size()) {
                list.remove(index);
            }
            return list;
        });
    }

    private static Measure withProjects(Measure m, int group, UnaryOperator<List<Project>> change) {
        List<ProjectGroup> groups = new ArrayList<>(m.projects());
        if (group < 0 || group >= groups.size()) {
            List<Project> made = change.apply(new ArrayList<>());
            if (!made.isEmpty()) {
                groups.add(new ProjectGroup(null, made));
            }
        } else {
            ProjectGroup g = groups.get(group);
            List<Project> made = change.apply(new ArrayList<>(g.projects()));
            if (made.isEmpty()) {
                groups.remove(group);
            } else {
                groups.set(group, new ProjectGroup(g.municipalityId(), made));
            }
        }
        return MeasureChange.projects(m, groups);
    }

    /** {@code p} named {@code name} (required). */
    public static Project name(Project p, String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new LocalizedException("input.required");
        }
        return new Project(n, p.number(), p.isNew(), p.reposted(), p.departments(), p.summary(), p.years(), p.note());
    }

    /** {@code p} with the 担当課 typed as 「企画課、財政課」 (、 , ， or a line break between them). */
    public static Project departments(Project p, String typed) {
        List<String> d = departmentList(typed);
        return new Project(p.name(), p.number(), p.isNew(), p.reposted(), d, p.summary(), p.years(), p.note());
    }

    /** The 担当課 a typed text names, in order. */
    public static List<String> departmentList(String typed) {
        List<String> out = new ArrayList<>();
        if (typed != null) {
            for (String part : typed.split("[、,，\\n]")) {
                if (!part.isBlank() && !out.contains(part.strip())) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }

    public static Project summary(Project p, String summary) {
        return new Project(p.name(), p.number(), p.isNew(), p.reposted(), p.departments(),
                summary == null || summary.isBlank() ? null : summary, p.years(), p.note());
    }

    public static Project isNew(Project p, boolean on) {
        return new Project(p.name(), p.number(), on, p.reposted(), p.departments(), p.summary(), p.years(), p.note());
    }

    public static Project reposted(Project p, boolean on) {
        return new Project(p.name(), p.number(), p.isNew(), on, p.departments(), p.summary(), p.years(), p.note());
    }

    /** {@code p} with fiscal year {@code fy} of its schedule marked or not. */
    public static Project year(Project p, int fy, boolean on) {
        List<Integer> years = new ArrayList<>(p.years());
        years.remove(Integer.valueOf(fy));
        if (on) {
            years.add(fy);
        }
        return new Project(p.name(), p.number(), p.isNew(), p.reposted(), p.departments(), p.summary(), years,
                p.note());
    }
}
