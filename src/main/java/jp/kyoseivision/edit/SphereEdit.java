package jp.kyoseivision.edit;

import java.util.function.UnaryOperator;
import jp.kyoseivision.model.Sphere;

/** One edit as a command: from the sphere now to the {@link Edited} result (next sphere and what it touched). */
@FunctionalInterface
public interface SphereEdit {
    Edited apply(Sphere s);

    /** A pure sphere edit that does not say what it touched (written by the whole compare). */
    static SphereEdit whole(UnaryOperator<Sphere> edit) {
        return s -> Edited.whole(edit.apply(s));
    }
}
