package jp.kyoseivision.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import jp.kyoseivision.kpi.KpiValueText;
import jp.kyoseivision.model.Node;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Municipality;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.sheets.PrintBook;
import jp.kyoseivision.sheets.PrintSheet;
import jp.kyoseivision.sheets.PrintSheet.Look;
import jp.kyoseivision.text.LocalizedException;
import jp.kyoseivision.text.Texts;

/**
 * The card list of a plan's current revision as a print-ready workbook: one row per card with every field — 番号,
 * 施策名, 政策分野, 取組分野, 取組内容, 関係市町, 成果指標 (one line per KPI: name, unit, baseline → target), 事業名称
 * per group (【共通】 and one column per municipality), 事業費 over the plan (千円), 事業効果, 役割分担, SDGs, 備考 and
 * the other names. A4 landscape, 番号 and 施策名 repeated on every page.
 */
public final class CardListExport {
    /**
     * A card with the nodes above it: the holder (the vision's 取組分野) and the node above it (政策分野), "" where the
     * plan has no such level.
     */
    private record Row(List<Node> path, Measure card) {
        String areaName() {
            return path.size() < 2 ? "" : path.get(path.size() - 2).name();
        }

        String directionName() {
            return path.isEmpty() ? "" : path.get(path.size() - 1).name();
        }
    }

    private CardListExport() {
    }

    /** The column headings, in the order of {@link #cells}. */
    static List<String> headers(Sphere s, Locale locale) {
        List<String> h = new ArrayList<>();
        for (String k : List.of("number", "name", "area", "direction", "content", "participants", "kpis")) {
            h.add(Texts.format(locale, "cards.col." + k));
        }
        h.add(Texts.format(locale, "cards.col.projectsCommon"));
        for (Municipality m : s.municipalities()) {
            h.add(Texts.format(locale, "cards.col.projects", m.name()));
        }
        for (String k : List.of("budget", "effect", "roleSharing", "sdgs", "notes", "aliases")) {
            h.add(Texts.format(locale, "cards.col." + k));
        }
        return h;
    }

    public static void write(Sphere s, Plan plan, Locale locale, OutputStream out) throws IOException {
        if (!plan.kind().has(jp.kyoseivision.model.PlanFeature.PARTICIPANTS)) {
            // not a joint card (関係市町, 事業費 per town): the columns of the plan's own kind
            KindCardListExport.write(s, plan, locale, out);
            return;
        }
        Revision rev = plan.current().orElseThrow(() -> new LocalizedException("budget.plan.noRevision",
                plan.title()));
        List<String> heads = headers(s, locale);
        int towns = s.municipalities().size();
        int[] widths = new int[heads.size()];
        int[] fixed = {6, 18, 10, 12, 32, 10, 28};
        System.arraycopy(fixed, 0, widths, 0, fixed.length);
        for (int i = 0; i <= towns; i++) {
            widths[fixed.length + i] = 16;
        }
        int[] tail = {12, 28, 28, 6, 18, 12};
        System.arraycopy(tail, 0, widths, fixed.length + towns + 1, tail.length);
        try (PrintBook book = new PrintBook(locale)) {
            PrintSheet sheet = book.sheet(Texts.format(locale, "cards.sheet"), widths);
            sheet.title(Texts.format(locale, "cards.title", plan.title(), rev.name()));
            sheet.note(Texts.format(locale, "cards.note", rev.measures().size(), plan.startFy(), plan.endFy()));
            sheet.header(heads);
            List<Row> placed = new java.util.ArrayList<>();
            rev.walk((path, card) -> placed.add(new Row(path, card)));
            for (Row p : placed) {
                Measure m = p.card();
                String areaName = p.areaName();
                String directionName = p.directionName();
                PrintSheet.Line x = sheet.row();
                int c = 0;
                x.number(c++, m.number(), Look.CENTRED);
                x.text(c++, m.name(), Look.TEXT);
                x.text(c++, areaName, Look.TEXT);
                x.text(c++, directionName, Look.TEXT);
                x.text(c++, m.content(), Look.TEXT);
                x.text(c++, String.join("\n", m.participants().stream()
                        .map(id -> s.municipality(id).map(Municipality::name).orElse(id)).toList()), Look.TEXT);
                x.text(c++, m.kpis().stream().map(k -> kpi(k, locale)).collect(Collectors.joining("\n")),
                        Look.TEXT);
                x.text(c++, String.join("\n", m.projects().stream().filter(g -> g.common())
                        .flatMap(g -> g.names().stream()).toList()), Look.TEXT);
                for (Municipality t : s.municipalities()) {
                    x.text(c++, String.join("\n", m.projects().stream()
                            .filter(g -> !g.common() && t.id().equals(g.municipalityId()))
                            .flatMap(g -> g.names().stream()).toList()), Look.TEXT);
                }
                if (m.budget().isEmpty()) {
                    x.empty(c++, Look.AMOUNT);
                } else {
                    x.number(c++, m.budgetTotal(), Look.AMOUNT);
                }
                x.text(c++, m.effect(), Look.TEXT);
                x.text(c++, m.roleSharing(), Look.TEXT);
                x.text(c++, m.sdgs().stream().map(String::valueOf).collect(Collectors.joining(", ")),
                        Look.CENTRED);
                x.text(c++, m.notes(), Look.TEXT);
                x.text(c, String.join("\n", m.aliases()), Look.TEXT);
            }
            sheet.finish(true, 1, plan.title(), rev.name());
            book.write(out);
        }
    }

    /** 観光客入込数（人）：1,234（R4） → 1,500（R10）. */
    private static String kpi(Kpi k, Locale locale) {
        return k.unit().isBlank() ? Texts.format(locale, "cards.kpiNoUnit", k.name(), KpiValueText.show(k.baseline()),
                KpiValueText.show(k.target())) : Texts.format(locale, "cards.kpi", k.name(), k.unit(),
                KpiValueText.show(k.baseline()), KpiValueText.show(k.target()));
    }
}
