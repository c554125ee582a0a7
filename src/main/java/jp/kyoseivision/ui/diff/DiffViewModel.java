package jp.kyoseivision.ui.diff;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.kyoseivision.diff.CardDiff;
import jp.kyoseivision.diff.CardMatcher;
import jp.kyoseivision.diff.DiffService;
import jp.kyoseivision.diff.RevisionDiff;
import jp.kyoseivision.model.ChangeKind;
import jp.kyoseivision.model.ChangeReason;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.edit.ReasonEdits;

/**
 * State of the comparison window: the two revisions, the comparison, the filters and the row list, the selected
 * row and the reason being edited. Saving a reason writes that one reason to the file in one transaction and keeps
 * the selection; a failed save leaves the text in the editor and the file as it was.
 */
public final class DiffViewModel {
    /** Which rows the list shows. */
    public enum Filter {
        /** Added, deleted and renamed: the rows the official table shades. */
        SHADED,
        /** Every row that differs in content (not a card whose budget is only not yet entered). */
        CHANGED,
        ALL
    }

    private final ReasonSaver file;

    /**
     * Saves a reason as one undoable edit of the main window (so undoing other edits never drops it) and returns
     * the sphere the file holds afterwards.
     */
    @FunctionalInterface
    public interface ReasonSaver {
        Sphere save(String description, java.util.function.UnaryOperator<Sphere> edit);
    }
    private Sphere sphere;
    private final ObservableList<Revision> revisions = FXCollections.observableArrayList();
    /** The revisions the older side offers: those of the newer side's series first, then the other series'. */
    private final ObservableList<Revision> fromChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Revision> from = new SimpleObjectProperty<>();
    private final ObjectProperty<Revision> to = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<RevisionDiff> diff = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Filter> filter = new SimpleObjectProperty<>(Filter.CHANGED);
    /** The policy area name to show, or {@code null} for all. */
    private final ObjectProperty<String> area = new SimpleObjectProperty<>();
    private final ObservableList<String> areas = FXCollections.observableArrayList();
    private final ObservableList<CardDiff> rows = FXCollections.observableArrayList();
    private final ObjectProperty<CardDiff> selected = new SimpleObjectProperty<>();
    private final StringProperty reasonText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper saveError = new ReadOnlyStringWrapper("");

    /**
     * @param file    saves a reason; {@code null} makes the reasons read-only
     */
    public DiffViewModel(Sphere sphere, ReasonSaver file) {
        this(sphere, file, NOW);
    }

    /**
     * Runs a comparison and hands its result to {@code apply} on the JavaFX thread: at once ({@link #NOW}), or in
     * the background for large revisions (the window's runner, {@link DiffView#inBackground}); a comparison that is
     * cancelled never calls {@code apply}.
     */
    @FunctionalInterface
    public interface Runner {
        /** {@code compare} takes the cancel check it asks before each pair of cards. */
        void run(Revision from, Revision to,
                java.util.function.Function<java.util.function.BooleanSupplier, RevisionDiff> compare,
                java.util.function.Consumer<RevisionDiff> apply);
    }

    /** Compares on the calling thread. */
    public static final Runner NOW = (from, to, compare, apply) -> apply.accept(compare.apply(DiffService.NEVER));

    private final Runner runner;
    /** Counts comparisons started: only the newest one's result is shown. */
    private int generation;
    /** Whether the officer picked a filter; until then it follows the comparison (see {@link #show}). */
    private boolean filterChosen;
    private boolean choosingFilter;

    public DiffViewModel(Sphere sphere, ReasonSaver file, Runner runner) {
        this.sphere = sphere;
        this.file = file;
        this.runner = runner;
        sphere.plans().stream().sorted((a, b) -> Integer.compare(b.edition(), a.edition()))
                .forEach(p -> p.revisions().forEach(revisions::add));
        fromChoices.setAll(revisions);
        from.addListener((o, a, b) -> recompute());
        to.addListener((o, a, b) -> {
            orderFromChoices();
            recompute();
        });
        filter.addListener((o, a, b) -> {
            if (!choosingFilter) {
                filterChosen = true; // the officer's choice is kept from now on
            }
            refilter();
        });
        area.addListener((o, a, b) -> refilter());
        selected.addListener((o, a, b) -> reasonText.set(b == null || b.reason() == null ? "" : b.reason().reason()));
        pickDefaults();
    }

    /** The newest plan's current revision against the revision it was based on, or the previous edition's. */
    private void pickDefaults() {
        List<Plan> byEdition = sphere.plans().stream().sorted((a, b) -> Integer.compare(b.edition(), a.edition()))
                .filter(p -> p.current().isPresent()).toList();
        if (byEdition.isEmpty()) {
            return;
        }
        Plan newest = byEdition.get(0);
        Revision now = newest.current().get();
        Revision before = null;
        if (now.basedOnId() != null) {
            before = sphere.revision(now.basedOnId()).orElse(null);
        }
        if (before == null && newest.revisions().size() > 1) {
            before = newest.revisions().get(newest.revisions().size() - 2);
        }
        if (before == null && byEdition.size() > 1) {
            before = byEdition.get(1).current().get();
        }
        from.set(before == null ? now : before);
        to.set(now);
    }

    /**
     * Opens on the plan the officer is looking at ({@code r}, the revision selected in the main window) when it is
     * of another series than the pair shown: {@code r} against the revision it was based on, else the plan's
     * previous revision, else the previous edition of its series (総合戦略 phase 2 → phase 1). A revision of the
     * series already shown leaves the pair as it is.
     */
    public void focus(Revision r) {
        if (r == null || sphere.revision(r.id()).isEmpty() || to.get() != null && !otherSeries(r)) {
            return;
        }
        Revision before = predecessor(r);
        to.set(null);
        from.set(before);
        to.set(r);
    }

    private Revision predecessor(Revision r) {
        if (r.basedOnId() != null && sphere.revision(r.basedOnId()).isPresent()) {
            return sphere.revision(r.basedOnId()).get();
        }
        Plan p = planOf(r);
        int at = p.revisions().indexOf(r);
        if (at > 0) {
            return p.revisions().get(at - 1);
        }
        return sphere.plans().stream().filter(x -> x.series().equals(p.series()) && x.edition() < p.edition())
                .filter(x -> x.current().isPresent()).max(java.util.Comparator.comparingInt(Plan::edition))
                .map(x -> x.current().get()).orElse(r);
    }

    private void recompute() {
        if (from.get() == null || to.get() == null) {
            generation++; // a comparison still running for the earlier choice is not shown
            diff.set(null);
            refilter();
            return;
        }
        String keep = selected.get() == null ? null : key(selected.get());
        int gen = ++generation;
        Sphere s = sphere;
        Revision a = from.get();
        Revision b = to.get();
        runner.run(a, b, cancelled -> DiffService.compare(s, a, b, CardMatcher.DEFAULT_THRESHOLD, cancelled), d -> {
            if (gen == generation) {
                show(d, keep);
            }
        });
    }

    private void show(RevisionDiff d, String selectedBefore) {
        // the pair asked for (showPair) wins over the row selected before
        String keep = wanted != null ? wanted : selectedBefore;
        wanted = null;
        diff.set(d);
        LinkedHashSet<String> names = new LinkedHashSet<>();
        diff.get().cards().forEach(c -> {
            String g = group(d, c);
            if (g != null) {
                names.add(g);
            }
        });
        if (!new ArrayList<>(names).equals(new ArrayList<>(areas))) {
            areas.setAll(names);
            if (area.get() != null && !names.contains(area.get())) {
                area.set(null);
            }
        }
        if (!filterChosen) {
            // 変更のあるもの by default; すべて when nothing differs in content (an untouched draft), so the window
            // never opens on an empty list
            boolean anyChange = d.cards().stream().anyMatch(DiffViewModel::changed);
            choosingFilter = true;
            try {
                filter.set(anyChange ? Filter.CHANGED : Filter.ALL);
            } finally {
                choosingFilter = false;
            }
        }
        refilter();
        if (keep != null) {
            rows.stream().filter(r -> key(r).equals(keep)).findFirst().ifPresent(selected::set);
        }
    }

    /** A change of content: not a card whose budget is only not yet entered. */
    private static boolean changed(CardDiff c) {
        return c.kind() != ChangeKind.UNCHANGED && c.kind() != ChangeKind.BUDGET_PENDING;
    }

    private void refilter() {
        CardDiff keep = selected.get();
        List<CardDiff> out = new ArrayList<>();
        if (diff.get() != null) {
            for (CardDiff c : diff.get().cards()) {
                boolean kind = switch (filter.get()) {
                    case SHADED -> c.shaded();
                    case CHANGED -> changed(c);
                    case ALL -> true;
                };
                if (kind && (area.get() == null || area.get().equals(group(diff.get(), c)))) {
                    out.add(c);
                }
            }
        }
        rows.setAll(out);
        if (keep == null || out.stream().noneMatch(r -> key(r).equals(key(keep)))) {
            selected.set(out.isEmpty() ? null : out.get(0));
        }
    }

    /**
     * The name of the group a row is filtered by: the node at its plan's summary level (the vision's 政策分野, a
     * 総合戦略's 基本目標), {@code null} for a plan without one (an action plan's projects stand alone).
     */
    static String group(RevisionDiff d, CardDiff c) {
        jp.kyoseivision.diff.PlacedCard p = c.card();
        int level = (c.now() != null ? d.toPlan() : d.fromPlan()).kind().summaryLevel();
        return level >= 0 && level < p.path().size() ? p.path().get(level).name() : null;
    }

    /**
     * The level name the group filter offers (政策分野, 基本目標), or {@code null} when the newer plan groups its
     * items by none.
     */
    public String groupLevelName() {
        RevisionDiff d = diff.get();
        if (d == null) {
            return null;
        }
        var kind = d.toPlan().kind();
        return kind.summaryLevel() < 0 ? null : kind.levelName(kind.summaryLevel());
    }

    private static String key(CardDiff c) {
        return (c.old() == null ? "" : c.old().id()) + "|" + (c.now() == null ? "" : c.now().id());
    }

    /** The row {@link #showPair} asked for, selected once the comparison it needs is shown. */
    private String wanted;

    /**
     * Shows the change from card {@code oldId} to card {@code newId} (either may be null: a card added or removed):
     * compares the revisions holding them (the other card's revision's predecessor when one is null), shows every row
     * and selects that pair. False when the cards are not in this sphere.
     */
    public boolean showPair(String oldId, String newId) {
        Revision a = oldId == null ? null : revisionOf(oldId);
        Revision b = newId == null ? null : revisionOf(newId);
        if (a == null && b == null) {
            return false;
        }
        wanted = (oldId == null ? "" : oldId) + "|" + (newId == null ? "" : newId);
        filter.set(Filter.ALL);
        area.set(null);
        Revision fromRev = a != null ? a : from.get();
        Revision toRev = b != null ? b : to.get();
        if (fromRev != null && toRev != null && fromRev.equals(from.get()) && toRev.equals(to.get())) {
            String key = wanted;
            wanted = null;
            rows.stream().filter(r -> key(r).equals(key)).findFirst().ifPresent(selected::set);
        } else {
            // from first: the comparison runs once both are set (to's change starts it)
            Revision oldTo = to.get();
            to.set(null);
            from.set(fromRev);
            to.set(toRev == null ? oldTo : toRev);
        }
        return true;
    }

    private Revision revisionOf(String measureId) {
        return sphere.revisions().filter(r -> r.measures().stream().anyMatch(m -> m.id().equals(measureId)))
                .findFirst().orElse(null);
    }

    /** Whether reasons can be written: a file is open and a row is selected. */
    public boolean canSaveReason() {
        return file != null && selected.get() != null;
    }

    /**
     * Saves the reason text for the selected row (a blank text deletes the stored reason). Returns false and sets
     * {@link #saveErrorProperty()} when it could not be saved; the text stays in the editor.
     */
    public boolean saveReason() {
        CardDiff row = selected.get();
        if (file == null || row == null) {
            return false;
        }
        String fromId = from.get().id();
        String toId = to.get().id();
        String oldId = row.old() == null ? null : row.old().id();
        String newId = row.now() == null ? null : row.now().id();
        String text = reasonText.get() == null ? "" : reasonText.get().strip();
        try {
            Sphere next;
            String what = (row.now() != null ? row.now() : row.old()).measure().name();
            if (text.isEmpty()) {
                next = file.save(what,
                        x -> ReasonEdits.withoutReason(x, fromId, toId, oldId, newId));
            } else {
                ChangeReason r = new ChangeReason(fromId, toId, oldId, newId, text);
                next = file.save(what, x -> ReasonEdits.withReason(x, r));
            }
            sphere = next;
            saveError.set("");
        } catch (RuntimeException e) {
            saveError.set(e.getMessage());
            return false;
        }
        String keep = key(row);
        recompute();
        rows.stream().filter(r -> key(r).equals(keep)).findFirst().ifPresent(selected::set);
        return true;
    }

    /** Whether the editor holds a text different from the stored reason. */
    public boolean reasonEdited() {
        CardDiff row = selected.get();
        String stored = row == null || row.reason() == null ? "" : row.reason().reason();
        return !Objects.equals(stored, reasonText.get() == null ? "" : reasonText.get().strip());
    }

    public Sphere sphere() {
        return sphere;
    }

    public ObservableList<Revision> revisions() {
        return revisions;
    }

    public ObservableList<Revision> fromChoices() {
        return fromChoices;
    }

    /** Whether {@code r} belongs to a plan of another series than the newer side's (compared by name only). */
    public boolean otherSeries(Revision r) {
        Revision now = to.get();
        return r != null && now != null && !planOf(r).series().equals(planOf(now).series());
    }

    private void orderFromChoices() {
        if (to.get() == null) {
            return;
        }
        List<Revision> same = revisions.stream().filter(r -> !otherSeries(r)).toList();
        List<Revision> other = revisions.stream().filter(this::otherSeries).toList();
        List<Revision> ordered = new ArrayList<>(same);
        ordered.addAll(other);
        if (!ordered.equals(fromChoices)) {
            Revision keep = from.get();
            fromChoices.setAll(ordered);
            if (keep != null && from.get() != keep) {
                from.set(keep);
            }
        }
    }

    /** The plan holding {@code r}. */
    public Plan planOf(Revision r) {
        return DiffService.plan(sphere, r);
    }

    public ObjectProperty<Revision> fromProperty() {
        return from;
    }

    public ObjectProperty<Revision> toProperty() {
        return to;
    }

    public ReadOnlyObjectProperty<RevisionDiff> diffProperty() {
        return diff.getReadOnlyProperty();
    }

    public ObjectProperty<Filter> filterProperty() {
        return filter;
    }

    public ObjectProperty<String> areaProperty() {
        return area;
    }

    public ObservableList<String> areas() {
        return areas;
    }

    public ObservableList<CardDiff> rows() {
        return rows;
    }

    public ObjectProperty<CardDiff> selectedProperty() {
        return selected;
    }

    public StringProperty reasonTextProperty() {
        return reasonText;
    }

    public ReadOnlyStringProperty saveErrorProperty() {
        return saveError.getReadOnlyProperty();
    }
}
