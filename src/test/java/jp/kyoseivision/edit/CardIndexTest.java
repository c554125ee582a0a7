package jp.kyoseivision.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.Sample;
import jp.kyoseivision.store.SyntheticSphere;
import org.junit.jupiter.api.Test;

/** The character-pair index answers every search exactly as the linear scan of {@link CardSearch} does. */
class CardIndexTest {
    private static final List<String> QUERIES = List.of("医療", "観光", "ＤＸ", "dx", "Dx", "ｄｘ", "医", "療", "x", "１",
            "1", "事業", "救急医療", "地域医療確保対策事業", "休日・夜間", "医療 ", " 観 光 ", "ＫＰＩ", "件", "%", "％",
            "人", "推進", "子育て支援", "移住", "写1", "写15", "（2）", "存在しない言葉", "zz", "医療観光", "の", "、",
            "実施", "一関", "平泉", "\u3000医療", "ｶﾝｺｳ", "カンコウ", "Ⅱ", "2", "ii");

    private static List<Measure> cards(Sphere s) {
        List<Measure> out = new ArrayList<>();
        s.revisions().forEach(r -> out.addAll(r.measures()));
        return out;
    }

    private static void sameAsLinearScan(Sphere sphere, List<String> queries) {
        CardIndex index = CardIndex.of(sphere);
        List<Measure> cards = cards(sphere);
        for (String q : queries) {
            CardSearch search = new CardSearch(q, null, null);
            List<String> linear = cards.stream().filter(search::matches).map(Measure::id).toList();
            List<String> indexed = cards.stream().filter(m -> search.matches(m, index)).map(Measure::id).toList();
            assertThat(indexed).as(q).isEqualTo(linear);
        }
    }

    @Test
    void theIndexFindsWhatTheLinearScanFindsOnTheSample() {
        Sphere sample = Sample.load();
        List<String> queries = new ArrayList<>(QUERIES);
        // every one- and two-character piece of the first card's name and content, and words across fields
        Measure first = sample.revision("v3-adopted").orElseThrow().measures().get(0);
        String text = first.name() + first.content();
        for (int i = 0; i + 2 <= text.length(); i += 3) {
            queries.add(text.substring(i, i + 1));
            queries.add(text.substring(i, i + 2));
        }
        queries.add(first.name() + first.content()); // across two fields: no card holds it in one text
        sameAsLinearScan(sample, queries);
        CardIndex index = CardIndex.of(sample);
        List<Measure> v3 = sample.revision("v3-adopted").orElseThrow().measures();
        // seed values as SphereEditsTest checks them: 医療 in cards 1 and 2, 観光 in 8 and 9, ＤＸ in 32
        assertThat(v3.stream().filter(m -> new CardSearch("医療", null, null).matches(m, index))
                .map(Measure::number)).contains(1, 2);
        assertThat(v3.stream().filter(m -> new CardSearch("観光", null, null).matches(m, index))
                .map(Measure::number)).contains(8, 9).doesNotContain(1);
        assertThat(v3.stream().filter(m -> new CardSearch("ｄｘ", null, null).matches(m, index))
                .map(Measure::number)).contains(32);
        assertThat(v3.stream().filter(m -> new CardSearch("存在しない言葉", null, null).matches(m, index))).isEmpty();
    }

    @Test
    void theIndexFindsWhatTheLinearScanFindsOnASyntheticSphere() {
        sameAsLinearScan(SyntheticSphere.of(2_000), QUERIES);
    }

    @Test
    void municipalityAndGradeFiltersStillApply() {
        Sphere sample = Sample.load();
        CardIndex index = CardIndex.of(sample);
        for (CardSearch s : List.of(new CardSearch("医療", "hiraizumi", null), new CardSearch("", null, "D"),
                new CardSearch("事業", null, "B"), new CardSearch("観光", "ichinoseki", "A"))) {
            List<String> linear = cards(sample).stream().filter(s::matches).map(Measure::id).toList();
            assertThat(cards(sample).stream().filter(m -> s.matches(m, index)).map(Measure::id).toList())
                    .as(s.toString()).isEqualTo(linear);
        }
    }

    @Test
    void afterAnEditTheUpdatedIndexFindsTheNewTextAndNotTheOld() {
        Sphere sample = Sample.load();
        CardIndex before = CardIndex.of(sample);
        Measure m = sample.revision("v3-adopted").orElseThrow().measures().get(0);
        Sphere edited = SphereEdits.replaceMeasure(sample, new Measure(m.id(), m.lineageId(), m.number(),
                "量子計算推進事業", m.aliases(), m.content(), m.participants(), m.kpis(), m.budget(), m.projects(),
                m.effect(), m.roleSharing(), m.sdgs(), m.notes()));
        CardIndex after = CardIndex.update(before, edited);
        Measure changed = edited.revision("v3-adopted").orElseThrow().measures().get(0);
        assertThat(after.holds(changed)).isTrue();
        assertThat(before.holds(changed)).isFalse(); // the old index falls back to the scan for it
        assertThat(new CardSearch("量子計算", null, null).matches(changed, after)).isTrue();
        assertThat(new CardSearch("量子計算", null, null).matches(changed, before)).isTrue();
        sameAsLinearScan(edited, QUERIES);
    }
}
