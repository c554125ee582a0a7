package jp.kyoseivision.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import jp.kyoseivision.model.Municipality;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.Sample;
import jp.kyoseivision.text.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code init FILE [--with-sample]}: creates a new plan file. */
@Command(name = "init", description = "新しい計画ファイルを作成 / create a new plan file")
final class InitCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "the .kyosei file to create (must not exist)")
    Path file;

    @Option(names = "--with-sample", description = "fill it with the bundled 一関・平泉 2nd and 3rd visions")
    boolean withSample;

    @Option(names = "--name", description = "sphere name for an empty file", defaultValue = "新しい定住自立圏")
    String name;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Sphere sphere = withSample ? Sample.load()
                : Sphere.empty(name, List.of(new Municipality("m1", "中心市")), "m1");
        try (PlanFile pf = PlanFile.create(file, sphere)) {
            spec.commandLine().getOut().println(Texts.message("cli.init.done",
                    pf.path()));
        }
        return 0;
    }
}
