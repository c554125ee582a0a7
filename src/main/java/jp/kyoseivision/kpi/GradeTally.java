package jp.kyoseivision.kpi;

import java.math.BigDecimal;
import java.util.Locale;
import jp.kyoseivision.model.GradeBand;
import jp.kyoseivision.text.Texts;

/** The count of one grade in a year, and its share of the graded KPIs ({@code null} when none was graded). */
public record GradeTally(GradeBand band, int count, BigDecimal percent) {
    /** As the report prints it: 「A：達成 9項目（27.3%）」; English "A: 達成 9 KPIs (27.3%)". */
    public String line(Locale locale) {
        return Texts.format(locale, "kpi.summary.line", band.grade(), band.label(), count,
                percent == null ? "—" : percent.toPlainString() + "%");
    }
}
