package jp.kyoseivision.ui.opinion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Opinion;
import jp.kyoseivision.model.OpinionKind;
import jp.kyoseivision.model.OpinionStatus;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.opinions.AnswerTable;
import jp.kyoseivision.opinions.AreaSummary;
import jp.kyoseivision.opinions.Concerns;
import jp.kyoseivision.opinions.OpinionImport;
import jp.kyoseivision.opinions.OpinionEdits;
import jp.kyoseivision.opinions.OpinionFilter;
import jp.kyoseivision.text.LocalizedException;
import jp.kyoseivision.ui.MainViewModel;
import jp.kyoseivision.ui.common.I18n;

/**
 * State of the 意見 window: the revision shown, the filters (kind, policy area, card, status, words), the rows, the
 * opinion selected and its form ({@link OpinionFormModel}); adding and deleting an opinion. Every change is one
 * undoable edit of the main window ({@link MainViewModel#apply}), saved at once; the rows follow the sphere.
 */
public final class OpinionViewModel {
    /** One row of the table: the opinion and what its columns show. {@code itemKey}: the card or direction id. */
    public record Row(Opinion opinion, String number, String kind, String area, String item, String itemKey,
            String page, String text, String answer, String status) {
    }

    /** A choice of a filter or picker: its value (null: any / none) and what it shows. */
    public record Choice<T>(T value, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final MainViewModel main;
    private final I18n i18n;
    private final ObservableList<Revision> revisions = FXCollections.observableArrayList();
    private final ObjectProperty<Revision> revision = new SimpleObjectProperty<>();
    private final ObjectProperty<String> kindFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<String> areaFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<String> cardFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<OpinionStatus> statusFilter = new SimpleObjectProperty<>();
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<String> selectedId = new SimpleObjectProperty<>();
    private final java.util.Map<String, OpinionFormModel> forms = new java.util.HashMap<>();
    private OpinionPlaces places;
    private Concerns concerns;
    private final InvalidationListener onSphere = o -> sphereChanged();
    private final InvalidationListener onLock = o -> refresh();

    public OpinionViewModel(MainViewModel main) {
        this.main = main;
        this.i18n = main.i18n();
        main.sphereProperty().addListener(onSphere);
        main.lockChangedProperty().addListener(onLock);
        main.readOnlyProperty().addListener(onLock);
        InvalidationListener again = o -> refresh();
        revision.addListener(o -> {
            cardFilter.set(null);
            areaFilter.set(null);
            refresh();
        });
        kindFilter.addListener(again);
        areaFilter.addListener(again);
        cardFilter.addListener(again);
        statusFilter.addListener(again);
        query.addListener(again);
        sphereChanged();
    }

    /** Stops following the main window (the window closed). */
    public void dispose() {
        main.sphereProperty().removeListener(onSphere);
        main.lockChangedProperty().removeListener(onLock);
        main.readOnlyProperty().removeListener(onLock);
    }

    public I18n i18n() {
        return i18n;
    }

    public jp.kyoseivision.store.Settings settings() {
        return main.settings();
    }

    public Sphere sphere() {
        return main.sphereProperty().get();
    }

    private void sphereChanged() {
        Sphere s = sphere();
        places = s == null ? null : OpinionPlaces.of(s);
        concerns = s == null ? null : Concerns.of(s);
        List<Revision> all = new ArrayList<>();
        if (s != null) {
            s.plans().stream().sorted(Comparator.comparingInt(Plan::edition).reversed())
                    .forEach(p -> {
                        List<Revision> newestFirst = new ArrayList<>(p.revisions());
                        java.util.Collections.reverse(newestFirst);
                        all.addAll(newestFirst);
                    });
        }
        Revision was = revision.get();
        if (!all.equals(revisions)) {
            revisions.setAll(all);
        }
        Revision now = was == null ? defaultRevision(s, all)
                : all.stream().filter(r -> r.id().equals(was.id())).findFirst().orElse(defaultRevision(s, all));
        if (Objects.equals(now == null ? null : now.id(), was == null ? null : was.id())) {
            revision.set(now); // the same revision as the sphere now holds it; filters kept
            refresh();
        } else {
            revision.set(now);
        }
    }

    /** Like the KPI window: the newest revision with something to show (opinions), else the newest plan's current. */
    private static Revision defaultRevision(Sphere s, List<Revision> newestFirst) {
        if (s == null || newestFirst.isEmpty()) {
            return null;
        }
        java.util.Set<String> withOpinions = new java.util.HashSet<>();
        s.opinions().forEach(o -> withOpinions.add(o.revisionId()));
        return newestFirst.stream().filter(r -> withOpinions.contains(r.id())).findFirst()
                .orElse(s.plans().stream().max(Comparator.comparingInt(Plan::edition)).flatMap(Plan::current)
                        .orElse(newestFirst.get(0)));
    }

    /** The rows for the revision and filters, the selection kept when its opinion is still shown. */
    private void refresh() {
        Sphere s = sphere();
        Revision r = revision.get();
        List<Row> out = new ArrayList<>();
        if (s != null && r != null) {
            // the opinions service's filter: the area an opinion counts under, the card or the change it caused,
            // and the words folded (NFKC, case, spaces) so that two-character words such as 医療 match
            OpinionFilter f = new OpinionFilter(r.id(), kindFilter.get(), areaFilter.get(), cardFilter.get(),
                    statusFilter.get(), query.get());
            for (Opinion o : f.apply(concerns)) {
                out.add(row(s, o));
            }
        }
        rows.setAll(out);
        String keep = selectedId.get();
        if (keep != null && out.stream().noneMatch(x -> x.opinion().id().equals(keep))) {
            selectedId.set(null);
        }
        forms.values().forEach(f -> f.reload());
    }

    private Row row(Sphere s, Opinion o) {
        String kind = s.opinionKind(o.kindId()).map(OpinionKind::name).orElse(o.kindId());
        jp.kyoseivision.model.Node a = concerns.of(o).area();
        String item;
        String key = null;
        Optional<Measure> card = places.card(o.measureId());
        if (card.isPresent()) {
            item = i18n.t("op.card", card.get().number(), card.get().name());
            key = card.get().id();
        } else if (o.nodeId() != null && places.direction(o.nodeId()).isPresent()) {
            item = places.direction(o.nodeId()).get().name();
            key = o.nodeId();
        } else {
            item = o.topic() == null || o.topic().isBlank() ? (a == null ? i18n.t("op.none") : a.name()) : o.topic();
        }
        return new Row(o, o.number() == null ? "" : String.valueOf(o.number()), kind, a == null ? "" : a.name(),
                item, key, o.page() == null ? "" : o.page(), o.text(), o.answer() == null ? "" : o.answer(),
                statusLabel(o.status()));
    }

    public String statusLabel(OpinionStatus st) {
        return i18n.t("op.status." + st.name());
    }

    // ---- what the view binds ----------------------------------------------------------------------------------

    public ObservableList<Revision> revisions() {
        return revisions;
    }

    public ObjectProperty<Revision> revisionProperty() {
        return revision;
    }

    public String revisionLabel(Revision r) {
        Sphere s = sphere();
        String plan = s == null ? "" : s.plans().stream().filter(p -> p.revisions().contains(r)).findFirst()
                .map(Plan::title).orElse("");
        return i18n.t("op.revisionItem", plan, r.name());
    }

    public ObjectProperty<String> kindFilterProperty() {
        return kindFilter;
    }

    public ObjectProperty<String> areaFilterProperty() {
        return areaFilter;
    }

    public ObjectProperty<String> cardFilterProperty() {
        return cardFilter;
    }

    public ObjectProperty<OpinionStatus> statusFilterProperty() {
        return statusFilter;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<String> selectedIdProperty() {
        return selectedId;
    }

    /** The kinds to filter by (すべて first). */
    public List<Choice<String>> kindChoices() {
        List<Choice<String>> out = new ArrayList<>();
        out.add(new Choice<>(null, i18n.t("op.filter.all")));
        Sphere s = sphere();
        if (s != null) {
            s.opinionKinds().forEach(k -> out.add(new Choice<>(k.id(), k.name())));
        }
        return out;
    }

    /** The policy areas of the revision (すべて first). */
    public List<Choice<String>> areaChoices() {
        List<Choice<String>> out = new ArrayList<>();
        out.add(new Choice<>(null, i18n.t("op.filter.all")));
        Revision r = revision.get();
        if (r != null) {
            areas(r).forEach(a -> out.add(new Choice<>(a.id(), a.name())));
        }
        return out;
    }

    /** The cards of the revision (すべて first). */
    public List<Choice<String>> cardChoices() {
        List<Choice<String>> out = new ArrayList<>();
        out.add(new Choice<>(null, i18n.t("op.filter.all")));
        Revision r = revision.get();
        if (r != null) {
            r.measures().forEach(m -> out.add(new Choice<>(m.id(), i18n.t("op.card", m.number(), m.name()))));
        }
        return out;
    }

    public List<Choice<OpinionStatus>> statusChoices(boolean withAll) {
        List<Choice<OpinionStatus>> out = new ArrayList<>();
        if (withAll) {
            out.add(new Choice<>(null, i18n.t("op.filter.all")));
        }
        for (OpinionStatus st : OpinionStatus.values()) {
            out.add(new Choice<>(st, statusLabel(st)));
        }
        return out;
    }

    /** Shows the opinions about card {@code measureId}: its revision, only that card, other filters cleared. */
    public void showCard(String measureId) {
        Sphere s = sphere();
        if (s == null || measureId == null) {
            return;
        }
        s.revisions().filter(r -> r.measures().stream().anyMatch(m -> m.id().equals(measureId))).findFirst()
                .ifPresent(r -> {
                    if (revision.get() == null || !revision.get().id().equals(r.id())) {
                        revision.set(r);
                    }
                });
        kindFilter.set(null);
        areaFilter.set(null);
        statusFilter.set(null);
        query.set("");
        cardFilter.set(measureId);
    }

    /** How many opinions of its revision concern card {@code m} (as its card, or as the change they caused). */
    public static long countFor(Sphere s, String revisionId, String measureId) {
        return s.opinions().stream().filter(o -> revisionId.equals(o.revisionId())
                && (measureId.equals(o.measureId()) || measureId.equals(o.changeFromMeasureId())
                        || measureId.equals(o.changeToMeasureId()))).count();
    }

    // ---- editing ------------------------------------------------------------------------------------------------

    /**
     * Whether the opinions shown can be edited: a file open for writing (and read whole). An adopted (策定済, locked)
     * revision's opinions stay editable, as its KPI actuals do: they are not the plan's text, and answers come after
     * adoption (the opinions of the 2024-06-05 meeting on the adopted 3rd vision were answered on 2024-10-09).
     */
    public boolean editable() {
        Revision r = revision.get();
        return r != null && main.hasFile() && !main.readOnlyProperty().get();
    }

    /** The form of the selected opinion (kept while the window lives, so a refused entry waits in its field). */
    public Optional<OpinionFormModel> selectedForm() {
        String id = selectedId.get();
        if (id == null || sphere() == null || sphere().opinions().stream().noneMatch(o -> o.id().equals(id))) {
            return Optional.empty();
        }
        OpinionFormModel f = forms.computeIfAbsent(id, k -> new OpinionFormModel(this, k));
        f.reload();
        return Optional.of(f);
    }

    /** Commits whatever is typed in any opinion form (before the selection moves, the window closes …). */
    public boolean commitPending() {
        boolean ok = true;
        for (OpinionFormModel f : List.copyOf(forms.values())) {
            ok &= f.commitPending();
        }
        return ok;
    }

    /** The places of the sphere shown (cards, directions, areas by id). */
    OpinionPlaces places() {
        return places;
    }

    /** The number the next opinion of {@code kindId} gets in the revision shown. */
    public int nextNumber(String kindId) {
        Revision r = revision.get();
        Sphere s = sphere();
        return s == null || r == null ? 1 : s.opinions().stream()
                .filter(o -> r.id().equals(o.revisionId()) && o.kindId().equals(kindId) && o.number() != null)
                .mapToInt(Opinion::number).max().orElse(0) + 1;
    }

    /**
     * Adds an opinion of {@code kindId} with {@code text} to the revision shown (about the card filtered on, if
     * any) as one undoable edit, and selects it. Throws a {@code LocalizedException} when refused.
     */
    public String add(String kindId, String text) {
        Sphere s = sphere();
        Revision r = revision.get();
        if (s == null || r == null || !editable()) {
            return null; // the view offers no 追加 then; MainViewModel.apply would refuse a read-only file anyway
        }
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new LocalizedException("input.required");
        }
        String id = OpinionEdits.newId(s);
        int number = nextNumber(kindId);
        // the consultation of the newest opinion of the same kind in this revision: the usual case is one more
        Opinion like = s.opinions().stream().filter(o -> r.id().equals(o.revisionId()) && o.kindId().equals(kindId))
                .reduce((a, b) -> b).orElse(null);
        String card = cardFilter.get();
        Opinion o = new Opinion(id, kindId, number, like == null ? null : like.source(),
                like == null ? null : like.fromDate(), like == null ? null : like.toDate(), r.id(), null, null, card,
                null, null, t, null, OpinionStatus.OPEN, null, null);
        String kind = s.opinionKind(kindId).map(OpinionKind::name).orElse(kindId);
        main.apply(i18n.t("op.edit.what", i18n.t("op.edit.add"), kind, number), x -> OpinionEdits.add(x, o));
        kindFilter.set(kindFilter.get() == null || kindFilter.get().equals(kindId) ? kindFilter.get() : null);
        statusFilter.set(null);
        query.set("");
        selectedId.set(id);
        return id;
    }

    /** Deletes opinion {@code id} as one undoable edit. */
    public void delete(String id) {
        Sphere s = sphere();
        Opinion o = s == null ? null : s.opinions().stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
        if (o == null) {
            return;
        }
        forms.remove(id);
        main.apply(i18n.t("op.edit.what", i18n.t("op.edit.delete"), kindName(o), o.number()), x -> OpinionEdits.delete(x, id));
    }

    public String kindName(Opinion o) {
        Sphere s = sphere();
        return s == null ? o.kindId() : s.opinionKind(o.kindId()).map(OpinionKind::name).orElse(o.kindId());
    }

    /** Replaces opinion {@code id} by {@code change} of it as one undoable edit described by {@code whatKey}. */
    void update(String id, String whatKey, UnaryOperator<Opinion> change) {
        Sphere s = sphere();
        Opinion now = s.opinions().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        Opinion next = change.apply(now);
        if (next.equals(now)) {
            return;
        }
        main.apply(i18n.t("op.edit.what", i18n.t(whatKey), kindName(now), now.number()), x -> OpinionEdits.update(x, next));
    }

    // ---- import and export (the opinions service) ------------------------------------------------------------

    /**
     * Where an import goes: the revision shown, kind {@code kindId}, consultation {@code source} (blank: none); the
     * period is that of the newest opinion of the same kind and consultation in the revision (none: no dates).
     */
    public OpinionImport.Target importTarget(String kindId, String source) {
        Revision r = revision.get();
        String src = source == null || source.isBlank() ? null : source.strip();
        Opinion like = sphere().opinions().stream().filter(o -> r.id().equals(o.revisionId())
                && o.kindId().equals(kindId) && Objects.equals(o.source(), src)).reduce((a, b) -> b).orElse(null);
        return new OpinionImport.Target(r.id(), kindId, src, like == null ? null : like.fromDate(),
                like == null ? null : like.toDate());
    }

    /** The consultation of the newest opinion of {@code kindId} in the revision shown (the usual import target). */
    public String lastSource(String kindId) {
        Revision r = revision.get();
        Sphere s = sphere();
        return s == null || r == null ? "" : s.opinions().stream()
                .filter(o -> r.id().equals(o.revisionId()) && o.kindId().equals(kindId) && o.source() != null)
                .map(Opinion::source).reduce((a, b) -> b).orElse("");
    }

    /** Checks {@code file} against the sphere {@code s} (any thread: nothing is written). */
    public static OpinionImport.Result check(Sphere s, OpinionImport.Target target, java.nio.file.Path file) {
        return OpinionImport.check(s, target, file);
    }

    /** {@code r} with row {@code row} assigned to the card, direction or area with {@code id} (null: the plan). */
    public OpinionImport.Result assign(OpinionImport.Result r, int row, String id) {
        if (id == null) {
            return r.assign(row, null, null, null);
        } else if (places.card(id).isPresent()) {
            return r.assign(row, null, null, id);
        } else if (places.direction(id).isPresent()) {
            return r.assign(row, null, id, null);
        }
        return r.assign(row, id, null, null);
    }

    /** What a row of an import concerns, as the 項目 column shows it (a card's No. and name, a direction …). */
    public String concernLabel(String areaId, String directionId, String measureId) {
        if (measureId != null) {
            return places.card(measureId).map(m -> i18n.t("op.card", m.number(), m.name())).orElse(measureId);
        } else if (directionId != null) {
            return places.direction(directionId).map(d -> i18n.t("op.concern.direction", d.name()))
                    .orElse(directionId);
        } else if (areaId != null) {
            return places.area(areaId).map(a -> i18n.t("op.concern.area", a.name())).orElse(areaId);
        }
        return i18n.t("op.none");
    }

    /** What an opinion of the revision shown can concern: the plan, a policy area, a direction or a card. */
    public List<Choice<String>> concernChoices() {
        return concernChoices(revision.get());
    }

    List<Choice<String>> concernChoices(Revision r) {
        List<Choice<String>> out = new ArrayList<>();
        out.add(new Choice<>(null, i18n.t("op.none")));
        if (r != null) {
            int level = concerns.summaryLevel(r.id());
            for (jp.kyoseivision.model.Node a : areas(r)) {
                out.add(new Choice<>(a.id(), i18n.t("op.concern.area", a.name())));
                a.measures().forEach(m -> out.add(new Choice<>(m.id(), i18n.t("op.card", m.number(), m.name()))));
                a.self().skip(1).forEach(d -> directionChoices(d, out));
            }
            if (level < 0) { // a plan without areas: every node is a direction
                r.allNodes().forEach(d -> directionChoices(d, out));
            }
            r.items().forEach(m -> out.add(new Choice<>(m.id(), i18n.t("op.card", m.number(), m.name()))));
        }
        return out;
    }

    private void directionChoices(jp.kyoseivision.model.Node d, List<Choice<String>> out) {
        out.add(new Choice<>(d.id(), i18n.t("op.concern.direction", d.name())));
        d.measures().forEach(m -> out.add(new Choice<>(m.id(), i18n.t("op.card", m.number(), m.name()))));
    }

    /** The areas of {@code r}: its nodes at its plan's summary level (the vision's 政策分野), in plan order. */
    private List<jp.kyoseivision.model.Node> areas(Revision r) {
        int level = concerns.summaryLevel(r.id());
        return level < 0 ? List.of() : r.nodesAt(level);
    }

    /** Applies a checked import without problems as one undoable edit; the imported opinions are shown. */
    public void applyImport(OpinionImport.Result r) {
        if (r.refused()) {
            throw new IllegalStateException("a refused import cannot be applied");
        }
        String kind = sphere().opinionKind(r.target().kindId()).map(OpinionKind::name).orElse(r.target().kindId());
        main.applyEdit(i18n.t("op.import.edit", kind, r.rows().size()), r.edit());
        kindFilter.set(r.target().kindId());
        areaFilter.set(null);
        cardFilter.set(null);
        statusFilter.set(null);
        query.set("");
    }

    /** The 「ご意見の概要及びご意見に対する考え方」 table of the opinions shown (the filters applied). */
    public AnswerTable answerTable() {
        return AnswerTable.of(sphere(), revision.get(), rows.stream().map(Row::opinion).toList(), i18n.locale());
    }

    /** The counts per policy area of the opinions shown, as the seed prints them (医療：１件、産業振興：11 件 …). */
    public String summary() {
        Revision r = revision.get();
        if (r == null || rows.isEmpty()) {
            return "";
        }
        return AreaSummary.of(r, rows.stream().map(Row::opinion).toList(), concerns).text(i18n.locale());
    }

    private final StringProperty message = new SimpleStringProperty("");

    /** What the window last did (an export written …), said under its toolbar. */
    public StringProperty messageProperty() {
        return message;
    }

    void exported(String text) {
        message.set(text);
    }

    /** The PDF font chosen in 設定… or the print preview; null = found automatically. */
    public java.nio.file.Path pdfFont() {
        return jp.kyoseivision.ui.print.PrintPreview.chosenFont(main.settings());
    }
}
