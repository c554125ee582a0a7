package jp.kyoseivision.kpi;

import java.util.Locale;
import jp.kyoseivision.text.Texts;

/**
 * One contradiction found in a plan's KPI results. For KPI findings {@code no}, {@code kpiId}, {@code kpiName},
 * {@code value}, {@code target} and the three grades are set; for summary findings {@code grade} and the counts.
 * Grades absent on one side are {@code null}.
 *
 * @param value    the actual as printed ("11,819" or the note)
 * @param percent  the rule's ratio, e.g. "42.8"
 * @param expected for summary findings: the count the other side gives (detail or rule), or the percentage
 */
public record Finding(FindingKind kind, int fy, String no, String kpiId, String kpiName, String value, String target,
        String percent, String recorded, String overview, String computed, String reason, String grade,
        String printed, String expected) {

    /** One line for a person: 「No.5 地域子育て支援拠点事業の利用者数 令和5年度 (2023)：…」. */
    public String message(Locale locale) {
        return Texts.format(locale, "kpi.finding." + kind.name(), no, kpiName,
                jp.kyoseivision.text.JapaneseYears.fiscalYear(fy, locale), value, target, percent,
                dash(recorded), dash(overview), dash(computed), reason, grade, printed, expected);
    }

    private static String dash(String g) {
        return g == null ? "—" : g;
    }
}
