package jp.kyoseivision.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import jp.kyoseivision.model.KpiValue;
import jp.kyoseivision.text.LocalizedException;
import org.junit.jupiter.api.Test;

class ActualInputTest {
    @Test
    void acceptsNumbersAsOfficersTypeThem() {
        assertThat(ActualInput.number("１２３")).contains(new BigDecimal("123"));
        // seed 000 L153: 11,819 as printed, in full width too
        assertThat(ActualInput.number("11,819")).contains(new BigDecimal("11819"));
        assertThat(ActualInput.number("１１，８１９")).contains(new BigDecimal("11819"));
        assertThat(ActualInput.number(" 88.2 ")).contains(new BigDecimal("88.2"));
        assertThat(ActualInput.number("８８．２")).contains(new BigDecimal("88.2"));
        assertThat(ActualInput.number("−5")).contains(new BigDecimal("-5"));
        assertThat(ActualInput.number("")).isEmpty();
    }

    @Test
    void refusesLettersAndMisplacedSeparators() {
        for (String bad : new String[] {"12a", "約100", "1,23", "1.2.3", "abc", "100人"}) {
            assertThatThrownBy(() -> ActualInput.number(bad)).isInstanceOf(LocalizedException.class)
                    .hasMessageContaining("「" + bad + "」は数値として読めません");
        }
    }

    @Test
    void buildsTheActualOrNothing() {
        assertThat(ActualInput.actual(2023, "", " ", null, "", "", "")).isNull();
        var a = ActualInput.actual(2022, "", "会場の分散化により、集計不可", "", null, "進捗", "");
        assertThat(a.value()).isEqualTo(KpiValue.note("会場の分散化により、集計不可"));
        assertThat(a.progress()).isEqualTo("進捗");
        assertThat(a.nextSteps()).isNull();
        assertThatThrownBy(() -> ActualInput.actual(2023, "1O0", "", "", "", "", ""))
                .isInstanceOf(LocalizedException.class);
    }
}
