package jp.kyoseivision.opinions;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jp.kyoseivision.edit.CardSearch;
import jp.kyoseivision.edit.Ids;
import jp.kyoseivision.edit.SphereEdit;
import jp.kyoseivision.importer.ImportProblem;
import jp.kyoseivision.importer.RawTable;
import jp.kyoseivision.importer.TableReader;
import jp.kyoseivision.model.Node;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Opinion;
import jp.kyoseivision.model.OpinionStatus;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.text.LocalizedException;

/**
 * Checks a table of opinions as they arrive from the public comment form (CSV or xlsx: 番号, ページ, 項目, 意見; an
 * answer column 回答 / ご意見に対する考え方 is taken too) against one revision, and says what it would add. Nothing is
 * written here: {@link Result#edit()} is the one undoable edit, only for a result without problems.
 *
 * <p>The heading row is looked for in the first rows of each sheet (a title above it is skipped); the first sheet with
 * one is read. Each row's 項目 is matched, folded (NFKC, case, no white space), to the name (also as labelled,
 * 「No.1 休日・夜間診療体制確保事業」) or another name of a card
 * of the revision, else a direction's title, else a policy area's name; an empty 項目 (or 全体, その他) concerns the
 * plan as a whole. The whole file is checked before anything is applied: a row whose 項目 matches nothing, or several
 * cards, is listed for the officer to assign ({@link Result#assign}); a row without an opinion, with a number that is
 * not a whole number, or repeated, or already taken by an opinion of the same consultation, or with a text the model
 * refuses, is a problem with its row and reason. Blank rows are skipped; a row without a number is numbered after the
 * highest number of the consultation.
 */
public final class OpinionImport {
    /** At most this many problems are listed; the rest are counted. */
    public static final int MAX_LISTED = 100;
    private static final int HEADER_SEARCH = 30;

    private static final List<String> NUMBER = List.of("番号", "no", "no.", "№", "#", "通番", "意見番号", "number");
    private static final List<String> PAGE = List.of("ページ", "頁", "該当ページ", "page", "p", "p.");
    private static final List<String> ITEM = List.of("項目", "該当項目", "施策名", "取組", "具体的な取組", "施策",
            "対象", "item", "topic");
    private static final List<String> TEXT = List.of("意見", "ご意見", "意見の概要", "ご意見の概要", "意見内容",
            "ご意見の内容", "意見の内容", "opinion", "comment");
    private static final List<String> ANSWER = List.of("回答", "考え方", "回答・考え方", "ご意見に対する考え方",
            "意見に対する考え方", "市の考え方", "answer");
    private static final List<String> WHOLE_PLAN = List.of("", "全体", "全般", "その他", "計画全体", "ビジョン全体");

    /** Where imported opinions go: a revision, a kind, the consultation and its period (each may be null). */
    public record Target(String revisionId, String kindId, String source, LocalDate fromDate, LocalDate toDate) {
    }

    /**
     * One row of the file: its row number (as Excel numbers it), the cells, and what it concerns once matched
     * ({@code matched} false: not yet; the ids are then null).
     */
    public record Row(int row, Integer number, String page, String item, String text, String answer,
            boolean matched, String policyAreaId, String directionId, String measureId) {
        Row assigned(String area, String direction, String measure) {
            return new Row(row, number, page, item, text, answer, true, area, direction, measure);
        }
    }

    /** What a file would add: refused with its problems (the first {@link #MAX_LISTED}), or the rows to add. */
    public record Result(Target target, List<Row> rows, List<ImportProblem> problems, int unlisted) {
        public Result {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }

        public boolean refused() {
            return !problems.isEmpty() || unlisted > 0;
        }

        public int problemCount() {
            return problems.size() + unlisted;
        }

        /** The rows whose 項目 matched nothing (or several cards): the officer assigns them ({@link #assign}). */
        public List<Row> unmatched() {
            return rows.stream().filter(r -> !r.matched()).toList();
        }

        /** "… and n more problems", when not every problem is listed. */
        public java.util.Optional<LocalizedException> more() {
            return unlisted == 0 ? java.util.Optional.empty()
                    : java.util.Optional.of(new LocalizedException("budget.problems.more", unlisted, MAX_LISTED));
        }

        /**
         * This result with row {@code row} (as numbered in the file) assigned to a card, direction or policy area of
         * the revision (all null: the plan as a whole); its "matches nothing" problem goes.
         */
        public Result assign(int row, String policyAreaId, String directionId, String measureId) {
            List<Row> out = new ArrayList<>();
            boolean found = false;
            for (Row r : rows) {
                if (r.row() == row) {
                    out.add(r.assigned(policyAreaId, directionId, measureId));
                    found = true;
                } else {
                    out.add(r);
                }
            }
            if (!found) {
                throw new LocalizedException("opinions.import.noSuchRow", row);
            }
            List<ImportProblem> left = problems.stream()
                    .filter(p -> !(p.row() == row && UNMATCHED_KEYS.contains(p.reason().key()))).toList();
            return new Result(target, out, left, unlisted);
        }

        /** The opinions the rows become, with fresh ids of {@code s}. */
        public List<Opinion> opinions(Sphere s) {
            if (refused()) {
                throw new IllegalStateException("a refused import cannot be applied");
            }
            Ids ids = new Ids(s);
            List<Opinion> out = new ArrayList<>();
            for (Row r : rows) {
                out.add(opinion(ids.next("op"), target, r));
            }
            return out;
        }

        /** The sphere with every row added at the end (one edit); refused results must not be applied. */
        public Sphere applyTo(Sphere s) {
            return OpinionEdits.addAll(s, opinions(s));
        }

        /** The import as one undoable edit for the window's history. */
        public SphereEdit edit() {
            return OpinionEdits.edit(this::applyTo);
        }
    }

    private static final Set<String> UNMATCHED_KEYS = Set.of("opinions.import.unmatched",
            "opinions.import.ambiguous");

    private OpinionImport() {
    }

    static Opinion opinion(String id, Target t, Row r) {
        boolean answered = r.answer() != null && !r.answer().isBlank();
        return new Opinion(id, t.kindId(), r.number(), t.source(), t.fromDate(), t.toDate(), t.revisionId(),
                r.policyAreaId(), r.directionId(), r.measureId(), blankToNull(r.page()), blankToNull(r.item()),
                r.text(), answered ? r.answer() : null, answered ? OpinionStatus.ANSWERED : OpinionStatus.OPEN, null,
                null);
    }

    /** Reads and checks {@code file}. */
    public static Result check(Sphere s, Target target, Path file) {
        List<RawTable> tables;
        try {
            tables = TableReader.read(file);
        } catch (LocalizedException e) {
            return new Result(target, List.of(), List.of(new ImportProblem(0, null, e)), 0);
        }
        return check(s, target, tables);
    }

    /** Checks tables already read (one per sheet). */
    public static Result check(Sphere s, Target target, List<RawTable> tables) {
        return new Check(s, target).run(tables);
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }

    static String key(String heading) {
        return CardSearch.fold(heading).toLowerCase(Locale.ROOT);
    }

    /** The running state of one check. */
    private static final class Check {
        private final Sphere sphere;
        private final Target target;
        private final List<ImportProblem> problems = new ArrayList<>();
        private int unlisted;
        private final List<Row> rows = new ArrayList<>();
        /** folded name → the cards, directions or areas so named (several: ambiguous) */
        private final Map<String, List<String[]>> names = new HashMap<>();

        Check(Sphere sphere, Target target) {
            this.sphere = sphere;
            this.target = target;
        }

        private void problem(int row, String column, LocalizedException reason) {
            if (problems.size() >= MAX_LISTED) {
                unlisted++;
                return;
            }
            problems.add(new ImportProblem(row, column == null ? null : column.replaceAll("\\s+", " ").strip(),
                    reason));
        }

        private Result result() {
            return new Result(target, rows, problems, unlisted);
        }

        Result run(List<RawTable> tables) {
            Revision rev = target.revisionId() == null ? null : sphere.revision(target.revisionId()).orElse(null);
            if (rev == null) {
                problem(0, null, new LocalizedException("model.ref", "opinion.revisionId", target.revisionId()));
                return result();
            }
            if (target.kindId() == null || sphere.opinionKind(target.kindId()).isEmpty()) {
                problem(0, null, new LocalizedException("opinions.import.unknownKind", String.valueOf(target.kindId()),
                        sphere.opinionKinds().stream().map(k -> k.id() + "（" + k.name() + "）")
                                .collect(java.util.stream.Collectors.joining("、"))));
                return result();
            }
            index(rev);
            for (RawTable t : tables) {
                for (int h = 0; h < Math.min(HEADER_SEARCH, t.rows().size()); h++) {
                    int[] cols = header(t, h);
                    if (cols != null) {
                        rows(t, h, cols);
                        if (rows.isEmpty() && problems.isEmpty()) {
                            problem(0, null, new LocalizedException("opinions.import.noRows"));
                        }
                        return result();
                    }
                }
            }
            problem(0, null, new LocalizedException("opinions.import.noHeader"));
            return result();
        }

        private void index(Revision rev) {
            // the areas (nodes at the plan's summary level: the vision's 政策分野), then the nodes below them (取組分野)
            // and their cards, in plan order
            int level = Concerns.of(sphere).summaryLevel(rev.id());
            for (Node n : rev.nodes()) {
                indexNode(n, 0, level);
            }
            rev.items().forEach(this::indexCard);
        }

        private void indexNode(Node n, int depth, int level) {
            if (depth == level) {
                name(n.name(), new String[] {n.id(), null, null});
            } else if (depth > level) {
                name(n.name(), new String[] {null, n.id(), null});
            }
            n.children().forEach(c -> indexNode(c, depth + 1, level));
            n.measures().forEach(this::indexCard);
        }

        private void indexCard(Measure m) {
            name(m.name(), new String[] {null, null, m.id()});
            // as the 意見 window and the printed plan label it: 「No.1 休日・夜間診療体制確保事業」
            name("No." + m.number() + m.name(), new String[] {null, null, m.id()});
            m.aliases().forEach(al -> name(al, new String[] {null, null, m.id()}));
        }

        private void name(String n, String[] ids) {
            List<String[]> l = names.computeIfAbsent(key(n), k -> new ArrayList<>());
            if (l.stream().noneMatch(x -> java.util.Arrays.equals(x, ids))) {
                l.add(ids);
            }
        }

        /** The columns number, page, item, text, answer (-1 when absent) when row {@code h} is the heading row. */
        private int[] header(RawTable t, int h) {
            int[] cols = {-1, -1, -1, -1, -1};
            List<List<String>> kinds = List.of(NUMBER, PAGE, ITEM, TEXT, ANSWER);
            List<String> cells = t.rows().get(h);
            for (int c = 0; c < cells.size(); c++) {
                String k = key(cells.get(c));
                for (int i = 0; i < kinds.size(); i++) {
                    if (kinds.get(i).contains(k) && cols[i] < 0) {
                        cols[i] = c;
                    }
                }
            }
            return cols[3] >= 0 && cols[2] >= 0 ? cols : null;
        }

        private void rows(RawTable t, int h, int[] cols) {
            String numberHeading = cols[0] < 0 ? null : t.cell(h, cols[0]);
            String itemHeading = t.cell(h, cols[2]);
            String textHeading = t.cell(h, cols[3]);
            int highest = sphere.opinions().stream().filter(this::sameConsultation).map(Opinion::number)
                    .filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).max().orElse(0);
            Set<Integer> taken = new HashSet<>();
            sphere.opinions().stream().filter(this::sameConsultation).map(Opinion::number)
                    .filter(java.util.Objects::nonNull).forEach(taken::add);
            Map<Integer, Integer> seen = new HashMap<>();
            List<Row> pending = new ArrayList<>();
            for (int i = h + 1; i < t.rows().size(); i++) {
                if (t.blank(i)) {
                    continue;
                }
                int rowNo = i + 1;
                boolean ok = true;
                Integer number = null;
                if (cols[0] >= 0 && !t.cell(i, cols[0]).isBlank()) {
                    number = wholeNumber(t.cell(i, cols[0]));
                    if (number == null) {
                        problem(rowNo, numberHeading, new LocalizedException("opinions.import.badNumber",
                                t.cell(i, cols[0]).strip()));
                        ok = false;
                    } else if (seen.containsKey(number)) {
                        problem(rowNo, numberHeading, new LocalizedException("opinions.import.duplicateNumber",
                                number, seen.get(number)));
                        ok = false;
                    } else if (taken.contains(number)) {
                        problem(rowNo, numberHeading, new LocalizedException("opinions.import.numberTaken", number));
                        ok = false;
                    } else {
                        seen.put(number, rowNo);
                    }
                }
                String text = t.cell(i, cols[3]);
                if (text.isBlank()) {
                    problem(rowNo, textHeading, new LocalizedException("opinions.import.noText"));
                    ok = false;
                }
                String item = t.cell(i, cols[2]).strip();
                Row r = new Row(rowNo, number, cols[1] < 0 ? null : t.cell(i, cols[1]).strip(), item, text.strip(),
                        cols[4] < 0 ? null : t.cell(i, cols[4]).strip(), false, null, null, null);
                List<String[]> found = WHOLE_PLAN.contains(key(item)) ? List.<String[]>of(new String[3])
                        : names.getOrDefault(key(item), List.of());
                if (found.size() == 1) {
                    r = r.assigned(found.get(0)[0], found.get(0)[1], found.get(0)[2]);
                } else if (found.isEmpty()) {
                    problem(rowNo, itemHeading, new LocalizedException("opinions.import.unmatched", item));
                } else {
                    problem(rowNo, itemHeading, new LocalizedException("opinions.import.ambiguous", item,
                            found.size()));
                }
                if (ok) {
                    try {
                        opinion("check", target, r); // the model's own checks (length, control characters …)
                    } catch (LocalizedException e) {
                        problem(rowNo, null, e);
                        ok = false;
                    }
                }
                pending.add(r);
            }
            for (Row r : pending) {
                if (r.number() == null) {
                    while (seen.containsKey(highest + 1) || taken.contains(highest + 1)) {
                        highest++;
                    }
                    highest++;
                    seen.put(highest, r.row());
                    r = new Row(r.row(), highest, r.page(), r.item(), r.text(), r.answer(), r.matched(),
                            r.policyAreaId(), r.directionId(), r.measureId());
                }
                rows.add(r);
            }
        }

        private boolean sameConsultation(Opinion o) {
            return o.kindId().equals(target.kindId()) && java.util.Objects.equals(o.revisionId(), target.revisionId())
                    && java.util.Objects.equals(o.source(), target.source());
        }

        private static Integer wholeNumber(String cell) {
            String n = java.text.Normalizer.normalize(cell, java.text.Normalizer.Form.NFKC).strip();
            if (n.endsWith(".0")) {
                n = n.substring(0, n.length() - 2); // a number cell of a workbook read as 12.0
            }
            if (!n.matches("[0-9]{1,9}")) {
                return null;
            }
            int v = Integer.parseInt(n);
            return v >= 1 ? v : null;
        }
    }
}
