package jp.kyoseivision.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.SphereFilter;
import jp.kyoseivision.store.SphereJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code export-json FILE [--plan N] [-o OUT]}: writes the sphere (or one plan edition) as JSON. */
@Command(name = "export-json", description = "計画ファイルをJSONで書き出す / export a plan file as JSON")
final class ExportJsonCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "the .kyosei file")
    Path file;

    @Option(names = "--plan", paramLabel = "PLAN", description = "only this plan; " + CliOutput.PLAN_HELP)
    String edition;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "output file (default: standard output)")
    Path output;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Sphere sphere = CliOutput.read(file);
        if (edition != null) {
            sphere = SphereFilter.onlyPlan(sphere, edition);
        }
        if (output == null) {
            CliOutput.print(spec, SphereJson.toJson(sphere));
        } else {
            Sphere out = sphere;
            CliOutput.write(output, stream -> SphereJson.write(out, stream));
        }
        return 0;
    }
}
