package jp.kyoseivision.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import jp.kyoseivision.importer.BudgetChange;
import jp.kyoseivision.importer.BudgetImport;
import jp.kyoseivision.importer.ImportProblem;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.RevisionStatus;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.text.LocalizedException;
import jp.kyoseivision.text.Numbers;
import jp.kyoseivision.text.JapaneseYears;
import jp.kyoseivision.text.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import-budget FILE --plan N IN.csv|IN.xlsx [--dry-run] [--unlock]}: checks the whole table first; refused
 * (exit 2) with every problem on its own line, or applied as one edit in one transaction, printing what changed. An
 * adopted (策定済) revision is changed only with {@code --unlock}, as the window asks to unlock it first.
 */
@Command(name = "import-budget",
        description = "予算表（事業費、千円）を取り込む / import a budget table (CSV or xlsx, thousand yen per fiscal year)")
final class ImportBudgetCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "the .kyosei file")
    Path file;

    @Parameters(index = "1", paramLabel = "IN", description = "the table: .csv (UTF-8 or Shift_JIS) or .xlsx "
            + "(see docs/budget-import.md)")
    Path table;

    @Option(names = "--plan", paramLabel = "N", required = true, description = "plan edition, e.g. 3; its current revision")
    int edition;

    @Option(names = "--dry-run", description = "check and list the changes, write nothing")
    boolean dryRun;

    @Option(names = "--unlock", description = "allow changing an adopted (策定済) revision, as 編集ロックを解除 does")
    boolean unlock;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (PlanFile pf = dryRun ? PlanFile.openReadOnly(file) : PlanFile.open(file)) {
            Sphere before = pf.read();
            BudgetImport.Result r = BudgetImport.check(before, edition, table);
            if (r.refused()) {
                PrintWriter err = spec.commandLine().getErr();
                err.println(Texts.message("cli.budget.refused", table, r.problemCount()));
                for (ImportProblem p : r.problems()) {
                    err.println(p.message());
                }
                r.more().ifPresent(m -> err.println(m.getMessage()));
                err.flush();
                return Cli.USER_ERROR;
            }
            Revision current = r.revision();
            boolean adopted = current != null && current.status() == RevisionStatus.ADOPTED;
            if (adopted && !unlock && !dryRun && !r.changes().isEmpty()) {
                PrintWriter err = spec.commandLine().getErr();
                err.println(Texts.message("cli.budget.adopted", edition, current.name()));
                err.flush();
                return Cli.USER_ERROR;
            }
            if (adopted && !unlock && dryRun) {
                out.println(Texts.message("cli.budget.adoptedDryRun", current.name()));
            }
            for (LocalizedException n : r.notices()) {
                out.println(n.getMessage());
            }
            for (BudgetChange c : r.changes()) {
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

    /** 24 世界遺産価値向上推進事業　令和7年度 (2025)：796,530 → 800,000 */
    static String line(BudgetChange c) {
        Locale ja = Texts.language();
        return Texts.format(ja, "budget.change", c.number(), c.name(), JapaneseYears.fiscalYear(c.fy(), ja),
                amount(c.before()), amount(c.after()));
    }

    private static String amount(Long v) {
        return v == null ? Texts.message("budget.none") : Numbers.grouped(v);
    }
}
