package jp.kyoseivision.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import jp.kyoseivision.exports.XlsxTables;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.text.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code export-xlsx FILE [--plan N] --table cards|kpis|budget|opinions -o OUT.xlsx}: a print-ready workbook. */
@Command(name = "export-xlsx",
        description = "表を Excel ブックに書き出す / write a print-ready workbook: cards, kpis, budget or opinions")
final class ExportXlsxCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "the .kyosei file")
    Path file;

    @Option(names = "--plan", paramLabel = "PLAN", description = CliOutput.PLAN_HELP
            + " (default: the newest); its current revision")
    String edition;

    @Option(names = "--table", paramLabel = "TABLE", required = true,
            description = "cards (the card list), kpis (the KPI table), budget or opinions")
    String table;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", required = true, description = "the .xlsx to write")
    Path output;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        XlsxTables.Table t = XlsxTables.Table.parse(table);
        Sphere sphere = CliOutput.read(file);
        Plan plan = CliOutput.plan(sphere, edition);
        // checked before the temporary file is made, so a wrong name leaves nothing behind
        XlsxTables.check(plan, output.getFileName().toString());
        Path written = CliOutput.write(output, o -> XlsxTables.write(sphere, plan, t, Texts.language(), o));
        spec.commandLine().getOut().println(Texts.message("cli.xlsx.exported", written,
                t.label(Texts.language()), plan.title()));
        return 0;
    }
}
