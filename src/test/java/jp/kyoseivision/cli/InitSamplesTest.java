package jp.kyoseivision.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import jp.kyoseivision.store.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code init --list-samples} and {@code init FILE --sample ID}: every bundled sample can be named and created. */
class InitSamplesTest {
    @TempDir
    Path dir;

    @Test
    void listNamesEverySampleWithItsSphereAndPlans() {
        CliTest.Result r = CliTest.run("--lang", "ja", "init", "--list-samples");
        assertThat(r.code()).as(r.err()).isZero();
        String[] lines = r.out().strip().split("\\R");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("ichinoseki-hiraizumi：一関・平泉定住自立圏（")
                .contains("第３次一関・平泉定住自立圏共生ビジョン", "一関市まち・ひと・しごと創生総合戦略",
                        "第2期一関市まち・ひと・しごと創生総合戦略");
        assertThat(lines[1]).startsWith("kitakami：北上市（").contains("アクションプラン");
    }

    @Test
    void kitakamiSampleMakesItsOwnFileThatExportsAsShipped() throws Exception {
        Path f = dir.resolve("kitakami.kyosei");
        CliTest.Result r = CliTest.run("init", f.toString(), "--sample", "kitakami");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(CliTest.run("check", f.toString()).code()).isZero();
        assertThat(CliTest.run("export-json", f.toString()).out()).isEqualTo(Sample.text("kitakami").orElseThrow());
    }

    @Test
    void unknownSampleIsRefusedWithTheIdsThereAreAndNoFileIsMade() {
        Path f = dir.resolve("x.kyosei");
        CliTest.Result r = CliTest.run("--lang", "ja", "init", f.toString(), "--sample", "morioka");
        assertThat(r.code()).isEqualTo(Cli.USER_ERROR);
        assertThat(r.err()).contains("サンプル「morioka」はありません", "ichinoseki-hiraizumi, kitakami");
        assertThat(Files.exists(f)).isFalse();
        CliTest.Result en = CliTest.run("--lang", "en", "init", f.toString(), "--sample", "morioka");
        assertThat(en.err()).contains("there is no sample \"morioka\"").doesNotContain("サンプル");
    }

    @Test
    void withoutAFileInitSaysWhatToGive() {
        CliTest.Result r = CliTest.run("--lang", "ja", "init", "--with-sample");
        assertThat(r.code()).isEqualTo(Cli.USER_ERROR);
        assertThat(r.err()).contains("作成するファイルを指定してください");
    }
}
