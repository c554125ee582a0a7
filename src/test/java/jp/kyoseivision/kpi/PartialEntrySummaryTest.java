package jp.kyoseivision.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import jp.kyoseivision.edit.KpiEdits;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.KpiActual;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.Sample;
import org.junit.jupiter.api.Test;

/**
 * The autumn after the first year of the 3rd vision: one actual entered of the 33 KPIs (32 cards, No.23 has two).
 * The summary must read as the printed report would, shares of all 33 KPIs, the other 32 counted as 未入力 — not
 * "A 1項目 (100.0%)" with 評価なし 0.
 */
class PartialEntrySummaryTest {
    @Test
    void oneActualOfThirtyTwoIsThreePointOnePercentAndTheRestAreNotEntered() {
        Sphere sample = Sample.load();
        Kpi first = sample.revision("v3-adopted").orElseThrow().measures().get(0).kpis().get(0);
        // the target reached in the first year: grade A by the rule
        Sphere s = KpiEdits.withActual(sample, first.id(), 2024,
                new KpiActual(2024, first.target().value(), null, null, null, null));
        Plan p3 = s.planByEdition(3).orElseThrow();
        KpiResults r = KpiResults.of(p3);
        assertThat(r.lines().size()).isEqualTo(33);

        GradeSummary c = r.summary(2024, GradeSource.COMPUTED);
        assertThat(c.count("A")).isEqualTo(1);
        assertThat(c.tally("A").orElseThrow().line(Locale.JAPANESE)).isEqualTo("A：達成 1項目（3.0%）");
        assertThat(c.tally("B").orElseThrow().line(Locale.JAPANESE)).isEqualTo("B：概ね達成 0項目（0.0%）");
        assertThat(c.total()).isEqualTo(33);
        assertThat(c.graded()).isEqualTo(1);
        assertThat(c.ungraded()).isZero();
        assertThat(c.notEntered()).isEqualTo(32);
        assertThat(c.notEnteredLine(Locale.JAPANESE)).isEqualTo("未入力 32項目（97.0%）");
        assertThat(c.notEnteredLine(Locale.ENGLISH)).isEqualTo("not entered: 32 KPIs (97.0%)");
        assertThat(c.ungradedLine(Locale.JAPANESE)).isEqualTo("評価なし 0項目（0.0%）");
        // a year nobody has entered yet: everything 未入力, no grade a share above 0
        GradeSummary later = r.summary(2026, GradeSource.COMPUTED);
        assertThat(later.notEntered()).isEqualTo(33);
        assertThat(later.tallies()).allSatisfy(t -> assertThat(t.percent()).isEqualByComparingTo("0.0"));

        // the neutral summary table (CSV, PDF) carries a 未入力 row beside 評価なし
        ReportTable t = KpiTables.summary(r, fy -> fy == 2024, Locale.JAPANESE);
        assertThat(t.rows()).extracting(row -> row.cells().get(4)).containsExactly("A：達成 1項目（3.0%）",
                "B：概ね達成 0項目（0.0%）", "C：ある程度達成 0項目（0.0%）", "D：未達成 0項目（0.0%）",
                "評価なし 0項目（0.0%）", "未入力 32項目（97.0%）");
        assertThat(t.rows().get(5).cells().subList(2, 4)).containsExactly("32", "97.0");
    }
}
