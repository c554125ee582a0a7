package jp.kyoseivision.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The shape of a plan family (定住自立圏共生ビジョン, 総合戦略, アクションプラン …), stored with each plan so that an
 * officer can hold another family without a code change.
 *
 * @param id              the family, e.g. {@code settlement-vision}
 * @param name            its printed name
 * @param levels          names of the group levels above the items, outermost first; empty = items directly under
 *                        the revision; a name may be "" (a level the document does not name)
 * @param item            what an item is called (具体的な取組, 施策 …)
 * @param kpiHeading      the heading of its indicators (成果指標, 数値目標 …)
 * @param projectsHeading the heading of its projects (事業名称 …), or {@code null}
 * @param sections        the section labels the kind prints, in order
 * @param features        what an item of this kind shows
 * @param summaryLevel    the level whose nodes group counts and budgets ("per policy area"); -1 = none
 * @param matchLevel      the level within which a comparison pairs items by similar name; -1 = the whole revision
 */
public record PlanKind(String id, String name, List<String> levels, String item, String kpiHeading,
        String projectsHeading, List<String> sections, Set<PlanFeature> features, int summaryLevel, int matchLevel) {

    /** The 定住自立圏共生ビジョン: the default of a file or document that names no kind. */
    public static final PlanKind VISION = new PlanKind("settlement-vision", "定住自立圏共生ビジョン",
            List.of("政策の視点", "政策分野", "取組分野"), "具体的な取組", "成果指標", "事業名称", List.of(),
            EnumSet.of(PlanFeature.CONTENT, PlanFeature.PARTICIPANTS, PlanFeature.ROLES, PlanFeature.BUDGET,
                    PlanFeature.PROJECTS, PlanFeature.PROJECTS_BY_MUNICIPALITY, PlanFeature.EFFECT,
                    PlanFeature.ROLE_SHARING, PlanFeature.SDGS), 1, 1);

    public PlanKind {
        Checks.id(id, "planKind.id");
        Checks.required(name, "planKind.name");
        Checks.line(name, "planKind.name");
        levels = Checks.list(levels, "planKind.levels");
        Checks.lines(levels, "planKind.levels");
        Checks.required(item, "planKind.item");
        Checks.line(item, "planKind.item");
        Checks.line(kpiHeading, "planKind.kpiHeading");
        Checks.line(projectsHeading, "planKind.projectsHeading");
        sections = Checks.list(sections, "planKind.sections");
        Checks.lines(sections, "planKind.sections");
        features = features == null || features.isEmpty() ? Set.of()
                : java.util.Collections.unmodifiableSet(EnumSet.copyOf(features));
        if (summaryLevel < -1 || summaryLevel >= Math.max(levels.size(), 1) && summaryLevel != -1
                || levels.isEmpty() && summaryLevel != -1) {
            throw new ValidationException("model.level", "planKind.summaryLevel", String.valueOf(summaryLevel));
        }
        if (matchLevel < -1 || matchLevel >= levels.size()) {
            throw new ValidationException("model.level", "planKind.matchLevel", String.valueOf(matchLevel));
        }
    }

    /** True when items of this kind show {@code f}. */
    public boolean has(PlanFeature f) {
        return features.contains(f);
    }

    /** The name of level {@code level}, "" when the level is unnamed or beyond the kind's levels. */
    public String levelName(int level) {
        return level >= 0 && level < levels.size() ? levels.get(level) : "";
    }

    /** How many group levels lie above the items. */
    public int depth() {
        return levels.size();
    }
}
