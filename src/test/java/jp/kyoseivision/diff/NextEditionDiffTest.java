package jp.kyoseivision.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import jp.kyoseivision.edit.MeasureChange;
import jp.kyoseivision.edit.SphereEdits;
import jp.kyoseivision.kpi.NextEditionReview;
import jp.kyoseivision.model.ChangeKind;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.KpiPoint;
import jp.kyoseivision.model.KpiValue;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.Sample;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 3rd vision (2024–2028) against the draft of a 4th made from it with the next-edition edit (2029–2033): the
 * draft carries no budgets yet. Untouched cards are 予算未入力, never 内容変更; budgets of the two periods sit side by
 * side by plan year, with no −100 %; the copied KPI targets stand at the new plan's last year.
 */
class NextEditionDiffTest {
    static Sphere drafted;
    static Revision draft;

    @BeforeAll
    static void draft() {
        drafted = SphereEdits.newEdition(Sample.load(), "v3-adopted", "第４次一関・平泉定住自立圏共生ビジョン", "案");
        draft = drafted.planByEdition(4).orElseThrow().current().orElseThrow();
    }

    @Test
    void untouchedCardsOfTheDraftAreBudgetNotEnteredAndNothingIsMinusHundredPercent() {
        RevisionDiff d = DiffService.compare(drafted, "3", "4");
        assertThat(d.cards()).hasSize(32);
        // every card continues by lineage with texts, KPIs and projects as they were; only the budget is missing
        assertThat(d.counts()).isEqualTo(Map.of(ChangeKind.ADDED, 0, ChangeKind.DELETED, 0, ChangeKind.RENAMED, 0,
                ChangeKind.CHANGED, 0, ChangeKind.BUDGET_PENDING, 32, ChangeKind.UNCHANGED, 0));
        assertThat(d.cards()).allSatisfy(c -> assertThat(c.changes()).isEmpty());
        // by plan year: 1年目 R6 (2024) | R11 (2029) …; card 1 48,221 in 2024 (seed 001 line 1718) beside nothing
        assertThat(d.byPlanYear()).isTrue();
        CardDiff first = d.cards().get(0);
        assertThat(first.budget().get(0)).isEqualTo(new BudgetLine(2024, 2029, 48_221L, null, 1));
        assertThat(d.budgetTotals()).extracting(BudgetLine::planYear, BudgetLine::oldFy, BudgetLine::newFy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 2024, 2029),
                        org.assertj.core.groups.Tuple.tuple(2, 2025, 2030),
                        org.assertj.core.groups.Tuple.tuple(3, 2026, 2031),
                        org.assertj.core.groups.Tuple.tuple(4, 2027, 2032),
                        org.assertj.core.groups.Tuple.tuple(5, 2028, 2033));
        assertThat(d.budgetTotals().get(0).oldAmount()).isEqualTo(4_292_261L);
        List<BudgetLine> all = new java.util.ArrayList<>(d.budgetTotals());
        d.cards().forEach(c -> all.addAll(c.budget()));
        assertThat(all).allSatisfy(l -> {
            assertThat(l.percent()).isNull();
            assertThat(l.difference()).isNull();
            assertThat(l.changed()).isFalse();
        });

        // the outputs say 予算未入力 (table: CSV, xlsx, PDF) / BUDGET_PENDING (JSON), and no percentage anywhere
        ComparisonTable t = ComparisonTable.of(d, Locale.JAPANESE);
        assertThat(t.rows()).allSatisfy(r -> assertThat(r.cells().get(ComparisonTable.KIND)).isEqualTo("予算未入力"));
        assertThat(t.rows()).allSatisfy(r -> assertThat(r.cells().get(ComparisonTable.FIELDS)).isEmpty());
        assertThat(CsvExport.csv(t, Locale.JAPANESE).split("\r\n")[1])
                .isEqualTo("1,休日・夜間診療体制確保事業,1,休日・夜間診療体制確保事業,予算未入力,,,");
        assertThat(DiffLabels.kind(ChangeKind.BUDGET_PENDING, Locale.ENGLISH)).isEqualTo("Budget not entered");
        String json = DiffJson.json(d);
        assertThat(json).contains("\"formatVersion\" : 2", "\"budget_pending\" : 32", "\"budgetBy\" : \"PLAN_YEAR\"",
                "\"kind\" : \"BUDGET_PENDING\"", "\"planYear\" : 1", "\"fromFy\" : 2024", "\"toFy\" : 2029")
                .doesNotContain("\"percent\" : -100", "\"kind\" : \"CHANGED\"");
    }

    @Test
    void xlsxSaysBudgetNotEntered() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxExport.write(ComparisonTable.of(DiffService.compare(drafted, "3", "4"), Locale.JAPANESE), Locale.JAPANESE,
                out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(wb.getSheetAt(0).getRow(4).getCell(ComparisonTable.KIND).getStringCellValue())
                    .isEqualTo("予算未入力");
        }
    }

    @Test
    void theDraftsTargetsStandAtTheNewPlansLastYearAndAreListedForReview() {
        Plan p4 = drafted.planByEdition(4).orElseThrow();
        assertThat(p4.endFy()).isEqualTo(2033);
        List<Kpi> kpis = draft.measures().stream().flatMap(m -> m.kpis().stream()).toList();
        assertThat(kpis).hasSize(33);
        // seed 001: targets (2028) and baselines (2022) of the 3rd vision; the targets move to 2033, values kept
        assertThat(kpis).allSatisfy(k -> assertThat(k.target().fy()).isEqualTo(2033));
        assertThat(kpis).allSatisfy(k -> assertThat(k.baseline().fy()).isEqualTo(2022));
        Kpi k1 = kpis.get(0);
        Kpi old1 = drafted.revision("v3-adopted").orElseThrow().measures().get(0).kpis().get(0);
        assertThat(k1.target().value()).isEqualTo(old1.target().value());
        assertThat(old1.target().fy()).isEqualTo(2028);

        List<NextEditionReview.Item> review = NextEditionReview.of(drafted, draft.id());
        assertThat(review).hasSize(33).allSatisfy(i -> {
            assertThat(i.targetMoved()).isTrue();
            assertThat(i.oldTargetFy()).isEqualTo(2028);
            assertThat(i.targetCopied()).isTrue();
            assertThat(i.baselineCopied()).isTrue();
        });
        assertThat(review.get(0).text(Locale.JAPANESE)).startsWith("No.1 休日・夜間診療体制確保事業「")
                .contains("目標値 " + jp.kyoseivision.kpi.KpiValueText.show(old1.target())
                        + "（令和10年度 (2028) → 令和15年度 (2033) に移動、値は前の計画のまま）")
                .contains("現状値 " + jp.kyoseivision.kpi.KpiValueText.show(old1.baseline())
                        + "（令和4年度 (2022)、前の計画のまま）");
        assertThat(review.get(0).text(Locale.ENGLISH)).contains("moved from FY2028 (R10) to FY2033 (R15)");

        // the officer sets card 1's target for the new period: it leaves the list, and the comparison shows it
        Measure c1 = draft.measures().get(0);
        Kpi updated = new Kpi(k1.id(), k1.name(), k1.unit(), k1.baseline(),
                new KpiPoint(2033, KpiValue.of("95")), k1.better(), k1.actuals(), k1.note());
        Sphere s = SphereEdits.replaceMeasure(drafted, MeasureChange.kpis(c1, List.of(updated)));
        assertThat(NextEditionReview.of(s, draft.id())).hasSize(33).first()
                .satisfies(i -> assertThat(i.targetCopied()).isFalse());
        CardDiff row = DiffService.compare(s, "3", "4").cards().get(0);
        assertThat(row.kind()).isEqualTo(ChangeKind.CHANGED);
        assertThat(row.changes()).extracting(FieldChange::field, FieldChange::newValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Field.KPI_TARGET, "95 (2033)"));
    }

    @Test
    void aCardWithItsBudgetEnteredIsUnchangedAndTheNewPeriodIsNotAChange() {
        Measure c1 = draft.measures().get(0);
        TreeMap<Integer, Long> budget = new TreeMap<>(Map.of(2029, 50_000L, 2030, 50_000L));
        Sphere s = SphereEdits.replaceMeasure(drafted, MeasureChange.budget(c1, budget));
        CardDiff row = DiffService.compare(s, "3", "4").cards().get(0);
        assertThat(row.kind()).isEqualTo(ChangeKind.UNCHANGED);
        assertThat(row.budget().get(0)).isEqualTo(new BudgetLine(2024, 2029, 48_221L, 50_000L, 1));
        assertThat(row.budget().get(0).percent()).isNull();
    }

    @Test
    void anAddedOrDeletedCardShowsEveryFieldIncludingItsKpis() {
        // a new card in the draft with a KPI, and card 2 of the draft deleted
        Measure blank = SphereEdits.blankMeasure(drafted, "圏域防災連携事業");
        Kpi kpi = new Kpi("k-new", "合同防災訓練の参加者数", "人", new KpiPoint(2027, KpiValue.of("120")),
                new KpiPoint(2033, KpiValue.of("300")), null, List.of(), null);
        Measure added = MeasureChange.content(MeasureChange.kpis(blank, List.of(kpi)), "合同で防災訓練を行う。");
        String direction = draft.nodesAt(2).get(0).id();
        Sphere s = SphereEdits.addMeasure(drafted, direction, 0, added);
        s = SphereEdits.deleteMeasure(s, draft.measures().get(1).id());
        RevisionDiff d = DiffService.compare(s, "3", "4");

        CardDiff add = d.cards().stream().filter(c -> c.kind() == ChangeKind.ADDED).findFirst().orElseThrow();
        assertThat(add.changes()).extracting(FieldChange::field, FieldChange::qualifier, FieldChange::oldValue,
                FieldChange::newValue).contains(
                        org.assertj.core.groups.Tuple.tuple(Field.NAME, null, null, "圏域防災連携事業"),
                        org.assertj.core.groups.Tuple.tuple(Field.CONTENT, null, null, "合同で防災訓練を行う。"),
                        org.assertj.core.groups.Tuple.tuple(Field.KPI_NAME, "1", null, "合同防災訓練の参加者数"),
                        org.assertj.core.groups.Tuple.tuple(Field.KPI_UNIT, "1", null, "人"),
                        org.assertj.core.groups.Tuple.tuple(Field.KPI_BASELINE, "1", null, "120 (2027)"),
                        org.assertj.core.groups.Tuple.tuple(Field.KPI_TARGET, "1", null, "300 (2033)"));
        assertThat(add.changes()).extracting(FieldChange::field).contains(Field.POLICY_AREA, Field.DIRECTION,
                Field.PARTICIPANTS);

        CardDiff del = d.cards().stream().filter(c -> c.kind() == ChangeKind.DELETED).findFirst().orElseThrow();
        Measure gone = drafted.revision("v3-adopted").orElseThrow().measures().get(1);
        assertThat(del.changes()).extracting(FieldChange::field).contains(Field.NAME, Field.CONTENT, Field.KPI_NAME,
                Field.KPI_TARGET, Field.PROJECTS, Field.EFFECT, Field.ROLE_SHARING);
        assertThat(del.changes()).filteredOn(f -> f.field() == Field.KPI_NAME).extracting(FieldChange::oldValue)
                .containsExactly(gone.kpis().get(0).name());
        assertThat(del.changes()).allSatisfy(f -> assertThat(f.newValue()).isNull());
        // the table names no fields for a one-sided row, as before
        ComparisonTable t = ComparisonTable.of(d, Locale.JAPANESE);
        assertThat(t.rows()).filteredOn(ComparisonTable.Row::shaded)
                .allSatisfy(r -> assertThat(r.cells().get(ComparisonTable.FIELDS)).isEmpty());
    }
}
