package jp.kyoseivision.model;

import java.math.BigDecimal;

/**
 * A KPI figure: a decimal number (unit on the KPI), or a note where no number was printed (中止, 集計不可), or
 * both (a number with a remark). At least one of the two is present.
 */
public record KpiValue(BigDecimal number, String note) {
    public KpiValue {
        Checks.decimal(number, "kpi.value");
        Checks.longText(note, "kpi.value.note");
        if (number == null && (note == null || note.isBlank())) {
            throw new ValidationException("model.kpiValue.empty");
        }
    }

    public static KpiValue of(String number) {
        return new KpiValue(new BigDecimal(number), null);
    }

    public static KpiValue note(String note) {
        return new KpiValue(null, note);
    }

    public boolean hasNumber() {
        return number != null;
    }
}
