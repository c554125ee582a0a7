package jp.kyoseivision.ui.opinion;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kyoseivision.edit.InputParsers;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Opinion;
import jp.kyoseivision.model.OpinionStatus;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.text.LocalizedException;
import jp.kyoseivision.ui.common.FieldModel;
import jp.kyoseivision.ui.common.I18n;
import jp.kyoseivision.ui.opinion.OpinionViewModel.Choice;

/**
 * The view model of one opinion's form: a {@link FieldModel} per text (番号, ページ, 項目 as printed, 募集・会議,
 * 意見の概要, 回答・考え方) and the choices (種別, the card or direction it concerns, 状況, the change it caused); each
 * change is one undoable edit of the main window, saved at once. An answer typed for an opinion not yet answered
 * makes it 回答済; an answer cleared makes a 回答済 one 未回答 again.
 */
public final class OpinionFormModel {
    private final OpinionViewModel owner;
    private final I18n i18n;
    private final String opinionId;
    private final Map<String, FieldModel> fields = new LinkedHashMap<>();
    private boolean editable;

    OpinionFormModel(OpinionViewModel owner, String opinionId) {
        this.owner = owner;
        this.i18n = owner.i18n();
        this.opinionId = opinionId;
        fields.put("op-number", new FieldModel("op-number", typed -> {
            Integer n = number(typed);
            update("op.edit.field", o -> with(o, n, o.page(), o.topic(), o.source(), o.text()));
            return n == null ? "" : String.valueOf(n);
        }));
        line("op-page", (o, v) -> with(o, o.number(), v, o.topic(), o.source(), o.text()));
        line("op-topic", (o, v) -> with(o, o.number(), o.page(), v, o.source(), o.text()));
        line("op-source", (o, v) -> with(o, o.number(), o.page(), o.topic(), v, o.text()));
        fields.put("op-text", new FieldModel("op-text", typed -> {
            String v = typed.strip();
            if (v.isEmpty()) {
                throw new LocalizedException("input.required");
            }
            update("op.edit.field", o -> with(o, o.number(), o.page(), o.topic(), o.source(), v));
            return v;
        }));
        fields.put("op-answer", new FieldModel("op-answer", typed -> {
            String v = typed.strip();
            update("op.edit.answer", o -> {
                OpinionStatus st = o.status();
                if (!v.isEmpty() && st == OpinionStatus.OPEN) {
                    st = OpinionStatus.ANSWERED;
                } else if (v.isEmpty() && st == OpinionStatus.ANSWERED) {
                    st = OpinionStatus.OPEN;
                }
                return o.withAnswer(v.isEmpty() ? null : v, st);
            });
            return v;
        }));
    }

    private interface Setter {
        Opinion set(Opinion o, String value);
    }

    /** A one-line text: blank is none. */
    private void line(String id, Setter setter) {
        fields.put(id, new FieldModel(id, typed -> {
            String v = typed.strip();
            update("op.edit.field", o -> setter.set(o, v.isEmpty() ? null : v));
            return v;
        }));
    }

    private static Integer number(String typed) {
        String t = typed.strip();
        if (t.isEmpty()) {
            return null;
        }
        String n = InputParsers.typedNumber(t);
        try {
            int v = Integer.parseInt(n == null ? "x" : n);
            if (v < 1) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new LocalizedException("input.opinionNumber", typed.strip());
        }
    }

    private static Opinion with(Opinion o, Integer number, String page, String topic, String source, String text) {
        return new Opinion(o.id(), o.kindId(), number, source, o.fromDate(), o.toDate(), o.revisionId(),
                o.areaNodeId(), o.nodeId(), o.measureId(), page, topic, text, o.answer(), o.status(),
                o.changeFromMeasureId(), o.changeToMeasureId());
    }

    public String opinionId() {
        return opinionId;
    }

    public FieldModel field(String id) {
        return fields.get(id);
    }

    /** The opinion as the file holds it now (empty once deleted). */
    public Optional<Opinion> current() {
        Sphere s = owner.sphere();
        return s == null ? Optional.empty() : s.opinions().stream().filter(o -> o.id().equals(opinionId)).findFirst();
    }

    public boolean editable() {
        return editable;
    }

    /** Fills the fields from the file (pending input stays) and whether they can be edited now. */
    void reload() {
        Optional<Opinion> now = current();
        if (now.isEmpty()) {
            return;
        }
        Opinion o = now.get();
        editable = owner.editable();
        fields.get("op-number").load(o.number() == null ? "" : String.valueOf(o.number()));
        fields.get("op-page").load(o.page());
        fields.get("op-topic").load(o.topic());
        fields.get("op-source").load(o.source());
        fields.get("op-text").load(o.text());
        fields.get("op-answer").load(o.answer());
        fields.values().forEach(f -> f.editableProperty().set(editable));
    }

    public boolean commitPending() {
        return FieldModel.commitAll(fields.values());
    }

    private void update(String whatKey, java.util.function.UnaryOperator<Opinion> change) {
        owner.update(opinionId, whatKey, change);
    }

    // ---- the choices --------------------------------------------------------------------------------------------

    public List<Choice<String>> kindChoices() {
        return owner.kindChoices().subList(1, owner.kindChoices().size());
    }

    public void setKind(String kindId) {
        if (kindId != null) {
            update("op.edit.field", o -> new Opinion(o.id(), kindId, o.number(), o.source(), o.fromDate(), o.toDate(),
                    o.revisionId(), o.areaNodeId(), o.nodeId(), o.measureId(), o.page(), o.topic(), o.text(),
                    o.answer(), o.status(), o.changeFromMeasureId(), o.changeToMeasureId()));
        }
    }

    /** What an opinion can concern: the plan as a whole, a policy area, a direction or a card of its revision. */
    public List<Choice<String>> concernChoices() {
        return owner.concernChoices(revision());
    }

    /** The id of the card, else direction, else policy area the opinion concerns (null: the whole plan). */
    public String concern() {
        return current().map(o -> o.measureId() != null ? o.measureId()
                : o.nodeId() != null ? o.nodeId() : o.areaNodeId()).orElse(null);
    }

    /** Makes the opinion concern the card, direction or area with {@code id} (null: the plan as a whole). */
    public void setConcern(String id) {
        OpinionPlaces p = owner.places();
        if (id == null) {
            update("op.edit.field", o -> o.withConcern(null, null, null));
        } else if (p.card(id).isPresent()) {
            update("op.edit.field", o -> o.withConcern(null, null, id));
        } else if (p.direction(id).isPresent()) {
            update("op.edit.field", o -> o.withConcern(null, id, null));
        } else {
            update("op.edit.field", o -> o.withConcern(id, null, null));
        }
    }

    public void setStatus(OpinionStatus st) {
        if (st != null) {
            update("op.edit.answer", o -> o.withAnswer(o.answer(), st));
        }
    }

    /** The cards of the opinion's revision a 反映済 opinion can point at (the newer card of the change). */
    public List<Choice<String>> changeChoices() {
        List<Choice<String>> out = new ArrayList<>();
        out.add(new Choice<>(null, i18n.t("op.change.none")));
        Revision r = revision();
        if (r != null) {
            r.measures().forEach(m -> out.add(new Choice<>(m.id(), i18n.t("op.card", m.number(), m.name()))));
        }
        return out;
    }

    /** The newer card of the change it points at (null: none, or a card it removed). */
    public String changeTo() {
        return current().map(Opinion::changeToMeasureId).orElse(null);
    }

    /**
     * Points the opinion at the change of card {@code toMeasureId} (its revision's card): the older card is the one
     * of the same lineage in the revision it was based on, else in the previous edition's current revision (none:
     * a card the change added). Null points at no change.
     */
    public void setChangeTo(String toMeasureId) {
        if (toMeasureId == null) {
            update("op.edit.answer", o -> o.withChange(null, null));
            return;
        }
        String from = predecessor(toMeasureId);
        update("op.edit.answer", o -> o.withChange(from, toMeasureId));
    }

    private String predecessor(String measureId) {
        Sphere s = owner.sphere();
        Revision r = revision();
        Measure m = s.measure(measureId).orElse(null);
        if (m == null || r == null) {
            return null;
        }
        Revision before = r.basedOnId() == null ? null : s.revision(r.basedOnId()).orElse(null);
        if (before == null) {
            Plan plan = s.plans().stream().filter(p -> p.revisions().stream().anyMatch(x -> x.id().equals(r.id())))
                    .findFirst().orElse(null);
            int idx = plan == null ? -1 : plan.revisions().indexOf(plan.revisions().stream()
                    .filter(x -> x.id().equals(r.id())).findFirst().orElse(null));
            if (idx > 0) {
                before = plan.revisions().get(idx - 1);
            } else if (plan != null) {
                before = s.plans().stream().filter(p -> p.edition() < plan.edition())
                        .max(java.util.Comparator.comparingInt(Plan::edition)).flatMap(Plan::current).orElse(null);
            }
        }
        return before == null ? null : before.measures().stream().filter(x -> x.lineageId().equals(m.lineageId()))
                .map(Measure::id).findFirst().orElse(null);
    }

    private Revision revision() {
        Sphere s = owner.sphere();
        return current().flatMap(o -> s.revision(o.revisionId())).orElse(null);
    }
}
