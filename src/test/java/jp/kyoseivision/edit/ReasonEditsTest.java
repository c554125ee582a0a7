package jp.kyoseivision.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import jp.kyoseivision.model.ChangeReason;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.model.ValidationException;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing, replacing and deleting one reason, saved to a real plan file holding the bundled sample. */
class ReasonEditsTest {
    @TempDir
    Path dir;

    @Test
    void aReasonIsAddedReplacedInPlaceAndDeletedWithoutTouchingTheOthers() {
        Sphere sample = Sample.load();
        // the bundled sample holds the 6 reasons of seed 001 (lines 1118–1160)
        assertThat(sample.changeReasons()).hasSize(6);
        ChangeReason written = new ChangeReason("v2-adopted", "v3-adopted", "v2-m19", "v3-m17",
                "名称を起業・創業支援事業に改めた。");
        try (PlanFile pf = PlanFile.create(dir.resolve("r.kyosei"), sample)) {
            Sphere added = ReasonEdits.withReason(sample, written);
            pf.save(sample, added);
            assertThat(pf.read()).isEqualTo(added);
            assertThat(added.changeReasons()).hasSize(7).last().isEqualTo(written);

            // the renamed measure's official reason (seed 001 line 1130) is replaced in place, keeping its order
            ChangeReason edited = new ChangeReason("v2-adopted", "v3-adopted", "v2-m25", "v3-m23", "理由を修正");
            int at = added.changeReasons().indexOf(added.changeReasons().stream()
                    .filter(r -> "v2-m25".equals(r.fromMeasureId())).findFirst().orElseThrow());
            Sphere replaced = ReasonEdits.withReason(added, edited);
            pf.save(added, replaced);
            assertThat(pf.read().changeReasons()).hasSize(7);
            assertThat(pf.read().changeReasons().get(at)).isEqualTo(edited);

            // a deleted card's reason (no new card) is removed alone
            Sphere removed = ReasonEdits.withoutReason(replaced, "v2-adopted", "v3-adopted", "v2-m02", null);
            pf.save(replaced, removed);
            assertThat(pf.read().changeReasons()).hasSize(6).noneMatch(r -> "v2-m02".equals(r.fromMeasureId()));
            // and undo (the same write backwards) brings every step back
            pf.save(removed, sample);
            assertThat(pf.read()).isEqualTo(sample);
        }
    }

    @Test
    void aReasonForACardNotInTheFileIsRefused() {
        ChangeReason bad = new ChangeReason("v2-adopted", "v3-adopted", "no-such-card", null, "x");
        assertThatThrownBy(() -> ReasonEdits.withReason(Sample.load(), bad)).isInstanceOf(ValidationException.class);
    }
}
