package jp.kyoseivision.kpi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.KpiPoint;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.text.JapaneseYears;
import jp.kyoseivision.text.Texts;

/**
 * The KPI figures of a next-edition draft the officer still has to review: every KPI whose target or baseline is
 * still the value copied from the edition it was drafted from (a target moved to the new plan's last year keeps the
 * old value; a baseline is the old plan's 現状値). An item leaves the list once its value is changed in the draft.
 */
public final class NextEditionReview {
    /**
     * One KPI to review.
     *
     * @param oldTargetFy the target's fiscal year in the edition drafted from (2028), {@code null} when no target
     *                    was copied; {@code target().fy()} is where it stands now (2033)
     * @param targetCopied   the target's value is the one copied
     * @param baselineCopied the baseline (value and year) is the one copied
     */
    public record Item(String measureId, int number, String measureName, String kpiId, String kpiName,
            KpiPoint baseline, KpiPoint target, Integer oldTargetFy, boolean targetCopied, boolean baselineCopied) {
        /** Whether the target's fiscal year was moved when the draft was made. */
        public boolean targetMoved() {
            return target != null && oldTargetFy != null && oldTargetFy != target.fy();
        }

        /**
         * One line for the officer, e.g. 「No.1 休日・夜間診療体制確保事業「救急医療…」：目標値 84（令和10年度 → 令和15年度に移動、値は前の計画のまま）、
         * 現状値 70（令和4年度、前の計画のまま）」.
         */
        public String text(Locale locale) {
            List<String> parts = new ArrayList<>();
            if (targetCopied && target != null) {
                parts.add(targetMoved()
                        ? Texts.format(locale, "edition.review.targetMoved", KpiValueText.show(target),
                                year(oldTargetFy, locale), year(target.fy(), locale))
                        : Texts.format(locale, "edition.review.target", KpiValueText.show(target),
                                year(target.fy(), locale)));
            }
            if (baselineCopied && baseline != null) {
                parts.add(Texts.format(locale, "edition.review.baseline", KpiValueText.show(baseline),
                        year(baseline.fy(), locale)));
            }
            return Texts.format(locale, "edition.review.item", number, measureName, kpiName,
                    String.join(Texts.format(locale, "edition.review.join"), parts));
        }

        private static String year(int fy, Locale locale) {
            return JapaneseYears.fiscalYear(fy, locale);
        }
    }

    private NextEditionReview() {
    }

    /**
     * The KPIs of draft revision {@code draftRevisionId} whose target or baseline is still as copied from the
     * revision it was based on, in card order; empty when the draft was not made from another plan's revision.
     */
    public static List<Item> of(Sphere s, String draftRevisionId) {
        Revision draft = s.revision(draftRevisionId).orElseThrow();
        Optional<Revision> source = Optional.ofNullable(draft.basedOnId()).flatMap(s::revision);
        Plan plan = planOf(s, draft);
        if (source.isEmpty() || planOf(s, source.get()).id().equals(plan.id())) {
            return List.of();
        }
        List<Item> out = new ArrayList<>();
        for (Measure m : draft.measures()) {
            Measure old = source.get().measures().stream().filter(o -> o.lineageId().equals(m.lineageId()))
                    .findFirst().orElse(null);
            if (old == null) {
                continue;
            }
            for (int i = 0; i < m.kpis().size() && i < old.kpis().size(); i++) {
                Kpi k = m.kpis().get(i);
                Kpi o = old.kpis().get(i);
                boolean target = k.target() != null && o.target() != null
                        && Objects.equals(k.target().value(), o.target().value());
                boolean baseline = k.baseline() != null && Objects.equals(k.baseline(), o.baseline());
                if (target || baseline) {
                    out.add(new Item(m.id(), m.number(), m.name(), k.id(), k.name(), k.baseline(), k.target(),
                            o.target() == null ? null : o.target().fy(), target, baseline));
                }
            }
        }
        return out;
    }

    private static Plan planOf(Sphere s, Revision r) {
        return s.plans().stream().filter(p -> p.revisions().stream().anyMatch(x -> x.id().equals(r.id())))
                .findFirst().orElseThrow();
    }
}
