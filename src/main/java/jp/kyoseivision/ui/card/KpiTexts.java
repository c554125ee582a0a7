package jp.kyoseivision.ui.card;

import jp.kyoseivision.kpi.KpiValueText;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.KpiPoint;
import jp.kyoseivision.text.JapaneseYears;
import jp.kyoseivision.text.Numbers;
import jp.kyoseivision.ui.common.I18n;

/**
 * A KPI's parts as the plans print them: its name with the qualifier of the printed row (男性, 小学校 …), and a
 * value with its period — the printed period label when it is not a plain fiscal year (H26～H30平均, 2028年（令和10年）),
 * else the fiscal year in 和暦 with 西暦.
 */
public final class KpiTexts {
    private KpiTexts() {
    }

    /** The name, with the qualifier after it: 合計特殊出生率（男性）. */
    public static String name(Kpi k) {
        return k.qualifier() == null || k.qualifier().isBlank() ? k.name() : k.name() + "（" + k.qualifier() + "）";
    }

    /** The period of a point: its printed label, else its fiscal year. */
    public static String period(KpiPoint p, I18n i18n) {
        if (p == null) {
            return "";
        }
        return p.period() != null && !p.period().isBlank() ? p.period()
                : JapaneseYears.fiscalYear(p.fy(), i18n.locale());
    }

    /**
     * The value of a point as printed: the printed text when it says the number itself (107,400人程度), else the
     * number and the unit, with any note after it.
     */
    public static String value(KpiPoint p, String unit) {
        if (p == null || p.value() == null) {
            return "";
        }
        var v = p.value();
        if (v.number() != null && v.note() != null && v.note().contains(Numbers.grouped(v.number()))) {
            return v.note();
        }
        String shown = KpiValueText.show(v);
        return v.number() != null && unit != null && !unit.isBlank() && v.note() == null ? shown + unit : shown;
    }

    /** 107,400人程度 (2028年（令和10年）). */
    public static String point(KpiPoint p, String unit, I18n i18n) {
        return p == null ? "" : value(p, unit) + " (" + period(p, i18n) + ")";
    }

    /** A whole target line: 人口：107,400人程度 (2028年（令和10年）)、94,000人程度 (2040年（令和22年）). */
    public static String targets(Kpi k, I18n i18n) {
        StringBuilder b = new StringBuilder(name(k)).append(i18n.t("kind.kpi.sep"));
        if (k.baseline() != null) {
            b.append(i18n.t("kind.kpi.baseline", point(k.baseline(), k.unit(), i18n))).append(" → ");
        }
        b.append(point(k.target(), k.unit(), i18n));
        for (KpiPoint m : k.milestones()) {
            b.append("、").append(point(m, k.unit(), i18n));
        }
        return b.toString();
    }
}
