package jp.kyoseivision.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.KpiPoint;
import jp.kyoseivision.model.KpiValue;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Node;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.PlanFeature;
import jp.kyoseivision.model.PlanKind;
import jp.kyoseivision.model.Project;
import jp.kyoseivision.model.ProjectGroup;
import jp.kyoseivision.model.SectionItem;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.text.JapaneseYears;
import jp.kyoseivision.text.Numbers;
import jp.kyoseivision.text.Texts;

/**
 * The sheet of an item of a plan that is not a joint vision card (a 総合戦略's 施策展開の方向性, an action plan's
 * プロジェクト), laid out from its {@link PlanKind}: the plan title, the path with the kind's own level names, code
 * and name; the sections in the kind's order (a list with ▼ headings, or — when the sections number their entries
 * alike, as 現状・課題 and 推進方針 of seed 004 — one numbered table side by side); the KPI table under the kind's
 * KPI heading with the printed periods; the projects under its projects heading (▽ names, or a table with 新規,
 * 担当課, 事業概要 and a ● per fiscal year when the kind has those details). Lists take 【label】, tables ■ label.
 */
final class KindSheets {
    private static final float SIZE = 10f;
    private static final float SMALL = 9f;
    private static final float LABEL = 24f;

    private KindSheets() {
    }

    /** Whether {@code kind} prints its items as the vision's card form (関係市町, 事業費 per town …). */
    static boolean cardForm(PlanKind kind) {
        return kind.has(PlanFeature.PARTICIPANTS);
    }

    static String documentTitle(Plan plan, Locale l) {
        return Texts.format(l, "sheet.kind.documentTitle", plan.title(), plan.kind().item());
    }

    /** The sheet of one item. */
    static Section sheet(Sphere sphere, Plan plan, List<Node> path, Measure m, Locale l) {
        PlanKind kind = plan.kind();
        List<Block> b = new ArrayList<>();
        b.add(new Block.Paragraph(plan.title(), SMALL));
        b.add(new Block.Gap(2f));
        b.add(new Block.Heading(itemTitle(m), 13f));
        List<Row> head = new ArrayList<>();
        for (int i = 0; i < path.size(); i++) {
            Node n = path.get(i);
            head.add(Row.of(Cell.label(kind.levelName(i)), Cell.of(codeAndName(n.code(), n.name()))));
        }
        head.add(Row.of(Cell.label(kind.item()), Cell.of(itemTitle(m))));
        if (kind.has(PlanFeature.SDGS)) {
            String sdgs = m.sdgs().isEmpty() ? t(l, "sheet.sdgs.none") : Texts.format(l, "sheet.sdgs.goals",
                    m.sdgs().stream().map(String::valueOf).collect(Collectors.joining("、")));
            head.add(Row.of(Cell.label(t(l, "sheet.kind.sdgs")), Cell.of(sdgs)));
        }
        b.add(new Block.Table(List.of(LABEL, 100f - LABEL), 0, head, SIZE));
        if (m.content() != null && !m.content().isBlank()) {
            b.addAll(listSection(l, t(l, "sheet.content"), List.of(new SectionItem(null, null, m.content()))));
        }
        b.addAll(sections(kind, m, l));
        if (!m.kpis().isEmpty()) {
            b.addAll(kpis(kind.kpiHeading() == null ? t(l, "sheet.kind.nodeKpis") : kind.kpiHeading(), m.kpis(),
                    sphere, l));
        }
        if (kind.has(PlanFeature.BUDGET) && !m.budget().isEmpty()) {
            b.add(new Block.Gap(8f));
            b.add(budget(m, plan, l));
        }
        if (!m.projects().isEmpty()) {
            b.addAll(projects(kind, sphere, m, l));
        }
        if (m.effect() != null && !m.effect().isBlank()) {
            b.addAll(listSection(l, t(l, "sheet.effect"), List.of(new SectionItem(null, null, m.effect()))));
        }
        if (m.roleSharing() != null && !m.roleSharing().isBlank()) {
            b.addAll(listSection(l, t(l, "sheet.roleSharing"),
                    List.of(new SectionItem(null, null, m.roleSharing()))));
        }
        if (m.notes() != null && !m.notes().isBlank()) {
            b.add(new Block.Gap(6f));
            b.add(new Block.Paragraph(m.notes(), SMALL));
        }
        return new Section(Texts.format(l, "sheet.kind.sectionTitle", itemTitle(m)), b);
    }

    /** The sheet of a node with its numeric targets (a 基本目標 and its 数値目標). */
    static Section nodeSheet(Plan plan, List<Node> path, Sphere sphere, Locale l) {
        PlanKind kind = plan.kind();
        Node n = path.get(path.size() - 1);
        List<Block> b = new ArrayList<>();
        b.add(new Block.Paragraph(plan.title(), SMALL));
        b.add(new Block.Gap(2f));
        String title = levelAndCode(kind.levelName(path.size() - 1), n.code());
        b.add(new Block.Heading(title.isEmpty() ? n.name() : title + "　" + n.name(), 13f));
        List<Row> head = new ArrayList<>();
        for (int i = 0; i < path.size() - 1; i++) {
            head.add(Row.of(Cell.label(kind.levelName(i)), Cell.of(codeAndName(path.get(i).code(), path.get(i).name()))));
        }
        if (!head.isEmpty()) {
            b.add(new Block.Table(List.of(LABEL, 100f - LABEL), 0, head, SIZE));
        }
        if (n.subtitle() != null && !n.subtitle().isBlank()) {
            b.add(new Block.Paragraph(n.subtitle(), SIZE));
        }
        if (n.text() != null && !n.text().isBlank()) {
            b.add(new Block.Gap(4f));
            b.add(new Block.Paragraph(n.text(), SIZE));
        }
        b.addAll(kpis(t(l, "sheet.kind.nodeKpis"), n.kpis(), sphere, l));
        return new Section(title.isEmpty() ? n.name() : title + "　" + n.name(), b);
    }

    // ---------------------------------------------------------------- parts

    static String itemTitle(Measure m) {
        return codeAndName(m.code() == null ? "No." + m.number() : m.code(), m.name());
    }

    private static String codeAndName(String code, String name) {
        return code == null || code.isBlank() ? name : code + "　" + name;
    }

    private static String levelAndCode(String level, String code) {
        String c = code == null ? "" : code;
        return level.isBlank() ? c : c.isEmpty() ? level : level + c;
    }

    private static String t(Locale l, String key) {
        return Texts.format(l, key);
    }

    private static Block listHeading(Locale l, String label) {
        return new Block.Heading(Texts.format(l, "sheet.kind.heading.list", label), 11f);
    }

    private static Block tableHeading(Locale l, String label) {
        return new Block.Heading(Texts.format(l, "sheet.kind.heading.table", label), 11f);
    }

    /** 【label】 and its entries: ▼ heading over its text, a bullet before a text without heading. */
    private static List<Block> listSection(Locale l, String label, List<SectionItem> items) {
        List<Block> b = new ArrayList<>();
        b.add(new Block.Gap(8f));
        b.add(listHeading(l, label));
        for (SectionItem it : items) {
            boolean heading = it.heading() != null && !it.heading().isBlank();
            String mark = it.number() != null && !it.number().isBlank() ? it.number() + " "
                    : heading ? "▼ " : "・";
            if (heading) {
                b.add(new Block.Paragraph(mark + it.heading(), SIZE));
                if (it.text() != null && !it.text().isBlank()) {
                    b.add(new Block.Paragraph(indent(it.text()), SIZE));
                }
            } else {
                b.add(new Block.Paragraph(mark + it.text(), SIZE));
            }
            b.add(new Block.Gap(2f));
        }
        return b;
    }

    private static String indent(String text) {
        return text.lines().map(s -> "　" + s).collect(Collectors.joining("\n"));
    }

    /** The item's sections in the kind's order (labels the kind does not know after them). */
    private static List<Block> sections(PlanKind kind, Measure m, Locale l) {
        List<jp.kyoseivision.model.Section> ordered = new ArrayList<>(m.sections());
        ordered.sort(Comparator.comparingInt(s -> {
            int i = kind.sections().indexOf(s.label());
            return i < 0 ? Integer.MAX_VALUE : i;
        }));
        List<Block> b = new ArrayList<>();
        if (paired(ordered)) {
            b.add(new Block.Gap(8f));
            b.add(tableHeading(l, ordered.stream().map(jp.kyoseivision.model.Section::label)
                    .collect(Collectors.joining("/"))));
            List<Float> w = new ArrayList<>();
            w.add(6f);
            List<Cell> header = new ArrayList<>();
            header.add(Cell.label(t(l, "sheet.kind.no")));
            for (jp.kyoseivision.model.Section s : ordered) {
                w.add(94f / ordered.size());
                header.add(Cell.label(s.label()));
            }
            List<Row> rows = new ArrayList<>();
            rows.add(new Row(header, false));
            int count = ordered.get(0).items().size();
            for (int i = 0; i < count; i++) {
                List<Cell> cells = new ArrayList<>();
                cells.add(Cell.of(ordered.get(0).items().get(i).number()).align(Align.CENTER));
                for (jp.kyoseivision.model.Section s : ordered) {
                    SectionItem it = s.items().get(i);
                    String h = it.heading() == null || it.heading().isBlank() ? "" : "○" + it.heading();
                    String x = it.text() == null ? "" : it.text();
                    cells.add(Cell.of(h.isEmpty() ? x : x.isEmpty() ? h : h + "\n" + x));
                }
                rows.add(new Row(cells, false));
            }
            b.add(new Block.Table(w, 1, rows, SIZE));
        } else {
            for (jp.kyoseivision.model.Section s : ordered) {
                b.addAll(listSection(l, s.label(), s.items()));
            }
        }
        return b;
    }

    /** Two or more sections whose entries are all numbered, with the same numbers: rows of one table. */
    private static boolean paired(List<jp.kyoseivision.model.Section> sections) {
        if (sections.size() < 2) {
            return false;
        }
        List<String> numbers = null;
        for (jp.kyoseivision.model.Section s : sections) {
            List<String> these = s.items().stream().map(SectionItem::number).toList();
            if (these.isEmpty() || these.stream().anyMatch(x -> x == null || x.isBlank())) {
                return false;
            }
            if (numbers != null && !numbers.equals(these)) {
                return false;
            }
            numbers = these;
        }
        return true;
    }

    /**
     * ■ heading, then 指標 | 現状値（period） | 目標値（period）: the period most rows share is in the column header,
     * another one beside the value; rows that split one indicator by a qualifier (小学校, 中学校) follow its name.
     */
    static List<Block> kpis(String heading, List<Kpi> kpis, Sphere sphere, Locale l) {
        List<Block> b = new ArrayList<>();
        b.add(new Block.Gap(8f));
        b.add(tableHeading(l, heading));
        if (kpis.isEmpty()) {
            b.add(new Block.Paragraph(Texts.format(l, "sheet.kind.kpi.none", heading), SIZE));
            return b;
        }
        String basePeriod = common(kpis.stream().map(Kpi::baseline).toList(), l);
        String targetPeriod = common(kpis.stream().map(Kpi::target).toList(), l);
        List<Row> rows = new ArrayList<>();
        rows.add(Row.of(Cell.label(t(l, "sheet.kind.kpi.name")),
                Cell.label(basePeriod == null ? t(l, "sheet.kpi.baseline")
                        : Texts.format(l, "sheet.kind.kpi.baselineAt", basePeriod)),
                Cell.label(targetPeriod == null ? t(l, "sheet.kpi.target")
                        : Texts.format(l, "sheet.kind.kpi.targetAt", targetPeriod))));
        String run = null;
        for (Kpi k : kpis) {
            String name = k.name();
            if (k.municipalityId() != null) {
                name += "（" + sphere.municipality(k.municipalityId()).map(x -> x.name()).orElse(k.municipalityId())
                        + "）";
            }
            String label;
            if (k.qualifier() != null && !k.qualifier().isBlank()) {
                if (!name.equals(run)) {
                    rows.add(Row.of(Cell.of(name).span(3)));
                }
                run = name;
                label = "　・" + k.qualifier();
            } else {
                run = null;
                label = name;
            }
            String target = point(k, k.target(), targetPeriod, l);
            for (KpiPoint p : k.milestones()) {
                target += "\n" + point(k, p, targetPeriod, l);
            }
            rows.add(Row.of(Cell.of(label), Cell.number(point(k, k.baseline(), basePeriod, l)),
                    Cell.number(target)));
        }
        b.add(new Block.Table(List.of(50f, 25f, 25f), 1, rows, SIZE));
        return b;
    }

    /** The printed label of a point: its period, else 和暦 (R1年度). */
    private static String period(KpiPoint p, Locale l) {
        if (p.period() != null && !p.period().isBlank()) {
            return p.period();
        }
        return Texts.format(l, "sheet.kind.fyShort", JapaneseYears.shortForm(p.fy()), String.valueOf(p.fy()));
    }

    /** The label most of the points carry (the first of equals), or null when there is none. */
    private static String common(List<KpiPoint> points, Locale l) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        points.stream().filter(Objects::nonNull).forEach(p -> counts.merge(period(p, l), 1, Integer::sum));
        return counts.entrySet().stream().max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue()))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** 1,052千人／年, 5,533m³（H26～H30平均）, 15千人（R1水準）; － where nothing was printed. */
    private static String point(Kpi k, KpiPoint p, String headerPeriod, Locale l) {
        if (p == null) {
            return "－";
        }
        KpiValue v = p.value();
        String s;
        if (v.number() == null) {
            s = v.note();
        } else if (v.note() != null && !v.note().isBlank() && Character.isDigit(v.note().charAt(0))) {
            s = v.note(); // the figure as printed (25億4,000万円) where the number is a conversion of it
        } else {
            s = grouped(v.number()) + k.unit();
            if (v.note() != null && !v.note().isBlank()) {
                s += "（" + v.note() + "）";
            }
        }
        String own = period(p, l);
        return own.equals(headerPeriod) ? s : s + "（" + own + "）";
    }

    private static String grouped(BigDecimal n) {
        return Numbers.grouped(n);
    }

    /** 【heading】 ▽ names, or ■ heading and the rollout table when the kind prints project details or a schedule. */
    private static List<Block> projects(PlanKind kind, Sphere sphere, Measure m, Locale l) {
        String heading = kind.projectsHeading() == null ? t(l, "sheet.projects") : kind.projectsHeading();
        boolean details = kind.has(PlanFeature.PROJECT_DETAILS);
        boolean schedule = kind.has(PlanFeature.SCHEDULE);
        List<Block> b = new ArrayList<>();
        b.add(new Block.Gap(8f));
        if (!details && !schedule) {
            b.add(listHeading(l, heading));
            for (ProjectGroup g : m.projects()) {
                if (!g.common()) {
                    b.add(new Block.Paragraph(groupName(sphere, g, l), SIZE));
                }
                for (Project p : g.projects()) {
                    String line = "▽ " + p.name() + (p.isNew() ? t(l, "sheet.kind.projects.newMark") : "")
                            + (p.reposted() ? t(l, "sheet.kind.projects.reposted") : "")
                            + (p.departments().isEmpty() ? "" : "（" + String.join("・", p.departments()) + "）");
                    b.add(new Block.Paragraph(line, SIZE));
                    if (p.summary() != null && !p.summary().isBlank()) {
                        b.add(new Block.Paragraph(indent(p.summary()), SMALL));
                    }
                    if (p.note() != null && !p.note().isBlank()) {
                        b.add(new Block.Paragraph(indent(p.note()), SMALL));
                    }
                }
            }
            return b;
        }
        b.add(tableHeading(l, heading));
        SortedSet<Integer> years = new TreeSet<>();
        if (schedule) {
            m.projects().forEach(g -> g.projects().forEach(p -> years.addAll(p.years())));
        }
        List<Float> w = new ArrayList<>();
        List<Cell> header = new ArrayList<>();
        w.add(5f);
        header.add(Cell.label(t(l, "sheet.kind.no")));
        if (details) {
            w.add(6.5f);
            header.add(Cell.label(t(l, "sheet.kind.projects.new")));
        }
        w.add(details ? 22f : 40f);
        header.add(Cell.label(t(l, "sheet.kind.projects.name")));
        if (details) {
            w.add(14f);
            header.add(Cell.label(t(l, "sheet.kind.projects.departments")));
            w.add(Math.max(20f, 52.5f - 8f * years.size()));
            header.add(Cell.label(t(l, "sheet.kind.projects.summary")));
        }
        for (int fy : years) {
            w.add(8f);
            header.add(Cell.label(Texts.format(l, "sheet.kind.fyColumn", JapaneseYears.shortForm(fy),
                    String.valueOf(fy))));
        }
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(header, false));
        int columns = w.size();
        for (ProjectGroup g : m.projects()) {
            if (!g.common()) {
                rows.add(Row.of(Cell.label(groupName(sphere, g, l)).align(Align.LEFT).span(columns)));
            }
            int i = 0;
            for (Project p : g.projects()) {
                i++;
                List<Cell> cells = new ArrayList<>();
                cells.add(Cell.of(String.valueOf(p.number() == null ? i : p.number())).align(Align.CENTER));
                if (details) {
                    cells.add(Cell.of(p.isNew() ? "●" : "").align(Align.CENTER));
                }
                String name = p.name() + (p.reposted() ? t(l, "sheet.kind.projects.reposted") : "")
                        + (!details && p.isNew() ? t(l, "sheet.kind.projects.newMark") : "");
                cells.add(Cell.of(name));
                if (details) {
                    cells.add(Cell.of(String.join("\n", p.departments())));
                    String summary = p.summary() == null ? "" : p.summary();
                    if (p.note() != null && !p.note().isBlank()) {
                        summary = summary.isEmpty() ? p.note() : summary + "\n" + p.note();
                    }
                    cells.add(Cell.of(summary));
                }
                for (int fy : years) {
                    cells.add(Cell.of(p.years().contains(fy) ? "●" : "").align(Align.CENTER));
                }
                rows.add(new Row(cells, false));
            }
        }
        b.add(new Block.Table(w, 1, rows, SMALL));
        return b;
    }

    private static String groupName(Sphere sphere, ProjectGroup g, Locale l) {
        return Texts.format(l, "sheet.projects.group",
                sphere.municipality(g.municipalityId()).map(x -> x.name()).orElse(g.municipalityId()));
    }

    /** 事業費 by fiscal year with the total, as on the vision's card. */
    private static Block budget(Measure m, Plan plan, Locale l) {
        return MeasureSheets.budgetTable(m, plan, l, LABEL);
    }
}
