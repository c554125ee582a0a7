package jp.kyoseivision.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import jp.kyoseivision.edit.SphereEdits;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.Sample;
import org.junit.jupiter.api.Test;

/** Issue 14, item 13: two cards of one number make a row naming that number refused, not matched to the first. */
class DuplicateNumberTest {
    @Test
    void aRowNamingADuplicatedNumberIsRefusedWithTheNumberAndTheCards() {
        Sphere s = Sample.load();
        Measure two = AmountInputTest.card(s, 2);
        s = SphereEdits.replaceMeasure(s, new Measure(two.id(), two.lineageId(), 1, two.name(), two.aliases(),
                two.content(), two.participants(), two.kpis(), two.budget(), two.projects(), two.effect(),
                two.roleSharing(), two.sdgs(), two.notes()));
        BudgetImport.Result r = BudgetImport.check(BudgetImport.plan(s, 3), List.of(new RawTable("",
                List.of(List.of("番号", "令和6年度"), List.of("1", "50,000")))));
        assertThat(r.refused()).isTrue();
        assertThat(r.changes()).isEmpty();
        assertThat(r.problems()).hasSize(1);
        assertThat(r.problems().get(0).message(Locale.JAPANESE)).contains("番号 1 のカードが複数あります",
                "休日・夜間診療体制確保事業", two.name());
        // a row naming the card by its name alone is still found: the name is unambiguous
        BudgetImport.Result byName = BudgetImport.check(BudgetImport.plan(s, 3), List.of(new RawTable("",
                List.of(List.of("施策名", "令和6年度"), List.of(two.name(), "50,000")))));
        assertThat(byName.problems()).isEmpty();
        assertThat(byName.changes()).singleElement().satisfies(c -> assertThat(c.measureId()).isEqualTo(two.id()));
    }
}
