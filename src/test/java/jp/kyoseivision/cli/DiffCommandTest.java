package jp.kyoseivision.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code diff FILE --from --to} on a file made with the bundled sample, in every format. */
class DiffCommandTest {
    @TempDir
    Path dir;

    private Path sample() {
        Path f = dir.resolve("sample.kyosei");
        assertThat(CliTest.run("init", f.toString(), "--with-sample").code()).isZero();
        return f;
    }

    @Test
    void jsonOnStandardOutputByEditionNumbers() throws Exception {
        CliTest.Result r = CliTest.run("diff", sample().toString(), "--from", "2", "--to", "3");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("format").asText()).isEqualTo("kyosei-vision-diff");
        assertThat(root.at("/from/revisionId").asText()).isEqualTo("v2-adopted");
        // seed 001 lines 1102–1112: 3 deleted, 1 changed (renamed), 2 added
        assertThat(root.at("/summary/deleted").asInt()).isEqualTo(3);
        assertThat(root.at("/summary/renamed").asInt()).isEqualTo(1);
        assertThat(root.at("/summary/added").asInt()).isEqualTo(2);
        assertThat(root.get("cards")).hasSize(35);
        JsonNode renamed = root.get("cards").get(24);
        assertThat(renamed.get("kind").asText()).isEqualTo("RENAMED");
        assertThat(renamed.at("/from/name").asText()).isEqualTo("世界遺産拡張登録推進事業");
        assertThat(renamed.at("/to/name").asText()).isEqualTo("世界遺産価値向上推進事業");
        assertThat(renamed.at("/changes/0/inline/1").toString()).isEqualTo("{\"op\":\"DELETE\",\"text\":\"拡張登録\"}");
        assertThat(renamed.get("reason").asText()).startsWith("世界遺産拡張登録推進事業について、");
    }

    @Test
    void csvFileByRevisionIdsHasTheOfficialRowsMarked() throws Exception {
        Path out = dir.resolve("diff.csv");
        CliTest.Result r = CliTest.run("diff", sample().toString(), "--from", "v2-adopted", "--to", "v3-adopted",
                "--format", "csv", "-o", out.toString(), "--lang", "ja");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("追加 2、削除 3、名称変更 1、内容変更 29、予算未入力 0、変更なし 0");
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF旧No.,旧 施策名,新No.,新 施策名,区分,変更項目,理由,網掛\r\n");
        String[] lines = text.split("\r\n");
        assertThat(lines).hasSize(36);
        assertThat(lines[2]).startsWith("2,新型コロナウイルスワクチン接種事業,,,削除①,,令和６年度以降は").endsWith(",○");
        // the 2nd vision was bundled from the KPI report (seed 000) without texts or budgets: all of them differ;
        // the budgets of two plan periods are not compared as a change (事業費 is not listed)
        assertThat(lines[1]).isEqualTo("1,休日・夜間診療体制確保事業,1,休日・夜間診療体制確保事業,内容変更,"
                + "取組内容、関係市町、成果指標名、現状値、目標値、事業名称、事業効果、役割分担、備考,,");
    }

    @Test
    void xlsxHasTheTableWithShadedRows() throws Exception {
        Path out = dir.resolve("diff.xlsx");
        CliTest.Result r = CliTest.run("diff", sample().toString(), "--from", "2", "--to", "3", "--format", "xlsx",
                "-o", out.toString(), "--lang", "ja");
        assertThat(r.code()).as(r.err()).isZero();
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getSheetName()).isEqualTo("比較表");
            assertThat(s.getPrintSetup().getLandscape()).isTrue();
            Row header = s.getRow(3);
            assertThat(header.getCell(6).getStringCellValue()).isEqualTo("理由");
            Row deleted = s.getRow(5);
            assertThat(deleted.getCell(0).getNumericCellValue()).isEqualTo(2.0);
            assertThat(deleted.getCell(4).getStringCellValue()).isEqualTo("削除①");
            assertThat(deleted.getCell(1).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            Row continuing = s.getRow(4);
            assertThat(continuing.getCell(4).getStringCellValue()).isEqualTo("内容変更");
            assertThat(continuing.getCell(1).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
            assertThat(s.getLastRowNum()).isEqualTo(4 + 35 - 1);
        }
    }

    @Test
    void helpListsTheDiffCommand() {
        assertThat(CliTest.run("--help").out()).contains("diff");
        CliTest.Result h = CliTest.run("help", "diff");
        assertThat(h.code()).isZero();
        assertThat(h.out()).contains("--from=REV", "--to=REV", "json (default), csv, xlsx or pdf");
    }

    @Test
    void englishHeadersOnRequest() {
        CliTest.Result r = CliTest.run("diff", sample().toString(), "--from", "2", "--to", "3", "--format", "csv",
                "--lang", "en");
        assertThat(r.out()).startsWith("Old No.,Old measure,New No.,New measure,Change,Changed fields,Reason,Shaded\r\n")
                .contains(",Deleted①,")
                // English lists fields with commas, so the cell is quoted
                .contains("\n1,休日・夜間診療体制確保事業,1,休日・夜間診療体制確保事業,Revised,\"Content, Participants, ");
    }

    @Test
    void anUnknownRevisionOrXlsxWithoutAFileIsRefusedWithExit2() {
        Path f = sample();
        CliTest.Result r = CliTest.run("diff", f.toString(), "--from", "2", "--to", "v9");
        assertThat(r.code()).isEqualTo(Cli.USER_ERROR);
        assertThat(r.err()).contains("改定「v9」がありません").doesNotContain("No revision");
        CliTest.Result en = CliTest.run("diff", f.toString(), "--from", "2", "--to", "v9", "--lang", "en");
        assertThat(en.err()).contains("No revision \"v9\"").doesNotContain("改定「v9」がありません");
        assertThat(CliTest.run("diff", f.toString(), "--from", "2", "--to", "3", "--lang", "fr").err())
                .contains("--lang には ja か en を指定してください");
        CliTest.Result x = CliTest.run("diff", f.toString(), "--from", "2", "--to", "3", "--format", "xlsx");
        assertThat(x.code()).isEqualTo(Cli.USER_ERROR);
        assertThat(x.err()).contains("-o");
        assertThat(x.out()).isEmpty();
    }
}
