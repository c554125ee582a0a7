package jp.kyoseivision.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import jp.kyoseivision.cli.SyntheticSphere;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.text.LocalizedException;
import org.junit.jupiter.api.Test;

/**
 * A budget import of thousands of cards (issue 16: it walked the sphere per card) gives what setting each card's
 * budget one by one gives: every named year changed, removed years gone, everything else the same objects.
 */
class BudgetEditsLargeTest {
    @Test
    void aThreeThousandCardImportEqualsOneCardAtATime() {
        Sphere s = SyntheticSphere.generate(3000, 2, 1, 9);
        Revision newest = s.plans().get(s.plans().size() - 1).current().orElseThrow();
        List<Measure> cards = newest.measures();
        assertThat(cards).hasSizeGreaterThanOrEqualTo(1500);
        List<BudgetEdits.Entry> entries = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            Measure m = cards.get(i);
            int fy = m.budget().isEmpty() ? 2025 : m.budget().firstKey();
            entries.add(new BudgetEdits.Entry(m.id(), fy, i % 7 == 0 ? null : 1000L + i));
            entries.add(new BudgetEdits.Entry(m.id(), 2031, (long) i));
        }
        Sphere fast = BudgetEdits.set(s, entries);

        // the same, one card at a time through the single-card edit
        Sphere slow = s;
        for (Measure m : cards) {
            SortedMap<Integer, Long> budget = new TreeMap<>(m.budget());
            for (BudgetEdits.Entry e : entries) {
                if (e.measureId().equals(m.id())) {
                    if (e.amount() == null) {
                        budget.remove(e.fy());
                    } else {
                        budget.put(e.fy(), e.amount());
                    }
                }
            }
            slow = SphereEdits.replaceMeasure(slow, MeasureChange.budget(m, budget));
        }
        assertThat(fast).isEqualTo(slow);
        Measure first = fast.measure(cards.get(1).id()).orElseThrow();
        assertThat(first.budget()).containsEntry(2031, 1L).containsEntry(
                cards.get(1).budget().isEmpty() ? 2025 : cards.get(1).budget().firstKey(), 1001L);
        assertThat(fast.measure(cards.get(0).id()).orElseThrow().budget()).containsEntry(2031, 0L)
                .doesNotContainKey(cards.get(0).budget().isEmpty() ? 2025 : cards.get(0).budget().firstKey());
        // the older edition is not touched: the same objects
        assertThat(fast.plans().get(0)).isSameAs(s.plans().get(0));
    }

    @Test
    void anUnknownCardIsRefusedAndNothingIsSet() {
        Sphere s = SyntheticSphere.generate(200, 1, 1, 9);
        Measure m = s.plans().get(0).current().orElseThrow().measures().get(0);
        assertThatThrownBy(() -> BudgetEdits.set(s, List.of(new BudgetEdits.Entry(m.id(), 2025, 5L),
                new BudgetEdits.Entry("no-such-card", 2025, 5L)))).isInstanceOf(LocalizedException.class);
        assertThat(BudgetEdits.set(s, List.of(new BudgetEdits.Entry(m.id(), 2025, m.budget().get(2025)))))
                .isSameAs(s);
    }
}
