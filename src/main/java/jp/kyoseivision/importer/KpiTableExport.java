package jp.kyoseivision.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.kyoseivision.kpi.GradeOutcome;
import jp.kyoseivision.kpi.KpiLine;
import jp.kyoseivision.kpi.KpiResults;
import jp.kyoseivision.kpi.KpiValueText;
import jp.kyoseivision.kpi.YearResult;
import jp.kyoseivision.model.KpiValue;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.sheets.PrintBook;
import jp.kyoseivision.sheets.PrintSheet;
import jp.kyoseivision.sheets.PrintSheet.Look;
import jp.kyoseivision.text.JapaneseYears;
import jp.kyoseivision.text.LocalizedException;
import jp.kyoseivision.text.Texts;

/**
 * The KPI table of a plan's current revision as a print-ready workbook, one row per KPI and fiscal year of the plan
 * (the plan's own targets, each node's 数値目標 with its level and name in the 施策名 column, the items' KPIs; a
 * qualifier such as 男性 after the KPI's name, a printed period such as H26～H30平均 after its baseline)
 * (empty years too, so it is also the template a partner fills in): No., 施策名, 成果指標, 単位, 現状値, 目標値, 年度,
 * 実績値 (a number stays a number), 達成率, 達成度 computed by {@link jp.kyoseivision.kpi.KpiGrader} and as recorded,
 * 進捗状況・成果, 今後の取組等 and the KPI's id, by which the actuals are read back.
 */
public final class KpiTableExport {
    /** Column indexes. */
    static final int NO = 0;
    static final int MEASURE = 1;
    static final int KPI = 2;
    static final int UNIT = 3;
    static final int BASELINE = 4;
    static final int TARGET = 5;
    static final int FY = 6;
    static final int ACTUAL = 7;
    static final int PERCENT = 8;
    static final int COMPUTED = 9;
    static final int RECORDED = 10;
    static final int PROGRESS = 11;
    static final int NEXT_STEPS = 12;
    static final int ID = 13;
    static final int[] WIDTHS = {6, 20, 24, 7, 12, 12, 16, 12, 8, 8, 8, 36, 36, 12};

    private KpiTableExport() {
    }

    static List<String> headers(Locale locale) {
        List<String> h = new ArrayList<>();
        for (String k : List.of("kpi.col.no", "kpi.col.measure", "kpi.col.kpi", "kpi.col.unit", "kpis.col.baseline",
                "kpi.col.target", "kpi.col.fy", "kpi.col.actual", "kpi.col.percent", "kpi.col.computed",
                "kpis.col.recorded", "kpis.col.progress", "kpis.col.nextSteps", "kpis.col.id")) {
            h.add(Texts.format(locale, k));
        }
        return h;
    }

    public static void write(Plan plan, Locale locale, OutputStream out) throws IOException {
        Revision rev = plan.current().orElseThrow(() -> new LocalizedException("budget.plan.noRevision",
                plan.title()));
        KpiResults results = KpiResults.of(plan);
        try (PrintBook book = new PrintBook(locale)) {
            PrintSheet sheet = book.sheet(Texts.format(locale, "kpis.sheet"), WIDTHS);
            sheet.title(Texts.format(locale, "kpi.table.results", plan.title()) + "（" + rev.name() + "）");
            sheet.note(Texts.format(locale, "kpis.note"));
            sheet.header(headers(locale));
            for (KpiLine line : results.all()) {
                for (YearResult y : line.years()) {
                    PrintSheet.Line x = sheet.row();
                    x.text(NO, line.no(), Look.CENTRED);
                    x.text(MEASURE, line.owner(locale), Look.TEXT);
                    x.text(KPI, line.name(), Look.TEXT);
                    x.text(UNIT, line.kpi().unit(), Look.CENTRED);
                    x.text(BASELINE, KpiValueText.show(line.kpi().baseline()), Look.TEXT);
                    x.text(TARGET, KpiValueText.show(line.kpi().target()), Look.TEXT);
                    x.text(FY, JapaneseYears.fiscalYear(y.fy(), locale), Look.CENTRED);
                    KpiValue v = y.value();
                    if (v != null && v.hasNumber() && (v.note() == null || v.note().isBlank())) {
                        x.number(ACTUAL, v.number().doubleValue(),
                                v.number().stripTrailingZeros().scale() <= 0 ? Look.AMOUNT : Look.NUMBER);
                    } else {
                        x.text(ACTUAL, KpiValueText.show(v), Look.TEXT);
                    }
                    GradeOutcome c = y.computed();
                    if (c.percent() != null && y.actual() != null) {
                        x.number(PERCENT, c.percent().doubleValue(), Look.NUMBER);
                    } else {
                        x.empty(PERCENT, Look.NUMBER);
                    }
                    x.text(COMPUTED, y.actual() == null || c.grade() == null ? "" : c.grade(), Look.CENTRED);
                    x.text(RECORDED, y.recorded() == null ? "" : y.recorded(), Look.CENTRED);
                    x.text(PROGRESS, y.actual() == null ? "" : nz(y.actual().progress()), Look.TEXT);
                    x.text(NEXT_STEPS, y.actual() == null ? "" : nz(y.actual().nextSteps()), Look.TEXT);
                    x.text(ID, line.kpi().id(), Look.TEXT);
                }
            }
            sheet.finish(true, KPI, plan.title(), rev.name());
            book.write(out);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
