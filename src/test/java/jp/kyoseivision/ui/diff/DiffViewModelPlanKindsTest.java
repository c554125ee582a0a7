package jp.kyoseivision.ui.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import jp.kyoseivision.edit.SphereEdits;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.Sample;
import org.junit.jupiter.api.Test;

/** The comparison window's state on plans other than the 共生ビジョン. */
class DiffViewModelPlanKindsTest {
    private static Revision revision(Sphere s, String id) {
        return s.revision(id).orElseThrow();
    }

    @Test
    void anActionPlanWithoutGroupsOpensAndHasNoGroupFilter() {
        // 北上市's action plan (seed 004): its 10 プロジェクト stand directly under the revision
        Sphere s = SphereEdits.newRevision(Sample.load("kitakami").orElseThrow(), "kp-r7", "令和8年度版",
                LocalDate.of(2026, 3, 31));
        DiffViewModel vm = new DiffViewModel(s, null);
        assertThat(vm.fromProperty().get().id()).isEqualTo("kp-r7");
        assertThat(vm.toProperty().get().name()).isEqualTo("令和8年度版");
        assertThat(vm.rows()).hasSize(10);
        assertThat(vm.areas()).isEmpty();
        assertThat(vm.groupLevelName()).isNull();
    }

    @Test
    void theStrategyIsFilteredByItsGoals() {
        Sphere s = Sample.load();
        DiffViewModel vm = new DiffViewModel(s, null);
        vm.toProperty().set(revision(s, "s2-r1"));
        vm.fromProperty().set(revision(s, "s1-r1"));
        assertThat(vm.groupLevelName()).isEqualTo("基本目標");
        // 002's four 基本目標 and 003's three (the deleted items stand under the older plan's goals)
        assertThat(vm.areas()).hasSize(4 + 3).contains("結婚、出産、子育ての希望や生活と調和した働き方を実現し、様々な人が子育て"
                + "に関わり、次代を担う子どもを育むまちを目指します。");
        vm.areaProperty().set("結婚、出産、子育ての希望や生活と調和した働き方を実現し、様々な人が子育てに関わり、次代を担う子どもを"
                + "育むまちを目指します。");
        vm.filterProperty().set(DiffViewModel.Filter.ALL);
        // 003 L87–: 結婚の支援 … 企業における理解の促進 (s2-m12..s2-m20) under goal II
        assertThat(vm.rows()).extracting(r -> r.now().id()).containsExactly("s2-m12", "s2-m13", "s2-m14", "s2-m15",
                "s2-m16", "s2-m17", "s2-m18", "s2-m19", "s2-m20");
    }

    @Test
    void openedOnTheStrategyItComparesItWithItsPreviousEdition() {
        Sphere s = Sample.load();
        DiffViewModel vm = new DiffViewModel(s, null);
        assertThat(vm.toProperty().get().id()).isEqualTo("v3-adopted");
        vm.focus(revision(s, "s2-r1"));
        assertThat(vm.fromProperty().get().id()).isEqualTo("s1-r1");
        assertThat(vm.toProperty().get().id()).isEqualTo("s2-r1");
        // a revision of the series shown leaves the pair as it is
        vm.focus(revision(s, "s1-r1"));
        assertThat(vm.fromProperty().get().id()).isEqualTo("s1-r1");
        assertThat(vm.toProperty().get().id()).isEqualTo("s2-r1");
        DiffViewModel vision = new DiffViewModel(s, null);
        vision.focus(revision(s, "v2-adopted"));
        assertThat(vision.fromProperty().get().id()).isEqualTo("v2-adopted");
        assertThat(vision.toProperty().get().id()).isEqualTo("v3-adopted");
    }

    @Test
    void theOlderSideOffersTheSameSeriesFirst() {
        Sphere s = Sample.load();
        DiffViewModel vm = new DiffViewModel(s, null);
        vm.toProperty().set(revision(s, "s2-r1"));
        assertThat(vm.fromChoices()).extracting(Revision::id).startsWith("s2-r1", "s1-r1")
                .containsSubsequence("s1-r1", "v3-adopted", "v2-adopted");
        assertThat(vm.otherSeries(revision(s, "v3-adopted"))).isTrue();
        assertThat(vm.otherSeries(revision(s, "s1-r1"))).isFalse();
        vm.toProperty().set(revision(s, "v3-adopted"));
        assertThat(vm.fromChoices()).extracting(Revision::id).startsWith("v3-adopted", "v2-adopted");
    }
}
