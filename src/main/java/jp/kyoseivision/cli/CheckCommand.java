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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code check FILE}: integrity, schema and data validation, read-only. Exit 0 clean, 1 problems found. */
@Command(name = "check", description = "計画ファイルを検査する / check a plan file (exit 0 clean, 1 problems)")
final class CheckCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "the .kyosei file")
    Path file;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Locale locale = Texts.language();
        PrintWriter out = spec.commandLine().getOut();
        List<String> problems = new ArrayList<>();
        try (PlanFile pf = PlanFile.openReadOnly(file)) {
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
