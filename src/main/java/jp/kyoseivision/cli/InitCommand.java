package jp.kyoseivision.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import jp.kyoseivision.model.Municipality;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.Sample;
import jp.kyoseivision.text.LocalizedException;
import jp.kyoseivision.text.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code init FILE [--with-sample | --sample ID]} creates a new plan file, empty or holding a bundled sample;
 * {@code init --list-samples} names the samples and what each holds.
 */
@Command(name = "init", description = "新しい計画ファイルを作成 / create a new plan file")
final class InitCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "the .kyosei file to create (must not exist)")
    Path file;

    @Option(names = "--with-sample", description = "fill it with the default sample (--sample " + Sample.DEFAULT + ")")
    boolean withSample;

    @Option(names = "--sample", paramLabel = "ID", description = "fill it with the bundled sample of this id (see --list-samples)")
    String sample;

    @Option(names = "--list-samples", description = "list the bundled samples and what each holds")
    boolean listSamples;

    @Option(names = "--name", description = "sphere name for an empty file", defaultValue = "新しい定住自立圏")
    String name;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (listSamples) {
            for (String id : Sample.ids()) {
                out.println(describe(id, Sample.load(id).orElseThrow()));
            }
            return 0;
        }
        if (file == null) {
            throw new LocalizedException("cli.init.needsFile");
        }
        String id = sample != null ? sample : withSample ? Sample.DEFAULT : null;
        if (sample != null && withSample && !Sample.DEFAULT.equals(sample)) {
            throw new LocalizedException("cli.init.twoSamples", sample);
        }
        Sphere sphere = id == null ? Sphere.empty(name, List.of(new Municipality("m1", "中心市")), "m1")
                : Sample.load(id).orElseThrow(() -> new LocalizedException("cli.init.noSample", id,
                        String.join(", ", Sample.ids())));
        try (PlanFile pf = PlanFile.create(file, sphere)) {
            out.println(Texts.message("cli.init.done", pf.path()));
        }
        return 0;
    }

    /** One line per sample: its id, the sphere's name and its plans' titles. */
    private static String describe(String id, Sphere sphere) {
        String plans = sphere.plans().stream().map(Plan::title).collect(Collectors.joining("、"));
        return Texts.message("cli.init.sample", id, sphere.name(), plans);
    }
}
