package jp.kyoseivision.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.text.Texts;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code generate-synthetic FILE --cards N --plans P [--revisions R] --seed S}: creates a plan file with a synthetic but realistic
 * sphere ({@link SyntheticSphere}) of N cards in P editions, the same for the same seed: for benchmarks and tests at
 * sizes no real plan reaches.
 */
@Command(name = "generate-synthetic",
        description = "ベンチマーク用の合成計画ファイルを作成 / create a synthetic plan file for benchmarks")
final class GenerateSyntheticCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "the .kyosei file to create (must not exist)")
    Path file;

    @Option(names = "--cards", paramLabel = "N", defaultValue = "1000",
            description = "cards in all, counted over every revision as check counts them (default: 1000)")
    int cards;

    @Option(names = "--plans", paramLabel = "P", defaultValue = "2",
            description = "plan editions of five fiscal years, each with 1-3 revisions (default: 2)")
    int plans;

    @Option(names = "--revisions", paramLabel = "R", defaultValue = "0",
            description = "revisions in every plan, 1-3 (default: 1-3 at random)")
    int revisions;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "the same seed gives the same file content (default: 1)")
    long seed;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (plans < 1 || plans > SyntheticSphere.MAX_PLANS) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    Texts.message("cli.synthetic.badPlans", plans, SyntheticSphere.MAX_PLANS));
        }
        if (cards < plans || cards > SyntheticSphere.MAX_CARDS) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    Texts.message("cli.synthetic.badCards", cards, plans, SyntheticSphere.MAX_CARDS));
        }
        if (revisions < 0 || revisions > 3) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    Texts.message("cli.synthetic.badRevisions", revisions));
        }
        Sphere sphere = SyntheticSphere.generate(cards, plans, revisions, seed);
        try (PlanFile pf = PlanFile.create(file, sphere)) {
            spec.commandLine().getOut().println(Texts.message("cli.synthetic.done", pf.path(),
                    sphere.plans().size(), cards, sphere.municipalities().size()));
        }
        return 0;
    }
}
