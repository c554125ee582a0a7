package jp.kyoseivision.diff;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kyoseivision.diff.Segment.Op;
import org.junit.jupiter.api.Test;

class InlineDiffTest {
    @Test
    void aSurrogatePairStaysWhole() {
        // 𠮷 (U+20BB7) is two UTF-16 units; a char-based splitter would cut it in half
        assertThat(InlineDiff.segments("吉田", "𠮷田")).containsExactly(new Segment(Op.DELETE, "吉"),
                new Segment(Op.INSERT, "𠮷"), new Segment(Op.EQUAL, "田"));
    }

    @Test
    void japaneseIsComparedCharacterByCharacterNotBySpaces() {
        // seed 001 line 1106: 世界遺産拡張登録推進事業 → 世界遺産価値向上推進事業 (変更①)
        assertThat(InlineDiff.segments("世界遺産拡張登録推進事業", "世界遺産価値向上推進事業")).containsExactly(
                new Segment(Op.EQUAL, "世界遺産"), new Segment(Op.DELETE, "拡張登録"), new Segment(Op.INSERT, "価値向上"),
                new Segment(Op.EQUAL, "推進事業"));
    }

    @Test
    void aSingleKeptCharacterBetweenTwoChangesIsFoldedIntoOneReplacement() {
        assertThat(InlineDiff.segments("甲の乙", "丙の丁")).containsExactly(new Segment(Op.DELETE, "甲の乙"),
                new Segment(Op.INSERT, "丙の丁"));
        assertThat(InlineDiff.segments("同じ", "同じ")).containsExactly(new Segment(Op.EQUAL, "同じ"));
        assertThat(InlineDiff.segments("", "新規")).containsExactly(new Segment(Op.INSERT, "新規"));
    }

    /** Issue 14, item 12: the comparison of long texts is bounded by choosing how finely to compare. */
    @Test
    void longTextsAreComparedLineByLineOrWholePastTheBoundAndStillRebuildBothTexts() {
        String card = "圏域内の休日及び夜間等における救急医療体制を確保するため、関係機関と連携する。\n";
        // two 100,000-character texts differing everywhere: character by character this took minutes
        StringBuilder x = new StringBuilder();
        StringBuilder y = new StringBuilder();
        for (int i = 0; x.length() < 100_000; i++) {
            x.append(i).append(card);
            y.append(i % 3 == 0 ? "改" + i : String.valueOf(i)).append(card);
        }
        assertThat(InlineDiff.granularity(x.toString(), y.toString())).isEqualTo(InlineDiff.Granularity.WHOLE);
        check(x.toString(), y.toString());

        // a few hundred lines, many changed: line by line
        String a = x.substring(0, 20_000);
        String b = y.substring(0, 20_000);
        assertThat(InlineDiff.granularity(a, b)).isEqualTo(InlineDiff.Granularity.LINE);
        java.util.List<Segment> lines = check(a, b);
        assertThat(lines).anyMatch(s -> s.op() == Op.EQUAL && s.text().endsWith("関係機関と連携する。\n"));

        // one word changed in the middle of a long text: only the middle is compared, character by character
        String c = x.toString();
        String d = c.substring(0, 50_000) + "医療" + c.substring(50_002);
        assertThat(InlineDiff.granularity(c, d)).isEqualTo(InlineDiff.Granularity.CHARACTER);
        assertThat(check(c, d).stream().filter(s -> s.op() != Op.EQUAL).map(Segment::text))
                .containsExactly(c.substring(50_000, 50_002), "医療");

        // short texts keep the character diff as before
        assertThat(InlineDiff.granularity("世界遺産拡張登録推進事業", "世界遺産価値向上推進事業"))
                .isEqualTo(InlineDiff.Granularity.CHARACTER);
    }

    @Test
    void theCommonEndsNeverCutASurrogatePair() {
        String a = "あ".repeat(3_000) + "𠮷" + "い".repeat(3_000);
        String b = "あ".repeat(3_000) + "𠮟" + "い".repeat(3_000); // U+20B9F: same high surrogate as 𠮷
        java.util.List<Segment> s = check(a, b);
        assertThat(s).contains(new Segment(Op.DELETE, "𠮷"), new Segment(Op.INSERT, "𠮟"));
    }

    /** The segments, after checking that they rebuild both texts. */
    private static java.util.List<Segment> check(String a, String b) {
        java.util.List<Segment> s = InlineDiff.segments(a, b);
        StringBuilder oldText = new StringBuilder();
        StringBuilder newText = new StringBuilder();
        for (Segment g : s) {
            if (g.op() != Op.INSERT) {
                oldText.append(g.text());
            }
            if (g.op() != Op.DELETE) {
                newText.append(g.text());
            }
        }
        assertThat(oldText.toString()).isEqualTo(a);
        assertThat(newText.toString()).isEqualTo(b);
        return s;
    }
}
