package jp.kyoseivision.diff;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import jp.kyoseivision.model.ChangeKind;
import jp.kyoseivision.model.ChangeReason;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Node;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.text.LocalizedException;

/**
 * Compares two revisions of a sphere (of the same plan or of different editions).
 *
 * <p>Classification of a pair: RENAMED when the names differ and neither card lists the other's name as an alias
 * (the official table's 変更: the measure itself was changed, e.g. 世界遺産拡張登録推進事業 → 世界遺産価値向上推進事業);
 * otherwise CHANGED when any compared field other than the budget differs; BUDGET_PENDING (予算未入力) when nothing
 * but the budget differs and the newer card has no budget at all while the older had one (the draft of the next
 * edition, whose budgets are entered later); CHANGED when only budget amounts differ; UNCHANGED when nothing does.
 * Cards without a partner are DELETED or ADDED, their changes listing every field of the card. ADDED, DELETED and
 * RENAMED rows are the ones the official table shades. Budgets and KPI targets of plans whose periods do not
 * overlap are compared by plan year ({@link Periods}).
 */
public final class DiffService {
    private DiffService() {
    }

    /** Compares two revisions given by id or by plan edition (see {@link #resolve}). */
    public static RevisionDiff compare(Sphere sphere, String from, String to) {
        return compare(sphere, resolve(sphere, from), resolve(sphere, to), CardMatcher.DEFAULT_THRESHOLD);
    }

    public static RevisionDiff compare(Sphere sphere, Revision from, Revision to, double threshold) {
        return compare(sphere, from, to, threshold, NEVER);
    }

    /** A cancel check that never cancels. */
    public static final BooleanSupplier NEVER = () -> false;

    /**
     * As {@link #compare(Sphere, Revision, Revision, double)}, asking {@code cancelled} before each pair of cards it
     * weighs or compares (中止 in the comparison window): once it answers true the work stops at once with a
     * {@link CancellationException}.
     */
    public static RevisionDiff compare(Sphere sphere, Revision from, Revision to, double threshold,
            BooleanSupplier cancelled) {
        List<PlacedCard> olds = placed(from, plan(sphere, from).kind().matchLevel());
        List<PlacedCard> news = placed(to, plan(sphere, to).kind().matchLevel());
        boolean sameSeries = plan(sphere, from).series().equals(plan(sphere, to).series());
        List<CardMatcher.Pair> pairs = CardMatcher.match(olds, news, threshold, sameSeries, cancelled);
        Map<String, CardMatcher.Pair> byNew = new HashMap<>();
        Set<String> matchedOld = new HashSet<>();
        for (CardMatcher.Pair p : pairs) {
            byNew.put(p.now().id(), p);
            matchedOld.add(p.old().id());
        }
        Map<String, ChangeReason> reasons = reasons(sphere, from.id(), to.id());
        Periods periods = new Periods(plan(sphere, from), plan(sphere, to));
        FieldComparer comparer = new FieldComparer(sphere, periods);
        List<CardDiff> rows = new ArrayList<>();
        int nextOld = 0;
        for (PlacedCard n : news) {
            check(cancelled);
            CardMatcher.Pair p = byNew.get(n.id());
            if (p == null) {
                // a deleted card standing where the added one comes sits beside it (削除③ | 追加② in seed 001)
                for (; nextOld < olds.size() && !matchedOld.contains(olds.get(nextOld).id()); nextOld++) {
                    rows.add(oneSided(comparer, ChangeKind.DELETED, olds.get(nextOld), null, reasons));
                }
                rows.add(oneSided(comparer, ChangeKind.ADDED, null, n, reasons));
                continue;
            }
            // deleted cards that stood before this card's partner come first, as in the printed table
            for (; nextOld < p.old().index(); nextOld++) {
                PlacedCard o = olds.get(nextOld);
                if (!matchedOld.contains(o.id())) {
                    rows.add(oneSided(comparer, ChangeKind.DELETED, o, null, reasons));
                }
            }
            nextOld = Math.max(nextOld, p.old().index() + 1);
            List<FieldChange> changes = comparer.compare(p.old(), n);
            ChangeKind kind = !NameSimilarity.sameName(p.old().measure(), n.measure()) ? ChangeKind.RENAMED
                    : kind(p.old().measure(), n.measure(), changes);
            rows.add(new CardDiff(kind, p.old(), n, p.method(), p.score(), changes,
                    comparer.budgetLines(p.old().measure(), n.measure()),
                    reasons.get(key(p.old().id(), n.id()))));
        }
        for (; nextOld < olds.size(); nextOld++) {
            PlacedCard o = olds.get(nextOld);
            if (!matchedOld.contains(o.id())) {
                rows.add(oneSided(comparer, ChangeKind.DELETED, o, null, reasons));
            }
        }
        return new RevisionDiff(periods.from(), from, periods.to(), to, rows, totals(periods, olds, news));
    }

    /** Throws {@link CancellationException} when {@code cancelled} says so. */
    static void check(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException();
        }
    }

    /** The kind of a pair under the same name, from its changes (see the class comment). */
    static ChangeKind kind(Measure old, Measure now, List<FieldChange> changes) {
        if (changes.stream().anyMatch(c -> c.field() != Field.BUDGET)) {
            return ChangeKind.CHANGED;
        }
        if (now.budget().isEmpty() && !old.budget().isEmpty()) {
            return ChangeKind.BUDGET_PENDING;
        }
        return changes.isEmpty() ? ChangeKind.UNCHANGED : ChangeKind.CHANGED;
    }

    /**
     * The revision named by {@code rev}: a plan edition number ("3": that plan's current revision; several series
     * may have an edition 3, then the joint 共生ビジョン's), a revision id ("v3-adopted"), or a plan id ("s2": its
     * current revision).
     */
    public static Revision resolve(Sphere sphere, String rev) {
        if (rev != null && rev.matches("\\d{1,3}")) {
            var plan = sphere.planByEdition(Integer.parseInt(rev));
            if (plan.isPresent() && plan.get().current().isPresent()) {
                return plan.get().current().get();
            }
        }
        return sphere.revision(rev).or(() -> sphere.plan(rev).flatMap(Plan::current))
                .orElseThrow(() -> new LocalizedException("diff.revisionNotFound", rev));
    }

    public static Plan plan(Sphere sphere, Revision r) {
        // by id: comparing whole revisions by value would walk every card
        return sphere.plans().stream().filter(p -> p.revisions().stream().anyMatch(x -> x.id().equals(r.id())))
                .findFirst()
                .orElseThrow(() -> new LocalizedException("diff.revisionNotFound", r.id()));
    }

    /** The cards of a 共生ビジョン revision in plan order with their places (paired within their 政策分野). */
    public static List<PlacedCard> placed(Revision r) {
        return placed(r, jp.kyoseivision.model.PlanKind.VISION.matchLevel());
    }

    /** The cards of a revision in plan order with their places, paired by name within level {@code matchLevel}. */
    public static List<PlacedCard> placed(Revision r, int matchLevel) {
        List<PlacedCard> out = new ArrayList<>();
        for (Node n : r.nodes()) {
            place(n, new ArrayList<>(), matchLevel, out);
        }
        for (Measure m : r.items()) {
            out.add(new PlacedCard(m, List.of(), out.size(), matchLevel));
        }
        return out;
    }

    private static void place(Node n, List<Node> above, int matchLevel, List<PlacedCard> out) {
        above.add(n);
        for (Measure m : n.measures()) {
            out.add(new PlacedCard(m, above, out.size(), matchLevel));
        }
        for (Node c : n.children()) {
            place(c, above, matchLevel, out);
        }
        above.remove(above.size() - 1);
    }

    private static CardDiff oneSided(FieldComparer comparer, ChangeKind kind, PlacedCard o, PlacedCard n,
            Map<String, ChangeReason> reasons) {
        return new CardDiff(kind, o, n, null, 0, o != null ? comparer.oneSided(o, true) : comparer.oneSided(n, false),
                comparer.budgetLines(o == null ? null : o.measure(), n == null ? null : n.measure()),
                reasons.get(key(o == null ? null : o.id(), n == null ? null : n.id())));
    }

    private static Map<String, ChangeReason> reasons(Sphere sphere, String from, String to) {
        Map<String, ChangeReason> out = new HashMap<>();
        for (ChangeReason r : sphere.changeReasons()) {
            if (r.fromRevisionId().equals(from) && r.toRevisionId().equals(to)) {
                out.put(key(r.fromMeasureId(), r.toMeasureId()), r);
            }
        }
        return out;
    }

    private static String key(String fromMeasure, String toMeasure) {
        return Objects.toString(fromMeasure, "") + "\u0000" + Objects.toString(toMeasure, "");
    }

    private static List<BudgetLine> totals(Periods periods, List<PlacedCard> olds, List<PlacedCard> news) {
        return periods.lines(sum(olds), sum(news));
    }

    private static TreeMap<Integer, Long> sum(List<PlacedCard> cards) {
        TreeMap<Integer, Long> out = new TreeMap<>();
        for (PlacedCard c : cards) {
            c.measure().budget().forEach((fy, amount) -> out.merge(fy, amount, Math::addExact));
        }
        return out;
    }
}
