package jp.kyoseivision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeMap;
import jp.kyoseivision.model.Better;
import jp.kyoseivision.model.GradingRule;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.KpiActual;
import jp.kyoseivision.model.KpiPoint;
import jp.kyoseivision.model.KpiValue;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Municipality;
import jp.kyoseivision.model.Node;
import jp.kyoseivision.model.OpinionKind;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.PlanFeature;
import jp.kyoseivision.model.PlanKind;
import jp.kyoseivision.model.Project;
import jp.kyoseivision.model.ProjectGroup;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.RevisionStatus;
import jp.kyoseivision.model.Section;
import jp.kyoseivision.model.SectionItem;
import jp.kyoseivision.model.Sphere;

/**
 * Small plans of the other kinds (issue 19), with values as the seeds print them: a 総合戦略 of two levels (seed 002,
 * 一関市, 基本目標 Ⅰ and its first direction, 施策 I-①-1) and an action plan without levels (seed 004, 北上市,
 * project 1 子育て寄り添いプロジェクト, R7年度版). The bundled data of these plans is extracted elsewhere; these are
 * for the tests that every view, export and command copes with their shapes.
 */
public final class OtherKinds {
    private OtherKinds() {
    }

    public static final PlanKind SOGO = new PlanKind("sogo-senryaku", "まち・ひと・しごと創生総合戦略",
            List.of("基本目標", "施策展開の基本的方向"), "施策展開の方向性", "重要業績評価指標（KPI）", "具体的な事業",
            List.of("現状と課題", "主な取組"), EnumSet.of(PlanFeature.PROJECTS), 0, -1);

    public static final PlanKind ACTION = new PlanKind("action-plan", "持続可能なまちづくり推進プロジェクト アクションプラン",
            List.of(), "プロジェクト", "成果指標", "3カ年の取組の展開", List.of("現状・課題", "推進方針"),
            EnumSet.of(PlanFeature.PROJECTS, PlanFeature.PROJECT_DETAILS, PlanFeature.SCHEDULE, PlanFeature.SDGS), -1,
            -1);

    private static KpiValue n(String v) {
        return KpiValue.of(v);
    }

    /** 002 p.10: 基本目標Ⅰ's 数値目標 年間転出超過者数 448人 (H26) → 329人 (H31). */
    static Kpi goalKpi() {
        return new Kpi("s1-g1-k1", "年間転出超過者数", null, "人", null, new KpiPoint(2014, n("448")),
                new KpiPoint(2019, n("329")), List.of(), Better.LOWER,
                List.of(new KpiActual(2019, n("644"), null, null, null, null)), null);
    }

    /** 002 I-①-1 地場産業の振興: two of its ◎ KPI rows, sections and projects as printed. */
    static Measure item1() {
        List<Kpi> kpis = List.of(
                new Kpi("s1-m01-k1", "産地直売施設（道の駅）入込客数", null, "千人／年", null,
                        new KpiPoint(2014, n("1052")), new KpiPoint(2019, n("1155")), List.of(), Better.HIGHER,
                        List.of(new KpiActual(2018, n("1100"), null, null, null, null)), null),
                new Kpi("s1-m01-k2", "外国人観光入込客数", null, "人回／年", null, new KpiPoint(2014, n("5867")),
                        new KpiPoint(2019, n("21000")), List.of(), Better.HIGHER, List.of(), null));
        List<Section> sections = List.of(
                new Section("現状と課題", List.of(new SectionItem(null, null,
                        "本市は小規模な農業経営体が多く、農業従事者の高齢化と減少が進んでいます。"))),
                new Section("主な取組", List.of(
                        new SectionItem("▼", "地域ブランドのPR促進",
                                "インターネットを活用した情報発信による商品PR及び販売支援を行います。"),
                        new SectionItem("▼", "インバウンド観光の推進", "外国人観光客の受け入れ態勢を整え、外国人観光客の誘客に努めます。"))));
        List<ProjectGroup> projects = List.of(new ProjectGroup(null, List.of(Project.of("地産外商促進事業"),
                Project.of("地域内発型産業創出事業"), new Project("インバウンド推進事業", null, false, true, List.of(), null,
                        List.of(), null))));
        return new Measure("s1-m01", "s1-m01", 1, "地場産業の振興（技術力、経営力の強化支援、付加価値、生産性の向上）",
                List.of(), null, List.of(), kpis, new TreeMap<>(), projects, null, null, List.of(), null, "I-①-1", "15",
                sections);
    }

    /** A 総合戦略 (seed 002) in the 一関・平泉 sphere: plan s1 of 一関市, two levels, no grading rule. */
    public static Sphere sogoSenryaku() {
        Node direction = new Node("s1-g1-d1", "①", "安定した雇用を創出する", List.of(), null,
                "本市の基幹産業である農業を中心として、地域経済の成長を図ります。", null, List.of(), List.of(), List.of(),
                List.of(), List.of(item1()));
        Node goal = new Node("s1-g1", "Ⅰ", "市民が力を発揮できる仕事を創出し、若者や女性が集うまちを目指します", List.of(),
                "～仕事や移住に関する願いに応え、社会減を解消する～",
                "地域資源や地域特性を生かした事業の創出や誘致に取り組みます。", "10", List.of(), List.of(goalKpi()),
                List.of(), List.of(direction), List.of());
        Revision r = new Revision("s1-r1", "策定", null, "平成27年10月", RevisionStatus.ADOPTED, null, null, List.of(),
                List.of(), List.of(goal), List.of());
        Plan plan = new Plan("s1", "sogo-senryaku", 1, "一関市まち・ひと・しごと創生総合戦略", 2015, 2019, SOGO,
                "ichinoseki", new GradingRule(null, List.of()), List.of(r), List.of());
        return new Sphere("一関・平泉定住自立圏", List.of(new Municipality("ichinoseki", "一関市"),
                new Municipality("hiraizumi", "平泉町")), "ichinoseki", List.of(plan), OpinionKind.defaults(), List.of(),
                List.of());
    }

    /** 004 project 1 子育て寄り添いプロジェクト: KPIs, sections and the 3カ年 projects (R7–R9, past the plan's 2025). */
    static Measure project1() {
        List<Kpi> kpis = List.of(
                new Kpi("kp-p01-k01", "子育て環境の充実度（子育て環境は充実していて安心して育児ができると思う率）", null, "%",
                        null, new KpiPoint(2019, n("64.1")), new KpiPoint(2025, n("65")), List.of(), Better.HIGHER,
                        List.of(new KpiActual(2024, n("62.5"), null, null, null, null)), null),
                new Kpi("kp-p01-k04", "この地域で今後も子育てをしていきたいと思う人の割合", "産後4か月頃", "%", null,
                        new KpiPoint(2018, "H30年度", n("54.9")), new KpiPoint(2025, n("63")), List.of(),
                        Better.HIGHER, List.of(), null));
        List<Section> sections = List.of(
                new Section("現状・課題", List.of(new SectionItem("1", "子育て世帯の経済的負担の軽減",
                        "医療費助成は平成30年度に高校3年生まで拡大しました。"))),
                new Section("推進方針", List.of(new SectionItem("1", null, "子育て世帯の経済的負担の軽減を図ります。"))));
        List<ProjectGroup> projects = List.of(new ProjectGroup(null, List.of(
                new Project("子ども医療費助成事業", 1, false, false, List.of("国保年金課"),
                        "一部負担金から、入院2,500円、外来750円を超えた額を助成します。", List.of(2025, 2026, 2027), null),
                new Project("保育人材確保事業", 6, false, false, List.of("子育て支援課"),
                        "保育士への奨学金返還補助、就職支援助成金の支給", List.of(2025, 2026, 2027), null),
                new Project("こども家庭センター（母子保健機能）の設置", 8, true, false, List.of("こども家庭センター"),
                        "妊産婦及び新生児に係る実情把握、情報提供を行います。", List.of(2025), null))));
        return new Measure("kp-p01", "kp-p01", 1, "子育て寄り添いプロジェクト", List.of(), null, List.of(), kpis,
                new TreeMap<>(), projects, null, null, List.of(1, 3, 4, 5), null, "1", null, sections);
    }

    /** 004 (北上市, its own file): plan kp without levels, revision 令和7年度版, no grading rule. */
    public static Sphere actionPlan() {
        Revision r = new Revision("kp-r7", "令和7年度版", LocalDate.of(2025, 4, 1), null, RevisionStatus.ADOPTED, null,
                null, List.of(), List.of(), List.of(), List.of(project1()));
        Plan plan = new Plan("kp", "action-plan", 1, "持続可能なまちづくり推進プロジェクト アクションプラン", 2021, 2025,
                ACTION, "kitakami", new GradingRule(null, List.of()), List.of(r), List.of());
        return new Sphere("北上市", List.of(new Municipality("kitakami", "北上市")), "kitakami", List.of(plan),
                OpinionKind.defaults(), List.of(), List.of());
    }

    /** The percentage 62.5 of 65 is, as the KPI window shows it for a plan without a rule (one decimal). */
    public static final BigDecimal P01_2024_PERCENT = new BigDecimal("96.2");
}
