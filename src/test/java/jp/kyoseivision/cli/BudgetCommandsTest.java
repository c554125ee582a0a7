package jp.kyoseivision.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.kyoseivision.store.FileChecksums;
import jp.kyoseivision.store.PlanFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export-budget and import-budget on a real file made with the bundled sample. */
class BudgetCommandsTest {
    @TempDir
    Path dir;

    private Path file;

    @BeforeEach
    void sample() {
        file = dir.resolve("sample.kyosei");
        assertThat(CliTest.run("init", file.toString(), "--with-sample").code()).isZero();
    }

    @Test
    void exportedTableImportsBackWithoutChangeAndWritesNothing() throws Exception {
        for (String ext : new String[] {"csv", "xlsx"}) {
            Path out = dir.resolve("budget." + ext);
            CliTest.Result e = CliTest.run("export-budget", file.toString(), "--plan", "3", "-o", out.toString());
            assertThat(e.code()).as(e.err()).isZero();
            assertThat(e.out()).contains("カード 32 件、2024〜2028年度").doesNotContain("cards");
            String before = FileChecksums.sha256(file);
            CliTest.Result i = CliTest.run("import-budget", file.toString(), "--plan", "3", out.toString());
            assertThat(i.code()).as(i.err()).isZero();
            assertThat(i.out()).contains("変更はありません");
            assertThat(FileChecksums.sha256(file)).isEqualTo(before);
        }
        String csv = Files.readString(dir.resolve("budget.csv"));
        // 001 L1722: card 1 事業費(千円) 48,221 ×5
        assertThat(csv).startsWith("\uFEFF").contains("\r\n1,休日・夜間診療体制確保事業,48221,48221,48221,48221,48221\r\n");
    }

    @Test
    void aFileWithSeveralProblemsIsRefusedWholeAndTheFileIsByteIdentical() throws Exception {
        Path in = dir.resolve("bad.csv");
        Files.writeString(in, "番号,令和6年度 (2024),令和7年度 (2025)\n1,1000,12.5\n24,-3,800000\n40,1,1\n");
        String before = FileChecksums.sha256(file);
        CliTest.Result r = CliTest.run("import-budget", file.toString(), "--plan", "3", in.toString());
        assertThat(r.code()).isEqualTo(Cli.USER_ERROR);
        assertThat(r.err().lines()).hasSize(4);
        assertThat(r.err().lines().skip(1)).containsExactly(
                "2行目「令和7年度 (2025)」：「12.5」は金額として読めません。千円単位の整数で入力してください（例：1,234 または １２３４）",
                "3行目「令和6年度 (2024)」：「-3」は負の値です。事業費は0以上の千円単位の整数で入力してください",
                "4行目「番号」：番号 40 のカードはこの計画にありません（1〜32）");
        assertThat(r.err()).contains("問題 3 件", "計画ファイルは変更していません").doesNotContain("problems", " / ");
        // the same refusal in English when asked: one language at a time
        CliTest.Result en = CliTest.run("--lang", "en", "import-budget", file.toString(), "--plan", "3", in.toString());
        assertThat(en.code()).isEqualTo(Cli.USER_ERROR);
        assertThat(en.err().lines().skip(1)).containsExactly(
                "row 2, \"令和7年度 (2025)\": \"12.5\" is not an amount. Enter whole thousand yen (e.g. 1,234)",
                "row 3, \"令和6年度 (2024)\": \"-3\" is negative. A budget is a whole number of thousand yen, 0 or more",
                "row 4, \"番号\": this plan has no card number 40 (1 to 32)");
        assertThat(en.err()).contains("(3 problems)").doesNotContain("問題 3 件");
        assertThat(FileChecksums.sha256(file)).isEqualTo(before);
    }

    @Test
    void dryRunListsTheChangesThenTheImportAppliesThemAsOneSave() throws Exception {
        Path in = dir.resolve("sjis.csv");
        // Shift_JIS, as Excel on Japanese Windows saves 「CSV (コンマ区切り)」
        Files.write(in, "番号,令和7年度,令和8年度\r\n24,\"800,000\",\r\n".getBytes(Charset.forName("MS932")));
        String before = FileChecksums.sha256(file);
        CliTest.Result dry = CliTest.run("import-budget", file.toString(), "--plan", "3", in.toString(), "--dry-run");
        assertThat(dry.code()).as(dry.err()).isZero();
        // 001 L3285: card 24 事業費(千円) 242,227 796,530 241,930 241,930 241,930
        assertThat(dry.out()).contains("24 広域消防事業　令和7年度 (2025)：796,530 → 800,000",
                "24 広域消防事業　令和8年度 (2026)：241,930 → （なし）", "変更 2 件")
                .doesNotContain("(2 changes)");
        CliTest.Result dryEn = CliTest.run("import-budget", file.toString(), "--plan", "3", in.toString(), "--dry-run",
                "--lang", "en");
        assertThat(dryEn.out()).contains("(2 changes)", "31 cards not in the file keep their budgets")
                .doesNotContain("変更 2 件");
        assertThat(dry.out()).contains("「策定」は策定済みです。実際に取り込むには --unlock が必要です");
        assertThat(FileChecksums.sha256(file)).isEqualTo(before);
        // the 3rd vision's current revision is adopted (策定済): the window asks to unlock it, the CLI wants --unlock
        CliTest.Result locked = CliTest.run("import-budget", file.toString(), "--plan", "3", in.toString());
        assertThat(locked.code()).isEqualTo(Cli.USER_ERROR);
        assertThat(locked.err()).contains("「策定」は策定済みです", "--unlock", "計画ファイルは変更していません");
        assertThat(FileChecksums.sha256(file)).isEqualTo(before);
        CliTest.Result run = CliTest.run("import-budget", file.toString(), "--plan", "3", in.toString(), "--unlock");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("変更 2 件、1回の編集");
        try (PlanFile pf = PlanFile.openReadOnly(file)) {
            var card = pf.read().planByEdition(3).orElseThrow().current().orElseThrow().measures().get(23);
            assertThat(card.budget()).containsEntry(2025, 800000L).doesNotContainKey(2026).containsEntry(2027, 241930L);
        }
    }

    @Test
    void wrongOutputTypeAndUnknownPlanAreUserErrors() {
        CliTest.Result e = CliTest.run("export-budget", file.toString(), "-o", dir.resolve("x.pdf").toString());
        assertThat(e.code()).isEqualTo(Cli.USER_ERROR);
        assertThat(e.err()).contains(".csv", ".xlsx");
        assertThat(Files.exists(dir.resolve("x.pdf"))).isFalse();
        CliTest.Result p = CliTest.run("import-budget", file.toString(), "--plan", "9", file.toString());
        assertThat(p.code()).isEqualTo(Cli.USER_ERROR);
    }

    /** Issue 14, item 14: thousands of bad rows list the first 100 problems and count the rest. */
    @Test
    void aFileOfThousandsOfBadRowsListsTheFirstHundredProblemsAndCountsTheRest() throws Exception {
        StringBuilder csv = new StringBuilder("番号,令和6年度 (2024)\n");
        for (int i = 0; i < 9_989; i++) {
            csv.append(100 + i).append(",1\n");
        }
        Path in = dir.resolve("many.csv");
        Files.writeString(in, csv);
        String before = FileChecksums.sha256(file);
        CliTest.Result r = CliTest.run("import-budget", file.toString(), "--plan", "3", in.toString());
        assertThat(r.code()).isEqualTo(Cli.USER_ERROR);
        assertThat(r.err().lines()).hasSize(1 + 100 + 1);
        assertThat(r.err().lines().findFirst().orElseThrow()).contains("問題 9989 件").doesNotContain("problems");
        assertThat(r.err().lines().reduce((a, b) -> b).orElseThrow())
                .contains("ほかに 9889 件の問題があります（最初の 100 件を表示しています）").doesNotContain("more problem");
        assertThat(FileChecksums.sha256(file)).isEqualTo(before);
    }
}
