package jp.kyoseivision.opinions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.kyoseivision.model.Opinion;
import jp.kyoseivision.model.OpinionKind;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.text.Texts;

/**
 * The 「ご意見の概要及びご意見に対する考え方」 table (seed 001 L148–605): per kind of opinion a section with the title, the
 * consultation and its period, the count, and the rows 番号, ページ, 項目, ご意見の概要, ご意見に対する考え方. What the
 * PDF ({@link AnswerPdf}), the workbook ({@link AnswerXlsx}) and the CSV ({@link AnswerCsv}) print. 項目 is the item as
 * printed (the opinion's topic), else the name of the card, direction or policy area it concerns.
 */
public record AnswerTable(String title, List<Section> sections, Locale locale) {
    /** One kind's opinions. */
    public record Section(OpinionKind kind, List<String> notes, List<Line> lines) {
        public Section {
            notes = List.copyOf(notes);
            lines = List.copyOf(lines);
        }
    }

    /** One row; {@code opinion} is what it was made from. */
    public record Line(Opinion opinion, String number, String page, String item, String text, String answer,
            String policyArea, String status) {
        public List<String> cells() {
            return List.of(number, page, item, text, answer);
        }
    }

    public AnswerTable {
        sections = List.copyOf(sections);
    }

    /** The five column headings (番号, ページ, 項目, ご意見の概要, ご意見に対する考え方). */
    public List<String> headers() {
        return List.of(t("opinions.table.number"), t("opinions.table.page"), t("opinions.table.item"),
                t("opinions.table.text"), t("opinions.table.answer"));
    }

    String t(String key, Object... args) {
        return Texts.format(locale, key, args);
    }

    /**
     * The table of {@code opinions} (in their order, grouped by kind in the sphere's order of kinds), titled after
     * the plan of {@code revision} (「第３次…ビジョン（案）に対する…」 when the revision is a draft).
     */
    public static AnswerTable of(Sphere s, Revision revision, List<Opinion> opinions, Locale locale) {
        Concerns concerns = Concerns.of(s);
        Plan plan = s.plans().stream().filter(p -> p.revisions().contains(revision)).findFirst().orElse(null);
        String planTitle = plan == null ? s.name() : plan.title();
        String title = Texts.format(locale, "opinions.table.title", planTitle);
        Map<String, List<Opinion>> byKind = new LinkedHashMap<>();
        s.opinionKinds().forEach(k -> byKind.put(k.id(), new ArrayList<>()));
        opinions.forEach(o -> byKind.computeIfAbsent(o.kindId(), k -> new ArrayList<>()).add(o));
        List<Section> sections = new ArrayList<>();
        for (var e : byKind.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            OpinionKind kind = s.opinionKind(e.getKey()).orElse(new OpinionKind(e.getKey(), e.getKey()));
            List<String> notes = new ArrayList<>();
            Opinion first = e.getValue().get(0);
            if (first.source() != null) {
                notes.add(first.source());
            }
            if (first.fromDate() != null && first.toDate() != null && !first.toDate().equals(first.fromDate())) {
                notes.add(Texts.format(locale, "opinions.table.period", kind.name(), date(first.fromDate(), locale),
                        date(first.toDate(), locale)));
            } else if (first.fromDate() != null) {
                notes.add(Texts.format(locale, "opinions.table.date", kind.name(), date(first.fromDate(), locale)));
            }
            notes.add(Texts.format(locale, "opinions.table.count", e.getValue().size()));
            if (revision != null) { // 意見概要（政策分野等）: the counts per policy area, as seed 001 L119–141 prints them
                notes.add(Texts.format(locale, "opinions.table.summary"));
                notes.addAll(AreaSummary.of(revision, e.getValue(), concerns).lines(locale));
            }
            List<Line> lines = new ArrayList<>();
            for (Opinion o : e.getValue()) {
                var c = concerns.of(o);
                String item = o.topic() != null ? o.topic() : c.label().orElse(Texts.format(locale,
                        "opinions.item.whole"));
                lines.add(new Line(o, o.number() == null ? "" : String.valueOf(o.number()),
                        o.page() == null ? "" : o.page(), item, o.text(), o.answer() == null ? "" : o.answer(),
                        c.area() == null ? Texts.format(locale, "opinions.area.other") : c.area().name(),
                        Texts.format(locale, "opinions.status." + o.status().name())));
            }
            sections.add(new Section(kind, notes, lines));
        }
        return new AnswerTable(title, sections, locale);
    }

    /** 令和６年１月９日（火） in Japanese (one-digit numbers full-width, as the seed prints), 2024-01-09 (Tue) else. */
    static String date(LocalDate d, Locale locale) {
        String dow = d.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, locale);
        if (!Locale.JAPANESE.getLanguage().equals(locale.getLanguage())) {
            return d + " (" + dow + ")";
        }
        String era = d.isBefore(LocalDate.of(2019, 5, 1)) ? "平成" : "令和";
        int y = era.equals("令和") ? d.getYear() - 2018 : d.getYear() - 1988;
        return era + (y == 1 ? "元" : digits(y)) + "年" + digits(d.getMonthValue()) + "月" + digits(d.getDayOfMonth())
                + "日（" + dow + "）";
    }

    private static String digits(int n) {
        return n >= 0 && n <= 9 ? String.valueOf((char) ('０' + n)) : String.valueOf(n);
    }
}
