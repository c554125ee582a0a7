package jp.kyoseivision.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kyoseivision.check.SphereChecker;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** generate-synthetic: files of any size for the benchmarks of issue 16, valid and the same for the same seed. */
class GenerateSyntheticCommandTest {
    @TempDir
    Path dir;

    private CliTest.Result generate(Path f, int cards, int plans, long seed) {
        return CliTest.run("generate-synthetic", f.toString(), "--cards", String.valueOf(cards), "--plans",
                String.valueOf(plans), "--seed", String.valueOf(seed));
    }

    @Test
    void theSameSeedGivesTheSameExportAndAnotherSeedAnother() {
        Path a = dir.resolve("a.kyosei");
        Path b = dir.resolve("b.kyosei");
        Path c = dir.resolve("c.kyosei");
        assertThat(generate(a, 300, 2, 42).code()).isZero();
        assertThat(generate(b, 300, 2, 42).code()).isZero();
        assertThat(generate(c, 300, 2, 43).code()).isZero();
        String exportA = CliTest.run("export-json", a.toString()).out();
        assertThat(exportA).contains("共生ビジョン");
        assertThat(CliTest.run("export-json", b.toString()).out()).isEqualTo(exportA);
        assertThat(CliTest.run("export-json", c.toString()).out()).isNotEqualTo(exportA);
    }

    @Test
    void countsFollowTheArgumentsAndTheRealPlans() {
        Path f = dir.resolve("s.kyosei");
        CliTest.Result r = generate(f, 1000, 3, 7);
        assertThat(r.code()).as(r.err()).isZero();
        Sphere s;
        try (PlanFile pf = PlanFile.openReadOnly(f)) {
            s = pf.read();
        }
        List<Measure> cards = s.revisions().flatMap(rev -> rev.measures().stream()).toList();
        assertThat(cards).hasSize(1000);
        assertThat(s.plans()).hasSize(3);
        assertThat(s.municipalities().size()).isBetween(2, 10);
        assertThat(cards).allSatisfy(m -> {
            assertThat(m.kpis().size()).isBetween(1, 3);
            assertThat(m.budget()).hasSize(5);
            assertThat(m.participants()).contains(s.centralMunicipalityId());
        });
        assertThat(s.plans()).allSatisfy(p -> {
            assertThat(p.endFy() - p.startFy()).isEqualTo(4);
            assertThat(p.revisions().size()).isBetween(1, 3);
            assertThat(p.revisions().get(0).nodesAt(1).size()).isGreaterThanOrEqualTo(3);
        });
        // texts: the sample's vocabulary at the sample's lengths (real 内容 are up to a few hundred characters)
        Set<String> sampleUnits = Sample.load().revisions().flatMap(rev -> rev.measures().stream())
                .flatMap(m -> m.kpis().stream()).map(Kpi::unit).collect(Collectors.toSet());
        assertThat(cards.stream().flatMap(m -> m.kpis().stream()).map(Kpi::unit)).allMatch(sampleUnits::contains);
        double meanContent = cards.stream().filter(m -> m.content() != null).mapToInt(m -> m.content().length())
                .average().orElse(0);
        assertThat(meanContent).isBetween(30.0, 600.0);
        // revisions continue cards (same lineage) so that diffs find unchanged, changed, added and deleted cards
        Revision first = s.plans().get(0).revisions().get(0);
        Revision next = s.revisions().filter(rev -> rev != first).findFirst().orElseThrow();
        Set<String> lineages = first.measures().stream().map(Measure::lineageId).collect(Collectors.toSet());
        assertThat(next.measures().stream().filter(m -> lineages.contains(m.lineageId())).count())
                .isGreaterThan(next.measures().size() / 2);
        assertThat(r.out()).contains("1,000");
    }

    @Test
    void oneRevisionPerPlanPutsEveryCardOfAPlanInItsCurrentRevision() {
        Path f = dir.resolve("s.kyosei");
        CliTest.Result r = CliTest.run("generate-synthetic", f.toString(), "--cards", "400", "--plans", "2",
                "--revisions", "1", "--seed", "5");
        assertThat(r.code()).as(r.err()).isZero();
        try (PlanFile pf = PlanFile.openReadOnly(f)) {
            Sphere s = pf.read();
            assertThat(s.plans()).allSatisfy(p -> {
                assertThat(p.revisions()).hasSize(1);
                assertThat(p.current().orElseThrow().measures()).hasSize(200);
            });
        }
    }

    @Test
    void checkPassesAndJsonRoundTrips() throws Exception {
        Path f = dir.resolve("s.kyosei");
        assertThat(generate(f, 500, 2, 3).code()).isZero();
        CliTest.Result check = CliTest.run("check", f.toString());
        assertThat(check.code()).as(check.out()).isZero();
        Path json = dir.resolve("s.json");
        assertThat(CliTest.run("export-json", f.toString(), "-o", json.toString()).code()).isZero();
        Path g = dir.resolve("copy.kyosei");
        CliTest.Result imp = CliTest.run("import-json", g.toString(), json.toString());
        assertThat(imp.code()).as(imp.err()).isZero();
        assertThat(CliTest.run("export-json", g.toString()).out()).isEqualTo(Files.readString(json));
        try (PlanFile pf = PlanFile.openReadOnly(g)) {
            assertThat(SphereChecker.check(pf.read())).isEmpty();
        }
    }

    @Test
    void badCountsAreRefusedWithAMessageAndNoFile() {
        Path f = dir.resolve("s.kyosei");
        CliTest.Result r = CliTest.run("--lang", "en", "generate-synthetic", f.toString(), "--cards", "1", "--plans",
                "2");
        assertThat(r.code()).isEqualTo(Cli.USER_ERROR);
        assertThat(r.err()).contains("--cards must be between the number of plans (2)");
        assertThat(CliTest.run("--lang", "en", "generate-synthetic", f.toString(), "--plans", "0").err())
                .contains("--plans must be between 1 and 20");
        assertThat(CliTest.run("--lang", "en", "generate-synthetic", f.toString(), "--revisions", "4").err())
                .contains("--revisions must be between 1 and 3");
        assertThat(f).doesNotExist();
    }
}
