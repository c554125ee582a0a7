package jp.kyoseivision.diff;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import jp.kyoseivision.model.Measure;

/**
 * How alike two cards' names are, 0.0–1.0: the best normalized Levenshtein similarity over every pair of their
 * names and aliases, counted in code points (Japanese has no word boundaries to count in). Names are compared
 * after NFKC normalization (full-width ＤＸ = DX, ６ = 6) with white space removed.
 */
public final class NameSimilarity {
    private static final java.util.regex.Pattern SPACE = java.util.regex.Pattern.compile("\\s+");

    private NameSimilarity() {
    }

    public static double score(Measure a, Measure b) {
        double best = 0;
        for (String x : names(a)) {
            for (String y : names(b)) {
                best = Math.max(best, similarity(x, y));
                if (best == 1.0) {
                    return best;
                }
            }
        }
        return best;
    }

    /** Whether the two cards carry the same name: equal, or one card lists the other's name as an alias. */
    public static boolean sameName(Measure a, Measure b) {
        String an = normalize(a.name());
        String bn = normalize(b.name());
        return an.equals(bn) || names(a).contains(bn) || names(b).contains(an);
    }

    static List<String> names(Measure m) {
        List<String> out = new ArrayList<>();
        out.add(normalize(m.name()));
        m.aliases().forEach(al -> out.add(normalize(al)));
        return out;
    }

    public static String normalize(String s) {
        return SPACE.matcher(Normalizer.normalize(s, Normalizer.Form.NFKC)).replaceAll("");
    }

    /** 1 − Levenshtein distance / length of the longer text, over code points. */
    public static double similarity(String x, String y) {
        int[] a = x.codePoints().toArray();
        int[] b = y.codePoints().toArray();
        int max = Math.max(a.length, b.length);
        if (max == 0) {
            return 1.0;
        }
        int[] prev = new int[b.length + 1];
        int[] cur = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length; j++) {
                int sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return 1.0 - (double) prev[b.length] / max;
    }
}
