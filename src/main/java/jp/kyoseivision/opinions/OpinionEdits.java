package jp.kyoseivision.opinions;

import java.util.ArrayList;
import java.util.List;
import jp.kyoseivision.edit.Edited;
import jp.kyoseivision.edit.Ids;
import jp.kyoseivision.edit.SphereEdit;
import jp.kyoseivision.model.Opinion;
import jp.kyoseivision.model.OpinionKind;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.text.LocalizedException;

/**
 * The edits of opinions and their kinds, each building the next sphere (checked whole by the model) in the style of
 * {@link jp.kyoseivision.edit.SphereEdits}; {@link #edit} wraps one as a {@link SphereEdit} for the window's undo
 * history (written by comparing the whole spheres: only the opinion rows change).
 */
public final class OpinionEdits {
    private OpinionEdits() {
    }

    /** A command for the edit history: {@code edit} applied to the sphere of the moment. */
    public static SphereEdit edit(java.util.function.UnaryOperator<Sphere> edit) {
        return s -> Edited.whole(edit.apply(s));
    }

    /** A fresh opinion id for {@code s} (op-3fa9c2d1). */
    public static String newId(Sphere s) {
        return new Ids(s).next("op");
    }

    /** Adds {@code o} at the end (its id must be new). */
    public static Sphere add(Sphere s, Opinion o) {
        return addAll(s, List.of(o));
    }

    /** Adds every opinion of {@code list} at the end, in order: an import is one edit. */
    public static Sphere addAll(Sphere s, List<Opinion> list) {
        List<Opinion> out = new ArrayList<>(s.opinions());
        out.addAll(list);
        return s.withOpinions(s.opinionKinds(), out);
    }

    /** Replaces the opinion with the same id, in place. */
    public static Sphere update(Sphere s, Opinion updated) {
        List<Opinion> out = new ArrayList<>(s.opinions());
        int i = indexOf(out, updated.id());
        out.set(i, updated);
        return s.withOpinions(s.opinionKinds(), out);
    }

    public static Sphere delete(Sphere s, String opinionId) {
        List<Opinion> out = new ArrayList<>(s.opinions());
        out.remove(indexOf(out, opinionId));
        return s.withOpinions(s.opinionKinds(), out);
    }

    /** Adds a kind at the end of the list; returns the sphere (the new kind's id: {@code kind.id()}). */
    public static Sphere addKind(Sphere s, OpinionKind kind) {
        List<OpinionKind> kinds = new ArrayList<>(s.opinionKinds());
        kinds.add(kind);
        return s.withOpinions(kinds, s.opinions());
    }

    public static Sphere renameKind(Sphere s, String kindId, String name) {
        List<OpinionKind> kinds = new ArrayList<>(s.opinionKinds());
        int i = kindIndex(kinds, kindId);
        kinds.set(i, new OpinionKind(kindId, name));
        return s.withOpinions(kinds, s.opinions());
    }

    /** Moves a kind to {@code index} of the list (the order of lists and filters). */
    public static Sphere moveKind(Sphere s, String kindId, int index) {
        List<OpinionKind> kinds = new ArrayList<>(s.opinionKinds());
        OpinionKind k = kinds.remove(kindIndex(kinds, kindId));
        kinds.add(Math.max(0, Math.min(index, kinds.size())), k);
        return s.withOpinions(kinds, s.opinions());
    }

    /** Removes a kind no opinion uses; one in use is refused with the number of its opinions. */
    public static Sphere removeKind(Sphere s, String kindId) {
        List<OpinionKind> kinds = new ArrayList<>(s.opinionKinds());
        OpinionKind k = kinds.remove(kindIndex(kinds, kindId));
        long used = s.opinions().stream().filter(o -> o.kindId().equals(kindId)).count();
        if (used > 0) {
            throw new LocalizedException("opinions.kind.inUse", k.name(), used);
        }
        return s.withOpinions(kinds, s.opinions());
    }

    private static int indexOf(List<Opinion> list, String id) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new LocalizedException("model.ref", "opinion.id", id);
    }

    private static int kindIndex(List<OpinionKind> kinds, String id) {
        for (int i = 0; i < kinds.size(); i++) {
            if (kinds.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new LocalizedException("model.ref", "opinionKind.id", id);
    }
}
