package jp.kyoseivision.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.SphereFilter;
import jp.kyoseivision.store.SphereJson;
import jp.kyoseivision.text.LocalizedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code export-json FILE [--plan N] [-o OUT]}: writes the sphere (or one plan edition) as JSON. */
@Command(name = "export-json", description = "計画ファイルをJSONで書き出す / export a plan file as JSON")
final class ExportJsonCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "the .kyosei file")
    Path file;

    @Option(names = "--plan", paramLabel = "N", description = "only the plan of edition N (e.g. 3)")
    Integer edition;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "output file (default: standard output)")
    Path output;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Sphere sphere;
        try (PlanFile pf = PlanFile.openReadOnly(file)) {
            sphere = pf.read();
        }
        if (edition != null) {
            sphere = SphereFilter.onlyEdition(sphere, edition);
        }
        if (output == null) {
            // the command line's writer is UTF-8 whatever the console's default charset
            spec.commandLine().getOut().print(SphereJson.toJson(sphere));
            spec.commandLine().getOut().flush();
            return 0;
        }
        Path target = output.toAbsolutePath();
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            SphereJson.write(sphere, out);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw new LocalizedException(e, "cli.ioError", target, e.getMessage());
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return 0;
    }
}
