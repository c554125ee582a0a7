package jp.kyoseivision.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.report.FontLocator;
import jp.kyoseivision.report.JapaneseFont;
import jp.kyoseivision.report.MeasureSheets;
import jp.kyoseivision.report.ReportDocument;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.text.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code export-pdf FILE [--plan N] [--cards 1,3-5] [--area NAME] [--cover] [--font PATH] -o OUT.pdf}. */
@Command(name = "export-pdf", description = "施策シートをPDFに書き出す（1カード1ページ）/ measure sheets as PDF, one A4 page per card")
final class ExportPdfCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "the .kyosei file")
    Path file;

    @Option(names = "--plan", paramLabel = "PLAN", description = CliOutput.PLAN_HELP
            + " (default: the newest); its current revision")
    String edition;

    @Option(names = "--cards", paramLabel = "LIST", description = "card numbers, e.g. 1,3-5 (default: all)")
    String cards;

    @Option(names = "--area", paramLabel = "NAME", description = "only the cards of this policy area, e.g. 医療")
    String area;

    @Option(names = "--cover", description = "add a cover page and a contents page")
    boolean cover;

    @picocli.CommandLine.Mixin
    PdfFontOption font = new PdfFontOption();

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "print date in the footer (default: today)")
    LocalDate date;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.pdf", required = true, description = "the PDF to write")
    Path output;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Sphere sphere;
        try (PlanFile pf = PlanFile.openReadOnly(file)) {
            sphere = pf.readForSheets(edition); // only the printed revision: not the other editions, opinions
        }
        ReportDocument doc = MeasureSheets.buildPlan(sphere, edition, cards, area,
                new MeasureSheets.Options(cover, cover, date, null));
        JapaneseFont f = font.find();
        int pages = CliOutput.pdf(spec, output, doc, f).pages();
        spec.commandLine().getOut().println(Texts.message("cli.exportPdf.done", output.toAbsolutePath(), pages,
                MeasureSheets.itemCount(sphere, edition, cards, area), f.name()));
        return 0;
    }
}
