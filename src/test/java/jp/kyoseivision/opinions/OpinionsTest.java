package jp.kyoseivision.opinions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.kyoseivision.model.Opinion;
import jp.kyoseivision.model.OpinionKind;
import jp.kyoseivision.model.OpinionStatus;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.Sample;
import org.junit.jupiter.api.Test;

/** Issue 17: the bundled opinions of seeds 001 and 000 — kinds, links to cards, filters, search, counts per area. */
class OpinionsTest {
    private final Sphere sample = Sample.load();
    private final Concerns concerns = Concerns.of(sample);
    private final Revision v3 = sample.revision("v3-adopted").orElseThrow();

    private List<String> ids(OpinionFilter f) {
        return f.apply(concerns).stream().map(Opinion::id).toList();
    }

    @Test
    void countsPerKindAreThoseTheSeedsPrint() {
        // 001 L115 パブリックコメント：31件, L117 懇談会委員意見：11件; 000 L39–66 No.1–19 of the 2024-06-05 meeting
        assertThat(ids(OpinionFilter.ALL.withKind(OpinionKind.PUBLIC_COMMENT))).hasSize(31);
        assertThat(ids(OpinionFilter.ALL.withKind(OpinionKind.COUNCIL_MEMBER))).hasSize(11);
        assertThat(ids(OpinionFilter.ALL.withKind(OpinionKind.COUNCIL_MEETING))).hasSize(19);
        assertThat(ids(OpinionFilter.ALL.withRevision("v3-adopted"))).hasSize(61);
        assertThat(ids(OpinionFilter.ALL.withStatus(OpinionStatus.REFLECTED))).containsExactly("op-cm-08",
                "op-cm-11");
    }

    @Test
    void publicCommentsPerPolicyAreaAsSeed001CountsThem() {
        List<Opinion> pc = OpinionFilter.ALL.withKind(OpinionKind.PUBLIC_COMMENT).apply(concerns);
        AreaSummary s = AreaSummary.of(v3, pc, concerns);
        // 001 L121–133
        assertThat(s.lines()).containsExactly("【生活機能の強化に関する政策分野】",
                "医療：１件、産業振興：11 件、教育及び文化：８件、消防防災：１件",
                "【結びつきやネットワークの強化に関する政策分野】",
                "交通インフラ整備：１件、協働のまちづくり：４件、地域内外の住民との交流、移住促進：３件",
                "【圏域マネジメント能力の強化に関する政策分野】",
                "中心市等における人材育成：２件");
        assertThat(s.total()).isEqualTo(31);
        assertThat(s.others()).isZero();
        // 001 L135–147: the council members' 11, one of them about the plan as a whole (事業費の記載について)
        AreaSummary council = AreaSummary.of(v3, OpinionFilter.ALL.withKind(OpinionKind.COUNCIL_MEMBER)
                .apply(concerns), concerns);
        assertThat(council.lines()).containsExactly("【生活機能の強化に関する政策分野】",
                "医療：３件、福祉：３件、産業振興：２件、教育及び文化：１件",
                "【圏域マネジメント能力の強化に関する政策分野】",
                "中心市等における人材育成：１件",
                "【その他：１件】");
        // the area filter agrees with the summary
        assertThat(ids(OpinionFilter.ALL.withKind(OpinionKind.PUBLIC_COMMENT).withPolicyArea("v3-a03")))
                .hasSize(11);
    }

    @Test
    void opinionsAreLinkedToTheRightCards() {
        // 001 PC table: No.1 p.7 休日・夜間診療体制確保事業, No.3 p.13 インバウンド推進事業, No.8 p.17 企業立地促進事業,
        // No.21 p.28 広域消防事業; 000 No.3 外部人材の確保 p.36 → card 32 ＤＸ地域活性化事業
        assertThat(card("op-pc-01")).isEqualTo("1 休日・夜間診療体制確保事業");
        assertThat(card("op-pc-03")).isEqualTo("8 インバウンド推進事業");
        assertThat(card("op-pc-08")).isEqualTo("13 企業立地促進事業");
        assertThat(card("op-pc-21")).isEqualTo("24 広域消防事業");
        assertThat(card("op-2024-1-03")).isEqualTo("32 ＤＸ地域活性化事業");
        // No.2 p.13 文化と地域資源を活かした観光の振興: a direction of 産業振興, no card
        Concerns.Concern pc2 = concerns.of(opinion("op-pc-02"));
        assertThat(pc2.measure()).isNull();
        assertThat(pc2.direction().name()).isEqualTo("文化と地域資源を活かした観光の振興");
        assertThat(pc2.area().name()).isEqualTo("産業振興");
        // the card filter: card 1's opinions, and the one that changed it (反映済, the pair 2nd → 3rd)
        assertThat(ids(OpinionFilter.ALL.withCard("v3-m01"))).containsExactly("op-pc-01", "op-cm-09", "op-cm-10",
                "op-cm-11");
        assertThat(ids(OpinionFilter.ALL.withCard("v2-m01"))).containsExactly("op-cm-11");
    }

    @Test
    void searchFindsTwoCharacterWordsFoldedAndAllWordsOfTheQuery() {
        assertThat(ids(OpinionFilter.ALL.withQuery("医療"))).containsExactly("op-pc-01", "op-cm-10");
        assertThat(ids(OpinionFilter.ALL.withQuery("バルーン"))).containsExactly("op-cm-01", "op-cm-02");
        // ＤＸ (full-width, 000) and dx fold to the same word
        assertThat(ids(OpinionFilter.ALL.withQuery("dx"))).contains("op-2024-1-01", "op-pc-31");
        assertThat(ids(OpinionFilter.ALL.withQuery("ＤＸ　講座"))).containsExactly("op-pc-30", "op-2024-1-01",
                "op-2024-1-02");
        assertThat(ids(OpinionFilter.ALL.withQuery("  "))).hasSize(61);
        assertThat(ids(OpinionFilter.ALL.withQuery("存在しない語"))).isEmpty();
    }

    private Opinion opinion(String id) {
        return sample.opinions().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
    }

    private String card(String opinionId) {
        var m = concerns.of(opinion(opinionId)).measure();
        return m.number() + " " + m.name();
    }
}
