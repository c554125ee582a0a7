package jp.kyoseivision.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import jp.kyoseivision.edit.InputParsers;
import jp.kyoseivision.edit.SphereEdits;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.model.ValidationException;
import jp.kyoseivision.store.Sample;
import jp.kyoseivision.text.LocalizedException;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Issue 14, item 11: an amount is what the officer typed, or refused; budgets are bounded and summed exactly. */
class AmountInputTest {
    private final Sphere sample = Sample.load();

    @Test
    void digitsThatAreNotTypedDigitsAreRefusedNotTurnedIntoDigits() {
        // NFKC made 48221① into 482211, ㊿ into 50, ² into 2, 𝟏 into 1
        for (String bad : new String[] {"48221①", "①", "㊿", "4²", "𝟏𝟐", "٤٨", "48221\u00B9", "１２⁰"}) {
            assertThatThrownBy(() -> InputParsers.thousandYen(bad)).as(bad).isInstanceOf(LocalizedException.class)
                    .satisfies(e -> assertThat(((LocalizedException) e).message(Locale.JAPANESE))
                            .contains("金額として読めません"));
            assertThatThrownBy(() -> InputParsers.decimal(bad)).as(bad).isInstanceOf(LocalizedException.class);
        }
        // what officers type is still read
        assertThat(InputParsers.thousandYen("４８，２２１")).isEqualTo(48_221L);
        assertThat(InputParsers.thousandYen("48、221")).isEqualTo(48_221L);
        assertThat(InputParsers.thousandYen("48 221")).isEqualTo(48_221L);
        assertThat(InputParsers.thousandYen("　４８２２１　")).isEqualTo(48_221L);
        assertThat(InputParsers.decimal("８８．２")).isEqualByComparingTo("88.2");
    }

    @Test
    void budgetsAreBoundedAtOneThousandTrillionYen() {
        assertThat(InputParsers.thousandYen("1,000,000,000,000")).isEqualTo(Measure.MAX_BUDGET);
        for (String big : new String[] {"1,000,000,000,001", "9,007,199,254,740,993", "9223372036854775807",
            "99999999999999999999999"}) {
            assertThatThrownBy(() -> InputParsers.thousandYen(big)).as(big).isInstanceOf(LocalizedException.class)
                    .satisfies(e -> assertThat(((LocalizedException) e).message(Locale.ENGLISH))
                            .contains("too large", "1,000,000,000,000"));
        }
        Measure m = card(sample, 1);
        TreeMap<Integer, Long> huge = new TreeMap<>(m.budget());
        huge.put(2024, Long.MAX_VALUE);
        assertThatThrownBy(() -> withBudget(m, huge)).isInstanceOf(ValidationException.class);
        TreeMap<Integer, Long> max = new TreeMap<>();
        for (int fy = 2024; fy <= 2028; fy++) {
            max.put(fy, Measure.MAX_BUDGET);
        }
        assertThat(withBudget(m, max).budgetTotal()).isEqualTo(5 * Measure.MAX_BUDGET);
    }

    @Test
    void aFootnoteMarkInABudgetCellIsRefusedWithItsCell() {
        BudgetImport.Result r = BudgetImport.check(BudgetImport.plan(sample, 3), List.of(new RawTable("",
                List.of(List.of("番号", "令和6年度"), List.of("1", "48221①")))));
        assertThat(r.refused()).isTrue();
        assertThat(r.problems().get(0).message(Locale.JAPANESE)).startsWith("2行目「令和6年度」").contains("48221①");
    }

    @Test
    void theLargestBudgetSurvivesAnXlsxRoundTripAndAnythingLargerIsRefused() throws Exception {
        Measure one = card(sample, 1);
        TreeMap<Integer, Long> max = new TreeMap<>(one.budget());
        max.put(2025, Measure.MAX_BUDGET);
        Sphere s = SphereEdits.replaceMeasure(sample, withBudget(one, max));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BudgetExport.xlsx(BudgetImport.plan(s, 3), Locale.JAPANESE, out);
        BudgetImport.Result back = BudgetImport.check(BudgetImport.plan(s, 3), TableReader.read(out.toByteArray(),
                "xlsx"));
        assertThat(back.problems()).isEmpty();
        assertThat(back.changes()).isEmpty();

        // 2^53 + 1 as an Excel number is a double: refused by the bound, never rounded into the plan
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sh = wb.createSheet();
            sh.createRow(0).createCell(0).setCellValue("番号");
            sh.getRow(0).createCell(1).setCellValue("令和7年度");
            sh.createRow(1).createCell(0).setCellValue(1);
            sh.getRow(1).createCell(1).setCellValue(9_007_199_254_740_993d);
            ByteArrayOutputStream x = new ByteArrayOutputStream();
            wb.write(x);
            BudgetImport.Result r = BudgetImport.check(BudgetImport.plan(sample, 3), TableReader.read(
                    x.toByteArray(), "xlsx"));
            assertThat(r.refused()).isTrue();
            assertThat(r.problems().get(0).message(Locale.ENGLISH)).contains("too large");
        }
    }

    static Measure card(Sphere s, int number) {
        return BudgetImport.plan(s, 3).current().orElseThrow().measures().stream().filter(m -> m.number() == number)
                .findFirst().orElseThrow();
    }

    static Measure withBudget(Measure m, TreeMap<Integer, Long> budget) {
        return new Measure(m.id(), m.lineageId(), m.number(), m.name(), m.aliases(), m.content(), m.participants(),
                m.kpis(), budget, m.projects(), m.effect(), m.roleSharing(), m.sdgs(), m.notes());
    }
}
