package jp.kyoseivision.opinions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.kyoseivision.importer.ImportProblem;
import jp.kyoseivision.model.Opinion;
import jp.kyoseivision.model.OpinionKind;
import jp.kyoseivision.model.OpinionStatus;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.FileChecksums;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.Sample;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17: a public comment table (番号, ページ, 項目, 意見) checked whole, then added as one undoable edit. */
class OpinionImportTest {
    static final OpinionImport.Target TARGET = new OpinionImport.Target("v3-adopted", OpinionKind.PUBLIC_COMMENT,
            "令和7年度見直しパブリックコメント", LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 31));

    @TempDir
    Path dir;

    private final Sphere sample = Sample.load();

    private Path csv(String text) throws Exception {
        Path f = dir.resolve("pc.csv");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void aGoodTableIsMatchedByNameAppliedAsOneEditAndUndone() throws Exception {
        // a title row above the headings; names typed half-width / with spaces / by another name (NFKC, aliases)
        Path in = csv("令和7年度 パブリックコメント一覧\n番号,ページ,項目,意見\n"
                + "1,7,休日・夜間診療体制確保事業,休日の診療体制を維持してほしい。\n"
                + "2,36,DX地域活性化事業,スマホ講座を増やしてほしい。\n"
                + "3,13,文化と地域資源を活かした観光の振興 ,観光の連携を強めてほしい。\n"
                + ",,福祉,福祉全般についての意見。\n"
                + "\n"
                + "5,,,ビジョン全体への意見。\n");
        OpinionImport.Result r = OpinionImport.check(sample, TARGET, in);
        assertThat(r.problems()).isEmpty();
        assertThat(r.refused()).isFalse();
        assertThat(r.rows()).extracting(OpinionImport.Row::row).containsExactly(3, 4, 5, 6, 8);
        assertThat(r.rows()).extracting(OpinionImport.Row::measureId).containsExactly("v3-m01", "v3-m32", null, null,
                null);
        assertThat(r.rows().get(2).directionId()).isEqualTo("v3-d05");
        assertThat(r.rows().get(3).policyAreaId()).isEqualTo("v3-a02");
        // the row without a number is numbered after the file's and the consultation's
        assertThat(r.rows()).extracting(OpinionImport.Row::number).containsExactly(1, 2, 3, 4, 5);

        Path file = dir.resolve("s.kyosei");
        try (PlanFile pf = PlanFile.create(file, sample)) {
            Sphere after = r.edit().apply(sample).sphere();
            pf.save(sample, after);
            Sphere read = pf.read();
            assertThat(read).isEqualTo(after);
            List<Opinion> added = read.opinions().subList(61, 66);
            assertThat(added).allMatch(o -> o.kindId().equals(OpinionKind.PUBLIC_COMMENT)
                    && o.status() == OpinionStatus.OPEN && o.fromDate().equals(LocalDate.of(2025, 1, 6))
                    && o.source().equals("令和7年度見直しパブリックコメント"));
            assertThat(added.get(0).text()).isEqualTo("休日の診療体制を維持してほしい。");
            assertThat(added.get(1).page()).isEqualTo("36");
            // undo: the edit's reverse, as the window's history writes it
            pf.save(after, sample);
            assertThat(pf.read()).isEqualTo(sample);
        }
    }

    @Test
    void aCardWrittenAsTheWindowLabelsItIsMatched() throws Exception {
        // copied from the 意見 window's 項目 column or the plan's card heading (full-width digits and dot too)
        Path in = csv("番号,ページ,項目,意見\n1,7,No.1 休日・夜間診療体制確保事業,一つ目。\n"
                + "2,36,Ｎｏ．３２　ＤＸ地域活性化事業,二つ目。\n");
        OpinionImport.Result r = OpinionImport.check(sample, TARGET, in);
        assertThat(r.problems()).isEmpty();
        assertThat(r.rows()).extracting(OpinionImport.Row::measureId).containsExactly("v3-m01", "v3-m32");
    }

    @Test
    void unmatchedAndMalformedRowsAreRefusedWithRowLevelReasonsAndNothingChanges() throws Exception {
        Path file = dir.resolve("s.kyosei");
        try (PlanFile pf = PlanFile.create(file, sample)) {
            pf.read();
        }
        String before = FileChecksums.sha256(file);
        Path in = csv("番号,ページ,項目,意見\n"
                + "1,7,休日・夜間診療体制確保事業,良い意見。\n"
                + "2,7,存在しない事業,どこにも当たらない。\n"
                + "二,8,インバウンド推進事業,番号が数字でない。\n"
                + "1,9,企業立地促進事業,番号が重なる。\n"
                + "4,10,広域消防事業,\n");
        OpinionImport.Result r = OpinionImport.check(sample, TARGET, in);
        assertThat(r.refused()).isTrue();
        assertThat(r.problems()).extracting(ImportProblem::row).containsExactly(3, 4, 5, 6);
        assertThat(r.problems()).extracting(p -> p.message(Locale.JAPANESE)).containsExactly(
                "3行目「項目」：項目「存在しない事業」に当たる施策・取組分野・政策分野が見つかりません。割り当ててください",
                "4行目「番号」：番号「二」は1以上の整数ではありません",
                "5行目「番号」：番号 1 は 2行目にもあります",
                "6行目「意見」：意見が空です");
        assertThat(r.problems().get(0).message(Locale.ENGLISH)).isEqualTo(
                "row 3, \"項目\": no card, direction or policy area is named \"存在しない事業\". Assign one");
        assertThat(r.unmatched()).extracting(OpinionImport.Row::row).containsExactly(3);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> r.applyTo(sample));
        assertThat(FileChecksums.sha256(file)).isEqualTo(before);

        // the officer assigns the unmatched row; the malformed rows still refuse the file
        OpinionImport.Result assigned = r.assign(3, null, null, "v3-m13");
        assertThat(assigned.unmatched()).isEmpty();
        assertThat(assigned.problems()).extracting(ImportProblem::row).containsExactly(4, 5, 6);
    }

    @Test
    void aNumberAlreadyUsedInTheConsultationAndAnUnknownKindAreRefused() throws Exception {
        OpinionImport.Target existing = new OpinionImport.Target("v3-adopted", OpinionKind.PUBLIC_COMMENT,
                "第３次ビジョン（案）パブリックコメント（令和6年1月9日～1月31日）", null, null);
        OpinionImport.Result r = OpinionImport.check(sample, existing, csv("番号,項目,意見\n31,広域消防事業,追加の意見。\n"
                + ",広域消防事業,番号なしの意見。\n"));
        assertThat(r.problems()).extracting(p -> p.message(Locale.JAPANESE))
                .containsExactly("2行目「番号」：番号 31 は同じ意見募集の意見がすでに使っています");
        // the row without a number gets 32, after the 31 of seed 001
        assertThat(r.rows().get(1).number()).isEqualTo(32);
        OpinionImport.Result kind = OpinionImport.check(sample, new OpinionImport.Target("v3-adopted", "RUMOUR", null,
                null, null), csv("番号,項目,意見\n1,広域消防事業,意見。\n"));
        assertThat(kind.problems().get(0).message(Locale.JAPANESE)).startsWith("意見の種別「RUMOUR」はこのファイルにありません");
        OpinionImport.Result noHeader = OpinionImport.check(sample, TARGET, csv("a,b\n1,2\n"));
        assertThat(noHeader.problems().get(0).message(Locale.ENGLISH)).startsWith("no heading row found");
    }

    @Test
    void aWorkbookIsReadAsTheCsvIs() throws Exception {
        Path f = dir.resolve("pc.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            var sh = wb.createSheet("意見");
            String[][] rows = {{"番号", "ページ", "項目", "ご意見の概要", "ご意見に対する考え方"},
                {"1", "25", "学術・スポーツ振興事業", "スポーツ大会を増やしてほしい。", "検討します。"}};
            for (int i = 0; i < rows.length; i++) {
                var row = sh.createRow(i);
                for (int j = 0; j < rows[i].length; j++) {
                    if (i > 0 && j == 0) {
                        row.createCell(j).setCellValue(1); // a number cell
                    } else {
                        row.createCell(j).setCellValue(rows[i][j]);
                    }
                }
            }
            wb.write(out);
        }
        OpinionImport.Result r = OpinionImport.check(sample, TARGET, f);
        assertThat(r.problems()).isEmpty();
        Opinion o = r.opinions(sample).get(0);
        assertThat(o.measureId()).isEqualTo("v3-m21");
        assertThat(o.number()).isEqualTo(1);
        assertThat(o.answer()).isEqualTo("検討します。");
        assertThat(o.status()).isEqualTo(OpinionStatus.ANSWERED);
    }
}
