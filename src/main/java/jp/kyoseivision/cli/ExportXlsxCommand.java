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

    @Option(names = "--plan", paramLabel = "N", description = "plan edition (default: the newest) or plan id (e.g. s1),"
            + " its current revision; an edition that two series share means the sphere's own plan")
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
        Plan plan = edition == null
                ? sphere.plans().stream().max(java.util.Comparator.comparingInt(Plan::edition))
                        .orElseThrow(() -> new jp.kyoseivision.text.LocalizedException("store.noEdition", "?"))
                : sphere.planByIdOrEdition(edition)
                        .orElseThrow(() -> new jp.kyoseivision.text.LocalizedException("store.noEdition", edition));
        // checked before the temporary file is made, so a wrong name leaves nothing behind
        XlsxTables.check(plan, output.getFileName().toString());
        Path written = CliOutput.write(output, o -> XlsxTables.write(sphere, plan, t, Texts.language(), o));
        spec.commandLine().getOut().println(Texts.message("cli.xlsx.exported", written,
                t.label(Texts.language()), plan.title()));
        return 0;
    }
}
