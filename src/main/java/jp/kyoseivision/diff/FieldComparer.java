package jp.kyoseivision.diff;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.KpiPoint;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Municipality;
import jp.kyoseivision.model.ProjectGroup;
import jp.kyoseivision.model.Sphere;

/**
 * Field-level comparison of a card pair. Texts get an inline diff; participants, projects (per group) and SDGs
 * give the items removed and added; budgets are compared per fiscal year; KPIs by position (1st with 1st …) on
 * name, unit, baseline and target — actuals are results, not plan content, and are not compared. The card number
 * is not compared: it follows from the cards before it. Between plans whose periods do not overlap (an edition and
 * the next) budgets are not a compared field (a new period's budget is not a change of the old one: they are shown
 * side by side by plan year) and a KPI target is compared by its plan year (see {@link Periods}).
 */
final class FieldComparer {
    static final String COMMON_GROUP = "【共通】";
    private final Sphere sphere;
    private final Periods periods;

    /** Whether either plan lists projects per municipality (the vision's 【共通】, 【一関市】 …). */
    private final boolean perMunicipality;

    FieldComparer(Sphere sphere, Periods periods) {
        this.sphere = sphere;
        this.periods = periods;
        this.perMunicipality = periods.from().kind().has(jp.kyoseivision.model.PlanFeature.PROJECTS_BY_MUNICIPALITY)
                || periods.to().kind().has(jp.kyoseivision.model.PlanFeature.PROJECTS_BY_MUNICIPALITY);
    }

    List<FieldChange> compare(PlacedCard oc, PlacedCard nc) {
        Measure o = oc.measure();
        Measure n = nc.measure();
        List<FieldChange> out = new ArrayList<>();
        text(out, Field.NAME, o.name(), n.name());
        if (o.code() != null && n.code() != null) {
            // a code only one plan prints (第2期 numbers no 施策) is no change of the item
            value(out, Field.CODE, null, o.code(), n.code());
        }
        text(out, Field.POLICY_AREA, oc.areaName(), nc.areaName());
        text(out, Field.DIRECTION, oc.directionName(), nc.directionName());
        text(out, Field.CONTENT, o.content(), n.content());
        out.addAll(Sections.compare(o.sections(), n.sections()));
        list(out, Field.PARTICIPANTS, null, names(o.participants()), names(n.participants()));
        kpis(out, o.kpis(), n.kpis());
        budget(out, o, n);
        projects(out, o, n);
        text(out, Field.EFFECT, o.effect(), n.effect());
        text(out, Field.ROLE_SHARING, o.roleSharing(), n.roleSharing());
        list(out, Field.SDGS, null, o.sdgs().stream().map(String::valueOf).toList(),
                n.sdgs().stream().map(String::valueOf).toList());
        text(out, Field.NOTES, o.notes(), n.notes());
        return out;
    }

    List<BudgetLine> budgetLines(Measure o, Measure n) {
        return periods.lines(o == null ? null : o.budget(), n == null ? null : n.budget());
    }

    /**
     * Every field of a card on one side only (added or deleted), as changes from nothing (added) or to nothing
     * (deleted), so its detail shows the whole card: texts, participants, each KPI with unit, baseline and target,
     * projects per group, SDGs. The budget is in the budget lines.
     */
    List<FieldChange> oneSided(PlacedCard c, boolean old) {
        Measure m = c.measure();
        List<FieldChange> out = new ArrayList<>();
        whole(out, Field.NAME, null, m.name(), old, true);
        whole(out, Field.CODE, null, m.code(), old, false);
        whole(out, Field.POLICY_AREA, null, c.areaName(), old, true);
        whole(out, Field.DIRECTION, null, c.directionName(), old, true);
        whole(out, Field.CONTENT, null, m.content(), old, true);
        out.addAll(old ? Sections.compare(m.sections(), List.of()) : Sections.compare(List.of(), m.sections()));
        items(out, Field.PARTICIPANTS, null, names(m.participants()), old);
        for (int i = 0; i < m.kpis().size(); i++) {
            Kpi k = m.kpis().get(i);
            String q = String.valueOf(i + 1);
            whole(out, Field.KPI_NAME, q, k.name(), old, true);
            whole(out, Field.KPI_QUALIFIER, q, k.qualifier(), old, false);
            whole(out, Field.KPI_UNIT, q, k.unit(), old, false);
            whole(out, Field.KPI_BASELINE, q, show(k.baseline()), old, false);
            whole(out, Field.KPI_TARGET, q, show(k.target()), old, false);
        }
        for (String g : groups(m, m)) {
            items(out, Field.PROJECTS, groupLabel(g), m.projectNames(g), old);
        }
        whole(out, Field.EFFECT, null, m.effect(), old, true);
        whole(out, Field.ROLE_SHARING, null, m.roleSharing(), old, true);
        items(out, Field.SDGS, null, m.sdgs().stream().map(String::valueOf).toList(), old);
        whole(out, Field.NOTES, null, m.notes(), old, true);
        return out;
    }

    private static void whole(List<FieldChange> out, Field f, String q, String value, boolean old, boolean text) {
        if (value == null || value.isBlank()) {
            return;
        }
        String a = old ? value : null;
        String b = old ? null : value;
        out.add(text ? FieldChange.text(f, q, a, b) : FieldChange.value(f, q, a, b));
    }

    private static void items(List<FieldChange> out, Field f, String q, List<String> values, boolean old) {
        if (!values.isEmpty()) {
            list(out, f, q, old ? values : List.of(), old ? List.of() : values);
        }
    }

    private static void text(List<FieldChange> out, Field f, String a, String b) {
        String x = a == null ? "" : a;
        String y = b == null ? "" : b;
        if (!x.equals(y)) {
            out.add(FieldChange.text(f, null, a, b));
        }
    }

    /** A value compared as a whole (no inline diff); {@code null} and "" are the same. */
    private static void value(List<FieldChange> out, Field f, String q, String a, String b) {
        String x = a == null ? "" : a;
        String y = b == null ? "" : b;
        if (!x.equals(y)) {
            out.add(FieldChange.value(f, q, x.isEmpty() ? null : a, y.isEmpty() ? null : b));
        }
    }

    static void list(List<FieldChange> out, Field f, String qualifier, List<String> a, List<String> b) {
        Set<String> x = new LinkedHashSet<>(a);
        Set<String> y = new LinkedHashSet<>(b);
        if (x.equals(y)) {
            return;
        }
        List<String> removed = x.stream().filter(v -> !y.contains(v)).toList();
        List<String> added = y.stream().filter(v -> !x.contains(v)).toList();
        String sep = f == Field.SDGS ? ", " : "・";
        out.add(new FieldChange(f, qualifier, a.isEmpty() ? null : String.join(sep, a),
                b.isEmpty() ? null : String.join(sep, b), List.of(), removed, added));
    }

    private void kpis(List<FieldChange> out, List<Kpi> a, List<Kpi> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String q = String.valueOf(i + 1);
            if (i >= b.size()) {
                out.add(FieldChange.value(Field.KPI, q, a.get(i).name(), null));
            } else if (i >= a.size()) {
                out.add(FieldChange.value(Field.KPI, q, null, b.get(i).name()));
            } else {
                Kpi x = a.get(i);
                Kpi y = b.get(i);
                if (!x.name().equals(y.name())) {
                    out.add(FieldChange.text(Field.KPI_NAME, q, x.name(), y.name()));
                }
                value(out, Field.KPI_QUALIFIER, q, x.qualifier(), y.qualifier());
                if (!x.unit().equals(y.unit())) {
                    out.add(FieldChange.value(Field.KPI_UNIT, q, x.unit(), y.unit()));
                }
                point(out, Field.KPI_BASELINE, q, x.baseline(), y.baseline());
                point(out, Field.KPI_TARGET, q, x.target(), y.target());
            }
        }
    }

    private void point(List<FieldChange> out, Field f, String q, KpiPoint a, KpiPoint b) {
        if (!Objects.equals(periods.oldKey(a), periods.newKey(b))) {
            out.add(FieldChange.value(f, q, show(a), show(b)));
        }
    }

    /** A KPI point as {@code value (fiscal year)}, e.g. {@code 84 (2022)}; the number without trailing zeros. */
    static String show(KpiPoint p) {
        if (p == null) {
            return null;
        }
        var v = p.value();
        String value = v.hasNumber() ? v.number().stripTrailingZeros().toPlainString() : "";
        if (v.note() != null && !v.note().isBlank()) {
            value = value.isEmpty() ? v.note() : value + " " + v.note();
        }
        // a printed period that is not a plain fiscal year (H26～H30平均, 2019年実績) is shown as printed
        return value + " (" + (p.period() == null || p.period().isBlank() ? String.valueOf(p.fy()) : p.period())
                + ")";
    }

    private void budget(List<FieldChange> out, Measure o, Measure n) {
        for (BudgetLine l : budgetLines(o, n)) {
            if (l.changed()) {
                out.add(FieldChange.value(Field.BUDGET, String.valueOf(l.fy()),
                        l.oldAmount() == null ? null : String.valueOf(l.oldAmount()),
                        l.newAmount() == null ? null : String.valueOf(l.newAmount())));
            }
        }
    }

    private void projects(List<FieldChange> out, Measure o, Measure n) {
        for (String g : groups(o, n)) {
            list(out, Field.PROJECTS, groupLabel(g), o.projectNames(g), n.projectNames(g));
        }
        for (String g : groups(o, n)) {
            ProjectDetails.compare(out, g == null ? null : groupLabel(g), projects(o, g), projects(n, g));
        }
    }

    private static List<jp.kyoseivision.model.Project> projects(Measure m, String municipalityId) {
        return m.projects().stream().filter(pg -> Objects.equals(pg.municipalityId(), municipalityId))
                .flatMap(pg -> pg.projects().stream()).toList();
    }

    /** The project groups of either card: 【共通】 first, then the sphere's municipality order. */
    private LinkedHashSet<String> groups(Measure o, Measure n) {
        LinkedHashSet<String> groups = new LinkedHashSet<>();
        if (hasGroup(o, null) || hasGroup(n, null)) {
            groups.add(null);
        }
        // groups in the sphere's municipality order, whatever order the cards list them in
        for (Municipality m : sphere.municipalities()) {
            if (hasGroup(o, m.id()) || hasGroup(n, m.id())) {
                groups.add(m.id());
            }
        }
        return groups;
    }

    private static boolean hasGroup(Measure m, String municipalityId) {
        return m.projects().stream().map(ProjectGroup::municipalityId).anyMatch(id -> Objects.equals(id,
                municipalityId));
    }

    /**
     * The group heading as the plan prints it: 【共通】, 【一関市】; {@code null} for the plan's own list of a kind
     * that does not list projects per municipality (an action plan's 3カ年の取組).
     */
    String groupLabel(String municipalityId) {
        if (municipalityId == null) {
            return perMunicipality ? COMMON_GROUP : null;
        }
        return "【" + sphere.municipality(municipalityId).map(Municipality::name).orElse(municipalityId) + "】";
    }

    private List<String> names(List<String> municipalityIds) {
        return municipalityIds.stream()
                .map(id -> sphere.municipality(id).map(Municipality::name).orElse(id))
                .collect(Collectors.toList());
    }
}
