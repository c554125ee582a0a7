package jp.kyoseivision.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jp.kyoseivision.model.ChangeReason;
import jp.kyoseivision.model.Sphere;

/**
 * The reasons recorded for changes between two revisions (新旧対照表の理由), edited as part of the sphere: a reason
 * is keyed by its two revisions and two cards. Saved like every other edit (one transaction, undoable).
 */
public final class ReasonEdits {
    private ReasonEdits() {
    }

    /** The sphere with {@code reason} stored (replaced in place when one with the same key exists, else appended). */
    public static Sphere withReason(Sphere s, ChangeReason reason) {
        List<ChangeReason> list = new ArrayList<>(s.changeReasons());
        int at = indexOf(list, reason.fromRevisionId(), reason.toRevisionId(), reason.fromMeasureId(),
                reason.toMeasureId());
        if (at >= 0) {
            list.set(at, reason);
        } else {
            list.add(reason);
        }
        return new Sphere(s.name(), s.municipalities(), s.centralMunicipalityId(), s.plans(), s.opinionKinds(),
                s.opinions(), list);
    }

    /** The sphere without the reason of this key. */
    public static Sphere withoutReason(Sphere s, String fromRevisionId, String toRevisionId, String fromMeasureId,
            String toMeasureId) {
        List<ChangeReason> list = new ArrayList<>(s.changeReasons());
        int at = indexOf(list, fromRevisionId, toRevisionId, fromMeasureId, toMeasureId);
        if (at >= 0) {
            list.remove(at);
        }
        return new Sphere(s.name(), s.municipalities(), s.centralMunicipalityId(), s.plans(), s.opinionKinds(),
                s.opinions(), list);
    }

    private static int indexOf(List<ChangeReason> list, String fromRev, String toRev, String fromM, String toM) {
        for (int i = 0; i < list.size(); i++) {
            ChangeReason r = list.get(i);
            if (r.fromRevisionId().equals(fromRev) && r.toRevisionId().equals(toRev)
                    && Objects.equals(r.fromMeasureId(), fromM) && Objects.equals(r.toMeasureId(), toM)) {
                return i;
            }
        }
        return -1;
    }
}
