package jp.kyoseivision.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.kyoseivision.store.FileChecksums;
import jp.kyoseivision.store.PlanFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17: opinions and import-opinions on a real file made with the bundled sample. */
class OpinionCommandsTest {
    @TempDir
    Path dir;

    private Path file;

    @BeforeEach
    void sample() {
        file = dir.resolve("sample.kyosei");
        assertThat(CliTest.run("init", file.toString(), "--with-sample").code()).isZero();
    }

    @Test
    void theJsonListsEachOpinionWithKindSourceAreaCardAndStatus() throws Exception {
        String before = FileChecksums.sha256(file);
        CliTest.Result r = CliTest.run("opinions", file.toString(), "--plan", "3");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("format").asText()).isEqualTo("kyosei-vision/opinions");
        assertThat(root.at("/revision/id").asText()).isEqualTo("v3-adopted");
        assertThat(root.get("opinions")).hasSize(61);
        assertThat(root.at("/kinds/0/count").asInt()).isEqualTo(31);
        assertThat(root.at("/kinds/1/count").asInt()).isEqualTo(11);
        assertThat(root.at("/kinds/2/count").asInt()).isEqualTo(19);
        assertThat(root.at("/kinds/0/summary/1").asText()).isEqualTo("医療：１件、産業振興：11 件、教育及び文化：８件、消防防災：１件");
        JsonNode pc1 = root.at("/opinions/0");
        assertThat(pc1.at("/kind/name").asText()).isEqualTo("パブリックコメント");
        assertThat(pc1.at("/source/from").asText()).isEqualTo("2024-01-09");
        assertThat(pc1.at("/source/to").asText()).isEqualTo("2024-01-31");
        assertThat(pc1.at("/policyArea/name").asText()).isEqualTo("医療");
        assertThat(pc1.at("/card/number").asInt()).isEqualTo(1);
        assertThat(pc1.at("/card/name").asText()).isEqualTo("休日・夜間診療体制確保事業");
        assertThat(pc1.get("page").asText()).isEqualTo("7");
        assertThat(pc1.get("status").asText()).isEqualTo("ANSWERED");
        JsonNode cm11 = root.at("/opinions/41");
        assertThat(cm11.get("id").asText()).isEqualTo("op-cm-11");
        assertThat(cm11.at("/change/from/edition").asInt()).isEqualTo(2);
        assertThat(cm11.at("/change/to/name").asText()).isEqualTo("休日・夜間診療体制確保事業");
        // --kind by name; the file is only read
        CliTest.Result meeting = CliTest.run("opinions", file.toString(), "--kind", "懇談会での意見");
        assertThat(new ObjectMapper().readTree(meeting.out()).get("opinions")).hasSize(19);
        assertThat(FileChecksums.sha256(file)).isEqualTo(before);
    }

    @Test
    void theTableIsWrittenAsCsvXlsxAndPdf() throws Exception {
        Path csv = dir.resolve("pc.csv");
        CliTest.Result c = CliTest.run("opinions", file.toString(), "--plan", "3", "--kind", "PUBLIC_COMMENT",
                "--format", "csv", "-o", csv.toString());
        assertThat(c.code()).as(c.err()).isZero();
        String text = Files.readString(csv);
        assertThat(text).startsWith("\uFEFF種別,番号,ページ,政策分野,項目,ご意見の概要,ご意見に対する考え方,状況\r\n")
                .contains("\r\nパブリックコメント,1,7,医療,休日・夜間診療体制確保事業,");
        Path xlsx = dir.resolve("pc.xlsx");
        assertThat(CliTest.run("opinions", file.toString(), "--format", "xlsx", "-o", xlsx.toString()).code())
                .isZero();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(3);
            assertThat(wb.getSheetName(2)).isEqualTo("懇談会での意見");
        }
        CliTest.Result noOut = CliTest.run("opinions", file.toString(), "--format", "pdf");
        assertThat(noOut.code()).isEqualTo(Cli.USER_ERROR);
        assertThat(noOut.err()).contains("-o");
        CliTest.Result badKind = CliTest.run("opinions", file.toString(), "--kind", "RUMOUR");
        assertThat(badKind.code()).isEqualTo(Cli.USER_ERROR);
        assertThat(badKind.err()).contains("意見の種別「RUMOUR」はありません").doesNotContain("Exception");
    }

    @Test
    void anImportWithUnmatchedAndMalformedRowsIsRefusedAndTheFileIsByteIdentical() throws Exception {
        Path in = dir.resolve("pc.csv");
        Files.writeString(in, "番号,ページ,項目,意見\n1,7,休日・夜間診療体制確保事業,良い意見。\n"
                + "2,7,存在しない事業,どこにも当たらない。\nx,8,インバウンド推進事業,番号が数字でない。\n");
        String before = FileChecksums.sha256(file);
        CliTest.Result r = CliTest.run("import-opinions", file.toString(), in.toString(), "--source", "令和7年度パブコメ");
        assertThat(r.code()).isEqualTo(Cli.USER_ERROR);
        assertThat(r.err().lines()).containsExactly(
                in + " は取り込みませんでした（問題 2 件）。計画ファイルは変更していません",
                "3行目「項目」：項目「存在しない事業」に当たる施策・取組分野・政策分野が見つかりません。割り当ててください",
                "4行目「番号」：番号「x」は1以上の整数ではありません");
        assertThat(FileChecksums.sha256(file)).isEqualTo(before);
        CliTest.Result en = CliTest.run("--lang", "en", "import-opinions", file.toString(), in.toString());
        assertThat(en.err()).contains("row 4, \"番号\": the number \"x\" is not a whole number of 1 or more");
        assertThat(FileChecksums.sha256(file)).isEqualTo(before);
    }

    @Test
    void aGoodImportIsOneEditAndADryRunWritesNothing() throws Exception {
        Path in = dir.resolve("pc.csv");
        Files.writeString(in, "番号,ページ,項目,意見\n1,7,休日・夜間診療体制確保事業,休日診療を続けてほしい。\n"
                + "2,,ＤＸ地域活性化事業,講座を増やしてほしい。\n");
        String before = FileChecksums.sha256(file);
        CliTest.Result dry = CliTest.run("import-opinions", file.toString(), in.toString(), "--dry-run");
        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("2行目 → 番号 1：1 休日・夜間診療体制確保事業", "3行目 → 番号 2：32 ＤＸ地域活性化事業",
                "試行のため書き込んでいません（意見 2 件）");
        assertThat(FileChecksums.sha256(file)).isEqualTo(before);
        CliTest.Result r = CliTest.run("import-opinions", file.toString(), in.toString(), "--plan", "3", "--source",
                "令和7年度見直しパブリックコメント", "--from", "2025-01-06", "--to", "2025-01-31");
        assertThat(r.code()).as(r.err()).isZero();
        try (PlanFile pf = PlanFile.openReadOnly(file)) {
            var s = pf.read();
            assertThat(s.opinions()).hasSize(63);
            assertThat(s.opinions().get(62).measureId()).isEqualTo("v3-m32");
            assertThat(s.opinions().get(62).toDate()).isEqualTo(java.time.LocalDate.of(2025, 1, 31));
        }
        CliTest.Result badDate = CliTest.run("import-opinions", file.toString(), in.toString(), "--from", "1月6日");
        assertThat(badDate.code()).isEqualTo(Cli.USER_ERROR);
        assertThat(badDate.err()).contains("日付「1月6日」が読めません");
    }
}
