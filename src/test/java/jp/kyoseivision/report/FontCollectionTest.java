package jp.kyoseivision.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import jp.kyoseivision.text.LocalizedException;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fonts from TrueType collections, as Windows ships Yu Gothic, Meiryo and MS Gothic: the face named for the
 * collection, not simply the first (Meiryo UI, the italic); the first usable face otherwise; CFF faces skipped with
 * the reason when nothing else is left. The collections are built here from the two IPAex fonts.
 */
class FontCollectionTest {
    @TempDir
    static Path dir;
    private static Path minchoThenGothic;
    private static byte[] mincho;
    private static byte[] gothic;

    @BeforeAll
    static void build() throws Exception {
        TestCollections.assumeIpaex();
        mincho = Files.readAllBytes(TestCollections.IPAEX_MINCHO);
        gothic = Files.readAllBytes(TestCollections.IPAEX_GOTHIC);
        minchoThenGothic = TestCollections.write(dir.resolve("ipaex.ttc"), List.of(mincho, gothic));
    }

    @Test
    void theBuiltCollectionHoldsBothFacesInOrder() throws Exception {
        try (TrueTypeCollection ttc = new TrueTypeCollection(minchoThenGothic.toFile())) {
            List<String> names = new java.util.ArrayList<>();
            ttc.processAllFonts(f -> names.add(f.getName()));
            assertThat(names).containsExactly("IPAexMincho", "IPAexGothic");
        }
    }

    @Test
    void theNamedFaceIsTakenNotTheFirst() throws Exception {
        JapaneseFont fromCollection = JapaneseFont.load(minchoThenGothic, List.of("Meiryo", "IPAex Gothic"));
        JapaneseFont alone = JapaneseFont.load(TestCollections.IPAEX_GOTHIC);
        JapaneseFont minchoAlone = JapaneseFont.load(TestCollections.IPAEX_MINCHO);
        try {
            assertThat(fromCollection.name()).isEqualTo("IPAexGothic");
            // the widths the layout measures with are the gothic face's, which differ from the mincho's
            String line = "Kyosei Vision 2024 KPI・SDGs 施策名";
            assertThat(fromCollection.width(line, 10f)).isEqualTo(alone.width(line, 10f))
                    .isNotEqualTo(minchoAlone.width(line, 10f));
            // and the face draws: the PDF embeds it and its text reads back
            ReportDocument doc = TableDocument.builder("施策一覧").section("施策一覧")
                    .paragraph("休日・夜間診療体制確保事業（県と共同実施）").build();
            try (PDDocument pdf = Loader.loadPDF(PdfWriter.toBytes(doc, fromCollection))) {
                assertThat(new PDFTextStripper().getText(pdf)).contains("休日・夜間診療体制確保事業");
                assertThat(pdf.getPage(0).getResources().getFontNames()).isNotEmpty();
                var font = pdf.getPage(0).getResources().getFont(
                        pdf.getPage(0).getResources().getFontNames().iterator().next());
                assertThat(font.getName()).endsWith("+IPAexGothic"); // a subset of the gothic face
            }
        } finally {
            fromCollection.close();
            alone.close();
            minchoAlone.close();
        }
    }

    @Test
    void withoutAMatchingNameTheFirstUsableFaceIsTaken() {
        try (JapaneseFont f = JapaneseFont.load(minchoThenGothic, List.of("Meiryo"))) {
            assertThat(f.name()).isEqualTo("IPAexMincho");
        }
        try (JapaneseFont f = JapaneseFont.load(minchoThenGothic)) { // a collection Windows does not ship
            assertThat(f.name()).isEqualTo("IPAexMincho");
        }
    }

    /** PDFBox's own Liberation Sans: a sound TrueType face without Japanese, as Latin faces in a collection are. */
    private static byte[] latin() throws Exception {
        try (var in = PdfWriter.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            return in.readAllBytes();
        }
    }

    @Test
    void aFaceWithoutJapaneseIsSkippedEvenWhenItIsTheNamedOne() throws Exception {
        Path ttc = TestCollections.write(dir.resolve("latin-first.ttc"), List.of(latin(), mincho, gothic));
        try (JapaneseFont f = JapaneseFont.load(ttc, List.of("Liberation Sans", "IPAexGothic"))) {
            assertThat(f.name()).isEqualTo("IPAexGothic");
        }
        try (JapaneseFont f = JapaneseFont.load(ttc, List.of("LiberationSans"))) {
            assertThat(f.name()).isEqualTo("IPAexMincho");
        }
    }

    @Test
    void aCollectionWithoutJapaneseIsRefusedWithTheReason() throws Exception {
        Path ttc = TestCollections.write(dir.resolve("latin.ttc"), List.of(latin(), latin()));
        byte[] before = Files.readAllBytes(ttc);
        assertThatThrownBy(() -> JapaneseFont.load(ttc)).isInstanceOfSatisfying(LocalizedException.class, e -> {
            assertThat(e.key()).isEqualTo("report.font.noJapanese");
            assertThat(e.message(Locale.JAPANESE)).contains("latin.ttc", "日本語の文字がありません");
        });
        assertThat(Files.readAllBytes(ttc)).isEqualTo(before);
    }

    @Test
    void aCollectionOfCffFacesOnlyIsRefusedWithTheReason() throws Exception {
        // as macOS's ヒラギノ角ゴシック W3.ttc: every face has PostScript outlines
        Path ttc = TestCollections.write(dir.resolve("hiragino.ttc"),
                List.of(TestCollections.asCff(gothic), TestCollections.asCff(mincho)));
        assertThatThrownBy(() -> JapaneseFont.load(ttc)).isInstanceOfSatisfying(LocalizedException.class, e -> {
            assertThat(e.key()).isEqualTo("report.font.cff");
            assertThat(e.message(Locale.JAPANESE)).contains("hiragino.ttc", "CFF形式", "TrueType形式の日本語フォント");
            assertThat(e.message(Locale.ENGLISH)).contains("hiragino.ttc", "cannot be embedded");
        });
    }

    @Test
    void windowsCollectionsNameTheirTextFace() {
        Path fonts = Path.of("C:", "Windows", "Fonts");
        assertThat(JapaneseFont.preferredFaces(fonts.resolve("meiryo.ttc"))).containsExactly("Meiryo");
        assertThat(JapaneseFont.preferredFaces(fonts.resolve("msgothic.ttc"))).startsWith("MS PGothic");
        assertThat(JapaneseFont.preferredFaces(fonts.resolve("YuGothM.ttc"))).containsExactly("Yu Gothic Medium");
        assertThat(JapaneseFont.preferredFaces(fonts.resolve("YuGothR.ttc"))).containsExactly("Yu Gothic Regular");
        assertThat(JapaneseFont.preferredFaces(Path.of("/usr/share/fonts/ipaexg.ttf"))).isEmpty();
        // the PostScript names of the faces in those files: only the text face's matches
        assertThat(JapaneseFont.nameKey("Meiryo")).isEqualTo(JapaneseFont.nameKey("Meiryo"));
        assertThat(JapaneseFont.nameKey("MeiryoUI")).isNotEqualTo(JapaneseFont.nameKey("Meiryo"));
        assertThat(JapaneseFont.nameKey("Meiryo-Italic")).isNotEqualTo(JapaneseFont.nameKey("Meiryo"));
        assertThat(JapaneseFont.nameKey("MS-PGothic")).isEqualTo(JapaneseFont.nameKey("MS PGothic"));
        assertThat(JapaneseFont.nameKey("MS-UIGothic")).isNotEqualTo(JapaneseFont.nameKey("MS PGothic"))
                .isNotEqualTo(JapaneseFont.nameKey("MS Gothic"));
        assertThat(JapaneseFont.nameKey("YuGothic-Medium")).isEqualTo(JapaneseFont.nameKey("Yu Gothic Medium"));
        assertThat(JapaneseFont.nameKey("YuGothicUI-Regular")).isNotEqualTo(JapaneseFont.nameKey("Yu Gothic Regular"));
    }
}
