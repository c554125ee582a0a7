package jp.kyoseivision.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import jp.kyoseivision.report.TestFonts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export-pdf} on a real plan file made from the bundled sample. */
class ExportPdfCommandTest {
    @TempDir
    Path dir;
    Path file;

    @BeforeEach
    void sample() {
        TestFonts.japanese();
        file = dir.resolve("一関・平泉.kyosei");
        assertThat(CliTest.run("init", file.toString(), "--with-sample").code()).isZero();
    }

    @Test
    void allCardsOfTheNewestPlanOnePagePerCard() throws Exception {
        Path out = dir.resolve("sheets.pdf");
        CliTest.Result r = CliTest.run("export-pdf", file.toString(), "-o", out.toString(), "--date", "2026-11-23");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("32 ページ", TestFonts.japanese().name()).doesNotContain("32 pages");
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(32);
            String last = new PDFTextStripper().getText(pdf).replaceAll("\\s", "");
            // seed 001: card 32 is ＤＸ地域活性化事業
            assertThat(last).contains("No.32", "ＤＸ地域活性化事業", "32/32", "印刷日令和8年11月23日");
        }
        assertThat(dir.resolve("sheets.pdf.tmp")).doesNotExist();
    }

    @Test
    void cardsAreaCoverAndPlanOptions() throws Exception {
        Path out = dir.resolve("a.pdf");
        assertThat(CliTest.run("export-pdf", file.toString(), "--cards", "1,3-5", "-o", out.toString()).code())
                .isZero();
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(4);
        }
        assertThat(CliTest.run("export-pdf", file.toString(), "--area", "福祉", "--cover", "-o", out.toString())
                .code()).isZero();
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            // seed 001: 福祉 holds cards 3–7; cover + contents + 5 sheets
            assertThat(pdf.getNumberOfPages()).isEqualTo(7);
        }
        assertThat(CliTest.run("export-pdf", file.toString(), "--plan", "2", "-o", out.toString()).code()).isZero();
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            // the 2nd vision has 33 cards (seed 000: 33 KPIs, one per card)
            assertThat(pdf.getNumberOfPages()).isEqualTo(33);
        }
    }

    @Test
    void badArgumentsAreUserErrorsAndWriteNothing() {
        Path out = dir.resolve("never.pdf");
        CliTest.Result bad = CliTest.run("export-pdf", file.toString(), "--cards", "1,x", "-o", out.toString());
        assertThat(bad.code()).isEqualTo(Cli.USER_ERROR);
        assertThat(bad.err()).contains("カード番号の指定「1,x」が不正です");
        CliTest.Result area = CliTest.run("export-pdf", file.toString(), "--area", "観光", "-o", out.toString());
        assertThat(area.code()).isEqualTo(Cli.USER_ERROR);
        assertThat(area.err()).contains("政策分野「観光」はこの計画にありません", "医療").doesNotContain("Policy area");
        CliTest.Result card = CliTest.run("export-pdf", file.toString(), "--cards", "33", "-o", out.toString());
        assertThat(card.code()).isEqualTo(Cli.USER_ERROR);
        assertThat(card.err()).contains("カード番号 33 はこの計画にありません（1〜32）");
        CliTest.Result font = CliTest.run("export-pdf", file.toString(), "--font", dir.resolve("x.ttf").toString(),
                "-o", out.toString());
        assertThat(font.code()).isEqualTo(Cli.USER_ERROR);
        assertThat(font.err()).contains("x.ttf", "見つかりません");
        assertThat(out).doesNotExist();
        assertThat(CliTest.run("export-pdf", file.toString()).code()).isEqualTo(Cli.USER_ERROR); // -o is required
    }

    @Test
    void withoutFontTheFontChosenInThePreferencesIsUsedByEveryPdfCommand() throws Exception {
        // a preference that is a file but no font: each PDF command must try it (and say so), not the system's
        Path home = dir.resolve("home");
        Files.createDirectories(home);
        Path notAFont = dir.resolve("chosen.ttf");
        Files.writeString(notAFont, "not a font");
        Files.writeString(home.resolve("settings.properties"),
                "pdf.font=" + notAFont.toString().replace("\\", "\\\\") + "\n");
        String old = System.getProperty("kyosei.home");
        System.setProperty("kyosei.home", home.toString());
        try {
            Path out = dir.resolve("p.pdf");
            for (String[] args : new String[][] {
                    {"export-pdf", file.toString(), "-o", out.toString()},
                    {"diff", file.toString(), "--from", "2", "--to", "3", "--format", "pdf", "-o", out.toString()},
                    {"kpi-report", file.toString(), "--plan", "2", "--format", "pdf", "-o", out.toString()}}) {
                CliTest.Result r = CliTest.run(args);
                assertThat(r.code()).as(args[0]).isEqualTo(Cli.USER_ERROR);
                assertThat(r.err()).as(args[0]).contains("chosen.ttf");
                assertThat(out).doesNotExist();
            }
            // --font still wins over the preference
            CliTest.Result ok = CliTest.run("kpi-report", file.toString(), "--plan", "2", "--format", "pdf",
                    "--font", TestFonts.japanese().path().toString(), "-o", out.toString());
            assertThat(ok.code()).isZero();
            assertThat(out).exists();
        } finally {
            if (old == null) {
                System.clearProperty("kyosei.home");
            } else {
                System.setProperty("kyosei.home", old);
            }
        }
    }
}
