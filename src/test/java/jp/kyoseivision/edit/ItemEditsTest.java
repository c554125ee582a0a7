package jp.kyoseivision.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Project;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.Sample;
import jp.kyoseivision.text.LocalizedException;
import org.junit.jupiter.api.Test;

/** The item forms' changes on the bundled 総合戦略 and action plan, and what an edit of a card keeps. */
class ItemEditsTest {
    private final Sphere sample = Sample.load();
    private final Sphere kitakami = Sample.load("kitakami").orElseThrow();

    @Test
    void anEditOfACardKeepsItsPrintedCodeAndSections() {
        Measure m = sample.measure("s1-m05").orElseThrow();
        assertThat(m.code()).isEqualTo("I-②-2");
        assertThat(m.sections()).isNotEmpty();
        // the name of the item, and a KPI actual (through the KPI window) — before, both dropped code and sections
        Measure renamed = MeasureChange.name(m, "移住・定住の促進");
        assertThat(renamed.code()).isEqualTo("I-②-2");
        assertThat(renamed.sections()).isEqualTo(m.sections());
        Measure withKpis = MeasureChange.kpis(m, m.kpis());
        assertThat(withKpis).isEqualTo(m);
        Edited e = CardEdits.change(sample, "s1-m05", x -> MeasureChange.notes(x, "確認済"));
        assertThat(e.sphere().measure("s1-m05").orElseThrow().sections()).isEqualTo(m.sections());
    }

    @Test
    void sectionEntriesAreChangedAddedNumberedOnAndRemoved() {
        Measure p1 = kitakami.measure("kp-p01").orElseThrow();
        List<String> labels = ItemEdits.sectionLabels(List.of("現状・課題", "推進方針"), p1);
        assertThat(labels).containsExactly("現状・課題", "推進方針");
        int n = ItemEdits.entries(p1, "現状・課題").size();
        Measure added = ItemEdits.addEntry(p1, "現状・課題", "移住者の子育て支援", "転入世帯の相談窓口を設ける。");
        assertThat(ItemEdits.entries(added, "現状・課題")).hasSize(n + 1);
        assertThat(ItemEdits.entries(added, "現状・課題").get(n).number()).isEqualTo(String.valueOf(n + 1));
        assertThat(ItemEdits.removeEntry(added, "現状・課題", n)).isEqualTo(p1);
        Measure changed = ItemEdits.setEntry(p1, "現状・課題", 0, "子育て世帯の負担軽減", null);
        assertThat(ItemEdits.entries(changed, "現状・課題").get(0).heading()).isEqualTo("子育て世帯の負担軽減");
        assertThat(ItemEdits.entries(changed, "現状・課題").get(0).number()).isEqualTo("1");
        assertThatThrownBy(() -> ItemEdits.setEntry(p1, "現状・課題", 0, " ", ""))
                .isInstanceOf(LocalizedException.class);
        // a section the item does not have yet is made by its first entry; its last removed, it goes
        Measure s2 = sample.measure("s2-m01").orElseThrow();
        Measure withNew = ItemEdits.addEntry(s2, "現状と課題", null, "担い手が減っています。");
        assertThat(withNew.sections()).hasSize(s2.sections().size() + 1);
        assertThat(ItemEdits.removeEntry(withNew, "現状と課題", 0)).isEqualTo(s2);
    }

    @Test
    void projectsDetailsAndScheduleAreChanged() {
        Measure p1 = kitakami.measure("kp-p01").orElseThrow();
        Project first = p1.projects().get(0).projects().get(0);
        assertThat(ItemEdits.departmentList("国保年金課、 子育て支援課,国保年金課")).containsExactly("国保年金課", "子育て支援課");
        assertThat(ItemEdits.year(first, 2027, false).years()).containsExactly(2025, 2026);
        assertThat(ItemEdits.year(first, 2024, true).years()).containsExactly(2024, 2025, 2026, 2027);
        assertThat(ItemEdits.isNew(first, true).isNew()).isTrue();
        int count = p1.projects().get(0).projects().size();
        Measure added = ItemEdits.addProject(p1, 0, "こども食堂支援事業");
        Project last = added.projects().get(0).projects().get(count);
        assertThat(last.name()).isEqualTo("こども食堂支援事業");
        assertThat(last.number()).isEqualTo(count + 1); // numbered on, as printed (No. 1 …)
        assertThat(ItemEdits.removeProject(added, 0, count)).isEqualTo(p1);
        assertThatThrownBy(() -> ItemEdits.addProject(p1, 0, "  ")).isInstanceOf(LocalizedException.class);
    }

    @Test
    void searchReadsSectionsDepartmentsAndGroupTexts() {
        // a word only in the 現状と課題 of 002's I-①-1, a department only in 004's projects
        assertThat(new CardSearch("耕作放棄地", null, null).matches(sample.measure("s1-m01").orElseThrow())).isTrue();
        assertThat(new CardSearch("国保年金課", null, null).matches(kitakami.measure("kp-p01").orElseThrow())).isTrue();
        assertThat(new CardSearch("移住", null, null).matches(sample.measure("s1-m05").orElseThrow())).isTrue();
        var goal = sample.revision("s1-r1").orElseThrow().nodes().get(0);
        assertThat(new CardSearch("社会減", null, null).matchesNode(goal)).isTrue();
        assertThat(new CardSearch("社会減", "ichinoseki", null).matchesNode(goal)).isFalse();
        // the index answers as the scan does
        CardIndex index = CardIndex.of(kitakami);
        assertThat(new CardSearch("国保年金課", null, null).matches(kitakami.measure("kp-p01").orElseThrow(), index))
                .isTrue();
    }
}
