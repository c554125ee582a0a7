package jp.kyoseivision.report;

import static jp.kyoseivision.report.MeasureSheetsPdfTest.flat;
import static jp.kyoseivision.report.MeasureSheetsPdfTest.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.Sample;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sheets of the plans of other kinds (issue 19), laid out as each kind prints its items: the bundled 総合戦略 (seed
 * 002, plan s1) and 北上市's action plan (seed 004, plan kp).
 */
class KindSheetsPdfTest {
    static Sphere ichinoseki;
    static Sphere kitakami;
    static JapaneseFont font;

    @BeforeAll
    static void load() {
        font = TestFonts.japanese();
        ichinoseki = Sample.load();
        kitakami = Sample.load("kitakami").orElseThrow();
    }

    static ReportDocument sheets(Sphere s, String plan, String cards) {
        return MeasureSheets.buildPlan(s, plan, cards, null, MeasureSheetsPdfTest.options(false));
    }

    static PDDocument pdf(ReportDocument doc) throws IOException {
        byte[] bytes = PdfWriter.toBytes(doc, font);
        Path out = Path.of("target", "sheets-kinds");
        Files.createDirectories(out);
        Files.write(out.resolve(doc.sections().get(0).title().replaceAll("[^A-Za-z0-9-]", "") + ".pdf"), bytes);
        return Loader.loadPDF(bytes);
    }

    static String allText(PDDocument pdf) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
            b.append(text(pdf, i));
        }
        return flat(b.toString());
    }

    static void inOrder(String text, List<String> values) {
        int at = 0;
        for (String v : values) {
            int i = text.indexOf(flat(v), at);
            assertThat(i).as("「%s」 after position %d:%n%s", v, at, text).isGreaterThanOrEqualTo(0);
            at = i + flat(v).length();
        }
    }

    @Test
    void theStrategysItemPrintsItsPathSectionsKpisAndProjectsAsSeed002() throws IOException {
        try (PDDocument pdf = pdf(sheets(ichinoseki, "s1", "1"))) {
            String text = allText(pdf);
            // seed 002 L388–454: 施策 I-①-1 地場産業の振興
            inOrder(text, List.of("一関市まち・ひと・しごと創生総合戦略",
                    "I-①-1", "地場産業の振興（技術力、経営力の強化支援、付加価値、生産性の向上）",
                    "基本目標", "Ⅰ", "市民が力を発揮できる仕事を創出し、若者や女性が集うまちを目指します", // L384
                    "施策展開の基本的方向", "①", "安定した雇用を創出する", // L388
                    "施策展開の方向性", "I-①-1",
                    "【現状と課題】", "・本市は小規模な農業経営体が多く", "・本市は、盛岡市と仙台市の間位置し", // L394–396
                    "・本市の観光入込客数は、各観光地の合計で210万人回に達しています。", // L399
                    "【主な取組】", "▼地域ブランドのPR促進", "インターネットを活用した情報発信による商品PR", // L404–406
                    "▼インバウンド観光の推進", "外国人観光客の受け入れ態勢を整え、外国人観光客の誘客に努めます。", // L420–422
                    "■重要業績評価指標（KPI）", "指標", "現状値（H26年度）", "目標値（R1年度）", // L424
                    "産地直売施設（道の駅）入込客数", "1,052千人／年", "1,155千人／年", // L425
                    "研究機関等との共同研究数", "2件／年", "5件／年",
                    "製造業の製造品出荷額", "2,117億円／年", "2,200億円／年",
                    "外国人観光入込客数", "5,867人回／年", "21,000人回／年", // L428
                    "【具体的な事業】", "▽地産外商促進事業", "▽地域内発型産業創出事業", // L430–433
                    "▽一関・平泉地域連携DMOによる観光地域づくり事業", "※ Destination Management", // L438–440
                    "▽外国人に対する観光案内事業", "▽インバウンド推進事業")); // L442–443
            // the vision's card form is not used: no 関係市町, no 事業費
            assertThat(text).doesNotContain("関係市町", "事業費（千円）", "【具体的な取組】");
        }
    }

    @Test
    void aRepostedProjectAndQualifierRowsPrintAsTheStrategyDoes() throws IOException {
        // 施策 11 prints its ICT KPI once, split into 小学校 and 中学校
        try (PDDocument pdf = pdf(sheets(ichinoseki, "s1", "11"))) {
            String text = allText(pdf);
            inOrder(text, List.of("情報通信技術を活用して学習指導を行った学校の割合", "・小学校", "・中学校"));
            assertThat(text.split(flat("情報通信技術を活用して学習指導を行った学校の割合"), -1)).hasSize(2);
        }
        String reposted = ichinoseki.planByIdOrEdition("s1").orElseThrow().current().orElseThrow().measures().stream()
                .flatMap(m -> m.projects().stream().flatMap(g -> g.projects().stream())
                        .filter(p -> p.reposted()).map(p -> m.number() + "\t" + p.name()))
                .findFirst().orElseThrow();
        String[] np = reposted.split("\t");
        try (PDDocument pdf = pdf(sheets(ichinoseki, "s1", np[0]))) {
            assertThat(allText(pdf)).contains(flat("▽" + np[1] + "（再掲）"));
        }
    }

    @Test
    void theActionPlansProjectPrintsItsTwoColumnTableKpisAndRolloutOverPagesWithHeadersRepeated()
            throws IOException {
        try (PDDocument pdf = pdf(sheets(kitakami, "kp", "4"))) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            String text = allText(pdf);
            // seed 004 L200–330: project 4
            inOrder(text, List.of("持続可能なまちづくり推進プロジェクト アクションプラン(2021～2025)",
                    "4", "イノベーションチャレンジプロジェクト", "プロジェクト",
                    "SDGsとの関係",
                    "■現状・課題/推進方針", "No.", "現状・課題", "推進方針",
                    "1", "○農商工連携による地域産業の振興", "農産物や工業製品等をはじめとする地域特産品の付加価値向上",
                    "○農商工連携による地域産業の振興", "産業ビジョンに基づき、農商工連携を支援する仕組みを構築する",
                    "10", "○多様化する観光ニーズへの対応", "食・遊び・自然など",
                    "■成果指標", "指標", "現状値（R1年度）", "目標値（R7年度）", // L235
                    "新事業創出支援事業費補助金を活用した新規事業等創出件数", "3件", "3件",
                    "産業支援センター相談件数", "744件", "800件",
                    "生産性向上サポート事業補助金を活用した新技術・新製品開発件数", "－", "2件",
                    "農業の中心経営体への農地集積率", "61.55%", "65.00%",
                    "野菜（いも類、果樹等含む）の販売額", "25億4,000万円", "26億4,300万円（R5年度）", // L242
                    "私有林からの素材生産量", "5,533m³（H26～H30平均）", "6,640m³", // L244
                    "労働生産性（工業統計粗付加価値額／従業員数）", "928万円（2019年実績）", "1,091万円",
                    "年間観光客数", "1,044千人（R5年度）", "2,380千人", // L249
                    "産業観光客数", "3.4千人（R5年度）", "15千人（R1水準）", // L250
                    "■3カ年の取組の展開", "No.", "新規", "事業名", "担当課", "事業概要", "R7年度", "R8年度", "R9年度",
                    "1", "農楽工楽クラブ事業費補助金", "産業雇用支援課", "北上地方の農村と企業との多様な連携", "●●●",
                    "6", "主食用米作付転換支援事業", "農業振興課", "作付転換を支援する。", "●●",
                    "9", "北上市農業支援センター事業", "農林企画課",
                    "16●生産性向上サポート事業", "産業雇用支援課",
                    "25●森林整備支援補助金", "農林企画課"));
            // the rollout's header row is repeated on the page it continues on, under the running head
            int last = pdf.getNumberOfPages();
            String tail = flat(text(pdf, last));
            assertThat(tail).startsWith(flat("4　イノベーションチャレンジプロジェクト（続き）"))
                    .contains(flat("No.新規事業名担当課事業概要R7年度R8年度R9年度"), "森林整備支援補助金");
        }
    }

    @Test
    void theWholeStrategyHasAGoalSheetWithItsNumericTargetsBeforeItsFirstItem() throws IOException {
        ReportDocument doc = sheets(ichinoseki, "s1", null);
        List<String> titles = doc.sections().stream().map(Section::title).toList();
        // 4 基本目標 with 数値目標 and 23 施策
        assertThat(titles).hasSize(27);
        assertThat(titles.get(0)).startsWith("基本目標Ⅰ　市民が力を発揮できる仕事を創出し");
        assertThat(titles.get(1)).startsWith("I-①-1　地場産業の振興");
        try (PDDocument pdf = pdf(new ReportDocument(doc.title(), doc.orientation(), null, false, doc.footer(),
                doc.printDate(), doc.sections().subList(0, 1)))) {
            // seed 002 p.10: 年間転出超過者数 448人 (H26) → 329人 (H31)
            inOrder(allText(pdf), List.of("基本目標Ⅰ", "～仕事や移住に関する願いに応え、社会減を解消する～", "■数値目標",
                    "年間転出超過者数", "448人", "329人"));
        }
        // selected items print without goal sheets
        assertThat(sheets(ichinoseki, "s1", "1-2").sections()).hasSize(2);
    }

    @Test
    void noTextLeavesThePageOrOverlapsOnEverySheetOfTheThreePlans() {
        for (String[] p : new String[][] {{"s1"}, {"s2"}, {"kp"}}) {
            Sphere s = p[0].equals("kp") ? kitakami : ichinoseki;
            List<Page> pages = Layout.pages(MeasureSheets.buildPlan(s, p[0], null, null,
                    MeasureSheetsPdfTest.options(true)), font);
            assertThat(pages.size()).isGreaterThan(3);
            MeasureSheetsPdfTest.assertNothingOutsideOrOverlapping(pages);
            // every glyph is in the font (nothing drawn as 〓) but the simplified 应 of seed 002 L578 「相应した」
            pages.forEach(pg -> pg.texts().stream().filter(t -> t.contains("〓"))
                    .forEach(t -> assertThat(t).as(p[0]).contains("相〓した")));
        }
    }
}
