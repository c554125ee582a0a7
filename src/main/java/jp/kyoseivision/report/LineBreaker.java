package jp.kyoseivision.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks Japanese text into lines that fit a width, per character, with 禁則処理 (line-breaking rules of JIS X 4051,
 * simplified): no closing bracket, 、。, small kana or long-vowel mark at the start of a line, no opening bracket at
 * the end of a line, and no break inside a run of Latin letters and digits (2028, 48,221, DX). Characters that would
 * break a rule are pushed to the next line together with their neighbour (追い出し). Explicit line breaks are kept.
 */
public final class LineBreaker {
    /** Characters that may not begin a line (行頭禁則). */
    static final String NO_START = "、。，．,.）)］]｝}〕〉》」』】〙〗〟’”｠»・：；:;！？!?‼⁇⁈⁉ーｰ－‐゠–〜～"
            + "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ々〻ゝゞヽヾ％%";
    /** Characters that may not end a line (行末禁則). */
    static final String NO_END = "（(［[｛{〔〈《「『【〘〖〝‘“｟«";

    /** Width of one code point at the font size in use. */
    @FunctionalInterface
    public interface Widths {
        float of(int codePoint);
    }

    private LineBreaker() {
    }

    /** The lines of {@code text} no wider than {@code maxWidth}; an empty text gives one empty line. */
    public static List<String> lines(String text, float maxWidth, Widths widths) {
        List<String> out = new ArrayList<>();
        for (String para : text.split("\\R", -1)) {
            breakParagraph(para, maxWidth, widths, out);
        }
        return out;
    }

    private static void breakParagraph(String para, float maxWidth, Widths widths, List<String> out) {
        int[] cps = para.codePoints().toArray();
        if (cps.length == 0) {
            out.add("");
            return;
        }
        int start = 0;
        while (start < cps.length) {
            float w = 0;
            int end = start;
            while (end < cps.length) {
                float cw = widths.of(cps[end]);
                if (end > start && w + cw > maxWidth) {
                    break;
                }
                w += cw;
                end++;
            }
            if (end < cps.length) {
                end = adjust(cps, start, end);
            }
            out.add(new String(cps, start, end - start));
            start = end;
        }
    }

    /** Moves the break at {@code end} back until no rule is broken; never leaves an empty line. */
    private static int adjust(int[] cps, int start, int end) {
        int e = end;
        while (e > start + 1 && !allowed(cps[e - 1], cps[e])) {
            e--;
        }
        return e == start + 1 && !allowed(cps[e - 1], cps[e]) ? end : e;
    }

    /** Whether a line may end with {@code before} and the next begin with {@code after}. */
    static boolean allowed(int before, int after) {
        if (NO_START.indexOf(after) >= 0 || NO_END.indexOf(before) >= 0) {
            return false;
        }
        return !(word(before) && word(after));
    }

    private static boolean word(int cp) {
        return cp < 0x80 && (Character.isLetterOrDigit(cp) || cp == ',' || cp == '.' || cp == '-')
                || cp >= 0xFF10 && cp <= 0xFF19 || cp >= 0xFF21 && cp <= 0xFF3A || cp >= 0xFF41 && cp <= 0xFF5A;
    }
}
