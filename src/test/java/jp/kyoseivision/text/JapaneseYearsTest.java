package jp.kyoseivision.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class JapaneseYearsTest {
    @Test
    void fiscalYearsShowEraAndWesternYear() {
        assertThat(JapaneseYears.fiscalYear(2024, Locale.JAPANESE)).isEqualTo("令和6年度 (2024)");
        assertThat(JapaneseYears.fiscalYear(2028, Locale.JAPANESE)).isEqualTo("令和10年度 (2028)");
        // seed 000 writes R1 for FY2019 and H30 for FY2018
        assertThat(JapaneseYears.fiscalYear(2019, Locale.JAPANESE)).isEqualTo("令和元年度 (2019)");
        assertThat(JapaneseYears.fiscalYear(2018, Locale.JAPANESE)).isEqualTo("平成30年度 (2018)");
        assertThat(JapaneseYears.shortForm(2023)).isEqualTo("R5");
        assertThat(JapaneseYears.fiscalYear(2024, Locale.ENGLISH)).isEqualTo("FY2024 (R6)");
    }

    @Test
    void westernFirstPreferenceSwapsTheOrderInJapaneseOnly() {
        JapaneseYears.setWesternFirst(true);
        try {
            assertThat(JapaneseYears.fiscalYear(2024, Locale.JAPANESE)).isEqualTo("2024年度 (令和6年度)");
            assertThat(JapaneseYears.fiscalYear(2019, Locale.JAPANESE)).isEqualTo("2019年度 (令和元年度)");
            assertThat(JapaneseYears.date(LocalDate.of(2024, 3, 21), Locale.JAPANESE)).isEqualTo("2024年3月21日 (令和6年)");
            assertThat(JapaneseYears.fiscalYear(2024, Locale.ENGLISH)).isEqualTo("FY2024 (R6)");
        } finally {
            JapaneseYears.setWesternFirst(false);
        }
        assertThat(JapaneseYears.fiscalYear(2024, Locale.JAPANESE)).isEqualTo("令和6年度 (2024)");
    }

    @Test
    void datesFollowTheCalendarEraChange() {
        assertThat(JapaneseYears.date(LocalDate.of(2024, 3, 21), Locale.JAPANESE)).isEqualTo("令和6年3月21日 (2024-03-21)");
        assertThat(JapaneseYears.date(LocalDate.of(2019, 4, 30), Locale.JAPANESE)).startsWith("平成31年4月30日");
        assertThat(JapaneseYears.date(LocalDate.of(2019, 5, 1), Locale.JAPANESE)).startsWith("令和元年5月1日");
    }

    @Test
    void numbersAreGroupedAndKeepTheirDecimals() {
        assertThat(Numbers.grouped(48221L)).isEqualTo("48,221");
        assertThat(Numbers.grouped(new BigDecimal("27932"))).isEqualTo("27,932");
        assertThat(Numbers.grouped(new BigDecimal("88.2"))).isEqualTo("88.2");
        assertThat(Numbers.grouped(new BigDecimal("0.50"))).isEqualTo("0.50");
    }
}
