package jp.kyoseivision.importer;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kyoseivision.edit.InputParsers;
import jp.kyoseivision.edit.KpiEdits;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.KpiActual;
import jp.kyoseivision.model.KpiValue;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.text.LocalizedException;
import jp.kyoseivision.text.Texts;

/**
 * Reads KPI actuals back from the KPI table ({@link KpiTableExport}) a partner filled in: each row is found by its
 * KPI ID and 年度; 実績値, 達成度（記録）, 進捗状況・成果 and 今後の取組等 replace that year's entries (a column the file
 * does not have keeps what is there; a row made empty removes the year's actual). Checked whole, as
 * {@link BudgetImport} does: refused with every problem by row and column, else a list of changes applied as one edit.
 * Only the KPIs of each plan's current revision are matched.
 */
public final class KpiImport {
    private static final int HEADER_SEARCH = 30;
    /** A number followed by its note in brackets, as {@link jp.kyoseivision.kpi.KpiValueText} shows it. */
    private static final Pattern WITH_NOTE = Pattern.compile("^(.+?)（(.*)）$", Pattern.DOTALL);

    /** One KPI and year that the file changes; {@code before} or {@code after} is {@code null} for none. */
    public record Change(String kpiId, String no, String measure, String kpi, int fy, KpiActual before,
            KpiActual after, Revision revision) {
    }

    public record Result(List<ImportProblem> problems, List<Change> changes, List<LocalizedException> notices) {
        public Result {
            problems = List.copyOf(problems);
            changes = List.copyOf(changes);
            notices = List.copyOf(notices);
        }

        public boolean refused() {
            return !problems.isEmpty();
        }

        /** The sphere with every change applied: one edit. A refused result must not be applied. */
        public Sphere applyTo(Sphere s) {
            if (refused()) {
                throw new IllegalStateException("a refused import cannot be applied");
            }
            Sphere next = s;
            for (Change c : changes) {
                next = KpiEdits.withActual(next, c.kpiId(), c.fy(), c.after());
            }
            return next;
        }
    }

    private record Owner(Plan plan, Revision revision, String owner, Kpi kpi, String no) {
    }

    private KpiImport() {
    }

    public static Result check(Sphere s, Path file) {
        List<RawTable> tables;
        try {
            tables = TableReader.read(file);
        } catch (LocalizedException e) {
            return new Result(List.of(new ImportProblem(0, null, e)), List.of(), List.of());
        }
        return check(s, tables);
    }

    /** The keys of a heading in both languages. */
    private static Set<String> heading(String key) {
        return new java.util.HashSet<>(List.of(Headings.key(Texts.format(Locale.JAPANESE, key)),
                Headings.key(Texts.format(Locale.ENGLISH, key))));
    }

    public static Result check(Sphere s, List<RawTable> tables) {
        List<ImportProblem> problems = new ArrayList<>();
        List<LocalizedException> notices = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        Map<String, Owner> kpis = new HashMap<>();
        for (Plan p : s.plans()) {
            // every KPI of the current revision: the plan's own targets, the nodes' 数値目標 and the items' KPIs
            jp.kyoseivision.kpi.KpiResults results = jp.kyoseivision.kpi.KpiResults.of(p);
            for (jp.kyoseivision.kpi.KpiLine l : results.all()) {
                kpis.put(l.kpi().id(), new Owner(p, results.revision(), l.owner(Texts.language()), l.kpi(),
                        l.no()));
            }
        }
        Set<String> idHeads = heading("kpis.col.id");
        Set<String> fyHeads = heading("kpi.col.fy");
        for (RawTable t : tables) {
            for (int h = 0; h < Math.min(HEADER_SEARCH, t.rows().size()); h++) {
                List<String> heads = t.rows().get(h);
                Map<String, Integer> cols = new LinkedHashMap<>();
                for (int c = 0; c < heads.size(); c++) {
                    String k = Headings.key(heads.get(c));
                    for (String field : List.of("kpis.col.id", "kpi.col.fy", "kpi.col.actual", "kpis.col.recorded",
                            "kpis.col.progress", "kpis.col.nextSteps")) {
                        if (heading(field).contains(k)) {
                            if (cols.containsKey(field)) {
                                problems.add(new ImportProblem(h + 1, heads.get(c), new LocalizedException(
                                        "budget.header.duplicateColumn", heads.get(c).strip())));
                            }
                            cols.put(field, c);
                        }
                    }
                }
                if (!cols.containsKey("kpis.col.id") || !cols.containsKey("kpi.col.fy")) {
                    continue;
                }
                if (tables.size() > 1) {
                    notices.add(new LocalizedException("budget.notice.sheet", t.sheet()));
                }
                rows(t, h, heads, cols, kpis, problems, changes);
                return new Result(problems, problems.isEmpty() ? changes : List.of(), notices);
            }
        }
        problems.add(new ImportProblem(0, null, new LocalizedException("kpiimport.noHeader",
                Texts.format(Texts.language(), "kpis.col.id"), Texts.format(Texts.language(), "kpi.col.fy"))));
        return new Result(problems, List.of(), notices);
    }

    private static void rows(RawTable t, int header, List<String> heads, Map<String, Integer> cols,
            Map<String, Owner> kpis, List<ImportProblem> problems, List<Change> changes) {
        Map<String, Integer> firstRow = new HashMap<>();
        int idCol = cols.get("kpis.col.id");
        int fyCol = cols.get("kpi.col.fy");
        for (int r = header + 1; r < t.rows().size(); r++) {
            if (t.blank(r) || problems.size() >= BudgetImport.MAX_LISTED) {
                continue;
            }
            int row = r + 1;
            String id = t.cell(r, idCol).strip();
            if (id.isEmpty()) {
                problems.add(new ImportProblem(row, heads.get(idCol), new LocalizedException("kpiimport.row.noId")));
                continue;
            }
            Owner o = kpis.get(id);
            if (o == null) {
                problems.add(new ImportProblem(row, heads.get(idCol), new LocalizedException(
                        "kpiimport.row.unknownKpi", id)));
                continue;
            }
            Integer fy;
            try {
                fy = Headings.fiscalYear(t.cell(r, fyCol));
            } catch (LocalizedException e) {
                problems.add(new ImportProblem(row, heads.get(fyCol), e));
                continue;
            }
            if (fy == null || fy < o.plan().startFy() || fy > o.plan().endFy()) {
                problems.add(new ImportProblem(row, heads.get(fyCol), new LocalizedException("kpiimport.row.badFy",
                        t.cell(r, fyCol).strip(), o.plan().startFy(), o.plan().endFy())));
                continue;
            }
            Integer first = firstRow.putIfAbsent(id + "@" + fy, row);
            if (first != null) {
                problems.add(new ImportProblem(row, null, new LocalizedException("kpiimport.row.duplicate", id, fy,
                        first)));
                continue;
            }
            KpiActual before = o.kpi().actual(fy).orElse(null);
            int problemsBefore = problems.size();
            KpiValue value = before == null ? null : before.value();
            if (cols.containsKey("kpi.col.actual")) {
                int c = cols.get("kpi.col.actual");
                try {
                    value = value(t.cell(r, c), before == null ? null : before.value());
                } catch (LocalizedException e) {
                    problems.add(new ImportProblem(row, heads.get(c), e));
                }
            }
            String recorded = before == null ? null : before.recordedGrade();
            if (cols.containsKey("kpis.col.recorded")) {
                int c = cols.get("kpis.col.recorded");
                String g = InputParsers.normalize(t.cell(r, c)).strip().toUpperCase(Locale.ROOT);
                if (g.isEmpty()) {
                    recorded = null;
                } else if (g.length() == 1 && g.charAt(0) >= 'A' && g.charAt(0) <= 'Z') {
                    recorded = g;
                } else {
                    problems.add(new ImportProblem(row, heads.get(c), new LocalizedException(
                            "kpiimport.row.badGrade", t.cell(r, c).strip())));
                }
            }
            String progress = text(t, r, cols.get("kpis.col.progress"), before == null ? null : before.progress());
            String next = text(t, r, cols.get("kpis.col.nextSteps"), before == null ? null : before.nextSteps());
            if (problems.size() > problemsBefore) {
                continue;
            }
            String overview = before == null ? null : before.overviewGrade();
            KpiActual after;
            if (value == null && recorded == null && overview == null && progress == null && next == null) {
                after = null;
            } else {
                try {
                    after = new KpiActual(fy, value, recorded, overview, progress, next);
                } catch (LocalizedException e) {
                    problems.add(new ImportProblem(row, null, e));
                    continue;
                }
            }
            if (!Objects.equals(before, after)) {
                changes.add(new Change(id, o.no(), o.owner(), o.kpi().name(), fy, before, after,
                        o.revision()));
            }
        }
    }

    /** A text cell as the file has it; blank is none. {@code col == null}: the column is not in the file. */
    private static String text(RawTable t, int r, Integer col, String kept) {
        if (col == null) {
            return kept;
        }
        String v = t.cell(r, col);
        return v.isBlank() ? null : v.strip();
    }

    /**
     * 実績値: blank is none; a number (1,234 / １２．５) a number; a number with its note in brackets as the table
     * shows it; any other text a note (集計中). Something that starts like a number but is not one is refused. The
     * value already there is kept as it is when the file says the same (12.50 is 12.5).
     */
    static KpiValue value(String cell, KpiValue before) {
        String v = cell.strip();
        if (v.isEmpty()) {
            return null;
        }
        KpiValue read;
        Matcher m = WITH_NOTE.matcher(v);
        BigDecimal n = number(v);
        if (n != null) {
            read = new KpiValue(n, null);
        } else if (m.matches() && number(m.group(1)) != null) {
            read = new KpiValue(number(m.group(1)), m.group(2).strip());
        } else if (InputParsers.normalize(v).matches("^[-+]?[0-9.,].*")) {
            throw new LocalizedException("kpiimport.row.badValue", v);
        } else {
            read = KpiValue.note(v);
        }
        if (before != null && Objects.equals(before.note(), read.note()) && before.number() != null
                && read.number() != null && before.number().compareTo(read.number()) == 0) {
            return before;
        }
        return read;
    }

    private static BigDecimal number(String text) {
        try {
            return InputParsers.decimal(text);
        } catch (LocalizedException e) {
            return null;
        }
    }
}
