package jp.kyoseivision.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jp.kyoseivision.kpi.KpiValueText;
import jp.kyoseivision.model.Node;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.KpiPoint;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.ProjectGroup;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.text.JapaneseYears;
import jp.kyoseivision.text.LocalizedException;
import jp.kyoseivision.text.Numbers;
import jp.kyoseivision.text.Texts;

/**
 * The measure sheets (施策シート): one A4 page per card, laid out like the card page of the published plan (seed 001,
 * e.g. card 1 at lines 1704–1755): perspective, policy area and direction; 施策名; 取組内容; the KPI table; 関係市町;
 * the budget by fiscal year with its total; 事業名称 by 【共通】 and by municipality; 事業効果; 役割分担; SDGs;
 * footnotes. Municipalities and fiscal years come from the data.
 */
public final class MeasureSheets {
    private static final float SIZE = 10.5f;
    /** Relative width of the label column; every table of a sheet is {@code LABEL + REST} wide. */
    private static final float LABEL = 17f;
    private static final float REST = 83f;

    /**
     * A card with where it sits in the plan: the top node (the vision's 政策の視点), the node above its holder (政策分野)
     * and its holder (取組分野); each {@code null} when the plan has no such level.
     */
    public record Card(Node perspective, Node area, Node direction, Measure measure, List<Node> path) {
        public Card {
            path = path == null ? List.of() : List.copyOf(path);
        }

        /** A card with the vision's three levels (its path: those of them that are given, top first). */
        public Card(Node perspective, Node area, Node direction, Measure measure) {
            this(perspective, area, direction, measure, java.util.stream.Stream.of(perspective, area, direction)
                    .filter(java.util.Objects::nonNull).distinct().toList());
        }

        /** A card under the nodes {@code path} (top first). */
        static Card of(List<Node> path, Measure m) {
            int n = path.size();
            return new Card(n == 0 ? null : path.get(0), n < 2 ? null : path.get(n - 2), n == 0 ? null : path.get(n - 1),
                    m, path);
        }

        public String perspectiveName() {
            return perspective == null ? "" : perspective.name();
        }

        public String areaName() {
            return area == null ? "" : area.name();
        }

        public String areaId() {
            return area == null ? "" : area.id();
        }

        public String directionName() {
            return direction == null ? "" : direction.name();
        }
    }

    /** What to put around the sheets. */
    public record Options(boolean cover, boolean contents, LocalDate printDate, Locale locale) {
        public Options {
            printDate = printDate == null ? LocalDate.now() : printDate;
            locale = locale == null ? Locale.JAPANESE : locale;
        }

        public static Options plain() {
            return new Options(false, false, null, null);
        }
    }

    private MeasureSheets() {
    }

    /**
     * The sheets of a plan edition ({@code null} = the newest) in its current revision: all cards, or those of
     * {@code area} and/or {@code numbers} ({@code 1,3-5}); the scope is written on the cover.
     */
    public static ReportDocument build(Sphere sphere, Integer edition, String numbers, String area, Options o) {
        return buildPlan(sphere, edition == null ? null : String.valueOf(edition), numbers, area, o);
    }

    /**
     * As above, the plan named by its id or edition ({@link Sphere#planByIdOrEdition}; {@code null}: the newest, the
     * sphere's own plans first).
     */
    public static ReportDocument buildPlan(Sphere sphere, String planIdOrEdition, String numbers, String area,
            Options o) {
        Plan plan = plan(sphere, planIdOrEdition);
        Revision revision = plan.current().orElseThrow(() -> new LocalizedException("report.noCards"));
        return build(sphere, plan, revision, numbers, area, o);
    }

    /** How many items {@link #buildPlan} prints a sheet for (a goal's sheet of numeric targets not counted). */
    public static int itemCount(Sphere sphere, String planIdOrEdition, String numbers, String area) {
        Revision revision = plan(sphere, planIdOrEdition).current()
                .orElseThrow(() -> new LocalizedException("report.noCards"));
        return CardSelection.select(cards(revision), numbers, area).size();
    }

    private static Plan plan(Sphere sphere, String planIdOrEdition) {
        return planIdOrEdition == null
                ? sphere.plans().stream().max(java.util.Comparator.comparing((Plan p) -> p.ownerMunicipalityId() == null)
                        .thenComparingInt(Plan::edition))
                        .orElseThrow(() -> new LocalizedException("report.noCards"))
                : sphere.planByIdOrEdition(planIdOrEdition)
                        .orElseThrow(() -> new LocalizedException("store.noEdition", planIdOrEdition));
    }

    /** The sheets of {@code revision}: all cards, or those of {@code area} and/or {@code numbers}. */
    public static ReportDocument build(Sphere sphere, Plan plan, Revision revision, String numbers, String area,
            Options o) {
        List<Card> all = cards(revision);
        List<Card> chosen = CardSelection.select(all, numbers, area);
        Locale l = o.locale();
        String scope;
        boolean cardForm = KindSheets.cardForm(plan.kind());
        if (!cardForm && (area == null || area.isBlank())) {
            scope = Texts.format(l, chosen.size() == all.size() ? "sheet.kind.cover.all" : "sheet.kind.cover.selected",
                    chosen.size(), plan.kind().item());
        } else if (chosen.size() == all.size()) {
            scope = Texts.format(l, "sheet.cover.all", chosen.size());
        } else if (area != null && !area.isBlank() && (numbers == null || numbers.isBlank())) {
            scope = Texts.format(l, "sheet.cover.area", chosen.get(0).areaName(), chosen.size());
        } else {
            scope = Texts.format(l, "sheet.cover.selected", chosen.size());
        }
        return document(sphere, plan, revision, chosen, scope, o);
    }

    /** Every card of the revision in plan order, with its perspective, policy area and direction. */
    public static List<Card> cards(Revision revision) {
        List<Card> out = new ArrayList<>();
        revision.walk((path, m) -> out.add(Card.of(path, m)));
        return out;
    }

    /**
     * The document: a sheet per card, in the given order.
     *
     * @param scope what the cards are (all, one area, a selection), shown on the cover
     */
    public static ReportDocument document(Sphere sphere, Plan plan, Revision revision, List<Card> cards, String scope,
            Options o) {
        Locale l = o.locale();
        List<Section> sections = new ArrayList<>();
        boolean cardForm = KindSheets.cardForm(plan.kind());
        // the whole plan: a sheet for each node with numeric targets (a 基本目標's 数値目標) before its first item
        boolean whole = !cardForm && cards.size() == revision.measures().size();
        java.util.Set<String> shown = new java.util.HashSet<>();
        for (Card c : cards) {
            if (whole) {
                for (int i = 0; i < c.path().size(); i++) {
                    Node n = c.path().get(i);
                    if (!n.kpis().isEmpty() && shown.add(n.id())) {
                        sections.add(KindSheets.nodeSheet(plan, c.path().subList(0, i + 1), sphere, l));
                    }
                }
            }
            sections.add(sheet(sphere, plan, c, l));
        }
        List<String> cover = null;
        if (o.cover()) {
            String date = revision.date() != null ? "（" + JapaneseYears.date(revision.date(), l) + "）"
                    : revision.dateText() != null && !revision.dateText().isBlank()
                            && !revision.name().contains(revision.dateText()) ? "（" + revision.dateText() + "）" : "";
            cover = List.of(Texts.format(l, "sheet.cover.sphere", sphere.name()),
                    Texts.format(l, "sheet.cover.revision", revision.name(), date), scope == null ? "" : scope);
        }
        String title = cardForm ? Texts.format(l, "sheet.documentTitle", plan.title())
                : KindSheets.documentTitle(plan, l);
        return new ReportDocument(title, Orientation.PORTRAIT, cover,
                o.contents(), plan.title() + "　" + revision.name(), o.printDate(), sections);
    }

    /**
     * The label of the row of level {@code level}: the vision's own words ({@code key}: 連携する視点, 政策分野, 施策の
     * 展開); for another kind the name of its level, the vision's words when the level is unnamed or absent.
     */
    private static String level(Plan plan, int level, String key, Locale l) {
        String name = plan.kind().levelName(level);
        return plan.kind().equals(jp.kyoseivision.model.PlanKind.VISION) || name.isBlank() ? t(l, key) : name;
    }

    /** The sheet of one card: the vision's card form, or the layout of the plan's kind ({@link KindSheets}). */
    public static Section sheet(Sphere sphere, Plan plan, Card c, Locale l) {
        if (!KindSheets.cardForm(plan.kind())) {
            return KindSheets.sheet(sphere, plan, c.path(), c.measure(), l);
        }
        Measure m = c.measure();
        List<Block> b = new ArrayList<>();
        b.add(new Block.Heading(Texts.format(l, "sheet.heading", String.valueOf(m.number())), 13f));
        b.add(new Block.Gap(2f));
        b.add(new Block.Table(List.of(LABEL, REST / 2 - LABEL, LABEL, REST / 2), 0, List.of(
                Row.of(Cell.label(level(plan, 0, "sheet.perspective", l)), Cell.of(c.perspectiveName()),
                        Cell.label(level(plan, plan.kind().depth() - 2, "sheet.area", l)), Cell.of(c.areaName())),
                Row.of(Cell.label(level(plan, plan.kind().depth() - 1, "sheet.direction", l)),
                        Cell.of(c.directionName()).span(3)),
                Row.of(Cell.label(t(l, "sheet.name")), Cell.of(m.name()).span(3)),
                Row.of(Cell.label(t(l, "sheet.content")), Cell.of(m.content()).span(3))), SIZE));
        b.add(kpis(m, l));
        String towns = m.participants().stream().map(id -> sphere.municipality(id).map(x -> x.name()).orElse(id))
                .collect(Collectors.joining("・"));
        b.add(form(l, "sheet.participants", towns));
        b.add(budget(m, plan, l));
        b.add(form(l, "sheet.projects", projects(sphere, m, l)));
        b.add(form(l, "sheet.effect", m.effect()));
        b.add(form(l, "sheet.roleSharing", m.roleSharing()));
        String sdgs = m.sdgs().isEmpty() ? t(l, "sheet.sdgs.none") : Texts.format(l, "sheet.sdgs.goals",
                m.sdgs().stream().map(String::valueOf).collect(Collectors.joining("、")));
        b.add(form(l, "sheet.sdgs", sdgs));
        if (m.notes() != null && !m.notes().isBlank()) {
            b.add(new Block.Gap(6f));
            b.add(new Block.Paragraph(m.notes(), 9f));
        }
        return new Section(Texts.format(l, "sheet.sectionTitle", String.valueOf(m.number()), m.name(),
                c.areaName()), b);
    }

    private static String t(Locale l, String key) {
        return Texts.format(l, key);
    }

    private static Block form(Locale l, String labelKey, String value) {
        String v = value == null || value.isBlank() ? "" : value;
        return new Block.Table(List.of(LABEL, REST), 0, List.of(Row.of(Cell.label(t(l, labelKey)), Cell.of(v))),
                SIZE);
    }

    private static Block kpis(Measure m, Locale l) {
        List<Float> w = List.of(LABEL, 33f, 8f, 21f, 21f);
        List<Row> rows = new ArrayList<>();
        if (m.kpis().isEmpty()) {
            rows.add(Row.of(Cell.label(t(l, "sheet.kpis")), Cell.of(t(l, "sheet.kpi.none")).span(4)));
            return new Block.Table(w, 0, rows, SIZE);
        }
        rows.add(Row.of(Cell.label(t(l, "sheet.kpis")), Cell.label(t(l, "sheet.kpi.name")),
                Cell.label(t(l, "sheet.kpi.unit")), Cell.label(t(l, "sheet.kpi.baseline")),
                Cell.label(t(l, "sheet.kpi.target"))));
        for (Kpi k : m.kpis()) {
            rows.add(Row.of(Cell.label(""), Cell.of(k.name()), Cell.of(k.unit()).align(Align.CENTER),
                    Cell.number(point(k.baseline(), l)), Cell.number(point(k.target(), l))));
        }
        return new Block.Table(w, 1, rows, SIZE);
    }

    /** 84 over (令和4年度 (2022)); a note where no number was printed. */
    static String point(KpiPoint p, Locale l) {
        if (p == null) {
            return "";
        }
        return KpiValueText.show(p.value()) + "\n" + JapaneseYears.fiscalYear(p.fy(), l);
    }

    private static Block budget(Measure m, Plan plan, Locale l) {
        if (m.budget().isEmpty()) {
            return form(l, "sheet.budget", t(l, "sheet.budget.none"));
        }
        return budgetTable(m, plan, l, LABEL);
    }

    /** 事業費 by fiscal year with the total (the plan's years and any other year the card has), label column {@code label} %. */
    static Block budgetTable(Measure m, Plan plan, Locale l, float label) {
        SortedSet<Integer> years = new TreeSet<>(plan.fiscalYears());
        years.addAll(m.budget().keySet());
        List<Float> w = new ArrayList<>();
        w.add(label);
        List<Cell> head = new ArrayList<>();
        List<Cell> amounts = new ArrayList<>();
        head.add(Cell.label(t(l, "sheet.fy")));
        amounts.add(Cell.label(t(l, "sheet.budget")));
        float each = (100f - label) / (years.size() + 1);
        for (int fy : years) {
            w.add(each);
            head.add(Cell.label(JapaneseYears.fiscalYear(fy, l).replace(" (", "\n(")));
            Long a = m.budget().get(fy);
            amounts.add(Cell.number(a == null ? "" : Numbers.grouped(a)));
        }
        w.add(each);
        head.add(Cell.label(t(l, "sheet.budget.total")));
        amounts.add(Cell.number(Numbers.grouped(m.budgetTotal())));
        return new Block.Table(w, 1, List.of(new Row(head, false), new Row(amounts, false)), SIZE);
    }

    /** 【共通】○A　○B, then 【一関市】○C … one line per group, as printed. */
    private static String projects(Sphere sphere, Measure m, Locale l) {
        if (m.projects().isEmpty()) {
            return t(l, "sheet.projects.none");
        }
        List<String> lines = new ArrayList<>();
        for (ProjectGroup g : m.projects()) {
            String head = g.common() ? t(l, "sheet.projects.common") : Texts.format(l, "sheet.projects.group",
                    sphere.municipality(g.municipalityId()).map(x -> x.name()).orElse(g.municipalityId()));
            lines.add(head + g.names().stream().map(n -> "○" + n).collect(Collectors.joining("　")));
        }
        return String.join("\n", lines);
    }
}
