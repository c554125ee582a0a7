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
}
