package jp.kyoseivision.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.kyoseivision.store.Sample;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled 2nd vision graded by its rule, checked against seed 000: overview table L93–125 (達成状況の推移),
 * detail L149–225 (実績一覧), printed summary L85–88 (A9 B8 C9 D7 of 33).
 */
class SecondVisionResultsTest {
    static KpiResults results;

    @BeforeAll
    static void grade() {
        results = KpiResults.of(Sample.load().planByEdition(2).orElseThrow());
    }

    static KpiLine line(String no) {
        return results.lines().stream().filter(l -> l.no().equals(no)).findFirst().orElseThrow();
    }

    static String computed(String no, int fy) {
        return line(no).year(fy).orElseThrow().computed().grade();
    }

    @Test
    void gradesFollowActualOverTarget() {
        assertThat(results.lines()).hasSize(33);
        // L153 No.5 地域子育て支援拠点事業の利用者数, target 27,600: 23,154 B, 15,804 C, 12,127 D, 10,778 D, 11,819 →
        // 42.8 % = D (the detail prints B, the overview D)
        assertThat(List.of(2019, 2020, 2021, 2022, 2023)).map(fy -> computed("5", fy))
                .containsExactly("B", "C", "D", "D", "D");
        assertThat(line("5").year(2023).orElseThrow().computed().percent()).isEqualByComparingTo("42.8");
        // L225 No.33 外部人材が支援した地域数, target 40: 11 D, 27 C, 33 B, 36 B, 41 A — as printed
        assertThat(List.of(2019, 2020, 2021, 2022, 2023)).map(fy -> computed("33", fy))
                .containsExactly("D", "C", "B", "B", "A");
        // L179 No.18 満足度 92.0 → 96.0: 94.3 B, 98.4 A, 90.8 B, 82.4 B, 96.0 A — as printed
        assertThat(List.of(2019, 2020, 2021, 2022, 2023)).map(fy -> computed("18", fy))
                .containsExactly("B", "A", "B", "B", "A");
        // L177 No.17: 14 of 31 = 45.2 % is D, though both tables print C
        assertThat(computed("17", 2021)).isEqualTo("D");
    }

    @Test
    void notesGetNoGradeWithTheReason() {
        // L165 No.13 R4 会場の分散化により、集計不可
        YearResult r4 = line("13").year(2022).orElseThrow();
        assertThat(r4.computed().hasGrade()).isFalse();
        assertThat(r4.computed().reasonText(Locale.JAPANESE))
                .isEqualTo("実績値が数値ではありません（会場の分散化により、集計不可）");
        // L165 R5 9,253 of 17,500 = 52.9 % → C as printed
        assertThat(computed("13", 2023)).isEqualTo("C");
    }

    @Test
    void everyPrintedGradeMatchesTheRuleExceptTheContradictionsFound() {
        int compared = 0;
        List<String> disagreeing = new ArrayList<>();
        for (KpiLine l : results.lines()) {
            for (YearResult y : l.years()) {
                if (y.computed().hasGrade() && y.overview() != null) {
                    compared++;
                    if (!y.computed().grade().equals(y.overview())) {
                        disagreeing.add(l.no() + "/" + y.fy());
                    }
                }
            }
        }
        // L93–125: 165 cells, 21 of them "/" → 144 grades; No.2's three are for notes → 141 can be checked
        assertThat(compared).isEqualTo(141);
        assertThat(disagreeing).containsExactly("7/2023", "17/2021");
    }

    @Test
    void summaryPerYearAsPrinted() {
        // L85–88: the printed summary for R5 equals the overview table's column R5
        GradeSummary ov = results.summary(2023, GradeSource.OVERVIEW);
        assertThat(ov.tallies()).extracting(t -> t.line(Locale.JAPANESE)).containsExactly(
                "A：達成 9項目（27.3%）", "B：概ね達成 8項目（24.2%）", "C：ある程度達成 9項目（27.3%）",
                "D：未達成 7項目（21.2%）");
        assertThat(ov.graded()).isEqualTo(33);
        // the detail's grades: No.5 B (not D), No.7 C (not B), No.8 without a grade
        GradeSummary rec = results.summary(2023, GradeSource.RECORDED);
        assertThat(rec.tallies()).extracting(GradeTally::count).containsExactly(9, 8, 10, 5);
        assertThat(rec.ungraded()).isEqualTo(1);
        // by the rule: No.2 (a note per town) cannot be graded; No.5 D, No.7 C
        GradeSummary c = results.summary(2023, GradeSource.COMPUTED);
        assertThat(c.tallies()).extracting(GradeTally::count).containsExactly(8, 7, 10, 7);
        assertThat(c.graded()).isEqualTo(32);
        assertThat(c.ungraded()).isEqualTo(1);
        assertThat(c.notEntered()).isZero();
        assertThat(c.total()).isEqualTo(33);
        // shares of all 33 KPIs, as the printed summary divides (9 of 33 = 27.3 %): 8 of 33, not 8 of the 32 graded
        assertThat(c.tally("A").orElseThrow().line(Locale.JAPANESE)).isEqualTo("A：達成 8項目（24.2%）");
        assertThat(c.tally("A").orElseThrow().line(Locale.ENGLISH)).isEqualTo("A: 達成 8 KPIs (24.2%)");
        assertThat(c.ungradedLine(Locale.JAPANESE)).isEqualTo("評価なし 1項目（3.0%）");
        // R2 (L93–125 column R2): A 4, B 4, C 8, D 8 in the overview
        assertThat(results.summary(2020, GradeSource.OVERVIEW).tallies()).extracting(GradeTally::count)
                .containsExactly(4, 4, 8, 8);
    }

    @Test
    void consistencyReportFindsTheContradictionsInTheSeed() {
        List<Finding> f = results.findings(Locale.JAPANESE);
        assertThat(f).filteredOn(x -> x.no() != null).extracting(Finding::kind, Finding::no, Finding::fy,
                Finding::value, Finding::recorded, Finding::overview, Finding::computed).containsExactly(
                        // No.2: the actuals are notes per town (一関市 88.2% [A] 平泉町 88.9% [A]), graded A
                        tuple(FindingKind.GRADE_WITHOUT_RULE, "2", 2021,
                                "※ワクチン2回目接種(5歳以上) 一関市 88.2% [A] 平泉町 88.9% [A]", "A", "A", null),
                        tuple(FindingKind.GRADE_WITHOUT_RULE, "2", 2022,
                                "※ワクチン2回目接種(5歳以上) 一関市 90.4% [A] 平泉町 94.3% [A]", "A", "A", null),
                        tuple(FindingKind.GRADE_WITHOUT_RULE, "2", 2023,
                                "※ワクチン2回目接種(5歳以上) 一関市 88.6% [A] 平泉町 96.5% [A]", "A", "A", null),
                        // No.5 R5: 11,819 of 27,600 — L153 "11,819 [B]", L97 R5 "D"
                        tuple(FindingKind.RECORDED_VS_RULE, "5", 2023, "11,819", "B", "D", "D"),
                        tuple(FindingKind.OVERVIEW_VS_DETAIL, "5", 2023, "11,819", "B", "D", "D"),
                        // No.7 R5: 49 of 67 = 73.1 % — L155 "49 [C]", L99 R5 "B"
                        tuple(FindingKind.OVERVIEW_VS_RULE, "7", 2023, "49", "C", "B", "C"),
                        tuple(FindingKind.OVERVIEW_VS_DETAIL, "7", 2023, "49", "C", "B", "C"),
                        // No.8 R5: 0 of 100 — L160 no grade, L100 R5 "D"
                        tuple(FindingKind.OVERVIEW_VS_DETAIL, "8", 2023, "0", null, "D", "D"),
                        // No.17 R3: 14 of 31 = 45.2 % — L177 "14 [C]", L109 R3 "C"
                        tuple(FindingKind.RECORDED_VS_RULE, "17", 2021, "14", "C", "C", "D"),
                        tuple(FindingKind.OVERVIEW_VS_RULE, "17", 2021, "14", "C", "C", "D"),
                        // No.32 R3, R4: 11 and 15 of 19 — L224 "11【D】 15【D】", L124 "C C"
                        tuple(FindingKind.RECORDED_VS_RULE, "32", 2021, "11", "D", "C", "C"),
                        tuple(FindingKind.OVERVIEW_VS_DETAIL, "32", 2021, "11", "D", "C", "C"),
                        tuple(FindingKind.RECORDED_VS_RULE, "32", 2022, "15", "D", "C", "C"),
                        tuple(FindingKind.OVERVIEW_VS_DETAIL, "32", 2022, "15", "D", "C", "C"));
        // L85–88 printed A9 B8 C9 D7 against the detail (A9 B8 C10 D5) and the rule (A8 B7 C10 D7)
        assertThat(f).filteredOn(x -> x.no() == null).extracting(Finding::kind, Finding::grade, Finding::printed,
                Finding::expected).containsExactly(
                        tuple(FindingKind.SUMMARY_VS_RULE, "A", "9", "8"),
                        tuple(FindingKind.SUMMARY_VS_RULE, "B", "8", "7"),
                        tuple(FindingKind.SUMMARY_VS_DETAIL, "C", "9", "10"),
                        tuple(FindingKind.SUMMARY_VS_RULE, "C", "9", "10"),
                        tuple(FindingKind.SUMMARY_VS_DETAIL, "D", "7", "5"));
        assertThat(f.get(3).message(Locale.JAPANESE)).isEqualTo("No.5 地域子育て支援拠点事業の利用者数 令和5年度 (2023)："
                + "実績値 11,819／目標値 27,600（42.8%）は基準では D ですが、実績一覧では B と記載されています");
    }

    @Test
    void neutralTablesCarryTheFlags() {
        ReportTable t = KpiTables.results(results, fy -> fy == 2023, Locale.JAPANESE);
        assertThat(t.rows()).hasSize(33);
        assertThat(t.headers()).hasSize(t.rows().get(0).cells().size());
        ReportTable.Row no5 = t.rows().get(4);
        assertThat(no5.cells()).containsExactly("5", "子育て環境整備事業", "地域子育て支援拠点事業の利用者数", "人",
                "令和5年度 (2023)", "11,819", "27,600", "42.8", "D", "B", "D", "");
        assertThat(no5.flags()).containsExactly(ReportTable.Flag.MISMATCH);
        assertThat(t.rows().get(1).flags()).containsExactly(ReportTable.Flag.MISMATCH, ReportTable.Flag.NO_GRADE);
        assertThat(KpiTables.findings(results, fy -> true, Locale.JAPANESE).rows()).hasSize(19);
    }
}
