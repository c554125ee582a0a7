package jp.kyoseivision.kpi;

import jp.kyoseivision.model.KpiPoint;
import jp.kyoseivision.model.KpiValue;
import jp.kyoseivision.text.Numbers;

/** A KPI figure as printed: 27,932, or the note (中止), or both as 88.2（一関市）; empty when there is none. */
public final class KpiValueText {
    private KpiValueText() {
    }

    public static String show(KpiValue v) {
        if (v == null) {
            return "";
        }
        if (v.number() == null) {
            return v.note();
        }
        String n = Numbers.grouped(v.number());
        return v.note() == null || v.note().isBlank() ? n : n + "（" + v.note() + "）";
    }

    /** The value, with the printed period when it is not a plain fiscal year: 5,533（H26～H30平均）. */
    public static String show(KpiPoint p) {
        if (p == null) {
            return "";
        }
        String v = show(p.value());
        return p.period() == null || p.period().isBlank() ? v : v + "（" + p.period() + "）";
    }
}
