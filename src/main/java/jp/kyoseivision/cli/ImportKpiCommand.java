package jp.kyoseivision.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import jp.kyoseivision.importer.ImportProblem;
import jp.kyoseivision.importer.KpiImport;
import jp.kyoseivision.kpi.KpiValueText;
import jp.kyoseivision.model.KpiActual;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.text.JapaneseYears;
import jp.kyoseivision.text.LocalizedException;
import jp.kyoseivision.text.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import-kpi FILE IN.xlsx|IN.csv [--dry-run]}: KPI actuals from the KPI table (export-xlsx --table
 * kpis) filled in by a partner; checked whole, refused (exit 2) with every problem, or applied as one edit.
 */
@Command(name = "import-kpi",
        description = "成果指標の実績値を取り込む / import KPI actuals from the KPI table (xlsx or CSV)")
final class ImportKpiCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "the .kyosei file")
    Path file;

    @Parameters(index = "1", paramLabel = "IN", description = "the KPI table: .xlsx or .csv (UTF-8 or Shift_JIS)")
    Path table;

    @Option(names = "--dry-run", description = "check and list the changes, write nothing")
    boolean dryRun;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (PlanFile pf = dryRun ? PlanFile.openReadOnly(file) : PlanFile.open(file)) {
            Sphere before = pf.read();
            KpiImport.Result r = KpiImport.check(before, table);
            if (r.refused()) {
                PrintWriter err = spec.commandLine().getErr();
                err.println(Texts.message("cli.budget.refused", table, r.problems().size()));
                for (ImportProblem p : r.problems()) {
                    err.println(p.message());
                }
                err.flush();
                return Cli.USER_ERROR;
            }
            for (LocalizedException n : r.notices()) {
                out.println(n.getMessage());
            }
            for (KpiImport.Change c : r.changes()) {
                out.println(line(c));
            }
            if (r.changes().isEmpty()) {
                out.println(Texts.message("cli.budget.noChange", table));
            } else if (dryRun) {
                out.println(Texts.message("cli.budget.dryRun", r.changes().size()));
            } else {
                pf.save(before, r.applyTo(before));
                out.println(Texts.message("cli.budget.applied", file.toAbsolutePath(), r.changes().size()));
            }
        }
        return 0;
    }

    /** 1 休日・夜間診療体制確保事業／診療を実施した割合　令和6年度 (2024)：100 → 98.5 */
    static String line(KpiImport.Change c) {
        Locale l = Texts.language();
        boolean texts = c.before() == null || c.after() == null
                || !java.util.Objects.equals(c.before().progress(), c.after().progress())
                || !java.util.Objects.equals(c.before().nextSteps(), c.after().nextSteps());
        return Texts.format(l, "kpiimport.change", c.no(), c.measure(), c.kpi(), JapaneseYears.fiscalYear(c.fy(), l),
                value(c.before()), value(c.after())) + (texts ? Texts.format(l, "kpiimport.change.texts") : "");
    }

    private static String value(KpiActual a) {
        return a == null || a.value() == null ? Texts.message("budget.none") : KpiValueText.show(a.value());
    }
}
