package jp.kyoseivision.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kyoseivision.kpi.KpiValueText;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.KpiPoint;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Node;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.PlanFeature;
import jp.kyoseivision.model.PlanKind;
import jp.kyoseivision.model.Project;
import jp.kyoseivision.model.ProjectGroup;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.Section;
import jp.kyoseivision.model.SectionItem;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.sheets.PrintBook;
import jp.kyoseivision.sheets.PrintSheet;
import jp.kyoseivision.sheets.PrintSheet.Look;
import jp.kyoseivision.text.JapaneseYears;
import jp.kyoseivision.text.LocalizedException;
import jp.kyoseivision.text.Texts;

/**
 * The item list of a plan that is not a joint vision (a 総合戦略, an action plan) as a print-ready workbook, with the
 * columns its {@link PlanKind} has: 番号, コード, one column per level (基本目標, 施策展開の基本的方向 …) with code and
 * name, the item's name, one column per section label (現状と課題 …, each entry on its own lines), the KPIs under the
 * kind's heading (qualifier and printed period kept), the projects under its heading (新規, 再掲, 担当課, the fiscal
 * years marked and 事業概要 when given), SDGs when the kind has them, and 備考.
 */
final class KindCardListExport {
    private KindCardListExport() {
    }

    static void write(Sphere s, Plan plan, Locale locale, OutputStream out) throws IOException {
        Revision rev = plan.current().orElseThrow(() -> new LocalizedException("budget.plan.noRevision",
                plan.title()));
        PlanKind kind = plan.kind();
        Set<String> labels = new LinkedHashSet<>(kind.sections());
        rev.measures().forEach(m -> m.sections().forEach(x -> labels.add(x.label())));
        boolean sdgs = kind.has(PlanFeature.SDGS);
        List<String> heads = new ArrayList<>();
        List<Integer> widths = new ArrayList<>();
        heads.add(Texts.format(locale, "cards.col.number"));
        widths.add(6);
        heads.add(Texts.format(locale, "cards.col.code"));
        widths.add(8);
        for (int i = 0; i < kind.depth(); i++) {
            String name = kind.levelName(i);
            heads.add(name.isBlank() ? Texts.format(locale, "cards.col.level", i + 1) : name);
            widths.add(18);
        }
        heads.add(kind.item());
        widths.add(22);
        for (String l : labels) {
            heads.add(l);
            widths.add(40);
        }
        heads.add(kind.kpiHeading() == null ? Texts.format(locale, "cards.col.kpis") : kind.kpiHeading());
        widths.add(36);
        heads.add(kind.projectsHeading() == null ? Texts.format(locale, "cards.col.projectsCommon")
                : kind.projectsHeading());
        widths.add(40);
        if (sdgs) {
            heads.add(Texts.format(locale, "cards.col.sdgs"));
            widths.add(6);
        }
        heads.add(Texts.format(locale, "cards.col.notes"));
        widths.add(18);
        try (PrintBook book = new PrintBook(locale)) {
            PrintSheet sheet = book.sheet(Texts.format(locale, "cards.sheet"),
                    widths.stream().mapToInt(Integer::intValue).toArray());
            sheet.title(Texts.format(locale, "cards.kind.title", plan.title(), rev.name(), kind.item()));
            sheet.note(Texts.format(locale, "cards.kind.note", rev.measures().size(), kind.item()));
            sheet.header(heads);
            List<Object[]> placed = new ArrayList<>();
            rev.walk((path, card) -> placed.add(new Object[] {path, card}));
            for (Object[] p : placed) {
                @SuppressWarnings("unchecked")
                List<Node> path = (List<Node>) p[0];
                Measure m = (Measure) p[1];
                PrintSheet.Line x = sheet.row();
                int c = 0;
                x.number(c++, m.number(), Look.CENTRED);
                x.text(c++, m.code() == null ? "" : m.code(), Look.CENTRED);
                for (int i = 0; i < kind.depth(); i++) {
                    Node n = i < path.size() ? path.get(i) : null;
                    x.text(c++, n == null ? "" : n.code() == null ? n.name() : n.code() + "　" + n.name(), Look.TEXT);
                }
                x.text(c++, m.name(), Look.TEXT);
                for (String l : labels) {
                    x.text(c++, m.sections().stream().filter(sec -> sec.label().equals(l)).map(KindCardListExport::section)
                            .collect(Collectors.joining("\n")), Look.TEXT);
                }
                x.text(c++, m.kpis().stream().map(k -> kpi(k, locale)).collect(Collectors.joining("\n")), Look.TEXT);
                x.text(c++, projects(s, m, locale), Look.TEXT);
                if (sdgs) {
                    x.text(c++, m.sdgs().stream().map(String::valueOf).collect(Collectors.joining(", ")),
                            Look.CENTRED);
                }
                x.text(c, m.notes(), Look.TEXT);
            }
            sheet.finish(true, 2 + kind.depth(), plan.title(), rev.name());
            book.write(out);
        }
    }

    /** The entries of a section: 「1 heading」 or 「▼ heading」 over the text, 「・text」 without heading. */
    static String section(Section s) {
        List<String> out = new ArrayList<>();
        for (SectionItem it : s.items()) {
            boolean heading = it.heading() != null && !it.heading().isBlank();
            String mark = it.number() != null && !it.number().isBlank() ? it.number() + " " : heading ? "▼" : "・";
            if (heading) {
                out.add(mark + it.heading());
                if (it.text() != null && !it.text().isBlank()) {
                    out.add(it.text());
                }
            } else {
                out.add(mark + it.text());
            }
        }
        return String.join("\n", out);
    }

    /** 私有林からの素材生産量（m³）：5,533（H26～H30平均） → 6,640（R7）; a qualifier after the name. */
    static String kpi(Kpi k, Locale locale) {
        String name = k.qualifier() == null || k.qualifier().isBlank() ? k.name() : k.name() + "（" + k.qualifier() + "）";
        String base = point(k.baseline());
        String target = point(k.target());
        for (KpiPoint m : k.milestones()) {
            target += "、" + point(m);
        }
        return k.unit().isBlank() ? Texts.format(locale, "cards.kpiNoUnit", name, base, target)
                : Texts.format(locale, "cards.kpi", name, k.unit(), base, target);
    }

    private static String point(KpiPoint p) {
        if (p == null) {
            return "－";
        }
        // KpiValueText names a printed period itself; a plain fiscal year is named here (R7)
        boolean printed = p.period() != null && !p.period().isBlank();
        return KpiValueText.show(p) + (printed ? "" : "（" + JapaneseYears.shortForm(p.fy()) + "）");
    }

    /** One line per project: 16 生産性向上サポート事業【新規】（産業雇用支援課）R7・R8・R9：概要; 【town】 before a town's. */
    static String projects(Sphere s, Measure m, Locale locale) {
        List<String> lines = new ArrayList<>();
        for (ProjectGroup g : m.projects()) {
            if (!g.common()) {
                lines.add(Texts.format(locale, "sheet.projects.group",
                        s.municipality(g.municipalityId()).map(x -> x.name()).orElse(g.municipalityId())));
            }
            for (Project p : g.projects()) {
                StringBuilder b = new StringBuilder();
                if (p.number() != null) {
                    b.append(p.number()).append(' ');
                }
                b.append(p.name());
                if (p.isNew()) {
                    b.append(Texts.format(locale, "cards.kind.new"));
                }
                if (p.reposted()) {
                    b.append(Texts.format(locale, "sheet.kind.projects.reposted"));
                }
                if (!p.departments().isEmpty()) {
                    b.append("（").append(String.join("・", p.departments())).append("）");
                }
                if (!p.years().isEmpty()) {
                    b.append(' ').append(p.years().stream().map(JapaneseYears::shortForm)
                            .collect(Collectors.joining("・")));
                }
                if (p.summary() != null && !p.summary().isBlank()) {
                    b.append("：").append(p.summary());
                }
                if (p.note() != null && !p.note().isBlank()) {
                    b.append(" ").append(p.note());
                }
                lines.add(b.toString());
            }
        }
        return String.join("\n", lines);
    }
}
