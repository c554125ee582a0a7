package jp.kyoseivision.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.report.MeasureSheets;
import jp.kyoseivision.text.LocalizedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanOnlyReadTest {
    @TempDir
    Path dir;

    private static final MeasureSheets.Options OPTIONS = new MeasureSheets.Options(true, true, LocalDate.of(2026, 11,
            29), Locale.JAPANESE);

    @Test
    void readsOnlyThePrintedRevisionAndTheSheetsAreTheSameAsFromTheWholeFile() throws Exception {
        Path f = dir.resolve("sample.kyosei");
        PlanFile.create(f, Sample.load()).close();
        String before = FileChecksums.sha256(f);
        Sphere whole;
        Sphere printed;
        try (PlanFile pf = PlanFile.openReadOnly(f)) {
            whole = pf.read();
            printed = pf.readForSheets(null);
            assertThat(pf.read()).as("nothing of the narrow read stays on the connection").isEqualTo(whole);
        }
        assertThat(cards(whole)).isEqualTo(117); // the visions' 65 and the 総合戦略's 23 + 29
        assertThat(cards(printed)).as("the 32 cards of the 3rd vision's current revision").isEqualTo(32);
        assertThat(printed.opinions()).isEmpty();
        assertThat(whole.opinions()).hasSize(61);
        assertThat(printed.plans()).extracting(Plan::edition).containsExactlyElementsOf(
                whole.plans().stream().map(Plan::edition).toList());
        assertThat(MeasureSheets.build(printed, null, null, null, OPTIONS))
                .isEqualTo(MeasureSheets.build(whole, null, null, null, OPTIONS));
        assertThat(MeasureSheets.build(printed, 3, "1,3-5", null, OPTIONS))
                .isEqualTo(MeasureSheets.build(whole, 3, "1,3-5", null, OPTIONS));
        assertThat(FileChecksums.sha256(f)).isEqualTo(before);
    }

    @Test
    void anOlderEditionIsReadWhenAsked() throws Exception {
        Path f = dir.resolve("sample.kyosei");
        PlanFile.create(f, Sample.load()).close();
        try (PlanFile pf = PlanFile.openReadOnly(f)) {
            Sphere whole = pf.read();
            Sphere second = pf.readForSheets("2");
            assertThat(cards(second)).isEqualTo(33);
            assertThat(MeasureSheets.build(second, 2, null, null, OPTIONS))
                    .isEqualTo(MeasureSheets.build(whole, 2, null, null, OPTIONS));
            Sphere none = pf.readForSheets("9");
            assertThat(cards(none)).isZero();
            assertThatThrownBy(() -> MeasureSheets.build(none, 9, null, null, OPTIONS))
                    .isInstanceOf(LocalizedException.class)
                    .satisfies(e -> assertThat(((LocalizedException) e).key()).isEqualTo("store.noEdition"));
        }
    }

    private static int cards(Sphere s) {
        int n = 0;
        for (Plan p : s.plans()) {
            for (Revision r : p.revisions()) {
                n += r.measures().size();
            }
        }
        return n;
    }
}
