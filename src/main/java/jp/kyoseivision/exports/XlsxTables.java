package jp.kyoseivision.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import jp.kyoseivision.importer.BudgetExport;
import jp.kyoseivision.importer.CardListExport;
import jp.kyoseivision.importer.KpiTableExport;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.opinions.AnswerTable;
import jp.kyoseivision.opinions.AnswerXlsx;
import jp.kyoseivision.opinions.OpinionFilter;
import jp.kyoseivision.text.LocalizedException;
import jp.kyoseivision.text.Texts;

/** The print-ready workbooks of a plan's current revision: the card list, the KPI table, the budget, the opinions. */
public final class XlsxTables {
    /** Which table; {@link #option()} is its name on the command line. */
    public enum Table {
        CARDS, KPIS, BUDGET, OPINIONS;

        public String option() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Its name in the window's choice, in {@code locale}. */
        public String label(Locale locale) {
            return Texts.format(locale, "xlsx.table." + option());
        }

        public static Table parse(String option) {
            for (Table t : values()) {
                if (t.option().equalsIgnoreCase(option == null ? "" : option.strip())) {
                    return t;
                }
            }
            throw new LocalizedException("xlsx.table.invalid", option);
        }
    }

    private XlsxTables() {
    }

    /** Refuses what cannot be written before any file is made: a name not ending in .xlsx, a plan with no revision. */
    public static void check(Plan plan, String fileName) {
        if (!fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new LocalizedException("xlsx.type", fileName);
        }
        plan.current().orElseThrow(() -> new LocalizedException("budget.plan.noRevision", plan.title()));
    }

    public static void write(Sphere s, Plan plan, Table table, Locale locale, OutputStream out) throws IOException {
        Revision rev = plan.current().orElseThrow(() -> new LocalizedException("budget.plan.noRevision",
                plan.title()));
        switch (table) {
            case CARDS -> CardListExport.write(s, plan, locale, out);
            case KPIS -> KpiTableExport.write(plan, locale, out);
            case BUDGET -> BudgetExport.xlsx(plan, locale, out);
            case OPINIONS -> AnswerXlsx.write(AnswerTable.of(s, rev, OpinionFilter.ALL.withRevision(rev.id())
                    .apply(s), locale), out);
            default -> throw new IllegalStateException(table.name());
        }
    }
}
