package jp.kyoseivision.edit;

import java.util.List;
import java.util.SortedMap;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.ProjectGroup;

/**
 * A card with one field changed: the small copies the editing forms make. Every other component is kept, the
 * printed code, page and sections too (an action plan's 現状・課題 / 推進方針 were dropped by the first edit).
 */
public final class MeasureChange {
    private MeasureChange() {
    }

    public static Measure name(Measure m, String v) {
        return new Measure(m.id(), m.lineageId(), m.number(), v, m.aliases(), m.content(), m.participants(), m.kpis(),
                m.budget(), m.projects(), m.effect(), m.roleSharing(), m.sdgs(), m.notes(), m.code(), m.page(), m.sections());
    }

    public static Measure content(Measure m, String v) {
        return new Measure(m.id(), m.lineageId(), m.number(), m.name(), m.aliases(), v, m.participants(), m.kpis(),
                m.budget(), m.projects(), m.effect(), m.roleSharing(), m.sdgs(), m.notes(), m.code(), m.page(), m.sections());
    }

    public static Measure effect(Measure m, String v) {
        return new Measure(m.id(), m.lineageId(), m.number(), m.name(), m.aliases(), m.content(), m.participants(),
                m.kpis(), m.budget(), m.projects(), v, m.roleSharing(), m.sdgs(), m.notes(), m.code(), m.page(), m.sections());
    }

    public static Measure roleSharing(Measure m, String v) {
        return new Measure(m.id(), m.lineageId(), m.number(), m.name(), m.aliases(), m.content(), m.participants(),
                m.kpis(), m.budget(), m.projects(), m.effect(), v, m.sdgs(), m.notes(), m.code(), m.page(), m.sections());
    }

    public static Measure notes(Measure m, String v) {
        return new Measure(m.id(), m.lineageId(), m.number(), m.name(), m.aliases(), m.content(), m.participants(),
                m.kpis(), m.budget(), m.projects(), m.effect(), m.roleSharing(), m.sdgs(), v, m.code(), m.page(), m.sections());
    }

    public static Measure participants(Measure m, List<String> v) {
        return new Measure(m.id(), m.lineageId(), m.number(), m.name(), m.aliases(), m.content(), v, m.kpis(),
                m.budget(), m.projects(), m.effect(), m.roleSharing(), m.sdgs(), m.notes(), m.code(), m.page(), m.sections());
    }

    public static Measure kpis(Measure m, List<Kpi> v) {
        return new Measure(m.id(), m.lineageId(), m.number(), m.name(), m.aliases(), m.content(), m.participants(), v,
                m.budget(), m.projects(), m.effect(), m.roleSharing(), m.sdgs(), m.notes(), m.code(), m.page(), m.sections());
    }

    public static Measure budget(Measure m, SortedMap<Integer, Long> v) {
        return new Measure(m.id(), m.lineageId(), m.number(), m.name(), m.aliases(), m.content(), m.participants(),
                m.kpis(), v, m.projects(), m.effect(), m.roleSharing(), m.sdgs(), m.notes(), m.code(), m.page(), m.sections());
    }

    public static Measure projects(Measure m, List<ProjectGroup> v) {
        return new Measure(m.id(), m.lineageId(), m.number(), m.name(), m.aliases(), m.content(), m.participants(),
                m.kpis(), m.budget(), v, m.effect(), m.roleSharing(), m.sdgs(), m.notes(), m.code(), m.page(), m.sections());
    }

    public static Measure sdgs(Measure m, List<Integer> v) {
        return new Measure(m.id(), m.lineageId(), m.number(), m.name(), m.aliases(), m.content(), m.participants(),
                m.kpis(), m.budget(), m.projects(), m.effect(), m.roleSharing(), v, m.notes(), m.code(), m.page(), m.sections());
    }

    public static Measure sections(Measure m, List<jp.kyoseivision.model.Section> v) {
        return new Measure(m.id(), m.lineageId(), m.number(), m.name(), m.aliases(), m.content(), m.participants(),
                m.kpis(), m.budget(), m.projects(), m.effect(), m.roleSharing(), m.sdgs(), m.notes(), m.code(),
                m.page(), v);
    }
}
