package jp.kyoseivision.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import jp.kyoseivision.model.ChangeReason;
import jp.kyoseivision.model.Node;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.KpiActual;
import jp.kyoseivision.model.KpiPoint;
import jp.kyoseivision.model.KpiValue;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Municipality;
import jp.kyoseivision.model.Opinion;
import jp.kyoseivision.model.OpinionKind;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.ProjectGroup;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.RevisionStatus;
import jp.kyoseivision.model.Role;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.Sample;

/**
 * A synthetic but realistic sphere for benchmarks and tests (issue 16): {@code cards} cards in all (counted over
 * every revision, as {@code check} counts them) in {@code plans} editions of five fiscal years with 1–3 revisions
 * each, 2–10 municipalities, the bundled sample's policy areas, 1–3 KPIs per card with baseline, target and actuals,
 * a budget for each of the plan's five years, projects, SDGs, opinions and change reasons. Texts are the sample's
 * real phrases recombined to the lengths of real texts ({@link SampleTexts}); figures follow real KPIs and budgets.
 * Revisions continue the cards of the revision before (same lineage), with some changed, deleted and added, so that
 * diffs find all kinds of change. The same arguments always give the same sphere.
 */
public final class SyntheticSphere {
    /** The most editions: five-year plans back from 2024 stay within the model's fiscal years. */
    public static final int MAX_PLANS = 20;
    public static final int MAX_CARDS = 1_000_000;

    private static final String[] TOWN_HEADS = {"北", "南", "東", "西", "上", "下", "中", "大", "小", "新", "高", "本",
        "奥", "白", "黒", "赤", "青", "若", "岩", "花"};
    private static final String[] TOWN_STEMS = {"川", "山", "沢", "田", "野", "原", "森", "浦", "瀬", "崎", "岡", "島",
        "松", "宮", "関", "泉", "平", "木", "谷", "里"};
    private static final int LAST_START_FY = 2024;

    private final Random rnd;
    private final SampleTexts texts;
    private final List<Kpi> kpiTemplates;
    private final List<List<Long>> budgetTemplates;
    private final Sphere sample;
    private List<Municipality> towns;
    private List<Slot> slots;
    private int lineages;
    private final List<ChangeReason> reasons = new ArrayList<>();
    private final List<Opinion> opinions = new ArrayList<>();

    private SyntheticSphere(long seed) {
        rnd = new Random(seed);
        sample = Sample.load();
        texts = new SampleTexts(sample);
        kpiTemplates = SampleTexts.kpis(sample);
        budgetTemplates = SampleTexts.budgets(sample);
    }

    /** The sphere for these arguments; {@code 1 ≤ plans ≤ MAX_PLANS}, {@code plans ≤ cards ≤ MAX_CARDS}. */
    public static Sphere generate(int cards, int plans, long seed) {
        return generate(cards, plans, 0, seed);
    }

    /**
     * As {@link #generate(int, int, long)}, with {@code revisions} (1–3) revisions in every plan instead of 1–3 at
     * random; 0 is at random. With one revision per plan the cards of each plan are all in its current revision,
     * which is what kpi-report, export-pdf and diff of editions print.
     */
    public static Sphere generate(int cards, int plans, int revisions, long seed) {
        if (plans < 1 || plans > MAX_PLANS || cards < plans || cards > MAX_CARDS || revisions < 0
                || revisions > 3) {
            throw new IllegalArgumentException("cards " + cards + ", plans " + plans + ", revisions " + revisions);
        }
        return new SyntheticSphere(seed).build(cards, plans, revisions);
    }

    private Sphere build(int cards, int plans, int fixedRevisions) {
        towns = towns(2 + rnd.nextInt(9));
        int[] revisionsPerPlan = new int[plans];
        int total = 0;
        for (int e = 0; e < plans; e++) {
            int random = 1 + rnd.nextInt(3);
            revisionsPerPlan[e] = fixedRevisions > 0 ? fixedRevisions : random;
            total += revisionsPerPlan[e];
        }
        for (int e = plans - 1; total > cards; e = (e + plans - 1) % plans) {
            if (revisionsPerPlan[e] > 1) {
                revisionsPerPlan[e]--;
                total--;
            }
        }
        int perRevision = cards / total;
        int extra = cards % total;
        slots = structure(perRevision + (extra > 0 ? 1 : 0));
        String name = towns.get(0).name().substring(0, 2) + "・" + towns.get(1).name().substring(0, 2) + "定住自立圏";
        List<Plan> planList = new ArrayList<>();
        List<Card> previous = List.of();
        Revision previousRevision = null;
        int revisionIndex = 0;
        for (int e = 1; e <= plans; e++) {
            int startFy = LAST_START_FY - 5 * (plans - e);
            int lastReported = e == plans ? startFy + 1 : startFy + 4;
            List<Revision> revisions = new ArrayList<>();
            for (int k = 1; k <= revisionsPerPlan[e - 1]; k++) {
                int count = perRevision + (revisionIndex++ < extra ? 1 : 0);
                String revId = "e" + e + "r" + k;
                List<Card> now = derive(previous, count, k == 1, startFy, lastReported);
                Revision rev = revision(revId, k, revisionsPerPlan[e - 1], startFy,
                        previousRevision != null && k > 1 ? previousRevision.id() : null, now);
                if (previousRevision != null) {
                    reasons(previousRevision, previous, rev, now);
                }
                revisions.add(rev);
                previous = now;
                previousRevision = rev;
            }
            planList.add(new Plan("e" + e, e, "第" + fullWidth(e) + "次" + name + "共生ビジョン", startFy,
                    startFy + 4, sample.plans().get(0).grading(), revisions, List.of()));
            opinions(e, startFy, revisions.get(0), perRevision);
        }
        return new Sphere(name, towns, towns.get(0).id(), planList, OpinionKind.defaults(), opinions, reasons);
    }

    private List<Municipality> towns(int count) {
        List<Municipality> out = new ArrayList<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        while (out.size() < count) {
            String suffix = out.isEmpty() ? "市" : new String[] {"町", "町", "村", "市"}[rnd.nextInt(4)];
            String n = TOWN_HEADS[rnd.nextInt(TOWN_HEADS.length)] + TOWN_STEMS[rnd.nextInt(TOWN_STEMS.length)] + suffix;
            if (names.add(n.substring(0, 2))) {
                out.add(new Municipality(String.format("t%02d", out.size() + 1), n));
            }
        }
        return out;
    }

    /** A place for cards: perspective, policy area and direction, the same in every revision. */
    private record Slot(int perspective, String perspectiveName, int area, String areaName, int direction,
            String title, String agreement, List<Role> roles) {
    }

    private List<Slot> structure(int cardsPerRevision) {
        List<String> perspectives = sample.plans().get(0).revisions().get(0).nodes().stream()
                .map(Node::name).toList();
        List<String> areaNames = sample.plans().get(0).revisions().get(0).nodesAt(1).stream().map(Node::name).toList();
        int areas = Math.max(3, Math.min(40, cardsPerRevision / 3));
        List<Slot> out = new ArrayList<>();
        for (int a = 0; a < areas; a++) {
            int p = a * perspectives.size() / areas;
            String areaName = areaNames.get(a % areaNames.size())
                    + (a >= areaNames.size() ? "（" + fullWidth(a / areaNames.size() + 1) + "）" : "");
            int directions = 1 + rnd.nextInt(4);
            for (int d = 0; d < directions; d++) {
                List<Role> roles = new ArrayList<>();
                for (Municipality t : towns) {
                    roles.add(new Role(t.id(), nonBlank("role")));
                }
                out.add(new Slot(p, perspectives.get(p), a, areaName, out.size(), texts.line("direction.title", rnd),
                        texts.text("direction.agreement", rnd, 2000), roles));
            }
        }
        return out;
    }

    private String nonBlank(String field) {
        String t = null;
        while (t == null || t.isBlank()) {
            t = texts.text(field, rnd, 2000);
        }
        return t;
    }

    /** A card as it goes from revision to revision: what a Measure holds, without ids and number. */
    private static final class Card {
        String lineage;
        int slot;
        String name;
        String content;
        String effect;
        String roleSharing;
        String notes;
        List<String> participants;
        List<ProjectGroup> projects;
        List<Integer> sdgs;
        List<Kpi> kpis;
        SortedMap<Integer, Long> budget;
        int planStart;

        Card copy() {
            Card c = new Card();
            c.lineage = lineage;
            c.slot = slot;
            c.name = name;
            c.content = content;
            c.effect = effect;
            c.roleSharing = roleSharing;
            c.notes = notes;
            c.participants = participants;
            c.projects = projects;
            c.sdgs = sdgs;
            c.kpis = kpis;
            c.budget = budget;
            c.planStart = planStart;
            return c;
        }
    }

    /** The cards of the next revision: most of the previous ones (some changed), some deleted, new ones added. */
    private List<Card> derive(List<Card> previous, int count, boolean newPlan, int startFy, int lastReported) {
        List<Card> out = new ArrayList<>();
        for (Card p : previous) {
            if (rnd.nextInt(100) < 7) {
                continue; // deleted
            }
            Card c = p.copy();
            if (newPlan) {
                c.budget = budget(startFy);
                c.kpis = c.kpis.stream().map(k -> kpi(startFy, lastReported, k)).toList();
                c.planStart = startFy;
            }
            int change = rnd.nextInt(100);
            if (change < 5) {
                c.content = texts.text("measure.content", rnd, 3000);
            } else if (change < 10) {
                c.budget = budget(startFy);
            } else if (change < 12) {
                c.name = texts.line("measure.name", rnd);
            }
            out.add(c);
        }
        while (out.size() > count) {
            out.remove(rnd.nextInt(out.size()));
        }
        while (out.size() < count) {
            out.add(newCard(startFy, lastReported));
        }
        out.sort(Comparator.comparingInt(c -> c.slot));
        return out;
    }

    private Card newCard(int startFy, int lastReported) {
        Card c = new Card();
        c.lineage = "L" + (++lineages);
        c.slot = rnd.nextInt(slots.size());
        c.name = texts.line("measure.name", rnd);
        c.content = texts.text("measure.content", rnd, 3000);
        c.effect = texts.text("measure.effect", rnd, 3000);
        c.roleSharing = texts.text("measure.roleSharing", rnd, 3000);
        c.notes = texts.text("measure.notes", rnd, 3000);
        List<String> participants = new ArrayList<>();
        participants.add(towns.get(0).id());
        towns.stream().skip(1).filter(t -> rnd.nextInt(10) < 6).forEach(t -> participants.add(t.id()));
        c.participants = participants;
        List<ProjectGroup> projects = new ArrayList<>();
        if (rnd.nextInt(10) < 6) {
            projects.add(ProjectGroup.ofNames(null, projectNames(1 + rnd.nextInt(3))));
        }
        for (String t : participants) {
            if (rnd.nextInt(10) < 5) {
                projects.add(ProjectGroup.ofNames(t, projectNames(1 + rnd.nextInt(2))));
            }
        }
        c.projects = projects;
        TreeSet<Integer> sdgs = new TreeSet<>();
        int goals = 1 + rnd.nextInt(3);
        while (sdgs.size() < goals) {
            sdgs.add(1 + rnd.nextInt(17));
        }
        c.sdgs = List.copyOf(sdgs);
        int kpis = 1 + rnd.nextInt(3);
        List<Kpi> list = new ArrayList<>();
        for (int i = 0; i < kpis; i++) {
            list.add(kpi(startFy, lastReported, null));
        }
        c.kpis = list;
        c.budget = budget(startFy);
        c.planStart = startFy;
        return c;
    }

    private List<String> projectNames(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(texts.line("project", rnd));
        }
        return out;
    }

    private SortedMap<Integer, Long> budget(int startFy) {
        List<Long> model = budgetTemplates.get(rnd.nextInt(budgetTemplates.size()));
        SortedMap<Integer, Long> out = new TreeMap<>();
        for (int i = 0; i < 5; i++) {
            long v = Math.round(model.get(i % model.size()) * (0.8 + 0.4 * rnd.nextDouble()));
            out.put(startFy + i, Math.max(0, Math.min(Measure.MAX_BUDGET, v)));
        }
        return out;
    }

    /**
     * A KPI like a real one (name, unit, direction, figures ±30 %), with actuals up to the last reported year: the
     * KPI {@code same} continued into a new plan, or a new one when {@code same} is null.
     */
    private Kpi kpi(int startFy, int lastReported, Kpi same) {
        Kpi t = same != null ? same : kpiTemplates.get(rnd.nextInt(kpiTemplates.size()));
        String name = t.name();
        BigDecimal base = t.baseline().value().number();
        BigDecimal target = t.target().value().number();
        int scale = Math.max(0, Math.max(base.scale(), target.scale()));
        BigDecimal factor = BigDecimal.valueOf(0.7 + 0.6 * rnd.nextDouble());
        BigDecimal b = base.multiply(factor).setScale(scale, RoundingMode.HALF_UP);
        BigDecimal g = target.multiply(factor).setScale(scale, RoundingMode.HALF_UP);
        List<KpiActual> actuals = new ArrayList<>();
        for (int fy = startFy; fy <= lastReported; fy++) {
            double progress = (fy - startFy + 1) / 5.0 * (0.5 + 0.7 * rnd.nextDouble());
            BigDecimal a = b.add(g.subtract(b).multiply(BigDecimal.valueOf(progress)))
                    .setScale(scale, RoundingMode.HALF_UP);
            if (a.signum() < 0) {
                a = BigDecimal.ZERO.setScale(scale);
            }
            String grade = grade(t.better() == jp.kyoseivision.model.Better.LOWER ? g : a,
                    t.better() == jp.kyoseivision.model.Better.LOWER ? a : g);
            actuals.add(new KpiActual(fy, new KpiValue(plain(a), null), grade, grade,
                    texts.text("actual.progress", rnd, 2000), texts.text("actual.nextSteps", rnd, 2000)));
        }
        return new Kpi("k", name, t.unit(), new KpiPoint(startFy - 1, new KpiValue(plain(b), null)),
                new KpiPoint(startFy + 4, new KpiValue(plain(g), null)), t.better(), actuals,
                texts.text("kpi.note", rnd, 1000));
    }

    /** 53 rather than 53.0: as the JSON reader gives it back (so that export and import round-trip). */
    private static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** The sample's bands: A from 100 %, B from 80 %, C from 50 %, else D (a zero denominator is D). */
    private static String grade(BigDecimal numerator, BigDecimal denominator) {
        if (denominator.signum() == 0) {
            return "D";
        }
        double percent = numerator.doubleValue() / denominator.doubleValue() * 100;
        return percent >= 100 ? "A" : percent >= 80 ? "B" : percent >= 50 ? "C" : "D";
    }

    private Revision revision(String id, int k, int count, int startFy, String basedOn, List<Card> cards) {
        String name;
        LocalDate date;
        if (count > 1 && k == 1) {
            name = "案";
            date = LocalDate.of(startFy, 1, 15);
        } else if (k <= 2) {
            name = "策定";
            date = LocalDate.of(startFy, 3, 25);
        } else {
            name = (startFy + k - 2) + "年度改定";
            date = LocalDate.of(startFy + k - 2, 3, 25);
        }
        RevisionStatus status = "案".equals(name) ? RevisionStatus.DRAFT : RevisionStatus.ADOPTED;
        List<List<Measure>> bySlot = new ArrayList<>();
        slots.forEach(s -> bySlot.add(new ArrayList<>()));
        int number = 0;
        for (Card c : cards) {
            number++;
            String mid = id + "-m" + number;
            List<Kpi> kpis = new ArrayList<>();
            for (int i = 0; i < c.kpis.size(); i++) {
                Kpi t = c.kpis.get(i);
                kpis.add(new Kpi(mid + "-k" + (i + 1), t.name(), t.unit(), t.baseline(), t.target(), t.better(),
                        t.actuals(), t.note()));
            }
            bySlot.get(c.slot).add(new Measure(mid, c.lineage, number, c.name, List.of(), c.content, c.participants,
                    kpis, c.budget, c.projects, c.effect, c.roleSharing, c.sdgs, c.notes));
        }
        List<Node> perspectives = new ArrayList<>();
        List<Node> areas = new ArrayList<>();
        List<Node> directions = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            Slot s = slots.get(i);
            directions.add(Node.leaf(id + "-d" + (i + 1), s.title(), s.agreement(), s.roles(), bySlot.get(i)));
            boolean areaEnds = i + 1 == slots.size() || slots.get(i + 1).area() != s.area();
            if (areaEnds) {
                areas.add(Node.group(id + "-a" + (s.area() + 1), s.areaName(), directions));
                directions = new ArrayList<>();
                boolean perspectiveEnds = i + 1 == slots.size() || slots.get(i + 1).perspective() != s.perspective();
                if (perspectiveEnds) {
                    perspectives.add(Node.group(id + "-p" + (s.perspective() + 1), s.perspectiveName(), areas));
                    areas = new ArrayList<>();
                }
            }
        }
        return new Revision(id, name, date, status, basedOn, null, perspectives);
    }

    /** Reasons for some of the cards deleted, added and changed between two revisions (as 新旧対照表 give them). */
    private void reasons(Revision from, List<Card> fromCards, Revision to, List<Card> toCards) {
        java.util.Map<String, String> fromIds = new java.util.HashMap<>();
        List<Measure> fromMeasures = from.measures();
        for (Measure m : fromMeasures) {
            fromIds.put(m.lineageId(), m.id());
        }
        java.util.Set<String> kept = new java.util.HashSet<>();
        for (Measure m : to.measures()) {
            String before = fromIds.get(m.lineageId());
            kept.add(m.lineageId());
            if ((before == null || rnd.nextInt(10) == 0) && rnd.nextInt(3) == 0) {
                reasons.add(new ChangeReason(from.id(), to.id(), before, m.id(), nonBlank("change.reason")));
            }
        }
        for (Measure m : fromMeasures) {
            if (!kept.contains(m.lineageId()) && rnd.nextInt(3) == 0) {
                reasons.add(new ChangeReason(from.id(), to.id(), m.id(), null, nonBlank("change.reason")));
            }
        }
    }

    private void opinions(int edition, int startFy, Revision draft, int cardsPerRevision) {
        List<Measure> measures = draft.measures();
        int count = Math.max(1, Math.min(200, cardsPerRevision / 5));
        for (int i = 1; i <= count; i++) {
            boolean pc = rnd.nextInt(3) > 0;
            String measure = !measures.isEmpty() && rnd.nextBoolean()
                    ? measures.get(rnd.nextInt(measures.size())).id() : null;
            LocalDate day = LocalDate.of(startFy, 1, 20 + rnd.nextInt(9));
            opinions.add(new Opinion("e" + edition + "-o" + i, pc ? OpinionKind.PUBLIC_COMMENT
                    : OpinionKind.COUNCIL_MEMBER, i,
                    "第" + fullWidth(edition) + "次ビジョン（案）" + (pc ? "パブリックコメント" : "懇談会"), day, day,
                    draft.id(), null, null, measure, measure == null ? null : "p." + (10 + rnd.nextInt(60)),
                    topic(),
                    nonBlank("opinion.text"), texts.text("opinion.answer", rnd, 3000), null, null, null));
        }
    }

    private String topic() {
        String t = texts.text("opinion.topic", rnd, 200);
        t = t == null ? null : t.replaceAll("[\\r\\n\\t]+", "");
        return t == null || t.isBlank() ? null : t;
    }

    private static String fullWidth(int n) {
        StringBuilder sb = new StringBuilder();
        for (char ch : String.valueOf(n).toCharArray()) {
            sb.append((char) ('０' + (ch - '0')));
        }
        return sb.toString();
    }
}
