package jp.kyoseivision.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import jp.kyoseivision.importer.ImportProblem;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.opinions.Concerns;
import jp.kyoseivision.opinions.OpinionImport;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.text.LocalizedException;
import jp.kyoseivision.text.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import-opinions FILE IN.csv|IN.xlsx [--dry-run] [--plan N | --revision REV] [--kind KIND] [--source NAME]
 * [--from DATE] [--to DATE]}: the whole table is checked first; refused (exit 2) with every problem on its own line,
 * the plan file unchanged; or added as one edit, printing what each row was matched to.
 */
@Command(name = "import-opinions", description = "意見の一覧（番号, ページ, 項目, 意見）を取り込む / import opinions "
        + "(a public comment table: 番号, ページ, 項目, 意見; CSV or xlsx)")
final class ImportOpinionsCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "the .kyosei file")
    Path file;

    @Parameters(index = "1", paramLabel = "IN", description = "the table: .csv (UTF-8 or Shift_JIS) or .xlsx with the "
            + "columns 番号, ページ, 項目, 意見 (回答 optional)")
    Path table;

    @Option(names = "--plan", paramLabel = "PLAN", description = "add to the current revision of this plan (default: "
            + "the newest); " + CliOutput.PLAN_HELP)
    String edition;

    @Option(names = "--revision", paramLabel = "REV", description = "add to revision REV (its id)")
    String revisionId;

    @Option(names = "--kind", paramLabel = "KIND", description = "the kind of the opinions, id or name (default: the "
            + "first kind, パブリックコメント in the sample)")
    String kind;

    @Option(names = "--source", paramLabel = "NAME", description = "the consultation, e.g. 令和7年度見直しパブリックコメント")
    String source;

    @Option(names = "--from", paramLabel = "DATE", description = "first day of the consultation (YYYY-MM-DD)")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "last day of the consultation (YYYY-MM-DD)")
    String to;

    @Option(names = "--dry-run", description = "check and list the rows, write nothing")
    boolean dryRun;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        LocalDate fromDate = date(from);
        LocalDate toDate = to == null ? fromDate : date(to);
        PrintWriter out = spec.commandLine().getOut();
        try (PlanFile pf = dryRun ? PlanFile.openReadOnly(file) : PlanFile.open(file)) {
            Sphere before = pf.read();
            Revision r = OpinionsCommand.revision(before, edition, revisionId);
            if (r == null) {
                r = before.plans().stream().max(java.util.Comparator.comparingInt(p -> p.edition()))
                        .flatMap(p -> p.current()).orElseThrow(() -> new LocalizedException("cli.opinions.noPlan"));
            }
            String kindId = kind == null ? before.opinionKinds().stream().findFirst().map(k -> k.id())
                    .orElseThrow(() -> new LocalizedException("cli.opinions.badKind", "", ""))
                    : OpinionsCommand.kindId(before, kind);
            OpinionImport.Result result = OpinionImport.check(before,
                    new OpinionImport.Target(r.id(), kindId, source, fromDate, toDate), table);
            if (result.refused()) {
                PrintWriter err = spec.commandLine().getErr();
                err.println(Texts.message("cli.opinions.refused", table, result.problemCount()));
                for (ImportProblem p : result.problems()) {
                    err.println(p.message());
                }
                result.more().ifPresent(m -> err.println(m.getMessage()));
                err.flush();
                return Cli.USER_ERROR;
            }
            Concerns concerns = Concerns.of(before);
            for (OpinionImport.Row row : result.rows()) {
                String target = concerns.card(row.measureId()).map(m -> m.number() + " " + m.name())
                        .orElseGet(() -> row.directionId() != null
                                ? concerns.node(row.directionId()).map(d -> d.name()).orElse(row.directionId())
                                : row.policyAreaId() != null ? concerns.areaOf(row.policyAreaId())
                                        .map(a -> a.name()).orElse(row.policyAreaId())
                                : Texts.message("opinions.item.whole"));
                out.println(Texts.message("cli.opinions.row", row.row(), row.number(), target));
            }
            if (result.rows().isEmpty()) {
                out.println(Texts.message("cli.budget.noChange", table));
            } else if (dryRun) {
                out.println(Texts.message("cli.opinions.dryRun", result.rows().size()));
            } else {
                pf.save(before, result.applyTo(before));
                out.println(Texts.message("cli.opinions.applied", file.toAbsolutePath(), result.rows().size()));
            }
        }
        return 0;
    }

    private static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new LocalizedException("cli.opinions.badDate", text);
        }
    }
}
