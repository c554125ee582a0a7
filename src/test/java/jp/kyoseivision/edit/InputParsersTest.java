package jp.kyoseivision.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import jp.kyoseivision.text.LocalizedException;
import org.junit.jupiter.api.Test;

class InputParsersTest {
    @Test
    void budgetsAcceptHalfAndFullWidthDigitsWithOrWithoutCommas() {
        // seed 001 L1722: 48,221
        assertThat(InputParsers.thousandYen("48,221")).isEqualTo(48_221L);
        assertThat(InputParsers.thousandYen("４８，２２１")).isEqualTo(48_221L);
        assertThat(InputParsers.thousandYen("４８２２１")).isEqualTo(48_221L);
        assertThat(InputParsers.thousandYen(" 1,010,822 ")).isEqualTo(1_010_822L);
        assertThat(InputParsers.thousandYen("0")).isZero();
        assertThat(InputParsers.thousandYen("")).isNull();
    }

    @Test
    void budgetsRefuseWhatIsNotAWholeNonNegativeAmount() {
        for (String bad : new String[] {"48,22", "1.5", "千円", "12a", "1,2345", "４８．２"}) {
            assertThatThrownBy(() -> InputParsers.thousandYen(bad)).as(bad).isInstanceOf(LocalizedException.class)
                    .hasMessageContaining(bad).hasMessageContaining("千円");
        }
        assertThatThrownBy(() -> InputParsers.thousandYen("－５")).isInstanceOf(LocalizedException.class)
                .hasMessageContaining("負");
    }

    @Test
    void kpiValuesAreExactDecimals() {
        assertThat(InputParsers.decimal("27,932")).isEqualTo(new BigDecimal("27932"));
        assertThat(InputParsers.decimal("８８．２")).isEqualTo(new BigDecimal("88.2"));
        assertThat(InputParsers.decimal("67.1")).isEqualTo(new BigDecimal("67.1"));
        assertThatThrownBy(() -> InputParsers.decimal("中止")).isInstanceOf(LocalizedException.class);
    }

    @Test
    void fiscalYearsInWesternOrJapaneseForm() {
        assertThat(InputParsers.fiscalYear("2024")).isEqualTo(2024);
        assertThat(InputParsers.fiscalYear("令和6年度")).isEqualTo(2024);
        assertThat(InputParsers.fiscalYear("R1")).isEqualTo(2019);
        assertThat(InputParsers.fiscalYear("令和元年度")).isEqualTo(2019);
        assertThat(InputParsers.fiscalYear("H30")).isEqualTo(2018);
        assertThatThrownBy(() -> InputParsers.fiscalYear("24")).isInstanceOf(LocalizedException.class);
    }
}
