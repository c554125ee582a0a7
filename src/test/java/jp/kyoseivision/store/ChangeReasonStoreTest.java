package jp.kyoseivision.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import jp.kyoseivision.model.ChangeReason;
import jp.kyoseivision.model.Sphere;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing, replacing and deleting one reason in a real plan file holding the bundled sample. */
class ChangeReasonStoreTest {
    @TempDir
    Path dir;

    @Test
    void aReasonIsAddedReplacedInPlaceAndDeletedWithoutTouchingTheOthers() {
        Path f = dir.resolve("r.kyosei");
        Sphere sample = Sample.load();
        // the bundled sample holds the 6 reasons of seed 001 (lines 1118–1160)
        assertThat(sample.changeReasons()).hasSize(6);
        ChangeReason written = new ChangeReason("v2-adopted", "v3-adopted", "v2-m19", "v3-m17",
                "名称を起業・創業支援事業に改めた。");
        try (PlanFile pf = PlanFile.create(f, sample)) {
            ChangeReasonStore.upsert(pf, written);
        }
        Sphere expected = ChangeReasonStore.withReason(sample, written);
        try (PlanFile pf = PlanFile.open(f)) {
            Sphere read = pf.read();
            assertThat(read).isEqualTo(expected);
            assertThat(read.changeReasons()).hasSize(7).last().isEqualTo(written);

            // the renamed measure's official reason (seed 001 line 1130) is replaced in place, keeping its order
            ChangeReason edited = new ChangeReason("v2-adopted", "v3-adopted", "v2-m25", "v3-m23", "理由を修正");
            int at = read.changeReasons().indexOf(read.changeReasons().stream()
                    .filter(r -> "v2-m25".equals(r.fromMeasureId())).findFirst().orElseThrow());
            ChangeReasonStore.upsert(pf, edited);
            Sphere after = pf.read();
            assertThat(after.changeReasons()).hasSize(7);
            assertThat(after.changeReasons().get(at)).isEqualTo(edited);
            assertThat(after).isEqualTo(ChangeReasonStore.withReason(read, edited));

            // a deleted card's reason (to measure null) is found by IS NULL and removed alone
            ChangeReasonStore.delete(pf, "v2-adopted", "v3-adopted", "v2-m02", null);
            Sphere deleted = pf.read();
            assertThat(deleted.changeReasons()).hasSize(6)
                    .noneMatch(r -> "v2-m02".equals(r.fromMeasureId()));
            assertThat(deleted).isEqualTo(ChangeReasonStore.withoutReason(after, "v2-adopted", "v3-adopted",
                    "v2-m02", null));
        }
    }

    @Test
    void aReasonForAMeasureNotInTheFileIsRefusedAndNothingIsSaved() {
        Path f = dir.resolve("bad.kyosei");
        try (PlanFile pf = PlanFile.create(f, Sample.load())) {
            ChangeReason bad = new ChangeReason("v2-adopted", "v3-adopted", "no-such-card", null, "x");
            assertThatThrownBy(() -> ChangeReasonStore.upsert(pf, bad)).isInstanceOf(StoreException.class);
            assertThat(pf.read()).isEqualTo(Sample.load());
        }
    }
}
