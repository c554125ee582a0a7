package jp.kyoseivision.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** 禁則 on sentences of the real plan; every character 1 unit wide, as full-width text is. */
class LineBreakerTest {
    private static final LineBreaker.Widths FULL = cp -> 1f;

    // seed 001 lines 1961–1963: 事業効果 of card 4 (子育て環境整備事業)
    private static final String EFFECT = "子育ての負担を軽減することにより、安心してこどもを産み育てる環境づくりが図られる。";
    // seed 001 lines 1749–1750: 事業名称 of card 1
    private static final String PROJECTS = "【一関市】○休日・夜間当番医制運営事業　○休日歯科応急診療事業　○病院群輪番制病院運営事業（県と共同実施）";

    @Test
    void aFullStopNeverStartsALineItTakesTheCharacterBeforeWithIt() {
        // 40 characters fit: a plain cut would leave 。 alone at the start of the second line
        List<String> lines = LineBreaker.lines(EFFECT, 40, FULL);
        assertThat(lines).containsExactly(EFFECT.substring(0, 39), "る。");
    }

    @Test
    void aCommaNeverStartsALine() {
        List<String> lines = LineBreaker.lines(EFFECT, 16, FULL);
        assertThat(lines.get(0)).isEqualTo("子育ての負担を軽減することによ");
        assertThat(lines.get(1)).startsWith("り、安心");
        assertRules(lines, EFFECT, 16);
    }

    @Test
    void anOpeningBracketNeverEndsALine() {
        // 46 characters fit: a plain cut would end the line with （
        List<String> lines = LineBreaker.lines(PROJECTS, 46, FULL);
        assertThat(lines.get(0)).endsWith("病院運営事業");
        assertThat(lines.get(1)).isEqualTo("（県と共同実施）");
    }

    @Test
    void closingBracketsMiddleDotsAndLongVowelsStayOffTheLineStart() {
        for (int width = 3; width <= 30; width++) {
            assertRules(LineBreaker.lines(PROJECTS, width, FULL), PROJECTS, width);
            assertRules(LineBreaker.lines(EFFECT, width, FULL), EFFECT, width);
            // seed 001 line 1957: 【共　通】○ファミリー・サポート・センター運営事業
            String fs = "【共通】○ファミリー・サポート・センター運営事業　○延長保育事業　○一時預かり事業";
            assertRules(LineBreaker.lines(fs, width, FULL), fs, width);
        }
    }

    @Test
    void amountsAndYearsAreNotCutInside() {
        // seed 001 line 1718: 事業費(千円) 48,221
        assertThat(LineBreaker.lines("事業費は48,221千円です", 6, FULL)).containsExactly("事業費は", "48,221", "千円です");
        // a run longer than the line is still cut rather than overflowing
        assertThat(LineBreaker.lines("1234567890", 4, FULL)).containsExactly("1234", "5678", "90");
    }

    @Test
    void lineFeedsAreKeptAndEmptyTextGivesOneEmptyLine() {
        assertThat(LineBreaker.lines("【一関市】○医療\n【平泉町】○医療体制充実事業", 100, FULL))
                .containsExactly("【一関市】○医療", "【平泉町】○医療体制充実事業");
        assertThat(LineBreaker.lines("", 10, FULL)).containsExactly("");
    }

    /** No rule broken, nothing lost, nothing wider than the line. */
    static void assertRules(List<String> lines, String text, float width) {
        assertThat(String.join("", lines)).isEqualTo(text);
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            assertThat(l).isNotEmpty();
            assertThat((float) l.codePointCount(0, l.length())).isLessThanOrEqualTo(width);
            if (i > 0) {
                assertThat(LineBreaker.NO_START.indexOf(l.codePointAt(0)))
                        .as("line %d of width %s starts with %s: %s", i, width, l.charAt(0), lines).isNegative();
            }
            if (i < lines.size() - 1) {
                assertThat(LineBreaker.NO_END.indexOf(l.codePointBefore(l.length())))
                        .as("line %d of width %s ends with an opening bracket: %s", i, width, lines).isNegative();
            }
        }
    }
}
