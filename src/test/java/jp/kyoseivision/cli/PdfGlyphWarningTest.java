package jp.kyoseivision.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import jp.kyoseivision.edit.SphereEdits;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.report.JapaneseFont;
import jp.kyoseivision.report.TestFonts;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, item 13: characters the PDF font lacks are printed as 〓 and said, on standard error. */
class PdfGlyphWarningTest {
    @TempDir
    Path dir;

    @Test
    void theReplacedCharactersAreNamedOnStandardError() {
        JapaneseFont font = TestFonts.japanese();
        String missing = new String(Character.toChars(0x1F3E5)); // 🏥: no Japanese text font draws emoji
        assertThat(font.has(0x1F3E5)).isFalse();
        Sphere s = Sample.load();
        Measure one = s.planByEdition(3).orElseThrow().current().orElseThrow().measures().get(0);
        s = SphereEdits.replaceMeasure(s, new Measure(one.id(), one.lineageId(), one.number(), one.name() + missing,
                one.aliases(), one.content() + "\u2603", one.participants(), one.kpis(), one.budget(), one.projects(),
                one.effect(), one.roleSharing(), one.sdgs(), one.notes()));
        Path file = dir.resolve("emoji.kyosei");
        PlanFile.create(file, s).close();
        Path out = dir.resolve("sheets.pdf");
        CliTest.Result r = CliTest.run("export-pdf", file.toString(), "--cards", "1", "--font",
                font.path().toString(), "-o", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("フォントにない文字", "「" + missing + "」", "〓", "missing from the font");
        if (!font.has(0x2603)) {
            assertThat(r.err()).contains("「\u2603」");
        }
        // a card the font draws whole gives no warning
        CliTest.Result clean = CliTest.run("export-pdf", file.toString(), "--cards", "2", "--font",
                font.path().toString(), "-o", out.toString());
        assertThat(clean.err()).isEmpty();
    }

    @Test
    void aLongListOfReplacedCharactersIsCutAndCounted() {
        java.util.List<String> many = java.util.stream.IntStream.range(0, 25).mapToObj(i -> Character.toString(0x1F600 + i))
                .toList();
        var w = new jp.kyoseivision.report.PdfWriter.Written(3, many).warning().orElseThrow();
        assertThat(w.message(java.util.Locale.JAPANESE)).contains("25 種類", "ほか 5 種類", "「😀」");
        assertThat(w.message(java.util.Locale.ENGLISH)).contains("25 character(s)", "and 5 more");
        assertThat(new jp.kyoseivision.report.PdfWriter.Written(3, java.util.List.of()).warning()).isEmpty();
    }
}
