package jp.kyoseivision.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.Sample;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The 32 measure sheets of the bundled 3rd vision as PDF: text, pages, fonts, layout and rendered images. */
class MeasureSheetsPdfTest {
    static final LocalDate PRINTED = LocalDate.of(2026, 11, 23);
    static Sphere sphere;
    static JapaneseFont font;

    @BeforeAll
    static void load() {
        font = TestFonts.japanese();
        sphere = Sample.load();
    }

    static MeasureSheets.Options options(boolean cover) {
        return new MeasureSheets.Options(cover, cover, PRINTED, Locale.JAPANESE);
    }

    static PDDocument pdf(ReportDocument doc) throws IOException {
        return Loader.loadPDF(PdfWriter.toBytes(doc, font));
    }

    static String text(PDDocument pdf, int page) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(page);
        s.setEndPage(page);
        return s.getText(pdf);
    }

    /** Text with every space and line break removed: wrapped lines join up again. */
    static String flat(String s) {
        return s.replaceAll("[\\s\\u3000]", "");
    }

    @Test
    void everyFieldOfCard1IsOnItsPage() throws IOException {
        try (PDDocument pdf = pdf(MeasureSheets.build(sphere, 3, null, null, options(false)))) {
            String page = flat(text(pdf, 1));
            // seed 001 lines 1704–1755: the card page of 休日・夜間診療体制確保事業, in the plan's field order
            List<String> fields = List.of(
                    "【具体的な取組】No.1",
                    "連携する視点", "生活機能の強化", "政策分野", "医療", // line 1711 and 1721
                    "施策の展開", "地域保健医療体制の充実", // line 1753
                    "施策名", "休日・夜間診療体制確保事業", // line 1728
                    "取組内容", "圏域内の休日及び夜間等における救急医療体制を確保するため、一関市医師会及び関係機関と連携し、"
                            + "休日及び夜間等における救急医療等を実施する。", // lines 1734–1737
                    "指標名", "単位", "現状値", "目標値", "休日及び夜間等に対して診療を実施した割合", "%", // line 1739
                    "84令和4年度(2022)", "84令和10年度(2028)", // lines 1715–1716, 1741
                    "関係市町", "一関市・平泉町", // line 1715
                    "実施年度", "令和6年度(2024)", "令和7年度(2025)", "令和8年度(2026)", "令和9年度(2027)",
                    "令和10年度(2028)", "合計", "事業費（千円）", "48,22148,22148,22148,22148,221241,105", // line 1718
                    "事業名称", "【一関市】○休日・夜間当番医制運営事業○休日歯科応急診療事業○病院群輪番制病院運営事業（県と共同実施）",
                    "【平泉町】○医療体制充実事業", // lines 1749–1751
                    "事業効果", "休日及び夜間等の医療提供体制を確保することにより、圏域住民の安心と安全が確保される。", // 1731
                    "役割分担", "圏域の医療体制の充実を図るため、両市町をエリアとする一関市医師会の協力の下、一関市が関係機関等の調整を"
                            + "行い、休日及び夜間等における医療提供体制を確保し、平泉町はその費用の一部を負担する。", // 1723–1726
                    "SDGsとの関連性", "（未設定）", // line 1753: icons only in the PDF, no numbers in the data
                    "※事業費は、現時点での連携市町の合計見込額を記載しており、毎年度の予算で具体額を定めます。", // line 1755
                    "第３次一関・平泉定住自立圏共生ビジョン策定", "1/32", "印刷日令和8年11月23日(2026-11-23)");
            int at = 0;
            for (String f : fields) {
                int i = page.indexOf(flat(f), at);
                assertThat(i).as("「%s」 on the page after position %d:%n%s", f, at, page).isGreaterThanOrEqualTo(0);
                at = i;
            }
        }
    }

    @Test
    void thirtyTwoCardsAreThirtyTwoPagesEachWithItsCard() throws IOException {
        Plan plan = sphere.planByEdition(3).orElseThrow();
        List<MeasureSheets.Card> cards = MeasureSheets.cards(plan.current().orElseThrow());
        try (PDDocument pdf = pdf(MeasureSheets.build(sphere, 3, null, null, options(false)))) {
            // no card of the bundled plan needs a continuation page
            assertThat(pdf.getNumberOfPages()).isEqualTo(32);
            for (int i = 0; i < 32; i++) {
                Measure m = cards.get(i).measure();
                String page = flat(text(pdf, i + 1));
                assertThat(page).contains("No." + m.number(), flat(m.name()), flat(m.roleSharing()),
                        (i + 1) + "/32");
            }
            // seed 001 line 1927: card 4's budget 91,385 a year
            assertThat(flat(text(pdf, 4))).contains("91,38591,38591,38591,38591,385456,925");
        }
    }

    @Test
    void coverContentsAreaAndSelection() throws IOException {
        try (PDDocument pdf = pdf(MeasureSheets.build(sphere, 3, null, null, options(true)))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(34);
            assertThat(flat(text(pdf, 1))).contains("第３次一関・平泉定住自立圏共生ビジョン", "一関・平泉定住自立圏",
                    "全カード32件");
            String contents = flat(text(pdf, 2));
            assertThat(contents).contains("目次", "No.1休日・夜間診療体制確保事業（医療）3",
                    "No.32ＤＸ地域活性化事業（中心市等における人材育成）34", "2/34");
            assertThat(flat(text(pdf, 3))).contains("No.1", "3/34");
        }
        try (PDDocument pdf = pdf(MeasureSheets.build(sphere, 3, null, "医療", options(false)))) {
            // seed 001: 医療 has cards 1 and 2
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            assertThat(flat(text(pdf, 2))).contains("No.2", "地域医療確保対策事業", "2/2");
        }
        try (PDDocument pdf = pdf(MeasureSheets.build(sphere, 3, "1,3-5", null, options(false)))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(4);
            assertThat(flat(text(pdf, 2))).contains("No.3", "子育て世代の負担軽減事業");
            assertThat(flat(text(pdf, 4))).contains("No.5", "在宅医療・介護連携推進事業");
        }
    }

    @Test
    void theFontIsEmbeddedAsASubset() throws IOException {
        try (PDDocument pdf = pdf(MeasureSheets.build(sphere, 3, null, null, options(false)))) {
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(name);
                    assertThat(f).isInstanceOf(PDType0Font.class);
                    PDType0Font t0 = (PDType0Font) f;
                    assertThat(t0.getDescendantFont().isEmbedded()).isTrue();
                    // a subset carries a six-letter tag before its name (AXWYFE+IPAexGothic)
                    assertThat(f.getName()).matches("[A-Z]{6}\\+.+");
                    var file = t0.getDescendantFont().getFontDescriptor().getFontFile2();
                    assertThat(file).isNotNull();
                    // the whole IPAex Gothic is 4 MB; the glyphs of 32 sheets are a small part of it
                    assertThat((long) file.getLength()).isLessThan(Files.size(font.path()) / 4);
                }
            }
        }
    }

    @Test
    void aLongCardFlowsOntoAContinuationPageWithNothingLostOrOverlapping() throws IOException {
        Plan plan = sphere.planByEdition(3).orElseThrow();
        Revision rev = plan.current().orElseThrow();
        MeasureSheets.Card c = MeasureSheets.cards(rev).get(0);
        Measure m = c.measure();
        // card 1's content (seed 001 lines 1734–1737) 25 times: longer than a page
        String longContent = String.join("", java.util.Collections.nCopies(25, m.content()));
        Measure big = new Measure(m.id(), m.lineageId(), m.number(), m.name(), m.aliases(), longContent,
                m.participants(), m.kpis(), m.budget(), m.projects(), m.effect(), m.roleSharing(), m.sdgs(), m.notes());
        MeasureSheets.Card bigCard = new MeasureSheets.Card(c.perspective(), c.area(), c.direction(), big);
        ReportDocument doc = MeasureSheets.document(sphere, plan, rev, List.of(bigCard), "", options(false));
        List<Page> pages = Layout.pages(doc, font);
        assertThat(pages).hasSize(2);
        assertNothingOutsideOrOverlapping(pages);
        StringBuilder body = new StringBuilder();
        for (Page p : pages) {
            for (Page.Mark mark : p.marks()) {
                // the body only: not the footer, not the running head of the continuation page
                if (mark instanceof Page.Text t && t.y() < p.orientation().height() - Layout.MARGIN_BOTTOM
                        && !t.text().endsWith("（続き）")) {
                    body.append(t.text());
                }
            }
        }
        assertThat(flat(body.toString())).contains(flat(longContent), flat(m.roleSharing()));
        Files.createDirectories(Path.of("target", "sheets"));
        Files.write(Path.of("target", "sheets", "continued.pdf"), PdfWriter.toBytes(doc, font)); // to look at
        try (PDDocument pdf = pdf(doc)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            assertThat(flat(text(pdf, 2))).startsWith(flat("No.1　休日・夜間診療体制確保事業（医療）（続き）"))
                    .contains("2/2", "事業効果", "役割分担");
        }
    }

    @Test
    void noTextLeavesThePageOrOverlapsOnAnyOfTheThirtyTwoSheets() {
        List<Page> pages = Layout.pages(MeasureSheets.build(sphere, 3, null, null, options(true)), font);
        assertThat(pages).hasSize(34);
        assertNothingOutsideOrOverlapping(pages);
    }

    static void assertNothingOutsideOrOverlapping(List<Page> pages) {
        for (int n = 0; n < pages.size(); n++) {
            Page p = pages.get(n);
            List<Page.Text> texts = new ArrayList<>();
            p.marks().stream().filter(m -> m instanceof Page.Text).forEach(m -> texts.add((Page.Text) m));
            for (Page.Text t : texts) {
                assertThat(t.x()).as("page %d: %s", n + 1, t.text()).isGreaterThanOrEqualTo(Layout.MARGIN_X - 0.01f);
                assertThat(t.x() + t.width()).as("page %d: %s", n + 1, t.text())
                        .isLessThanOrEqualTo(p.orientation().width() - Layout.MARGIN_X + 0.01f);
                assertThat(t.y()).isGreaterThanOrEqualTo(Layout.MARGIN_TOP - 0.01f);
                assertThat(t.y() + t.size() * Layout.LEADING).as("page %d: %s", n + 1, t.text())
                        .isLessThanOrEqualTo(p.orientation().height() - 20f);
            }
            for (int i = 0; i < texts.size(); i++) {
                for (int j = i + 1; j < texts.size(); j++) {
                    Page.Text a = texts.get(i);
                    Page.Text b = texts.get(j);
                    boolean apart = a.x() + a.width() <= b.x() + 0.01f || b.x() + b.width() <= a.x() + 0.01f
                            || a.y() + a.size() * Layout.LEADING <= b.y() + 0.01f
                            || b.y() + b.size() * Layout.LEADING <= a.y() + 0.01f;
                    assertThat(apart).as("page %d: 「%s」 overlaps 「%s」", n + 1, a.text(), b.text()).isTrue();
                }
            }
        }
    }

    @Test
    void pagesRenderToImagesWithTheJapaneseText() throws IOException {
        Path out = Path.of("target", "sheets");
        Files.createDirectories(out);
        try (PageImages images = new PageImages(MeasureSheets.build(sphere, 3, "1,4", null, options(false)), font)) {
            assertThat(images.count()).isEqualTo(2);
            for (int i = 0; i < images.count(); i++) {
                BufferedImage img = images.render(i, 110f);
                // A4 at 110 dpi
                assertThat(img.getWidth()).isEqualTo(909);
                ImageIO.write(img, "png", out.resolve("sheet-" + (i + 1) + ".png").toFile());
                // the heading 【具体的な取組】 at the top left is drawn: dark pixels where it stands
                assertThat(dark(img, 60, 60, 300, 90)).isGreaterThan(300);
                // and the whole page carries several thousand dark pixels of text and rules, not a blank page
                assertThat(dark(img, 0, 0, img.getWidth(), img.getHeight())).isGreaterThan(20_000);
            }
        }
    }

    private static int dark(BufferedImage img, int x0, int y0, int x1, int y1) {
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int rgb = img.getRGB(x, y);
                if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 300) {
                    n++;
                }
            }
        }
        return n;
    }
}
