package jp.kyoseivision.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import jp.kyoseivision.importer.BudgetExport;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.text.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code export-budget FILE [--plan N] -o OUT.csv|OUT.xlsx}: the budget table, the template import-budget reads. */
@Command(name = "export-budget",
        description = "予算表（事業費、千円）を書き出す / export the budget table (CSV or xlsx), a template for import-budget")
final class ExportBudgetCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "the .kyosei file")
    Path file;

    @Option(names = "--plan", paramLabel = "PLAN", description = CliOutput.PLAN_HELP
            + " (default: the newest); its current revision")
    String edition;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", required = true, description = "the .csv or .xlsx to write")
    Path output;

    @picocli.CommandLine.Mixin
    CsvEncodingOption encoding = new CsvEncodingOption();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws java.io.IOException {
        Sphere sphere = CliOutput.read(file);
        Plan plan = CliOutput.plan(sphere, edition);
        // checked before the temporary file is made, so a wrong extension leaves nothing behind
        String name = output.getFileName().toString();
        jp.kyoseivision.text.CsvEncoding enc = encoding.get();
        BudgetExport.write(plan, Texts.language(), name, enc, java.io.OutputStream.nullOutputStream());
        Path written = CliOutput.write(output, o -> BudgetExport.write(plan, Texts.language(), name, enc, o));
        int cards = plan.current().map(r -> r.measures().size()).orElse(0);
        spec.commandLine().getOut().println(Texts.message("cli.budget.exported", written, cards, plan.startFy(),
                plan.endFy()));
        return 0;
    }
}
