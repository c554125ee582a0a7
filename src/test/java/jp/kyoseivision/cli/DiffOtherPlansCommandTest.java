package jp.kyoseivision.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code diff} between the 総合戦略's two phases (seeds 002 → 003), their targets, and across two series. */
class DiffOtherPlansCommandTest {
    @TempDir
    Path dir;

    private Path sample() {
        Path f = dir.resolve("sample.kyosei");
        assertThat(CliTest.run("init", f.toString(), "--with-sample").code()).isZero();
        return f;
    }

    @Test
    void planIdsNameTheirCurrentRevisionAndTheTableUsesTheLevelNames() {
        CliTest.Result r = CliTest.run("diff", sample().toString(), "--from", "s1", "--to", "s2", "--format", "csv",
                "--lang", "ja");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty(); // one series: no notice
        String[] lines = r.out().split("\r\n");
        assertThat(lines[0]).isEqualTo("旧No.,旧 施策名,新No.,新 施策名,区分,変更項目,理由,網掛");
        // 002 L721 結婚支援 → 003 L87 結婚の支援
        assertThat(r.out()).contains("\n8,結婚支援,12,結婚の支援,変更③,施策名、基本目標、施策展開の基本的方向／2階層目、");
    }

    @Test
    void targetsAsJsonCsvAndXlsx() throws Exception {
        Path f = sample();
        CliTest.Result json = CliTest.run("diff", f.toString(), "--from", "s1", "--to", "s2", "--targets");
        assertThat(json.code()).as(json.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertThat(root.get("format").asText()).isEqualTo("kyosei-vision-targets");
        assertThat(root.get("sameSeries").asBoolean()).isTrue();
        // 003's population outlook and 10 goal targets, then 002's two targets that do not continue
        assertThat(root.get("targets")).hasSize(13);
        JsonNode out = root.at("/targets/1");
        // 002 L273: 年間転出超過者数 448人 (H26) → 329人; 003 L35: 転出超過者数 644人 → 322人
        assertThat(out.at("/from/name").asText()).isEqualTo("年間転出超過者数");
        assertThat(out.at("/from/baseline/fy").asInt()).isEqualTo(2014);
        assertThat(out.at("/from/target/value").decimalValue()).isEqualByComparingTo("329");
        assertThat(out.at("/to/baseline/value").decimalValue()).isEqualByComparingTo("644");
        assertThat(out.at("/to/group").asText()).startsWith("地域の稼ぐ力を高め");
        assertThat(out.get("similarity").asDouble()).isEqualTo(0.75);
        assertThat(root.at("/targets/12/to").isNull()).isTrue();

        CliTest.Result csv = CliTest.run("diff", f.toString(), "--from", "s1", "--to", "s2", "--targets",
                "--format", "csv", "--lang", "en");
        assertThat(csv.out()).startsWith("Old indicator,Old baseline,Old target,New indicator,New baseline,"
                + "New target,Pairing\r\n").contains("\r\n年間転出超過者数,448人 (H26),329人 (R1),転出超過者数,644人 (R1),"
                + "322人 (R7),Similar name (0.75)\r\n");

        Path x = dir.resolve("targets.xlsx");
        CliTest.Result xlsx = CliTest.run("diff", f.toString(), "--from", "s1", "--to", "s2", "--targets",
                "--format", "xlsx", "-o", x.toString(), "--lang", "ja");
        assertThat(xlsx.code()).as(xlsx.err()).isZero();
        assertThat(xlsx.out()).contains("数値目標 13 行、うち対応 3");
        try (InputStream in = Files.newInputStream(x); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("数値目標の推移");
            assertThat(wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).contains("評価することはしません");
        }
    }

    @Test
    void targetsAsPdfAreRefusedBeforeAnythingIsWritten() {
        Path out = dir.resolve("t.pdf");
        CliTest.Result r = CliTest.run("diff", sample().toString(), "--from", "s1", "--to", "s2", "--targets",
                "--format", "pdf", "-o", out.toString(), "--lang", "ja");
        assertThat(r.code()).isEqualTo(Cli.USER_ERROR);
        assertThat(r.err()).contains("--targets は json・csv・xlsx 形式で使えます");
        assertThat(out).doesNotExist();
    }

    @Test
    void twoSeriesAreComparedByNameWithANotice() throws Exception {
        CliTest.Result r = CliTest.run("diff", sample().toString(), "--from", "v3", "--to", "s2", "--lang", "ja");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("別の系列の計画との比較です");
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("sameSeries").asBoolean(true)).isFalse();
        assertThat(root.get("cards").findValuesAsText("match")).doesNotContain("LINEAGE");
    }
}
