package jp.kyoseivision.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import jp.kyoseivision.OtherKinds;
import jp.kyoseivision.model.PlanKind;
import org.junit.jupiter.api.Test;

/** The diff's place fields are named by the plan's levels (issue 19); the vision keeps 政策分野 and 取組分野. */
class FieldLabelsByKindTest {
    @Test
    void theVisionKeepsItsWordsAndAStrategyUsesItsLevelNames() {
        assertThat(DiffLabels.field(Field.POLICY_AREA, Locale.JAPANESE, PlanKind.VISION)).isEqualTo("政策分野");
        assertThat(DiffLabels.field(Field.DIRECTION, Locale.JAPANESE, PlanKind.VISION)).isEqualTo("取組分野");
        assertThat(DiffLabels.field(Field.POLICY_AREA, Locale.JAPANESE, OtherKinds.SOGO)).isEqualTo("基本目標");
        assertThat(DiffLabels.field(Field.DIRECTION, Locale.JAPANESE, OtherKinds.SOGO)).isEqualTo("施策展開の基本的方向");
        assertThat(DiffLabels.field(Field.NAME, Locale.JAPANESE, OtherKinds.SOGO))
                .isEqualTo(DiffLabels.field(Field.NAME, Locale.JAPANESE));
        // no levels: nothing to name, the usual words (an action plan's items never differ in place)
        assertThat(DiffLabels.field(Field.DIRECTION, Locale.ENGLISH, OtherKinds.ACTION))
                .isEqualTo(DiffLabels.field(Field.DIRECTION, Locale.ENGLISH));
    }
}
