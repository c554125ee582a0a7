package jp.kyoseivision;

import java.math.BigDecimal;
import java.util.List;
import java.util.TreeMap;
import jp.kyoseivision.model.Better;
import jp.kyoseivision.model.Node;
import jp.kyoseivision.model.GradeBand;
import jp.kyoseivision.model.GradingRule;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.KpiActual;
import jp.kyoseivision.model.KpiPoint;
import jp.kyoseivision.model.KpiValue;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Municipality;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.ProjectGroup;
import jp.kyoseivision.model.RatioBasis;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.RevisionStatus;
import jp.kyoseivision.model.Role;
import jp.kyoseivision.model.Sphere;

/**
 * A small sphere built in code from values of seed 001 (card 1, 休日・夜間診療体制確保事業, lines 1704–1754), for
 * store and model tests that must not depend on the bundled sample.
 */
public final class TestData {
    private TestData() {
    }

    public static List<Municipality> towns() {
        return List.of(new Municipality("ichinoseki", "一関市"), new Municipality("hiraizumi", "平泉町"));
    }

    public static TreeMap<Integer, Long> budget(long... perYearFrom2024) {
        TreeMap<Integer, Long> b = new TreeMap<>();
        for (int i = 0; i < perYearFrom2024.length; i++) {
            b.put(2024 + i, perYearFrom2024[i]);
        }
        return b;
    }

    public static Measure card1() {
        Kpi kpi = new Kpi("k1", "休日及び夜間等に対して診療を実施した割合", "%",
                new KpiPoint(2022, KpiValue.of("84")), new KpiPoint(2028, KpiValue.of("84")), Better.HIGHER,
                List.of(new KpiActual(2024, new KpiValue(new BigDecimal("88.2"), null), "A", null, null, null),
                        new KpiActual(2025, KpiValue.note("集計不可"), null, null, null, null)), null);
        return new Measure("m1", "L01", 1, "休日・夜間診療体制確保事業", List.of(),
                "圏域内の休日及び夜間等における救急医療体制を確保するため、…", List.of("ichinoseki", "hiraizumi"),
                List.of(kpi), budget(48221, 48221, 48221, 48221, 48221),
                List.of(ProjectGroup.ofNames("ichinoseki", List.of("休日・夜間当番医制運営事業", "休日歯科応急診療事業")),
                        ProjectGroup.ofNames("hiraizumi", List.of("医療体制充実事業"))),
                "休日及び夜間等の医療提供体制を確保することにより、圏域住民の安心と安全が確保される。",
                "一関市が関係機関等の調整を行い、平泉町はその費用の一部を負担する。", List.of(3), null);
    }

    public static Sphere small() {
        Node d = Node.leaf("d1", "地域保健医療体制の充実", "行政や関係機関が設置する…",
                List.of(new Role("ichinoseki", "医療機関相互の機能分担や連携を促進する"),
                        new Role("hiraizumi", "関係機関の連携により、地域保健医療体制の充実に努める")),
                List.of(card1()));
        Revision r = new Revision("r1", "策定", null, RevisionStatus.ADOPTED, null, null,
                List.of(Node.group("p1", "生活機能の強化", List.of(Node.group("a1", "医療", List.of(d))))));
        GradingRule rule = new GradingRule(RatioBasis.ACTUAL_OVER_TARGET, List.of(
                new GradeBand("A", "達成", new BigDecimal("100")), new GradeBand("B", "概ね達成", new BigDecimal("80")),
                new GradeBand("C", "ある程度達成", new BigDecimal("50")), new GradeBand("D", "未達成", BigDecimal.ZERO)));
        Plan plan = new Plan("v3", 3, "第３次一関・平泉定住自立圏共生ビジョン", 2024, 2028, rule, List.of(r), List.of());
        return new Sphere("一関・平泉定住自立圏", towns(), "ichinoseki", List.of(plan),
                jp.kyoseivision.model.OpinionKind.defaults(), List.of(), List.of());
    }
}
