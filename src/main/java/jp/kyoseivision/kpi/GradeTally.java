package jp.kyoseivision.kpi;

import java.math.BigDecimal;
import java.util.Locale;
import jp.kyoseivision.model.GradeBand;
import jp.kyoseivision.text.Texts;

/**
 * The count of one grade in a year, and its share of all the plan's KPIs, as the printed report divides
 * ({@code null} when the plan has no KPI).
 */
public record GradeTally(GradeBand band, int count, BigDecimal percent) {
    /** As the report prints it: 「A：達成 9項目（27.3%）」; English "A: 達成 9 KPIs (27.3%)". */
    public String line(Locale locale) {
        return Texts.format(locale, "kpi.summary.line", band.grade(), band.label(), count, shown(percent));
    }

    static String shown(BigDecimal percent) {
        return percent == null ? "—" : percent.toPlainString() + "%";
    }
}
