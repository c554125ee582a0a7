package jp.kyoseivision.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An item of a plan: a vision card (具体的な取組), a 施策, a project of an action plan.
 *
 * @param id          unique in the sphere
 * @param lineageId   the same for the card in every revision and edition it continues into
 * @param number      the order number printed on the card (1, 2, …)
 * @param aliases     other names the documents use for this card (overview chart, comparison table)
 * @param budget      事業費 per fiscal year, whole thousand yen, ≥ 0
 * @param projects    事業名称 grouped 【共通】 / per municipality
 * @param sdgs        SDG goal numbers 1–17, ascending
 * @param notes       footnotes (※…) and free notes
 * @param code        the printed code ("I-①-1"), or {@code null}
 * @param page        the printed page, or {@code null}
 * @param sections    labelled texts the item prints (現状と課題, 主な取組 …)
 */
public record Measure(String id, String lineageId, int number, String name, List<String> aliases, String content,
        List<String> participants, List<Kpi> kpis, SortedMap<Integer, Long> budget, List<ProjectGroup> projects,
        String effect, String roleSharing, List<Integer> sdgs, String notes, String code, String page,
        List<Section> sections) {

    /**
     * The largest budget of one card and year: 1,000,000,000,000 thousand yen (1,000 trillion yen, about ten times
     * Japan's national budget). Far above any real card, and far below 2^53, so an amount survives an xlsx (where
     * numbers are doubles) and any sum of a plan's cards stays exact in a {@code long}.
     */
    public static final long MAX_BUDGET = 1_000_000_000_000L;

    public Measure {
        Checks.id(id, "measure.id");
        Checks.id(lineageId, "measure.lineageId");
        if (number < 1) {
            throw new ValidationException("model.positive", "measure.number", String.valueOf(number));
        }
        Checks.required(name, "measure.name");
        Checks.line(name, "measure.name");
        Checks.longText(content, "measure.content");
        Checks.longText(effect, "measure.effect");
        Checks.longText(roleSharing, "measure.roleSharing");
        Checks.longText(notes, "measure.notes");
        aliases = Checks.list(aliases, "measure.aliases");
        Checks.lines(aliases, "measure.aliases");
        participants = Checks.list(participants, "measure.participants");
        Checks.unique(participants, p -> p, "measure.participants");
        kpis = Checks.list(kpis, "measure.kpis");
        Checks.unique(kpis, Kpi::id, "kpi.id");
        budget = budget(budget);
        projects = Checks.list(projects, "measure.projects");
        Checks.unique(projects, p -> String.valueOf(p.municipalityId()), "measure.projects.group");
        sdgs = Checks.list(sdgs, "measure.sdgs");
        for (int g : sdgs) {
            if (g < 1 || g > 17) {
                throw new ValidationException("model.sdg", String.valueOf(g));
            }
        }
        Checks.unique(sdgs, String::valueOf, "measure.sdgs");
        sdgs = sdgs.stream().sorted().toList();
        Checks.line(code, "measure.code");
        Checks.line(page, "measure.page");
        sections = Checks.list(sections, "measure.sections");
    }

    /** A card without a printed code, page or sections (the vision's cards). */
    public Measure(String id, String lineageId, int number, String name, List<String> aliases, String content,
            List<String> participants, List<Kpi> kpis, SortedMap<Integer, Long> budget, List<ProjectGroup> projects,
            String effect, String roleSharing, List<Integer> sdgs, String notes) {
        this(id, lineageId, number, name, aliases, content, participants, kpis, budget, projects, effect,
                roleSharing, sdgs, notes, null, null, List.of());
    }

    private static SortedMap<Integer, Long> budget(Map<Integer, Long> in) {
        TreeMap<Integer, Long> out = new TreeMap<>();
        if (in != null) {
            for (Map.Entry<Integer, Long> e : in.entrySet()) {
                if (e.getKey() == null || e.getValue() == null) {
                    throw new ValidationException("model.nullElement", "measure.budget");
                }
                Checks.fiscalYear(e.getKey(), "measure.budget");
                if (e.getValue() < 0) {
                    throw new ValidationException("model.budget.negative", String.valueOf(e.getKey()),
                            String.valueOf(e.getValue()));
                }
                if (e.getValue() > MAX_BUDGET) {
                    throw new ValidationException("model.budget.tooLarge", String.valueOf(e.getKey()),
                            String.valueOf(e.getValue()), String.valueOf(MAX_BUDGET));
                }
                out.put(e.getKey(), e.getValue());
            }
        }
        return Collections.unmodifiableSortedMap(out);
    }

    /** Sum of the budget over all fiscal years, thousand yen. */
    public long budgetTotal() {
        return budget.values().stream().mapToLong(Long::longValue).reduce(0L, Math::addExact);
    }

    /** The project names of a group ({@code null} = 【共通】), empty when the card has none. */
    public List<String> projectNames(String municipalityId) {
        return projects.stream().filter(g -> java.util.Objects.equals(g.municipalityId(), municipalityId))
                .findFirst().map(ProjectGroup::names).orElse(List.of());
    }
}
