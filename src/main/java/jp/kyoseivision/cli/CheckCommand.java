package jp.kyoseivision.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import jp.kyoseivision.check.Problem;
import jp.kyoseivision.check.SphereChecker;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.StoreException;
import jp.kyoseivision.text.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code check FILE [--salvage OUT]}: integrity, schema and data validation, read-only. Exit 0 clean, 1 problems
 * found (a schema that differs from what this build creates is listed difference by difference), 2 unreadable. With
 * {@code --salvage OUT} the data of a file refused for its structure is copied into the new file OUT when its tables
 * are intact ({@link PlanFile#salvage}); FILE is never written.
 */
@Command(name = "check", description = "計画ファイルを検査する / check a plan file (exit 0 clean, 1 problems)")
final class CheckCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "the .kyosei file")
    Path file;

    @Option(names = "--salvage", paramLabel = "OUT", description = "copy the data of a file refused for its "
            + "structure into the new file OUT, when its tables are intact (FILE is not changed)")
    Path salvage;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Locale locale = Texts.language();
        PrintWriter out = spec.commandLine().getOut();
        if (salvage != null) {
            Path made = PlanFile.salvage(file, salvage);
            out.println(Texts.format(locale, "cli.check.salvaged", PlanFile.resolve(file), made));
            return 0;
        }
        List<String> problems = new ArrayList<>();
        PlanFile opened;
        try {
            opened = PlanFile.openReadOnly(file);
        } catch (StoreException e) {
            if (!"store.schema".equals(e.key())) {
                throw e;
            }
            problems.add(e.message(locale));
            PlanFile.schemaDifferences(file).forEach(d -> problems.add(Texts.format(locale, "cli.check.schema", d)));
            out.println(Texts.format(locale, "cli.check.problems", PlanFile.resolve(file), problems.size()));
            problems.forEach(p -> out.println("  - " + p));
            return 1;
        }
        try (PlanFile pf = opened) {
            pf.integrityProblems().forEach(p -> problems.add(Texts.format(locale, "check.integrity", p)));
            Sphere sphere = null;
            try {
                sphere = pf.read();
            } catch (StoreException e) {
                problems.add(Texts.format(locale, "check.invalid", e.message(locale)));
            }
            if (sphere != null) {
                for (Problem p : SphereChecker.check(sphere)) {
                    problems.add(p.message(locale));
                }
            }
            if (problems.isEmpty()) {
                long cards = sphere.revisions().mapToLong(r -> r.measures().size()).sum();
                out.println(Texts.format(locale, "cli.check.ok", pf.path(), pf.schemaVersion(), sphere.plans().size(),
                        cards));
                return 0;
            }
            out.println(Texts.format(locale, "cli.check.problems", pf.path(), problems.size()));
            problems.forEach(p -> out.println("  - " + p));
            return 1;
        }
    }
}
