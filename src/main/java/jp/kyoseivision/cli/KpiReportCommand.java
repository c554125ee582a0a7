package jp.kyoseivision.cli;

import jp.kyoseivision.text.Texts;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.IntPredicate;
import jp.kyoseivision.kpi.KpiResults;
import jp.kyoseivision.kpi.KpiTables;
import jp.kyoseivision.kpi.ReportTable;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.text.LocalizedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kpi-report FILE --plan N [--year FY] [--format json|csv] [--table T] [-o OUT]}: a plan's KPI results graded
 * by its rule, the summary per year and the consistency findings (format: docs/kpi-report-format.md).
 */
@Command(name = "kpi-report", description = "成果指標（KPI）の達成度を集計する / KPI results, grades and inconsistencies")
final class KpiReportCommand implements Callable<Integer> {
    /** A report written to a character stream. */
    @FunctionalInterface
    private interface Report {
        void writeTo(Writer out) throws IOException;
    }

    enum Format { json, csv, pdf }

    @Parameters(index = "0", paramLabel = "FILE", description = "the .kyosei file")
    Path file;

    @Option(names = "--plan", required = true, paramLabel = "PLAN", description = CliOutput.PLAN_HELP)
    String edition;

    @Option(names = "--year", paramLabel = "FY", description = "only fiscal year FY (e.g. 2023)")
    Integer year;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json (default), csv, or pdf (all three tables, A4 landscape; needs -o)")
    Format format;

    @Option(names = "--table", paramLabel = "T", defaultValue = "results",
            description = "for csv: results (default), summary or findings")
    String table;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "output file (default: standard output)")
    Path output;

    @picocli.CommandLine.Mixin
    PdfFontOption font = new PdfFontOption();

    @picocli.CommandLine.Mixin
    CsvEncodingOption encoding = new CsvEncodingOption();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        // only the plan is kept: the other editions' cards can be collected as soon as it is found
        Plan plan = CliOutput.read(file).planByIdOrEdition(edition)
                .orElseThrow(() -> new LocalizedException("store.noEdition", edition));
        if (year != null && (year < plan.startFy() || year > plan.endFy())) {
            throw new LocalizedException("cli.kpi.badYear", year, plan.startFy(), plan.endFy());
        }
        IntPredicate years = fy -> year == null || fy == year;
        KpiResults results = KpiResults.of(plan);
        Locale locale = Texts.language();
        jp.kyoseivision.text.CsvEncoding enc = encoding.get(); // a wrong name is refused before anything is written
        if (format == Format.pdf) {
            if (output == null) {
                throw new LocalizedException("cli.diff.needsOutput");
            }
            var doc = jp.kyoseivision.report.ReportTables.kpiReport(results, years, locale);
            CliOutput.pdf(spec, output, doc, font.find());
            return 0;
        }
        Report report;
        if (format == Format.csv) {
            ReportTable t = switch (table) {
                case "results" -> KpiTables.results(results, years, locale);
                case "summary" -> KpiTables.summary(results, years, locale);
                case "findings" -> KpiTables.findings(results, years, locale);
                default -> throw new LocalizedException("cli.kpi.badTable", table);
            };
            report = w -> TableCsv.write(t, w);
        } else {
            report = w -> KpiReportJson.write(results, years, year, w);
        }
        // streamed to the output as it is made: the report is never held whole, as text or bytes (issue 16)
        if (output == null) {
            java.io.PrintWriter out = spec.commandLine().getOut();
            report.writeTo(out);
            out.flush();
            return 0;
        }
        CliOutput.write(output, stream -> {
            // CSV: UTF-8 with the BOM Excel needs, or CP932 on request; JSON: UTF-8
            Writer w = new BufferedWriter(format == Format.csv ? enc.writer(stream)
                    : new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
            report.writeTo(w);
            w.flush();
        });
        return 0;
    }
}
