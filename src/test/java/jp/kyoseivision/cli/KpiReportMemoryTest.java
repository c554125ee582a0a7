package jp.kyoseivision.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import jp.kyoseivision.reliability.CrashHarness;
import jp.kyoseivision.store.PlanFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kpi-report of a 10,000-card file in a JVM of 256 MB (issue 16): the report is streamed to the output, not held
 * as a tree of maps, a string, a copy with a newline and the bytes of that copy (1 GB at the peak before, and out of
 * memory at -Xmx256m). Runs the real command in a child JVM with that limit.
 */
class KpiReportMemoryTest {
    @TempDir
    Path dir;

    @Test
    void aTenThousandCardReportIsWrittenInA256MegabyteHeap() throws Exception {
        Path file = dir.resolve("s10k.kyosei");
        // two editions of 5,000 cards in one revision each: plan 2 reports 5,000 cards' KPIs for five years
        PlanFile.create(file, SyntheticSphere.generate(10_000, 2, 1, 1)).close();
        Path json = dir.resolve("report.json");
        Path err = dir.resolve("err.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx256m", "-Dkyosei.home=" + dir.resolve("home"), "-Dkyosei.lang=en",
                "-cp", CrashHarness.classpath(), "jp.kyoseivision.app.Launcher", "kpi-report", file.toString(),
                "--plan", "2", "-o", json.toString())
                .redirectError(err.toFile()).redirectOutput(dir.resolve("out.txt").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        assertThat(p.exitValue()).as(Files.readString(err, StandardCharsets.UTF_8)).isZero();
        String head = new String(Files.newInputStream(json).readNBytes(200), StandardCharsets.UTF_8);
        assertThat(head).startsWith("{\n  \"format\" : \"kyosei-vision/kpi-report\"");
        String text = Files.readString(json);
        assertThat(text).endsWith("}\n");
        // every KPI of the 5,000 cards is in it (1-3 per card)
        int kpis = text.split("\"kpiId\" : \"e2r1-m", -1).length - 1;
        assertThat(kpis).isBetween(5_000, 15_000);
        assertThat(text).contains("\"measureId\" : \"e2r1-m5000\"");
    }
}
