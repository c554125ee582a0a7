package jp.kyoseivision.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.kyoseivision.model.ChangeKind;
import jp.kyoseivision.model.ChangeReason;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.KpiActual;
import jp.kyoseivision.model.KpiReport;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Opinion;
import jp.kyoseivision.model.OpinionKind;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.Sample;
import org.junit.jupiter.api.Test;

/**
 * The bundled 一関・平泉 data, checked value by value against the seed documents. Each value cites the seed line it
 * was read from by hand: "001:1722" is line 1722 of shared/seeds/001_ab730646921a0816.txt (the 3rd vision and the
 * 2nd→3rd comparison), "000:153" line 153 of 000_a4badbb8da5a3d9f.txt (the 2nd vision's KPI results).
 */
class BundledSampleTest {
    private static final Sphere SPHERE = Sample.load();
    private static final Plan V2 = SPHERE.planByEdition(2).orElseThrow();
    private static final Plan V3 = SPHERE.planByEdition(3).orElseThrow();
    private static final Revision R2 = V2.current().orElseThrow();
    private static final Revision R3 = V3.current().orElseThrow();
    private static final Map<Integer, Measure> C2 = byNumber(R2);
    private static final Map<Integer, Measure> C3 = byNumber(R3);

    private static Map<Integer, Measure> byNumber(Revision r) {
        return r.measures().stream().collect(Collectors.toMap(Measure::number, Function.identity()));
    }

    private static long budget(int card, int fy) {
        return C3.get(card).budget().get(fy);
    }

    private static Kpi kpi2(int no) {
        return C2.get(no).kpis().get(0);
    }

    private static String actual(Kpi k, int fy) {
        KpiActual a = k.actual(fy).orElseThrow();
        return (a.value().number() != null ? a.value().number().toPlainString() : a.value().note()) + " "
                + a.recordedGrade();
    }

    private static String overview(Kpi k) {
        return k.actuals().stream().map(a -> a.overviewGrade() == null ? "/" : a.overviewGrade())
                .collect(Collectors.joining());
    }

    @Test
    void counts() {
        assertThat(SPHERE.municipalities()).extracting(m -> m.name()).containsExactly("一関市", "平泉町");
        assertThat(SPHERE.municipality(SPHERE.centralMunicipalityId()).orElseThrow().name()).isEqualTo("一関市");
        // 001:1668, 3326, 3814 — three perspectives; ten policy areas; 32 cards (comparison table 001:892–1010)
        assertThat(R3.nodes()).extracting(p -> p.name())
                .containsExactly("生活機能の強化", "結びつきやネットワークの強化", "圏域マネジメント能力の強化");
        assertThat(R3.nodesAt(1)).hasSize(10);
        assertThat(R3.nodesAt(2)).hasSize(17);
        assertThat(R3.measures()).hasSize(32);
        assertThat(R3.measures()).extracting(Measure::number).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 32).boxed().toList());
        // 000:81 — 33 KPIs in the 2nd vision; 33 measures in the comparison table's left column
        assertThat(R2.measures()).hasSize(33);
        assertThat(R2.measures().stream().mapToLong(m -> m.kpis().size()).sum()).isEqualTo(33);
        assertThat(R2.nodesAt(1)).hasSize(10);
        assertThat(V2.startFy()).isEqualTo(2019);
        assertThat(V2.endFy()).isEqualTo(2023);
        assertThat(V3.startFy()).isEqualTo(2024);
        assertThat(V3.endFy()).isEqualTo(2028);
    }

    @Test
    void opinionCounts() {
        List<Opinion> ops = SPHERE.opinions();
        // 001:115 パブリックコメント：31件（３人）, 001:117 懇談会委員意見：11件（３人）; 000:39–66 19 items
        assertThat(ops.stream().filter(o -> o.kindId().equals(OpinionKind.PUBLIC_COMMENT))).hasSize(31)
                .allMatch(o -> o.id().startsWith("op-pc-"));
        assertThat(ops.stream().filter(o -> o.kindId().equals(OpinionKind.COUNCIL_MEMBER))).hasSize(11)
                .allMatch(o -> o.id().startsWith("op-cm-"));
        assertThat(ops.stream().filter(o -> o.kindId().equals(OpinionKind.COUNCIL_MEETING))).hasSize(19)
                .allMatch(o -> o.id().startsWith("op-2024-1-"));
        assertThat(SPHERE.opinionKinds()).extracting(OpinionKind::name)
                .containsExactly("パブリックコメント", "懇談会委員意見", "懇談会での意見");
        assertThat(ops).hasSize(61).allMatch(o -> o.answer() != null && !o.answer().isBlank());
        // 000:42 No.3 外部人材の確保 p.36 — the DX question, about card 32 ＤＸ地域活性化事業
        Opinion dx = ops.stream().filter(o -> o.id().equals("op-2024-1-03")).findFirst().orElseThrow();
        assertThat(dx.page()).isEqualTo("36");
        assertThat(dx.topic()).isEqualTo("外部人材の確保");
        assertThat(dx.measureId()).isEqualTo(C3.get(32).id());
        assertThat(dx.fromDate()).isEqualTo(java.time.LocalDate.of(2024, 6, 5));
        assertThat(dx.toDate()).isEqualTo(java.time.LocalDate.of(2024, 6, 5));
    }

    @Test
    void budgetsOfTheThirdVision() {
        // 001:1722 事業費(千円) 48,221 ×5 (card 1 休日・夜間診療体制確保事業)
        for (int fy = 2024; fy <= 2028; fy++) {
            assertThat(budget(1, fy)).isEqualTo(48_221L);
        }
        // 001:1788 49,949 54,653 61,733 57,149 57,149 (card 2 地域医療確保対策事業)
        assertThat(List.of(budget(2, 2024), budget(2, 2025), budget(2, 2026), budget(2, 2027), budget(2, 2028)))
                .containsExactly(49_949L, 54_653L, 61_733L, 57_149L, 57_149L);
        // 001:2216 21,701 … 8,659 (card 8 インバウンド推進事業; also cited in opinion 000:47)
        assertThat(budget(8, 2024)).isEqualTo(21_701L);
        assertThat(budget(8, 2028)).isEqualTo(8_659L);
        // 001:2878 1,010,822 1,010,917 … (card 18 学校給食運営事業)
        assertThat(budget(18, 2024)).isEqualTo(1_010_822L);
        assertThat(budget(18, 2025)).isEqualTo(1_010_917L);
        // 001:3150 125,262 118,290 71,540 105,151 105,153 (card 22 世界文化遺産調査整備事業)
        assertThat(budget(22, 2027)).isEqualTo(105_151L);
        assertThat(budget(22, 2028)).isEqualTo(105_153L);
        // 001:3285 242,227 796,530 … (card 24 広域消防事業)
        assertThat(budget(24, 2025)).isEqualTo(796_530L);
        // 001:3504 1,082,840 1,335,200 1,189,000 … (card 27 幹線道路等整備事業)
        assertThat(budget(27, 2025)).isEqualTo(1_335_200L);
        // 001:3773 22,294 22,294 23,094 22,294 22,294 (card 31 結婚活動支援事業)
        assertThat(budget(31, 2026)).isEqualTo(23_094L);
        // 001:3850 6,089 6,089 0 0 0 (card 32 ＤＸ地域活性化事業)
        assertThat(budget(32, 2025)).isEqualTo(6_089L);
        assertThat(budget(32, 2026)).isZero();
        assertThat(C3.get(1).budgetTotal()).isEqualTo(241_105L);
    }

    @Test
    void kpisOfTheThirdVision() {
        Kpi k1 = C3.get(1).kpis().get(0);
        // 001:1744, 1746 休日及び夜間等に対して診療を実施した割合 84% (2022年度) → 84% (2028年度)
        assertThat(k1.name()).isEqualTo("休日及び夜間等に対して診療を実施した割合");
        assertThat(k1.unit()).isEqualTo("%");
        assertThat(k1.baseline().fy()).isEqualTo(2022);
        assertThat(k1.baseline().value().number()).isEqualByComparingTo("84");
        assertThat(k1.target().fy()).isEqualTo(2028);
        assertThat(k1.target().value().number()).isEqualByComparingTo("84");
        // 001:1790, 1792 市内就職者数 10人 → 15人 (card 2)
        Kpi k2 = C3.get(2).kpis().get(0);
        assertThat(k2.unit()).isEqualTo("人");
        assertThat(k2.baseline().value().number()).isEqualByComparingTo("10");
        assertThat(k2.target().value().number()).isEqualByComparingTo("15");
        // 001:3197, 3221–3223 骨寺村荘園交流施設利用者数 28,108人/年 → 29,000人/年; 史跡達谷窟の発掘調査進捗率 10% → 15% (card 23)
        List<Kpi> k23 = C3.get(23).kpis();
        assertThat(k23).hasSize(2);
        assertThat(k23.get(0).name()).isEqualTo("骨寺村荘園交流施設利用者数");
        assertThat(k23.get(0).unit()).isEqualTo("人/年");
        assertThat(k23.get(0).baseline().value().number()).isEqualByComparingTo("28108");
        assertThat(k23.get(0).target().value().number()).isEqualByComparingTo("29000");
        assertThat(k23.get(1).baseline().value().number()).isEqualByComparingTo("10");
        assertThat(k23.get(1).target().value().number()).isEqualByComparingTo("15");
        // 001:3048–3050 地元学事業の参加率 67.1% → 70.1% (card 20): decimals kept exactly
        Kpi k20 = C3.get(20).kpis().get(0);
        assertThat(k20.baseline().value().number()).isEqualTo(new BigDecimal("67.1"));
        assertThat(k20.target().value().number()).isEqualTo(new BigDecimal("70.1"));
    }

    @Test
    void projectsAndTextsOfTheThirdVision() {
        Measure c1 = C3.get(1);
        // 001:1749–1750 【一関市】○休日・夜間当番医制運営事業 ○休日歯科応急診療事業 ○病院群輪番制病院運営事業（県と共同実施）
        assertThat(c1.projectNames("ichinoseki")).containsExactly("休日・夜間当番医制運営事業", "休日歯科応急診療事業",
                "病院群輪番制病院運営事業（県と共同実施）");
        // 001:1751 【平泉町】○医療体制充実事業
        assertThat(c1.projectNames("hiraizumi")).containsExactly("医療体制充実事業");
        // 001:1727–1729 役割分担; 001:1755 the footnote
        assertThat(c1.roleSharing()).startsWith("圏域の医療体制の充実を図るため、両市町をエリアとする一関市医師会の協力の下")
                .endsWith("平泉町はその費用の一部を負担する。");
        assertThat(c1.notes()).isEqualTo("※事業費は、現時点での連携市町の合計見込額を記載しており、毎年度の予算で具体額を定めます。");
        // 001:1676–1698 協定の内容 and roles of direction ① 地域保健医療体制の充実
        var d1 = R3.nodesAt(2).get(0);
        assertThat(d1.name()).isEqualTo("地域保健医療体制の充実");
        assertThat(d1.text()).startsWith("行政や関係機関が設置する高齢、障がい、子育て等の各分野の相談窓口の連携を図る");
        assertThat(d1.role("hiraizumi").orElseThrow()).startsWith("保健、医療、福祉、介護などの関係機関の連携により");
        // 001:3229–3233 【一関市】○骨寺村荘園遺跡調査研究事業 …; 【平泉町】○平泉遺跡群調査整備事業（達谷窟）
        assertThat(C3.get(23).projectNames("hiraizumi")).containsExactly("平泉遺跡群調査整備事業（達谷窟）");
        assertThat(C3.get(23).projectNames("ichinoseki")).containsExactly("骨寺村荘園遺跡調査研究事業",
                "骨寺村荘園調査研究費", "骨寺村荘園遺跡保全活用事業費");
        // 001:1562, 963 — the comparison table and overview call card 17 起業・創業応援事業
        assertThat(C3.get(17).name()).isEqualTo("起業・創業支援事業");
        assertThat(C3.get(17).aliases()).contains("起業・創業応援事業");
        assertThat(C3.get(32).name()).isEqualTo("ＤＸ地域活性化事業");
        assertThat(C3.get(3).projects().get(0).common()).isTrue();
    }

    @Test
    void actualsAndGradesOfTheSecondVisionAsPrinted() {
        // 000:153 子育て環境整備事業: 27,932 | 23,154 [B] 15,804 [C] 12,127 [D] 10,778 [D] 11,819 [B] | 27,600
        Kpi k5 = kpi2(5);
        assertThat(k5.name()).isEqualTo("地域子育て支援拠点事業の利用者数");
        assertThat(k5.baseline().fy()).isEqualTo(2018);
        assertThat(k5.baseline().value().number()).isEqualByComparingTo("27932");
        assertThat(actual(k5, 2019)).isEqualTo("23154 B");
        assertThat(actual(k5, 2020)).isEqualTo("15804 C");
        assertThat(actual(k5, 2021)).isEqualTo("12127 D");
        assertThat(actual(k5, 2022)).isEqualTo("10778 D");
        // recorded B although 11,819 is 43 % of the target: the report's own mistake, kept as printed
        assertThat(actual(k5, 2023)).isEqualTo("11819 B");
        assertThat(k5.target().value().number()).isEqualByComparingTo("27600");
        // 000:97 the overview table grades the same KPI B C D D D
        assertThat(overview(k5)).isEqualTo("BCDDD");
        // 000:151 地域医療確保対策事業: 13 | 14 [B] 12 [B] 15 [A] 14 [B] 13 [B] | 15; 000:95 B B A B B
        Kpi k3 = kpi2(3);
        assertThat(k3.actuals()).extracting(a -> a.value().number().intValue()).containsExactly(14, 12, 15, 14, 13);
        assertThat(k3.actuals()).extracting(KpiActual::recordedGrade).containsExactly("B", "B", "A", "B", "B");
        assertThat(overview(k3)).isEqualTo("BBABB");
        // 000:154 在宅医療・介護連携推進事業: 632 | 1,071 [A] 277 [D] 17 [D] 373 [C] 561 [B] | 650
        Kpi k6 = kpi2(6);
        assertThat(k6.actuals()).extracting(a -> a.value().number().intValue()).containsExactly(1071, 277, 17, 373, 561);
        assertThat(k6.target().value().number()).isEqualByComparingTo("650");
        // 000:155 介護人材育成事業: R5 49 [C], while the overview 000:99 says B
        Kpi k7 = kpi2(7);
        assertThat(actual(k7, 2023)).isEqualTo("49 C");
        assertThat(overview(k7)).isEqualTo("AAABB");
        // 000:162 インバウンド推進事業: 6,710 | … 9,720 [C] | 17,100
        Kpi k10 = kpi2(10);
        assertThat(k10.baseline().value().number()).isEqualByComparingTo("6710");
        assertThat(actual(k10, 2020)).isEqualTo("400 D");
        assertThat(actual(k10, 2023)).isEqualTo("9720 C");
        // 000:193 起業・起業支援事業 (sic): 49 | 215【B】 160【C】 193【C】 286【A】 530【A】 | 250
        Kpi k19 = kpi2(19);
        assertThat(actual(k19, 2023)).isEqualTo("530 A");
        assertThat(C2.get(19).aliases()).contains("起業・起業支援事業");
        // 000:224 結婚活動支援事業: R2 printed as コロナにより未実施, a note with no number
        Kpi k32 = kpi2(32);
        KpiActual r2 = k32.actual(2020).orElseThrow();
        assertThat(r2.value().number()).isNull();
        assertThat(r2.value().note()).isEqualTo("コロナにより未実施");
        // 000:212 平泉スマートインターチェンジ: baseline printed as a note, 2021 411 [D], unit 台
        Kpi k28 = kpi2(28);
        assertThat(k28.unit()).isEqualTo("台");
        assertThat(k28.baseline().value().note()).isEqualTo("2021年3月供用開始");
        assertThat(actual(k28, 2021)).isEqualTo("411 D");
        // 000:196 地元学事業: 1,498 | … 1,760【A】 | 1,680
        assertThat(actual(kpi2(22), 2023)).isEqualTo("1760 A");
        assertThat(kpi2(22).target().value().number()).isEqualByComparingTo("1680");
    }

    @Test
    void reportSummaryAsPrinted() {
        // 000:85–88 A 9項目（27.3%）, B 8項目（24.2%）, C 9項目（27.3%）, D 7項目（21.2%）
        KpiReport r = V2.kpiReports().get(0);
        assertThat(r.fy()).isEqualTo(2023);
        assertThat(r.date()).isEqualTo(java.time.LocalDate.of(2024, 10, 9));
        assertThat(r.counts()).extracting(c -> c.grade() + c.count() + "/" + c.percent().toPlainString())
                .containsExactly("A9/27.3", "B8/24.2", "C9/27.3", "D7/21.2");
        assertThat(V2.grading().bands()).extracting(b -> b.grade() + b.minPercent().toPlainString())
                .containsExactly("A100", "B80", "C50", "D0");
    }

    @Test
    void lineageAndChangeReasons() {
        // 001:984–987 2nd No.25 世界遺産拡張登録推進事業 → 3rd No.23 世界遺産価値向上推進事業 (変更①): same lineage
        assertThat(C2.get(25).name()).isEqualTo("世界遺産拡張登録推進事業");
        assertThat(C3.get(23).lineageId()).isEqualTo(C2.get(25).lineageId());
        // continuing cards share the lineage: 2nd No.1 → 3rd No.1, 2nd No.3 → 3rd No.2, 2nd No.31 → 3rd No.30
        assertThat(C3.get(1).lineageId()).isEqualTo(C2.get(1).lineageId());
        assertThat(C3.get(2).lineageId()).isEqualTo(C2.get(3).lineageId());
        assertThat(C3.get(30).lineageId()).isEqualTo(C2.get(31).lineageId());
        var v2Lineages = R2.measures().stream().map(Measure::lineageId).collect(Collectors.toSet());
        var v3Lineages = R3.measures().stream().map(Measure::lineageId).collect(Collectors.toSet());
        // 削除① 2, 削除② 9, 削除③ 33 have no successor; 追加① 29 多文化共生推進事業, 追加② 32 ＤＸ have no predecessor
        assertThat(List.of(2, 9, 33)).allMatch(n -> !v3Lineages.contains(C2.get(n).lineageId()));
        assertThat(List.of(29, 32)).allMatch(n -> !v2Lineages.contains(C3.get(n).lineageId()));
        assertThat(v2Lineages.stream().filter(v3Lineages::contains)).hasSize(30);
        List<ChangeReason> reasons = SPHERE.changeReasons();
        assertThat(reasons).extracting(ChangeReason::kind).containsExactlyInAnyOrder(ChangeKind.DELETED,
                ChangeKind.DELETED, ChangeKind.DELETED, ChangeKind.CHANGED, ChangeKind.ADDED, ChangeKind.ADDED);
        assertThat(reasons).filteredOn(c -> c.kind() == ChangeKind.CHANGED).singleElement()
                .satisfies(c -> {
                    assertThat(c.fromMeasureId()).isEqualTo(C2.get(25).id());
                    assertThat(c.toMeasureId()).isEqualTo(C3.get(23).id());
                });
    }
}
