package jp.kyoseivision.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import jp.kyoseivision.diff.ComparisonTable;
import jp.kyoseivision.diff.CsvExport;
import jp.kyoseivision.diff.DiffJson;
import jp.kyoseivision.diff.DiffService;
import jp.kyoseivision.diff.RevisionDiff;
import jp.kyoseivision.diff.XlsxExport;
import jp.kyoseivision.model.ChangeKind;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.text.LocalizedException;
import jp.kyoseivision.text.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code diff FILE --from REV --to REV [--format json|csv|xlsx] [-o OUT] [--lang ja|en]}: compares two revisions,
 * REV being a plan edition (its current revision) or a revision id. Read-only. (PDF comes with the shared page
 * layout: it will lay out the same {@link ComparisonTable}.)
 */
@Command(name = "diff", description = "二つの改定を比較する（新旧対照表）/ compare two revisions")
final class DiffCommand implements Callable<Integer> {
    enum Format {
        json, csv, xlsx, pdf
    }

    @Parameters(index = "0", paramLabel = "FILE", description = "the .kyosei file")
    Path file;

    @Option(names = "--from", required = true, paramLabel = "REV",
            description = "older revision: plan edition (e.g. 2) or revision id")
    String from;

    @Option(names = "--to", required = true, paramLabel = "REV",
            description = "newer revision: plan edition (e.g. 3) or revision id")
    String to;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json (default), csv, xlsx or pdf (A4 landscape, changed rows shaded)")
    Format format;

    @Option(names = "--targets",
            description = "write the numeric targets (数値目標の推移) of the two revisions side by side instead of the "
                    + "item comparison (json, csv or xlsx)")
    boolean targets;

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
        Locale locale = jp.kyoseivision.text.Texts.language();
        jp.kyoseivision.text.CsvEncoding enc = encoding.get();
        if ((format == Format.xlsx || format == Format.pdf) && output == null) {
            throw new LocalizedException("cli.diff.needsOutput");
        }
        if (targets && format == Format.pdf) {
            throw new LocalizedException("cli.diff.targetsNoPdf");
        }
        Sphere sphere = CliOutput.read(file);
        RevisionDiff d = DiffService.compare(sphere, from, to);
        if (!d.sameSeries()) {
            // two series: said on standard error, so standard output stays the document
            spec.commandLine().getErr().println(Texts.format(locale, "diff.crossSeries", d.fromPlan().title(),
                    d.toPlan().title()));
        }
        if (targets) {
            return targets(d, locale, enc);
        }
        ComparisonTable table = ComparisonTable.of(d, locale);
        if (output == null) {
            // written as it is made, not built as one string first (issue 16)
            java.io.PrintWriter out = spec.commandLine().getOut();
            if (format == Format.json) {
                DiffJson.write(d, out);
            } else {
                CsvExport.write(table, locale, out);
            }
            out.flush();
            return 0;
        }
        Path target = output.toAbsolutePath();
        if (format == Format.pdf) {
            CliOutput.pdf(spec, output, jp.kyoseivision.report.ReportTables.comparison(table,
                    d.toPlan().title() + "　" + d.to().name()), font.find());
        } else {
            CliOutput.write(output, out -> {
                switch (format) {
                    case json -> DiffJson.write(d, writer(out));
                    case csv -> {
                        java.io.Writer w = enc.writer(out); // UTF-8 with BOM, or CP932 (--encoding)
                        CsvExport.write(table, locale, w);
                        w.flush();
                    }
                    case xlsx -> XlsxExport.write(table, locale, out);
                    default -> throw new IllegalStateException(format.name());
                }
            });
        }
        spec.commandLine().getOut().println(Texts.format(locale, "cli.diff.written", target,
                d.count(ChangeKind.ADDED), d.count(ChangeKind.DELETED), d.count(ChangeKind.RENAMED),
                d.count(ChangeKind.CHANGED), d.count(ChangeKind.BUDGET_PENDING), d.count(ChangeKind.UNCHANGED)));
        return 0;
    }

    private int targets(RevisionDiff d, Locale locale, jp.kyoseivision.text.CsvEncoding enc) throws IOException {
        jp.kyoseivision.diff.TargetTable table = jp.kyoseivision.diff.TargetTable.of(d, locale);
        if (output == null) {
            java.io.PrintWriter out = spec.commandLine().getOut();
            if (format == Format.json) {
                jp.kyoseivision.diff.TargetExport.json(d, out);
            } else {
                jp.kyoseivision.diff.TargetExport.csv(table, out);
            }
            out.flush();
            return 0;
        }
        CliOutput.write(output, out -> {
            switch (format) {
                case json -> {
                    java.io.Writer w = writer(out);
                    jp.kyoseivision.diff.TargetExport.json(d, w);
                    w.flush();
                }
                case csv -> {
                    java.io.Writer w = enc.writer(out);
                    jp.kyoseivision.diff.TargetExport.csv(table, w);
                    w.flush();
                }
                case xlsx -> jp.kyoseivision.diff.TargetExport.xlsx(table, locale, out);
                default -> throw new IllegalStateException(format.name());
            }
        });
        spec.commandLine().getOut().println(Texts.format(locale, "cli.diff.targetsWritten", output.toAbsolutePath(),
                table.rows().size(), table.paired()));
        return 0;
    }

    /** UTF-8 text into {@code out}, buffered (the caller's stream is flushed by each write's end, not closed). */
    private static java.io.Writer writer(java.io.OutputStream out) {
        return new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
    }
}
