package jp.kyoseivision.ui.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import jp.kyoseivision.edit.SphereEdits;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.Sample;
import org.junit.jupiter.api.Test;

/** The comparison's default filter: changes when there are some, every card when an untouched draft has none. */
class DiffViewModelFilterTest {
    @Test
    void theSecondToThirdVisionOpensOnTheChangedCards() {
        DiffViewModel vm = new DiffViewModel(Sample.load(), null);
        assertThat(vm.filterProperty().get()).isEqualTo(DiffViewModel.Filter.CHANGED);
        assertThat(vm.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.kind().name()).isNotEqualTo("UNCHANGED"));
    }

    @Test
    void anUntouchedDraftOpensOnEveryCardAndTheOfficersChoiceIsKept() {
        Sphere s = SphereEdits.newRevision(Sample.load(), "v3-adopted", "令和7年度改訂案", LocalDate.of(2026, 11, 29));
        DiffViewModel vm = new DiffViewModel(s, null);
        assertThat(vm.toProperty().get().name()).isEqualTo("令和7年度改訂案");
        assertThat(vm.filterProperty().get()).isEqualTo(DiffViewModel.Filter.ALL);
        assertThat(vm.rows()).hasSize(32); // the 32 cards of the 3rd vision, none changed
        vm.filterProperty().set(DiffViewModel.Filter.CHANGED);
        vm.fromProperty().set(vm.toProperty().get()); // another pair, still nothing changed: the choice stays
        assertThat(vm.filterProperty().get()).isEqualTo(DiffViewModel.Filter.CHANGED);
        assertThat(vm.rows()).isEmpty();
    }
}
