package jp.kyoseivision.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.RevisionStatus;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.Sample;
import org.junit.jupiter.api.Test;

class SphereEditsTest {
    private final Sphere sample = Sample.load();

    @Test
    void nextEditionKeepsEveryLineageAndStartsAfterTheOldPeriod() {
        Sphere s = SphereEdits.newEdition(sample, "v3-adopted", "第４次一関・平泉定住自立圏共生ビジョン", "案");
        Plan p4 = s.planByEdition(4).orElseThrow();
        assertThat(p4.startFy()).isEqualTo(2029);
        assertThat(p4.endFy()).isEqualTo(2033);
        Revision draft = p4.revisions().get(0);
        assertThat(draft.status()).isEqualTo(RevisionStatus.DRAFT);
        assertThat(draft.basedOnId()).isEqualTo("v3-adopted");
        Revision r3 = s.revision("v3-adopted").orElseThrow();
        assertThat(draft.measures()).extracting(Measure::lineageId)
                .containsExactlyElementsOf(r3.measures().stream().map(Measure::lineageId).toList());
        assertThat(draft.measures()).extracting(Measure::name)
                .containsExactlyElementsOf(r3.measures().stream().map(Measure::name).toList());
        // new ids throughout; budgets of 2024–2028 are not carried into 2029–2033
        assertThat(draft.measures().stream().map(Measure::id).collect(Collectors.toSet()))
                .doesNotContainAnyElementsOf(r3.measures().stream().map(Measure::id).toList());
        assertThat(draft.measures()).allMatch(m -> m.budget().isEmpty());
    }

    @Test
    void newRevisionKeepsFiguresAndLineage() {
        Sphere s = SphereEdits.newRevision(sample, "v3-adopted", "2025年度改定", null);
        Revision copy = s.planByEdition(3).orElseThrow().current().orElseThrow();
        assertThat(copy.name()).isEqualTo("2025年度改定");
        Measure c1 = copy.measures().get(0);
        // seed 001 L1722: 48,221 in 2024
        assertThat(c1.budget().get(2024)).isEqualTo(48_221L);
        assertThat(c1.lineageId()).isEqualTo("L01");
        assertThat(c1.id()).isNotEqualTo("v3-m01");
    }

    @Test
    void movingAndDeletingRenumbersTheRevision() {
        Sphere moved = SphereEdits.moveMeasure(sample, "v3-m32", "v3-d01", 0);
        Revision r = moved.revision("v3-adopted").orElseThrow();
        assertThat(r.measures().get(0).name()).isEqualTo("ＤＸ地域活性化事業");
        assertThat(r.measures()).extracting(Measure::number).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 32).boxed().toList());
        Sphere deleted = SphereEdits.deleteMeasure(sample, "v3-m01");
        assertThat(deleted.revision("v3-adopted").orElseThrow().measures().get(0).number()).isEqualTo(1);
        assertThat(deleted.revision("v3-adopted").orElseThrow().measures()).hasSize(31);
        // the 2nd vision is untouched
        assertThat(deleted.revision("v2-adopted")).isEqualTo(sample.revision("v2-adopted"));
    }

    @Test
    void searchFindsTwoCharacterJapaneseWordsAndFiltersByMunicipalityAndGrade() {
        var cards = sample.revision("v3-adopted").orElseThrow().measures();
        var iryo = cards.stream().filter(new CardSearch("医療", null, null)::matches).map(Measure::number).toList();
        // card 1 (休日・夜間診療体制確保事業, content 救急医療) and card 2 (地域医療確保対策事業) among them
        assertThat(iryo).contains(1, 2);
        var kanko = cards.stream().filter(new CardSearch("観光", null, null)::matches).map(Measure::number).toList();
        assertThat(kanko).contains(8, 9).doesNotContain(1);
        assertThat(cards.stream().filter(new CardSearch("ｄｘ", null, null)::matches).map(Measure::number))
                .contains(32);
        // 2nd vision KPI 5 recorded B, C, D, D, B (seed 000 L153): grade D filter keeps it
        var v2 = sample.revision("v2-adopted").orElseThrow().measures();
        assertThat(v2.stream().filter(new CardSearch("", null, "D")::matches).map(Measure::number)).contains(5);
        assertThat(v2.stream().filter(new CardSearch("", null, "A")::matches).map(Measure::number))
                .doesNotContain(5, 25);
    }
}
