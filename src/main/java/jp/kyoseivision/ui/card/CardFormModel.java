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

    /** Fills every field from the card as the file holds it now (fields with pending input keep it). */
    public void load(Measure m, List<Integer> planYears, boolean editable) {
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
        boolean ok = true;
        for (FieldModel f : fields.values()) {
            ok &= f.commit();
        }
        for (FieldModel f : budget.values()) {
            ok &= f.commit();
        }
        return ok;
    }

    /** Whether any field holds an entry not saved (refused, or not yet committed). */
    public boolean hasPending() {
        return fields.values().stream().anyMatch(FieldModel::pending)
                || budget.values().stream().anyMatch(FieldModel::pending);
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
