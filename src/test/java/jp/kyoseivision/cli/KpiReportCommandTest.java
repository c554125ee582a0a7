package jp.kyoseivision.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.Sample;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kpi-report} on a real plan file holding the bundled data (seed 000). */
class KpiReportCommandTest {
    @TempDir
    Path dir;
    Path file;
    Locale before;

    @BeforeEach
    void file() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.JAPANESE);
        file = dir.resolve("sample.kyosei");
        PlanFile.create(file, Sample.load()).close();
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void jsonForOneYearHasResultsSummariesAndFindings() throws Exception {
        CliTest.Result r = CliTest.run("kpi-report", file.toString(), "--plan", "2", "--year", "2023");
        assertThat(r.code()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("format").asText()).isEqualTo("kyosei-vision/kpi-report");
        assertThat(root.get("plan").get("edition").asInt()).isEqualTo(2);
        assertThat(root.get("kpis")).hasSize(33);
        // seed 000 L153: No.5 R5 11,819 of 27,600 → 42.8 %, D by the rule, printed B in the detail, D in the overview
        JsonNode no5 = root.get("kpis").get(4).get("results").get(0);
        assertThat(no5.get("fy").asInt()).isEqualTo(2023);
        assertThat(no5.get("number").decimalValue()).isEqualByComparingTo("11819");
        assertThat(no5.get("percent").decimalValue()).isEqualByComparingTo("42.8");
        assertThat(no5.get("computed").asText()).isEqualTo("D");
        assertThat(no5.get("recorded").asText()).isEqualTo("B");
        assertThat(no5.get("overview").asText()).isEqualTo("D");
        // seed 000 L85: A：達成 9項目（27.3%） — the overview's counts
        JsonNode summary = root.get("summaries").get(0);
        assertThat(summary.get("overview").get("counts").get(0).get("line").asText()).isEqualTo("A：達成 9項目（27.3%）");
        assertThat(summary.get("computed").get("counts").get(0).get("count").asInt()).isEqualTo(8);
        // shares of all 33 KPIs, as printed: 8 of 33; No.2 (a note) is 評価なし, nothing is 未入力 in R5
        assertThat(summary.get("computed").get("counts").get(0).get("percent").decimalValue())
                .isEqualByComparingTo("24.2");
        assertThat(summary.get("computed").get("total").asInt()).isEqualTo(33);
        assertThat(summary.get("computed").get("ungraded").asInt()).isEqualTo(1);
        assertThat(summary.get("computed").get("notEntered").asInt()).isZero();
        assertThat(root.get("printedSummaries").get(0).get("counts").get(3).get("count").asInt()).isEqualTo(7);
        // R5 only: No.2, No.5 ×2, No.7 ×2, No.8 and the 5 summary lines
        assertThat(root.get("findings")).hasSize(11);
    }

    @Test
    void csvGoesToAFileWithABomAndQuotedNumbers() throws Exception {
        Path out = dir.resolve("kpi.csv");
        CliTest.Result r = CliTest.run("kpi-report", file.toString(), "--plan", "2", "--format", "csv", "-o",
                out.toString());
        assertThat(r.code()).isZero();
        String csv = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFNo.,施策名,成果指標（KPI）,単位,年度,実績値,目標値,達成率（%）,");
        assertThat(csv.split("\r\n")).hasSize(1 + 33 * 5);
        assertThat(csv).contains("5,子育て環境整備事業,地域子育て支援拠点事業の利用者数,人,令和5年度 (2023),\"11,819\","
                + "\"27,600\",42.8,D,B,D,\r\n");
        // seed 000 L165: No.13 R4 会場の分散化により、集計不可 — no grade, the reason given
        assertThat(csv).contains(",令和4年度 (2022),会場の分散化により、集計不可,\"17,500\",,,,,"
                + "実績値が数値ではありません（会場の分散化により、集計不可）\r\n");
    }

    @Test
    void badYearAndBadFormatAreRefused() {
        CliTest.Result y = CliTest.run("kpi-report", file.toString(), "--plan", "2", "--year", "2030");
        assertThat(y.code()).isEqualTo(Cli.USER_ERROR);
        assertThat(y.err()).contains("2030年度は計画期間（2019〜2023年度）の外です");
        CliTest.Result f = CliTest.run("kpi-report", file.toString(), "--plan", "2", "--format", "xlsx");
        assertThat(f.code()).isEqualTo(Cli.USER_ERROR);
        CliTest.Result p = CliTest.run("kpi-report", file.toString(), "--plan", "9");
        assertThat(p.code()).isEqualTo(Cli.USER_ERROR);
    }
}
