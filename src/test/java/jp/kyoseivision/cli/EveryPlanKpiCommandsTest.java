package jp.kyoseivision.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.Sample;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19: kpi-report, export-xlsx --table kpis and import-kpi on the 総合戦略 (seeds 002, 003), the 3rd vision's
 * own targets and the action plan (seed 004): node-level 数値目標 and plan-level targets are reported, exported with
 * their group, qualifier and period, and read back by KPI ID; without a grading rule a percentage, no letter.
 */
class EveryPlanKpiCommandsTest {
    @TempDir
    Path dir;

    private Path file;
    private Path kitakami;

    @BeforeEach
    void files() {
        file = dir.resolve("sample.kyosei");
        PlanFile.create(file, Sample.load()).close();
        kitakami = dir.resolve("kitakami.kyosei");
        PlanFile.create(kitakami, Sample.load("kitakami").orElseThrow()).close();
    }

    private Path csv(String body) throws Exception {
        Path p = dir.resolve("kpi.csv");
        Files.write(p, ("\uFEFFKPI ID,年度,実績値\r\n" + body).getBytes(StandardCharsets.UTF_8));
        return p;
    }

    @Test
    void goalTargetsAreImportedByIdAndReportedAsPercentagesWithoutLetters() throws Exception {
        // seed 003 L35: 転出超過者数 644人 → 322人 (lower is better); seed 002 L273: 年間転出超過者数 448 → 329;
        // the 3rd vision's 人口 (seed 001 L1463: 107,400人程度 in 2028)
        CliTest.Result in = CliTest.run("import-kpi", file.toString(), csv("s2-g1-k1,令和3年度,500\r\n"
                + "s1-g1-k1,2019,400\r\nv3-t1,2024,115000\r\n").toString(), "--lang", "ja");
        assertThat(in.code()).as(in.err()).isZero();
        assertThat(in.out()).contains("変更 3 件、1回の編集");

        CliTest.Result r = CliTest.run("kpi-report", file.toString(), "--plan", "s2", "--year", "2021");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(r.out());
        assertThat(report.get("rule").get("bands")).isEmpty();
        assertThat(report.get("kpis")).hasSize(10);
        JsonNode goal = report.get("kpis").get(0);
        assertThat(goal.get("scope").asText()).isEqualTo("NODE");
        assertThat(goal.get("groupLevel").asText()).isEqualTo("基本目標");
        assertThat(goal.get("nodeId").asText()).isEqualTo("s2-g1");
        assertThat(goal.get("measureId").isNull()).isTrue();
        JsonNode y = goal.get("results").get(0);
        assertThat(y.get("percent").decimalValue()).isEqualByComparingTo("64.4"); // 322 ÷ 500
        assertThat(y.get("computed").isNull()).isTrue();
        assertThat(y.get("noGradeReason").asText()).isEqualTo("NO_BANDS");
        assertThat(report.get("targets").get(0).get("kpiId").asText()).isEqualTo("s2-t1");
        assertThat(report.get("targets").get(0).get("target").get("period").asText()).isEqualTo("令和22年（2040年）");

        CliTest.Result s1 = CliTest.run("kpi-report", file.toString(), "--plan", "s1", "--format", "csv",
                "--year", "2019", "--lang", "ja");
        assertThat(s1.code()).as(s1.err()).isZero();
        String line = s1.out().lines().filter(l -> l.contains("年間転出超過者数")).findFirst().orElseThrow();
        assertThat(line).contains("基本目標：市民が力を発揮できる仕事を創出し、若者や女性が集うまちを目指します", ",400,", ",82.3,");
        assertThat(s1.out()).contains("情報通信技術を活用して学習指導を行った学校の割合（小学校）");

        // the vision keeps its rule: its own target is graded like any KPI (115,000 ÷ 107,400 = 107.1 % → A)
        CliTest.Result v3 = CliTest.run("kpi-report", file.toString(), "--plan", "3", "--year", "2024");
        JsonNode pop = new ObjectMapper().readTree(v3.out()).get("targets").get(0);
        assertThat(pop.get("results").get(0).get("computed").asText()).isEqualTo("A");
        assertThat(new ObjectMapper().readTree(v3.out()).get("kpis")).hasSize(33);
    }

    private static Map<String, Row> rowsById(Sheet sh) {
        Map<String, Row> rows = new HashMap<>();
        for (int r = 3; r <= sh.getLastRowNum(); r++) {
            Row row = sh.getRow(r);
            if (row != null && row.getCell(13) != null && row.getCell(6).getStringCellValue().startsWith("令和元")) {
                rows.put(row.getCell(13).getStringCellValue(), row);
            }
        }
        return rows;
    }

    @Test
    void theKpiTableHoldsGoalTargetsWithTheirGroupQualifierAndPeriodAndReadsBack() throws Exception {
        Path xlsx = dir.resolve("s1.xlsx");
        CliTest.Result e = CliTest.run("--lang", "ja", "export-xlsx", file.toString(), "--plan", "s1", "--table", "kpis", "-o",
                xlsx.toString());
        assertThat(e.code()).as(e.err()).isZero();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Map<String, Row> rows = rowsById(wb.getSheetAt(0));
            Row goal = rows.get("s1-g1-k1"); // seed 002 L273
            assertThat(goal.getCell(1).getStringCellValue())
                    .isEqualTo("基本目標：市民が力を発揮できる仕事を創出し、若者や女性が集うまちを目指します");
            assertThat(goal.getCell(2).getStringCellValue()).isEqualTo("年間転出超過者数");
            assertThat(goal.getCell(4).getStringCellValue()).isEqualTo("448");
            assertThat(goal.getCell(5).getStringCellValue()).isEqualTo("329");
            // seed 002 L837 and L586
            assertThat(rows.get("s1-m11-k2").getCell(2).getStringCellValue())
                    .isEqualTo("情報通信技術を活用して学習指導を行った学校の割合（中学校）");
            assertThat(rows.get("s1-m04-k2").getCell(4).getStringCellValue()).isEqualTo("51.8（H27.3卒）");
        }
        // the table as exported changes nothing when read back (every row found by its KPI ID)
        CliTest.Result same = CliTest.run("import-kpi", file.toString(), xlsx.toString(), "--lang", "ja");
        assertThat(same.code()).as(same.err()).isZero();
        assertThat(same.out()).contains("変更はありません");

        Path v3 = dir.resolve("v3.xlsx");
        assertThat(CliTest.run("--lang", "ja", "export-xlsx", file.toString(), "--plan", "3", "--table", "kpis", "-o",
                v3.toString()).code()).isZero();
        try (InputStream in = Files.newInputStream(v3); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Row pop = wb.getSheetAt(0).getRow(3); // the plan's own targets first
            assertThat(pop.getCell(13).getStringCellValue()).isEqualTo("v3-t1");
            assertThat(pop.getCell(1).getStringCellValue()).isEqualTo("計画全体");
            assertThat(pop.getCell(4).getStringCellValue()).isEqualTo("116,684（2023年（R5年））");
        }

        Path kp = dir.resolve("kp.xlsx");
        assertThat(CliTest.run("--lang", "ja", "export-xlsx", kitakami.toString(), "--plan", "kp", "--table", "kpis", "-o",
                kp.toString()).code()).isZero();
        try (InputStream in = Files.newInputStream(kp); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Map<String, Row> rows = new HashMap<>();
            Sheet sh = wb.getSheetAt(0);
            for (int r = 3; r <= sh.getLastRowNum(); r++) {
                rows.putIfAbsent(sh.getRow(r).getCell(13).getStringCellValue(), sh.getRow(r));
            }
            // seed 004 L243: 5,533 m³（H26～H30平均）
            assertThat(rows.get("kp-p04-k08").getCell(4).getStringCellValue()).isEqualTo("5,533（H26～H30平均）");
            assertThat(rows.get("kp-p04-k08").getCell(1).getStringCellValue()).isEqualTo("イノベーションチャレンジプロジェクト");
        }
    }
}
