package jp.kyoseivision.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.PlanFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command on the bundled plans of the other kinds (issue 19), files made by {@code init} as an officer makes
 * them: 一関市's 総合戦略 s1 (seed 002) and s2 (seed 003) beside the visions, 北上市's action plan kp (seed 004).
 */
class EveryKindCommandsTest {
    @TempDir
    Path dir;
    Locale before;
    Path ichinoseki;
    Path kitakami;

    @BeforeEach
    void files() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.JAPANESE);
        ichinoseki = dir.resolve("ichinoseki.kyosei");
        kitakami = dir.resolve("kitakami.kyosei");
        assertThat(CliTest.run("init", ichinoseki.toString(), "--with-sample").code()).isZero();
        assertThat(CliTest.run("init", kitakami.toString(), "--sample", "kitakami").code()).isZero();
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    private static CliTest.Result ok(String... args) {
        CliTest.Result r = CliTest.run(args);
        assertThat(r.code()).as(String.join(" ", args) + "\n" + r.err()).isZero();
        return r;
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d).replaceAll("[\\s\\u3000]", "");
        }
    }

    @Test
    void exportPdfPrintsTheStrategyAndTheActionPlanByIdWithASelectionOfItems() throws Exception {
        Path s1 = dir.resolve("s1.pdf");
        CliTest.Result r = ok("export-pdf", ichinoseki.toString(), "--plan", "s1", "--cards", "1,3-4", "-o",
                s1.toString(), "--date", "2026-11-29");
        assertThat(r.out()).contains("s1.pdf");
        String text = pdfText(s1);
        // items 1, 3 and 4 of seed 002 (I-①-1, I-①-3, I-②-1), not item 2
        assertThat(text).contains("I-①-1地場産業の振興", "【現状と課題】", "■重要業績評価指標（KPI）", "【具体的な事業】")
                .doesNotContain("I-①-2雇用の場の創出");
        Path kp = dir.resolve("kp.pdf");
        ok("export-pdf", kitakami.toString(), "--plan", "kp", "--cards", "4", "--cover", "-o", kp.toString());
        String kpText = pdfText(kp);
        assertThat(kpText).contains("選択したプロジェクト1件", "4イノベーションチャレンジプロジェクト", "■現状・課題/推進方針",
                "■成果指標", "■3カ年の取組の展開", "森林整備支援補助金").doesNotContain("子育て寄り添いプロジェクト（続き）");
        // without --plan the kitakami file prints its only plan, all ten projects
        Path all = dir.resolve("all.pdf");
        CliTest.Result whole = ok("export-pdf", kitakami.toString(), "-o", all.toString());
        assertThat(pdfText(all)).contains("1子育て寄り添いプロジェクト", "10");
        assertThat(whole.out()).containsAnyOf("カード 10 件", "10 cards");
        // the whole strategy: 23 items (its 4 goal sheets with their 数値目標 are not counted as cards)
        CliTest.Result strategy = ok("export-pdf", ichinoseki.toString(), "--plan", "s1", "-o",
                dir.resolve("s1-all.pdf").toString());
        assertThat(strategy.out()).containsAnyOf("カード 23 件", "23 cards");
        // a number the plan does not have
        CliTest.Result bad = CliTest.run("export-pdf", kitakami.toString(), "--plan", "kp", "--cards", "11", "-o",
                dir.resolve("bad.pdf").toString());
        assertThat(bad.code()).isNotZero();
        assertThat(bad.err()).contains("11").doesNotContain("Exception");
        assertThat(dir.resolve("bad.pdf")).doesNotExist();
    }

    @Test
    void kpiReportOnThePlansWithoutGradingRuleShowsNoLetters() throws Exception {
        for (String[] c : new String[][] {{ichinoseki.toString(), "s1"}, {ichinoseki.toString(), "s2"},
                {kitakami.toString(), "kp"}}) {
            CliTest.Result r = ok("kpi-report", c[0], "--plan", c[1]);
            JsonNode kpis = new ObjectMapper().readTree(r.out()).get("kpis");
            // s2 (seed 003) prints targets for its 基本目標 only, none per 施策
            if (!c[1].equals("s2")) {
                assertThat(kpis.size()).as(c[1]).isPositive();
            }
            List<String> letters = new ArrayList<>();
            kpis.forEach(k -> k.get("results").forEach(y -> {
                if (y.hasNonNull("computed")) {
                    letters.add(y.get("computed").asText());
                }
            }));
            assertThat(letters).as(c[1]).isEmpty();
        }
        // the vision keeps its letters (A … D)
        CliTest.Result v3 = ok("kpi-report", ichinoseki.toString(), "--plan", "v3", "--format", "csv");
        assertThat(v3.out()).isNotEmpty();
    }

    @Test
    void diffBetweenThePhasesOfTheStrategyRuns() throws Exception {
        CliTest.Result r = ok("diff", ichinoseki.toString(), "--from", "s1-r1", "--to", "s2-r1");
        JsonNode cards = new ObjectMapper().readTree(r.out()).get("cards");
        assertThat(cards.size()).isPositive();
        Path csv = dir.resolve("d.csv");
        ok("diff", ichinoseki.toString(), "--from", "s1-r1", "--to", "s2-r1", "--format", "csv", "-o", csv.toString());
        assertThat(Files.size(csv)).isPositive();
        Path xlsx = dir.resolve("d.xlsx");
        ok("diff", ichinoseki.toString(), "--from", "s1-r1", "--to", "s2-r1", "--format", "xlsx", "-o", xlsx.toString());
        assertThat(rows(xlsx)).isNotEmpty();
    }

    @Test
    void theSecondStrategyExportedAsJsonImportsIntoANewFileAndExportsTheSame() throws Exception {
        Path json = dir.resolve("s2.json");
        ok("export-json", ichinoseki.toString(), "--plan", "s2", "-o", json.toString());
        Path copy = dir.resolve("copy.kyosei");
        ok("import-json", copy.toString(), json.toString());
        Path again = dir.resolve("again.json");
        ok("export-json", copy.toString(), "-o", again.toString());
        assertThat(Files.readString(again)).isEqualTo(Files.readString(json));
        Sphere s;
        try (PlanFile pf = PlanFile.openReadOnly(copy)) {
            s = pf.read();
        }
        assertThat(s.plans()).extracting(Plan::id).containsExactly("s2");
        Plan s2 = s.plans().get(0);
        assertThat(s2.kind().levels()).containsExactly("基本目標", "");
        assertThat(s2.current().orElseThrow().measures()).hasSize(29);
        assertThat(Files.readString(json)).contains("第2期一関市まち・ひと・しごと創生総合戦略");
    }

    private static List<List<String>> rows(Path xlsx) throws Exception {
        List<List<String>> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sh = wb.getSheetAt(0);
            for (Row row : sh) {
                List<String> cells = new ArrayList<>();
                row.forEach(c -> cells.add(c.toString()));
                out.add(cells);
            }
        }
        return out;
    }

    private static List<String> rowWith(List<List<String>> rows, String cell) {
        return rows.stream().filter(r -> r.contains(cell)).findFirst().orElseThrow(() -> new AssertionError(cell));
    }

    @Test
    void theCardListOfEachKindShowsItsOwnColumns() throws Exception {
        Path s1 = dir.resolve("s1-cards.xlsx");
        ok("export-xlsx", ichinoseki.toString(), "--plan", "s1", "--table", "cards", "-o", s1.toString());
        List<List<String>> rows = rows(s1);
        assertThat(rowWith(rows, "施策展開の方向性")).containsSubsequence("番号", "コード", "基本目標", "施策展開の基本的方向",
                "施策展開の方向性", "現状と課題", "主な取組", "重要業績評価指標（KPI）", "具体的な事業", "備考");
        List<String> first = rowWith(rows, "I-①-1");
        assertThat(first.get(2)).isEqualTo("Ⅰ　市民が力を発揮できる仕事を創出し、若者や女性が集うまちを目指します");
        assertThat(first.get(3)).isEqualTo("①　安定した雇用を創出する");
        assertThat(first.get(5)).startsWith("・本市は小規模な農業経営体が多く");
        assertThat(first.get(6)).startsWith("▼地域ブランドのPR促進\nインターネットを活用した");
        assertThat(first.get(7)).startsWith("産地直売施設（道の駅）入込客数（千人／年）：1,052（H26） → 1,155（R1）");
        assertThat(first.get(8)).startsWith("地産外商促進事業\n地域内発型産業創出事業");
        // a KPI split by a qualifier (施策 11: 小学校 / 中学校)
        assertThat(rows.stream().flatMap(List::stream).anyMatch(c -> c.contains("情報通信技術を活用して学習指導を行った学校の割合（小学校）")))
                .isTrue();
        // the vision's card list is unchanged: 関係市町 and the towns' project columns
        Path v3 = dir.resolve("v3-cards.xlsx");
        ok("export-xlsx", ichinoseki.toString(), "--plan", "v3", "--table", "cards", "-o", v3.toString());
        assertThat(rowWith(rows(v3), "番号")).contains("関係市町", "事業名称（一関市）");

        Path kp = dir.resolve("kp-cards.xlsx");
        ok("export-xlsx", kitakami.toString(), "--plan", "kp", "--table", "cards", "-o", kp.toString());
        List<List<String>> kpRows = rows(kp);
        assertThat(rowWith(kpRows, "番号")).containsExactly("番号", "コード", "プロジェクト", "現状・課題", "推進方針", "成果指標",
                "3カ年の取組の展開", "SDGs", "備考");
        List<String> p4 = rowWith(kpRows, "イノベーションチャレンジプロジェクト");
        assertThat(p4.get(3)).startsWith("1 農商工連携による地域産業の振興\n農産物や工業製品等をはじめとする");
        assertThat(p4.get(5)).contains("私有林からの素材生産量（m³）：5,533（H26～H30平均） → 6,640（R7）");
        assertThat(p4.get(6)).contains("1 農楽工楽クラブ事業費補助金（産業雇用支援課） R7・R8・R9：北上地方の農村と企業",
                "16 生産性向上サポート事業【新規】（産業雇用支援課） R7・R8・R9：");
    }

    @Test
    void theKpiTableOfEachKindIsWritten() throws Exception {
        for (String[] c : new String[][] {{ichinoseki.toString(), "s1", "産地直売施設（道の駅）入込客数"},
                {kitakami.toString(), "kp", "私有林からの素材生産量"}}) {
            Path x = dir.resolve(c[1] + "-kpis.xlsx");
            ok("export-xlsx", c[0], "--plan", c[1], "--table", "kpis", "-o", x.toString());
            assertThat(rows(x).stream().flatMap(List::stream).anyMatch(cell -> cell.startsWith(c[2]))).as(c[1])
                    .isTrue();
        }
    }

    @Test
    void checkFindsNoProblemInEitherSample() {
        for (Path f : List.of(ichinoseki, kitakami)) {
            CliTest.Result r = CliTest.run("check", f.toString());
            assertThat(r.code()).as(r.out() + r.err()).isZero();
        }
    }

    @Test
    void thePlanOptionSaysItTakesAnIdOrAnEdition() {
        for (String cmd : List.of("export-pdf", "export-json", "export-xlsx", "export-budget", "kpi-report", "opinions",
                "import-opinions")) {
            CliTest.Result r = CliTest.run("help", cmd);
            assertThat(r.out().replaceAll("\\s+", " ")).as(cmd).contains("--plan=PLAN", "its id (e.g. v3, s1, kp) or its edition");
        }
    }
}
