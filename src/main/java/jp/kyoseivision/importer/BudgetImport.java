package jp.kyoseivision.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import jp.kyoseivision.edit.BudgetEdits;
import jp.kyoseivision.edit.InputParsers;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.text.LocalizedException;

/**
 * Checks a whole budget table against a plan's current revision and says what it would change. Nothing is written
 * here: the caller applies {@link Result#applyTo} as one edit only when {@link Result#problems()} is empty.
 *
 * <p>One row per card, found by its number and/or its name (an alias counts); one column per fiscal year. A cell
 * holds whole thousand yen (1,234 / １，２３４ / 1234); an empty cell means no budget for that year. Years and cards
 * the file does not name keep their budgets. Rows before the heading row (a title) and blank rows are skipped, and
 * so is a 合計 row without a number.
 */
public final class BudgetImport {
    /** The heading row is looked for in the first rows of each sheet. */
    private static final int HEADER_SEARCH = 30;

    /** At most this many problems are listed; the rest are counted (a file of 10,000 bad rows is one mistake). */
    public static final int MAX_LISTED = 100;

    /**
     * What a file would do to the plan: refused with its problems (the first {@link #MAX_LISTED} listed, the rest
     * counted in {@code unlisted}), or the list of changes.
     */
    public record Result(Plan plan, Revision revision, List<ImportProblem> problems, List<BudgetChange> changes,
            List<LocalizedException> notices, int unlisted) {
        public Result {
            problems = List.copyOf(problems);
            changes = List.copyOf(changes);
            notices = List.copyOf(notices);
        }

        public Result(Plan plan, Revision revision, List<ImportProblem> problems, List<BudgetChange> changes,
                List<LocalizedException> notices) {
            this(plan, revision, problems, changes, notices, 0);
        }

        public boolean refused() {
            return !problems.isEmpty();
        }

        /** Every problem found, listed or not. */
        public int problemCount() {
            return problems.size() + unlisted;
        }

        /** "… and 9,889 more problems", when not every problem is listed. */
        public java.util.Optional<LocalizedException> more() {
            return unlisted == 0 ? java.util.Optional.empty()
                    : java.util.Optional.of(new LocalizedException("budget.problems.more", unlisted, MAX_LISTED));
        }

        public List<BudgetEdits.Entry> entries() {
            return changes.stream().map(c -> new BudgetEdits.Entry(c.measureId(), c.fy(), c.after())).toList();
        }

        /** The sphere with every change applied (one edit); refused results must not be applied. */
        public Sphere applyTo(Sphere s) {
            if (refused()) {
                throw new IllegalStateException("a refused import cannot be applied");
            }
            return BudgetEdits.set(s, entries());
        }
    }

    private BudgetImport() {
    }

    /** The plan of this edition (第3次 = 3). */
    public static Plan plan(Sphere s, int edition) {
        return s.planByEdition(edition).orElseThrow(() -> new LocalizedException("store.noEdition", edition));
    }

    /** Reads and checks {@code file} against plan {@code edition} of {@code s}. */
    public static Result check(Sphere s, int edition, Path file) {
        Plan plan = plan(s, edition);
        List<RawTable> tables;
        try {
            tables = TableReader.read(file);
        } catch (LocalizedException e) {
            return new Result(plan, plan.current().orElse(null), List.of(new ImportProblem(0, null, e)), List.of(),
                    List.of());
        }
        return check(plan, tables);
    }

    /** Checks tables already read (one per sheet) against the plan's current revision. */
    public static Result check(Plan plan, List<RawTable> tables) {
        return new Check(plan).run(tables);
    }

    /** The running state of one check: problems and notices in the order of the file. */
    private static final class Check {
        private final Plan plan;
        private final List<ImportProblem> problems = new ArrayList<>();
        private int unlisted;
        private final List<LocalizedException> notices = new ArrayList<>();
        private final List<BudgetChange> changes = new ArrayList<>();

        Check(Plan plan) {
            this.plan = plan;
        }

        private Result result(Revision r) {
            changes.sort(Comparator.comparingInt(BudgetChange::number).thenComparingInt(BudgetChange::fy));
            return new Result(plan, r, problems, problems.isEmpty() ? changes : List.of(), notices, unlisted);
        }

        private void problem(int row, String column, LocalizedException reason) {
            if (problems.size() >= MAX_LISTED) {
                unlisted++;
                return;
            }
            problems.add(new ImportProblem(row, column == null ? null : Headings.shown(column), reason));
        }

        Result run(List<RawTable> tables) {
            Revision rev = plan.current().orElse(null);
            if (rev == null) {
                problem(0, null, new LocalizedException("budget.plan.noRevision", plan.title()));
                return result(null);
            }
            if (tables.stream().allMatch(t -> t.rows().stream().allMatch(r -> r.stream().allMatch(String::isBlank)))) {
                problem(0, null, new LocalizedException("budget.file.empty"));
                return result(rev);
            }
            for (RawTable t : tables) {
                for (int r = 0; r < Math.min(HEADER_SEARCH, t.rows().size()); r++) {
                    if (isHeader(t.rows().get(r))) {
                        if (tables.size() > 1) {
                            notices.add(new LocalizedException("budget.notice.sheet", t.sheet()));
                        }
                        rows(rev, t, r);
                        return result(rev);
                    }
                }
            }
            problem(0, null, new LocalizedException("budget.header.missing"));
            return result(rev);
        }

        private static boolean isHeader(List<String> cells) {
            boolean card = false;
            boolean year = false;
            for (String c : cells) {
                if (Headings.isNumber(c) || Headings.isName(c)) {
                    card = true;
                } else {
                    try {
                        year |= Headings.fiscalYear(c) != null;
                    } catch (LocalizedException e) {
                        year = true;
                    }
                }
            }
            return card && year;
        }

        private void rows(Revision rev, RawTable t, int header) {
            int headerRow = header + 1;
            List<String> heads = t.rows().get(header);
            int numberCol = -1;
            int nameCol = -1;
            Map<Integer, Integer> yearCols = new LinkedHashMap<>(); // column → fiscal year
            Map<Integer, String> yearHeading = new HashMap<>();
            for (int c = 0; c < heads.size(); c++) {
                String h = heads.get(c);
                if (h.isBlank()) {
                    continue;
                }
                if (Headings.isNumber(h) || Headings.isName(h)) {
                    boolean number = Headings.isNumber(h);
                    if ((number ? numberCol : nameCol) >= 0) {
                        problem(headerRow, h, new LocalizedException("budget.header.duplicateColumn",
                                Headings.shown(h)));
                    } else if (number) {
                        numberCol = c;
                    } else {
                        nameCol = c;
                    }
                    continue;
                }
                Integer fy;
                try {
                    fy = Headings.fiscalYear(h);
                } catch (LocalizedException e) {
                    problem(headerRow, h, e);
                    continue;
                }
                if (fy == null) {
                    notices.add(new LocalizedException("budget.notice.ignored", Headings.shown(h)));
                    continue;
                }
                Optional<Integer> same = yearCols.entrySet().stream().filter(e -> e.getValue().equals(fy))
                        .map(Map.Entry::getKey).findFirst();
                if (same.isPresent()) {
                    problem(headerRow, h, new LocalizedException("budget.header.duplicateYear",
                            Headings.shown(heads.get(same.get()))));
                    continue;
                }
                if (fy < plan.startFy() || fy > plan.endFy()) {
                    final int col = c;
                    boolean used = false;
                    for (int r = header + 1; r < t.rows().size(); r++) {
                        used |= !t.cell(r, col).isBlank();
                    }
                    if (used) {
                        problem(headerRow, h, new LocalizedException("budget.header.outOfRange", fy,
                                plan.startFy(), plan.endFy()));
                    } else {
                        notices.add(new LocalizedException("budget.notice.ignored", Headings.shown(h)));
                    }
                    continue;
                }
                yearCols.put(c, fy);
                yearHeading.put(c, h);
            }

            List<Measure> cards = rev.measures();
            index(cards);
            Map<String, Integer> firstRow = new HashMap<>();
            for (int r = header + 1; r < t.rows().size(); r++) {
                if (t.blank(r)) {
                    continue;
                }
                int row = r + 1;
                String numberText = numberCol < 0 ? "" : t.cell(r, numberCol);
                String nameText = nameCol < 0 ? "" : t.cell(r, nameCol);
                if (numberText.isBlank() && Headings.isTotal(nameText)
                        || nameText.isBlank() && Headings.isTotal(numberText)) {
                    notices.add(new LocalizedException("budget.notice.total", row));
                    continue;
                }
                Measure card = card(cards, row, numberCol < 0 ? null : heads.get(numberCol), numberText,
                        nameCol < 0 ? null : heads.get(nameCol), nameText);
                if (card != null) {
                    Integer first = firstRow.putIfAbsent(card.id(), row);
                    if (first != null) {
                        problem(row, null, new LocalizedException("budget.row.duplicate", card.number(),
                                card.name(), first));
                        card = null;
                    }
                }
                for (Map.Entry<Integer, Integer> col : yearCols.entrySet()) {
                    Long amount;
                    try {
                        amount = amount(t.cell(r, col.getKey()));
                    } catch (LocalizedException e) {
                        problem(row, yearHeading.get(col.getKey()), e);
                        continue;
                    }
                    Long before = card == null ? null : card.budget().get(col.getValue());
                    if (card != null && !Objects.equals(before, amount)) {
                        changes.add(new BudgetChange(card.id(), card.number(), card.name(), col.getValue(), before,
                                amount));
                    }
                }
            }
            long untouched = cards.stream().filter(m -> !firstRow.containsKey(m.id())).count();
            if (untouched > 0 && problems.isEmpty()) {
                notices.add(new LocalizedException("budget.notice.untouched", untouched));
            }
        }

        /** A lone dash is how some tables write "nothing": refused as not an amount (not as negative), never guessed. */
        private static Long amount(String cell) {
            if (InputParsers.normalize(cell).equals("-")) {
                throw new LocalizedException("input.thousandYen", cell.strip());
            }
            return InputParsers.thousandYen(cell);
        }

        /** The cards by number and by compared name (name or alias), each in card order: one lookup per row. */
        private final Map<Integer, List<Measure>> cardsByNumber = new HashMap<>();
        private final Map<String, List<Measure>> cardsByName = new HashMap<>();

        /**
         * Indexes {@code cards} once: looking each row's card up by scanning every card (and normalizing every name
         * again) made a table of 9,000 cards take minutes (issue 16).
         */
        private void index(List<Measure> cards) {
            for (Measure m : cards) {
                cardsByNumber.computeIfAbsent(m.number(), k -> new ArrayList<>()).add(m);
                java.util.Set<String> keys = new java.util.LinkedHashSet<>();
                keys.add(Headings.key(m.name()));
                m.aliases().forEach(a -> keys.add(Headings.key(a)));
                keys.forEach(k -> cardsByName.computeIfAbsent(k, x -> new ArrayList<>()).add(m));
            }
        }

        /** The card a row names, or {@code null} after recording why there is none. */
        private Measure card(List<Measure> cards, int row, String numberHead, String numberText, String nameHead,
                String nameText) {
            Measure byNumber = null;
            if (!numberText.isBlank()) {
                // digits as typed (ASCII or full-width) only: ① or ㊿ is not card 1 or 50 (no NFKC here)
                String k = jp.kyoseivision.edit.InputParsers.typedNumber(numberText);
                if (k == null || !k.matches("\\d{1,6}")) {
                    problem(row, numberHead, new LocalizedException("budget.row.badNumber", numberText.strip()));
                    return null;
                }
                int n = Integer.parseInt(k);
                List<Measure> numbered = cardsByNumber.getOrDefault(n, List.of());
                if (numbered.size() > 1) {
                    // a revision with two cards of one number (before 番号の振り直し): never guess which is meant
                    problem(row, numberHead, new LocalizedException("budget.row.duplicateNumber", n,
                            String.join("、", numbered.stream().map(Measure::name).toList())));
                    return null;
                }
                byNumber = numbered.isEmpty() ? null : numbered.get(0);
                if (byNumber == null) {
                    problem(row, numberHead, new LocalizedException("budget.row.unknownNumber", n, cards.size()));
                    return null;
                }
            }
            if (nameText.isBlank()) {
                if (byNumber == null) {
                    problem(row, null, new LocalizedException("budget.row.noCard"));
                }
                return byNumber;
            }
            String k = Headings.key(nameText);
            List<Measure> named = cardsByName.getOrDefault(k, List.of());
            if (byNumber != null) {
                if (!named.contains(byNumber)) {
                    problem(row, nameHead, new LocalizedException("budget.row.nameMismatch", byNumber.number(),
                            byNumber.name(), nameText.strip()));
                    return null;
                }
                return byNumber;
            }
            if (named.size() != 1) {
                problem(row, nameHead, new LocalizedException(named.isEmpty() ? "budget.row.unknownName"
                        : "budget.row.ambiguousName", nameText.strip()));
                return null;
            }
            return named.get(0);
        }
    }
}
