package jp.kyoseivision.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import jp.kyoseivision.model.Opinion;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.opinions.AnswerCsv;
import jp.kyoseivision.opinions.AnswerPdf;
import jp.kyoseivision.opinions.AnswerTable;
import jp.kyoseivision.opinions.AnswerXlsx;
import jp.kyoseivision.opinions.OpinionFilter;
import jp.kyoseivision.opinions.OpinionJson;
import jp.kyoseivision.text.LocalizedException;
import jp.kyoseivision.text.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code opinions FILE [--plan N] [--revision REV] [--kind KIND] [--format json|csv|xlsx|pdf] [-o OUT]}: the opinions
 * received and the answers, as JSON (docs/opinions-format.md), or as the 「ご意見の概要及びご意見に対する考え方」 table
 * (CSV, xlsx, PDF).
 */
@Command(name = "opinions", description = "意見と回答を一覧・出力する / list the opinions and answers, or print the "
        + "answer table (ご意見の概要及びご意見に対する考え方)")
final class OpinionsCommand implements Callable<Integer> {
    enum Format { json, csv, xlsx, pdf }

    @Parameters(index = "0", paramLabel = "FILE", description = "the .kyosei file")
    Path file;

    @Option(names = "--plan", paramLabel = "PLAN", description = "the opinions on the current revision of this plan; "
            + CliOutput.PLAN_HELP)
    String edition;

    @Option(names = "--revision", paramLabel = "REV", description = "the opinions on revision REV (its id, e.g. "
            + "v3-adopted); default: every revision, or the plan's current one with --plan")
    String revisionId;

    @Option(names = "--kind", paramLabel = "KIND", description = "only this kind of opinion: its id (PUBLIC_COMMENT, "
            + "COUNCIL_MEMBER, COUNCIL_MEETING in the sample) or its name (パブリックコメント …)")
    String kind;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json (default), csv (UTF-8 with BOM), xlsx or pdf (A4; xlsx and pdf need -o)")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "output file (default: standard output)")
    Path output;

    @picocli.CommandLine.Mixin
    PdfFontOption font = new PdfFontOption();

    @picocli.CommandLine.Mixin
    CsvEncodingOption encoding = new CsvEncodingOption();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Sphere s = CliOutput.read(file);
        Revision revision = revision(s, edition, revisionId);
        OpinionFilter f = OpinionFilter.ALL.withRevision(revision == null ? null : revision.id())
                .withKind(kind == null ? null : kindId(s, kind));
        List<Opinion> list = f.apply(s);
        Locale locale = Texts.language();
        if ((format == Format.xlsx || format == Format.pdf) && output == null) {
            throw new LocalizedException("cli.diff.needsOutput");
        }
        if (format == Format.json) {
            String json = OpinionJson.json(s, revision, list);
            if (output == null) {
                CliOutput.print(spec, json);
            } else {
                CliOutput.write(output, out -> out.write(json.getBytes(StandardCharsets.UTF_8)));
            }
            return 0;
        }
        Revision titled = revision != null ? revision
                : list.isEmpty() ? null : s.revision(list.get(0).revisionId()).orElse(null);
        AnswerTable t = AnswerTable.of(s, titled, list, locale);
        switch (format) {
            case pdf -> CliOutput.pdf(spec, output, AnswerPdf.document(t, t.title()), font.find());
            case xlsx -> CliOutput.write(output, out -> AnswerXlsx.write(t, out));
            default -> {
                if (output == null) {
                    var bytes = new java.io.ByteArrayOutputStream();
                    try {
                        AnswerCsv.write(t, bytes);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    // on a console the byte order mark is left out
                    CliOutput.print(spec, bytes.toString(StandardCharsets.UTF_8).substring(1));
                } else {
                    jp.kyoseivision.text.CsvEncoding enc = encoding.get();
                    CliOutput.write(output, out -> AnswerCsv.write(t, out, enc));
                }
            }
        }
        return 0;
    }

    /** The revision asked for: --revision (an id), else the current one of --plan, else none (every revision). */
    static Revision revision(Sphere s, String edition, String revisionId) {
        if (revisionId != null) {
            Revision r = s.revision(revisionId).orElseThrow(() -> new LocalizedException("cli.opinions.badRevision",
                    revisionId, String.join(", ", s.revisions().map(Revision::id).toList())));
            if (edition != null && s.planByIdOrEdition(edition).map(p -> !p.revisions().contains(r)).orElse(true)) {
                throw new LocalizedException("cli.opinions.revisionNotInPlan", revisionId,
                        s.planByIdOrEdition(edition).map(p -> p.title()).orElse(edition));
            }
            return r;
        }
        if (edition != null) {
            var plan = CliOutput.plan(s, edition);
            return plan.current().orElseThrow(() -> new LocalizedException("budget.plan.noRevision", plan.title()));
        }
        return null;
    }

    /** A kind given by its id or its name. */
    static String kindId(Sphere s, String kind) {
        return s.opinionKinds().stream().filter(k -> k.id().equals(kind) || k.name().equals(kind.strip()))
                .map(k -> k.id()).findFirst().orElseThrow(() -> new LocalizedException("cli.opinions.badKind", kind,
                        String.join("、", s.opinionKinds().stream().map(k -> k.id() + "（" + k.name() + "）")
                                .toList())));
    }
}
