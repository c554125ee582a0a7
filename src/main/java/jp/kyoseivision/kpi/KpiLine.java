package jp.kyoseivision.kpi;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.Measure;

/**
 * One KPI of a plan with its result per fiscal year, as a row of the report.
 *
 * @param no      printed number: the card's number ("5"), with the KPI's position when a card has several ("5-2");
 *                for a node's KPI the node's code ("Ⅰ", "Ⅲ-2"); empty for the plan's own targets
 * @param measure the item that holds the KPI, {@code null} for a node's or the plan's KPI
 * @param group   what the KPI belongs to (level name and name), for the lists and tables
 */
public record KpiLine(String no, Measure measure, Kpi kpi, List<YearResult> years, KpiGroup group) {
    public KpiLine {
        years = List.copyOf(years);
        if (group == null) {
            group = new KpiGroup(KpiGroup.Scope.ITEM, null, measure.name(), measure.id());
        }
    }

    /** An item's KPI. */
    public KpiLine(String no, Measure measure, Kpi kpi, List<YearResult> years) {
        this(no, measure, kpi, years, null);
    }

    public Optional<YearResult> year(int fy) {
        return years.stream().filter(y -> y.fy() == fy).findFirst();
    }

    /** The item's name for an item's KPI (as the vision's tables print it), else the group's label. */
    public String owner(Locale locale) {
        return measure != null ? measure.name() : group.label(locale);
    }

    /** The KPI's name with its qualifier, as one part of a printed row: 「脳血管疾患による死亡率…（男性）」. */
    public String name() {
        String q = kpi.qualifier();
        return q == null || q.isBlank() ? kpi.name() : kpi.name() + "（" + q + "）";
    }
}
