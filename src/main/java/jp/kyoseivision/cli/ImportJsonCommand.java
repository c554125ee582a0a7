package jp.kyoseivision.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.JsonImport;
import jp.kyoseivision.store.StoreException;
import jp.kyoseivision.text.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import-json FILE IN.json}: reads and validates the whole JSON first, then writes it in one transaction
 * into FILE (created when missing). A file that already holds data is only replaced with {@code --replace}.
 */
@Command(name = "import-json", description = "JSONを計画ファイルに取り込む / import a JSON document into a plan file")
final class ImportJsonCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "the .kyosei file (created when missing)")
    Path file;

    @Parameters(index = "1", paramLabel = "IN.json", description = "the JSON document (see docs/json-format.md)")
    Path json;

    @Option(names = "--replace", description = "replace the content of a file that already holds data")
    boolean replace;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Sphere sphere = JsonImport.read(json); // the rules the window's import shares
        if (!Files.exists(file)) {
            JsonImport.intoNewFile(sphere, file);
        } else {
            try (PlanFile pf = PlanFile.open(file)) {
                if (!replace && !pf.read().plans().isEmpty()) {
                    throw new StoreException("store.notEmpty", pf.path());
                }
                pf.replace(sphere);
            }
        }
        long cards = JsonImport.cards(sphere);
        spec.commandLine().getOut().println(Texts.message("cli.import.done",
                file.toAbsolutePath(), sphere.plans().size(), cards));
        return 0;
    }
}
