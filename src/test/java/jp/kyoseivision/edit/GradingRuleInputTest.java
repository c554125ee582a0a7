package jp.kyoseivision.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import jp.kyoseivision.kpi.GradeSource;
import jp.kyoseivision.kpi.KpiResults;
import jp.kyoseivision.model.GradingRule;
import jp.kyoseivision.model.KpiActual;
import jp.kyoseivision.model.KpiValue;
import jp.kyoseivision.model.RatioBasis;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.FileChecksums;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.Sample;
import jp.kyoseivision.text.LocalizedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19: a grading rule typed by the officer is checked whole (both languages say what is wrong), attached to a
 * plan that prints none and stored in the file; a rule that leaves out a recorded grade is refused, nothing changed.
 */
class GradingRuleInputTest {
    @TempDir
    Path dir;

    private static GradingRuleInput.Band band(String g, String l, String m) {
        return new GradingRuleInput.Band(g, l, m);
    }

    private static LocalizedException refused(GradingRuleInput.Band... rows) {
        return assertThrows(LocalizedException.class,
                () -> GradingRuleInput.parse(RatioBasis.ACTUAL_OVER_TARGET, List.of(rows)));
    }

    @Test
    void theVisionsRuleAsTypedIsTheVisionsRule() {
        GradingRule r = GradingRuleInput.parse(RatioBasis.ACTUAL_OVER_TARGET, List.of(band("Ａ", "達成", "１００"),
                band("b", "概ね達成", "80.0"), band("", "", ""), band("C", "ある程度達成", "50"), band("D", "未達成", "0")));
        assertThat(r).isEqualTo(GradingRuleInput.VISION);
        // the 2nd vision's own rule (bundled from seed 000) is the same
        assertThat(Sample.load().planByEdition(2).orElseThrow().grading()).isEqualTo(GradingRuleInput.VISION);
    }

    @Test
    void badRowsAreRefusedWithTheRowAndTheReason() {
        assertThat(refused(band("AB", "達成", "100")).message(Locale.JAPANESE))
                .isEqualTo("1行目：評価「AB」はA〜Zの1文字で入力してください");
        assertThat(refused(band("A", "達成", "100"), band("a", "未達成", "0")).message(Locale.ENGLISH))
                .isEqualTo("row 2: the grade \"A\" is already used in row 1");
        assertThat(refused(band("A", "", "100")).message(Locale.JAPANESE)).isEqualTo("1行目：評価「A」の名称を入力してください");
        assertThat(refused(band("A", "達成", "８割")).message(Locale.JAPANESE))
                .isEqualTo("1行目：評価「A」の下限「８割」は数値として読めません（例：80）");
        assertThat(refused(band("A", "達成", "-5")).message(Locale.ENGLISH))
                .isEqualTo("row 1: the lower bound -5% of grade \"A\" must be between 0 and 1000");
        assertThat(refused(band("A", "達成", "50"), band("B", "未達成", "50.0")).message(Locale.JAPANESE))
                .startsWith("2行目：評価「B」の下限は1行目と同じです");
        assertThat(refused(band("A", "達成", "100"), band("B", "概ね達成", "80")).message(Locale.JAPANESE))
                .isEqualTo("下限0％の評価区分が必要です（どの達成率にも評価が付くように）");
        assertThat(refused(band("", "", "")).message(Locale.ENGLISH))
                .startsWith("enter at least one grade");
    }

    @Test
    void aRuleAttachedToTheStrategyIsStoredAndGradesItsGoalTargets() {
        Path f = dir.resolve("s.kyosei");
        try (PlanFile pf = PlanFile.create(f, Sample.load())) {
            Sphere before = pf.read();
            // seed 002 L273: 年間転出超過者数 448 → 329; 400 in 2019 is 82.3 % of the way: B by the vision's rule
            Sphere s = KpiEdits.withActual(before, "s1-g1-k1", 2019,
                    new KpiActual(2019, KpiValue.of("400"), null, null, null, null));
            pf.save(before, GradingEdits.setRule(s, "s1", GradingRuleInput.VISION));
        }
        try (PlanFile pf = PlanFile.open(f)) {
            Sphere back = pf.read();
            KpiResults r = KpiResults.of(back.plan("s1").orElseThrow());
            assertThat(r.plan().graded()).isTrue();
            assertThat(r.lines().get(0).year(2019).orElseThrow().computed().grade()).isEqualTo("B");
            assertThat(r.summary(2019, GradeSource.COMPUTED).count("B")).isEqualTo(1);
            // removing it again leaves the plan ungraded
            Sphere removed = GradingEdits.setRule(back, "s1", null);
            assertThat(removed.plan("s1").orElseThrow().graded()).isFalse();
            pf.save(back, removed);
        }
        try (PlanFile pf = PlanFile.open(f)) {
            assertThat(pf.read().plan("s1").orElseThrow().graded()).isFalse();
        }
    }

    @Test
    void aRuleWithoutARecordedGradeIsRefusedAndTheFileIsUnchanged() throws Exception {
        Path f = dir.resolve("v.kyosei");
        PlanFile.create(f, Sample.load()).close();
        String sum = FileChecksums.sha256(f);
        Sphere s = Sample.load();
        // the 2nd vision's report records A–D; a rule of S and T only cannot hold them
        GradingRule st = GradingRuleInput.parse(RatioBasis.ACTUAL_OVER_TARGET,
                List.of(band("S", "達成", "100"), band("T", "未達成", "0")));
        LocalizedException e = assertThrows(LocalizedException.class, () -> GradingEdits.setRule(s, "v2", st));
        assertThat(e.message(Locale.JAPANESE)).contains("計画の評価区分にありません");
        assertThat(FileChecksums.sha256(f)).isEqualTo(sum);
    }
}
