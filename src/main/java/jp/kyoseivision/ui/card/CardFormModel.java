package jp.kyoseivision.ui.card;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import jp.kyoseivision.edit.CardEdits;
import jp.kyoseivision.edit.InputParsers;
import jp.kyoseivision.edit.MeasureChange;
import jp.kyoseivision.edit.SphereEdits;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Municipality;
import jp.kyoseivision.model.ProjectGroup;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.text.LocalizedException;
import jp.kyoseivision.text.Numbers;
import jp.kyoseivision.ui.MainViewModel;
import jp.kyoseivision.ui.common.FieldModel;
import jp.kyoseivision.ui.common.I18n;

/**
 * The view model of one card's form: a {@link FieldModel} per text field (name, 取組内容, 事業効果, 役割分担, notes,
 * the budget of each fiscal year) and the commit of every change of the card as one undoable edit. It lives as
 * long as the card is shown, across the re-renders that follow each edit, so a refused entry stays in its field
 * with its reason until it is corrected or taken back.
 */
public final class CardFormModel {
    private final MainViewModel vm;
    private final I18n i18n;
    private final String measureId;
    private final Map<String, FieldModel> fields = new LinkedHashMap<>();
    private final Map<Integer, FieldModel> budget = new TreeMap<>();
    /** The fields of section entries and projects (issue 19), made when the form first shows them. */
    private final Map<String, FieldModel> parts = new LinkedHashMap<>();
    /** The section labels the form shows (the kind's, then the item's others), set by {@link #load}. */
    private List<String> sectionLabels = List.of();

    public CardFormModel(MainViewModel vm, String measureId) {
        this.vm = vm;
        this.i18n = vm.i18n();
        this.measureId = measureId;
        text("edit-name", "edit.name", true, MeasureChange::name);
        text("edit-content", "edit.content", false, MeasureChange::content);
        text("edit-effect", "edit.effect", false, MeasureChange::effect);
        text("edit-role-sharing", "edit.roleSharing", false, MeasureChange::roleSharing);
        text("edit-notes", "edit.notes", false, MeasureChange::notes);
    }

    private interface Setter {
        Measure set(Measure m, String value);
    }

    private void text(String id, String descriptionKey, boolean required, Setter setter) {
        fields.put(id, new FieldModel(id, typed -> {
            String v = required ? typed.strip() : typed;
            if (required && v.isEmpty()) {
                throw new LocalizedException("input.required");
            }
            commit(descriptionKey, m -> setter.set(m, v));
            return v;
        }));
    }

    public String measureId() {
        return measureId;
    }

    public FieldModel field(String id) {
        return fields.get(id);
    }

    /** The budget field of {@code fy} (created on first use: the plan's years and any year the card holds). */
    public FieldModel budget(int fy) {
        return budget.computeIfAbsent(fy, y -> new FieldModel("edit-budget-" + y, typed -> {
            Long v = InputParsers.thousandYen(typed);
            commit("edit.budget", m -> {
                TreeMap<Integer, Long> b = new TreeMap<>(m.budget());
                if (v == null) {
                    b.remove(y);
                } else {
                    b.put(y, v);
                }
                return MeasureChange.budget(m, b);
            });
            return v == null ? "" : Numbers.grouped(v);
        }));
    }

    /** The first budget field holding an entry that was refused, with its reason (for the line under the table). */
    public java.util.Optional<FieldModel> budgetError() {
        return budget.values().stream().filter(f -> !f.error().isEmpty()).findFirst();
    }

    /** The sum of what the budget fields hold now; "—" while one of them cannot be read. */
    public String liveTotal() {
        long sum = 0;
        for (FieldModel f : budget.values()) {
            try {
                Long v = InputParsers.thousandYen(f.text());
                sum = Math.addExact(sum, v == null ? 0 : v);
            } catch (LocalizedException | ArithmeticException e) {
                return "—";
            }
        }
        return Numbers.grouped(sum);
    }

    /**
     * The field of the heading or text ({@code part}) of entry {@code index} of the section shown {@code label}th;
     * its commit changes that entry (both empty is refused), one undoable edit.
     */
    public FieldModel entry(int label, int index, String part) {
        String id = "edit-section-" + (label + 1) + "-" + (index + 1) + "-" + part;
        return loaded(id, () -> new FieldModel(id, typed -> {
            String l = sectionLabels.get(label);
            commit("edit.sections", m -> {
                List<jp.kyoseivision.model.SectionItem> items = jp.kyoseivision.edit.ItemEdits.entries(m, l);
                if (index >= items.size()) {
                    return m;
                }
                var old = items.get(index);
                return jp.kyoseivision.edit.ItemEdits.setEntry(m, l, index,
                        part.equals("heading") ? typed : old.heading(), part.equals("text") ? typed : old.text());
            });
            return part.equals("heading") ? typed.strip() : typed;
        }));
    }

    /** The section labels shown, in order. */
    public List<String> sectionLabels() {
        return sectionLabels;
    }

    /**
     * The field of the 事業名, 担当課 or 事業概要 ({@code part}: name, departments, summary) of project {@code index} of
     * group {@code group}; its commit changes that project, one undoable edit.
     */
    public FieldModel project(int group, int index, String part) {
        String id = "edit-project-" + (group + 1) + "-" + (index + 1) + "-" + part;
        return loaded(id, () -> new FieldModel(id, typed -> {
            commit("edit.projectDetails", m -> jp.kyoseivision.edit.ItemEdits.changeProject(m, group, index,
                    p -> switch (part) {
                        case "name" -> jp.kyoseivision.edit.ItemEdits.name(p, typed);
                        case "departments" -> jp.kyoseivision.edit.ItemEdits.departments(p, typed);
                        default -> jp.kyoseivision.edit.ItemEdits.summary(p, typed);
                    }));
            return switch (part) {
                case "name" -> typed.strip();
                case "departments" -> String.join("、", jp.kyoseivision.edit.ItemEdits.departmentList(typed));
                default -> typed;
            };
        }));
    }

    /** Whether the fields take input now (the last {@link #load}). */
    private boolean editableNow = true;

    /** The part field {@code id}, made now and filled from the card as the file holds it if it is new. */
    private FieldModel loaded(String id, java.util.function.Supplier<FieldModel> make) {
        FieldModel f = parts.get(id);
        if (f == null) {
            f = make.get();
            parts.put(id, f);
            f.load(partText(current(), id).orElse(""));
            f.editableProperty().set(editableNow);
        }
        return f;
    }

    /** Fills the section and project fields from the card; fields of entries or projects gone are dropped. */
    private void loadParts(Measure m, boolean editable) {
        editableNow = editable;
        parts.entrySet().removeIf(e -> !partText(m, e.getKey()).isPresent());
        parts.forEach((id, f) -> {
            f.load(partText(m, id).orElse(""));
            f.editableProperty().set(editable);
        });
    }

    /** What the file holds for a section or project field, empty when there is no such entry or project. */
    private java.util.Optional<String> partText(Measure m, String id) {
        String[] p = id.split("-");
        int a = Integer.parseInt(p[2]) - 1;
        int b = Integer.parseInt(p[3]) - 1;
        if (id.startsWith("edit-section-")) {
            if (a >= sectionLabels.size()) {
                return java.util.Optional.empty();
            }
            var items = jp.kyoseivision.edit.ItemEdits.entries(m, sectionLabels.get(a));
            if (b >= items.size()) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(Objects.toString(p[4].equals("heading") ? items.get(b).heading()
                    : items.get(b).text(), ""));
        }
        if (a >= m.projects().size() || b >= m.projects().get(a).projects().size()) {
            return java.util.Optional.empty();
        }
        var project = m.projects().get(a).projects().get(b);
        return java.util.Optional.of(switch (p[4]) {
            case "name" -> project.name();
            case "departments" -> String.join("、", project.departments());
            default -> Objects.toString(project.summary(), "");
        });
    }

    /** As {@link #load(Measure, List, boolean)}, with the section labels the plan's kind prints. */
    public void load(Measure m, List<Integer> planYears, boolean editable, List<String> kindSections) {
        sectionLabels = jp.kyoseivision.edit.ItemEdits.sectionLabels(kindSections, m);
        load(m, planYears, editable);
    }

    /** Fills every field from the card as the file holds it now (fields with pending input keep it). */
    public void load(Measure m, List<Integer> planYears, boolean editable) {
        loadParts(m, editable);
        fields.get("edit-name").load(m.name());
        fields.get("edit-content").load(m.content());
        fields.get("edit-effect").load(m.effect());
        fields.get("edit-role-sharing").load(m.roleSharing());
        fields.get("edit-notes").load(m.notes());
        java.util.SortedSet<Integer> years = new java.util.TreeSet<>(planYears);
        years.addAll(m.budget().keySet());
        for (int fy : years) {
            Long amount = m.budget().get(fy);
            budget(fy).load(amount == null ? "" : Numbers.grouped(amount));
        }
        fields.values().forEach(f -> f.editableProperty().set(editable));
        budget.values().forEach(f -> f.editableProperty().set(editable));
    }

    /** Commits every field that holds something typed (before the card is left, the window closed …). */
    public boolean commitPending() {
        boolean ok = FieldModel.commitAll(fields.values());
        ok &= FieldModel.commitAll(budget.values());
        ok &= FieldModel.commitAll(parts.values());
        return ok;
    }

    /** Whether any field holds an entry not saved (refused, or not yet committed). */
    public boolean hasPending() {
        return fields.values().stream().anyMatch(FieldModel::pending)
                || budget.values().stream().anyMatch(FieldModel::pending)
                || parts.values().stream().anyMatch(FieldModel::pending);
    }

    // ---- the other parts of the card: each change one undoable edit ------------------------------------------

    /** The card as the file holds it now. */
    public Measure current() {
        return vm.sphereProperty().get().measure(measureId).orElseThrow();
    }

    /** Applies {@code change} to the card as one edit described by {@code descriptionKey}; throws when refused. */
    public void commit(String descriptionKey, UnaryOperator<Measure> change) {
        Measure now = current();
        Measure next = change.apply(now);
        if (next.equals(now)) {
            return;
        }
        String what = i18n.t(descriptionKey) + "（No." + now.number() + " " + now.name() + "）";
        // an edit of this card in place: only its changed rows are written, only it is redrawn
        vm.applyEdit(what, s -> CardEdits.change(s, measureId, m -> next));
    }

    public void setParticipant(Sphere sphere, String townId, boolean in) {
        commit("edit.participants", x -> {
            List<String> ids = new ArrayList<>();
            for (Municipality t : sphere.municipalities()) { // the sphere's order of municipalities
                boolean member = t.id().equals(townId) ? in : x.participants().contains(t.id());
                if (member) {
                    ids.add(t.id());
                }
            }
            return MeasureChange.participants(x, ids);
        });
    }

    public void setSdg(int goal, boolean in) {
        commit("edit.sdgs", x -> {
            List<Integer> goals = new ArrayList<>(x.sdgs());
            goals.remove(Integer.valueOf(goal));
            if (in) {
                goals.add(goal);
            }
            return MeasureChange.sdgs(x, goals);
        });
    }

    public void moveTo(String directionId) {
        Measure m = current();
        String what = i18n.t("edit.move") + "（No." + m.number() + " " + m.name() + "）";
        vm.apply(what, s -> SphereEdits.moveMeasure(s, m.id(), directionId, Integer.MAX_VALUE));
    }

    public void setProjects(Sphere sphere, String group, List<String> names) {
        commit("edit.projects", x -> withGroup(sphere, x, group, names));
    }

    /** The card with {@code group}'s names replaced; empty groups are dropped, groups kept in the sphere's order. */
    static Measure withGroup(Sphere sphere, Measure m, String group, List<String> names) {
        List<ProjectGroup> out = new ArrayList<>();
        List<String> order = new ArrayList<>();
        order.add(null);
        sphere.municipalities().forEach(t -> order.add(t.id()));
        for (String g : order) {
            if (!Objects.equals(g, group)) {
                m.projects().stream().filter(x -> Objects.equals(x.municipalityId(), g)).findFirst()
                        .ifPresent(out::add); // another group stays as it is, details and all
            } else if (!names.isEmpty()) {
                out.add(renamed(m, g, names));
            }
        }
        return MeasureChange.projects(m, out);
    }

    /** Group {@code g} with {@code names}: a project whose name stays keeps its details (新規, 担当課, years …). */
    private static ProjectGroup renamed(Measure m, String g, List<String> names) {
        List<jp.kyoseivision.model.Project> old = m.projects().stream().filter(x -> Objects.equals(x.municipalityId(), g))
                .flatMap(x -> x.projects().stream()).toList();
        List<jp.kyoseivision.model.Project> out = new ArrayList<>();
        for (String n : names) {
            out.add(old.stream().filter(p -> p.name().equals(n)).findFirst()
                    .orElse(jp.kyoseivision.model.Project.of(n)));
        }
        return new ProjectGroup(g, out);
    }
}
