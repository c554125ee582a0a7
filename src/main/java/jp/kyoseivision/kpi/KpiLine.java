package jp.kyoseivision.kpi;

import java.util.List;
import java.util.Optional;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.Measure;

/**
 * One KPI of a plan with its result per fiscal year, as a row of the report.
 *
 * @param no printed number: the card's number ("5"), with the KPI's position when a card has several ("5-2")
 */
public record KpiLine(String no, Measure measure, Kpi kpi, List<YearResult> years) {
    public KpiLine {
        years = List.copyOf(years);
    }

    public Optional<YearResult> year(int fy) {
        return years.stream().filter(y -> y.fy() == fy).findFirst();
    }
}
