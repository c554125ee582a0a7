package jp.kyoseivision.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import java.util.ArrayList;
import java.util.List;

/**
 * Character-level inline diff for Japanese text with java-diff-utils: the texts are split into code points (so a
 * surrogate pair such as 𠮷 stays whole, and nothing is split on spaces, which Japanese does not use), diffed with
 * Myers' algorithm, and tidied: a single kept character between two changes is folded into them, so that
 * 「拡張登録」→「価値向上」 reads as one replacement instead of a scatter of one-letter edits.
 *
 * <p>Myers' algorithm costs (N+M)·D, quadratic when two long texts differ a lot (100,000 characters took two
 * minutes). So every comparison is bounded: texts up to {@link #MAX_UNITS} characters in all are compared character
 * by character; longer ones keep their common beginning and end, and the part between is compared character by
 * character when it is short enough, else line by line, and when even its lines are too many it is shown as one
 * replacement. The work is at most about {@code MAX_UNITS²} steps whatever the texts.
 */
public final class InlineDiff {
    /** At most this many units (characters or lines, both texts together) go into one Myers diff. */
    static final int MAX_UNITS = 4_000;

    /** How finely a pair of texts was compared. */
    enum Granularity {
        /** Character by character (every text of a real card). */
        CHARACTER,
        /** The differing middle line by line. */
        LINE,
        /** The differing middle as one replacement. */
        WHOLE
    }

    private InlineDiff() {
    }

    /** The segments turning {@code oldText} into {@code newText}; equal texts give one EQUAL segment (or none). */
    public static List<Segment> segments(String oldText, String newText) {
        if (oldText.length() + newText.length() <= MAX_UNITS) {
            return tidy(diff(codePoints(oldText), codePoints(newText)));
        }
        int start = commonPrefix(oldText, newText);
        int end = commonSuffix(oldText, newText, start);
        String a = oldText.substring(start, oldText.length() - end);
        String b = newText.substring(start, newText.length() - end);
        List<Segment> out = new ArrayList<>();
        add(out, Segment.Op.EQUAL, List.of(oldText.substring(0, start)));
        List<Segment> middle = switch (granularity(a, b)) {
            case CHARACTER -> diff(codePoints(a), codePoints(b));
            case LINE -> diff(lines(a), lines(b));
            case WHOLE -> List.of(new Segment(Segment.Op.DELETE, a), new Segment(Segment.Op.INSERT, b));
        };
        for (Segment s : middle) {
            add(out, s.op(), List.of(s.text()));
        }
        add(out, Segment.Op.EQUAL, List.of(oldText.substring(oldText.length() - end)));
        return tidy(out);
    }

    /** How {@link #segments} compares these texts (after taking off their common beginning and end when long). */
    static Granularity granularity(String oldText, String newText) {
        if (oldText.length() + newText.length() <= MAX_UNITS) {
            return Granularity.CHARACTER;
        }
        int start = commonPrefix(oldText, newText);
        int end = commonSuffix(oldText, newText, start);
        int a = oldText.length() - start - end;
        int b = newText.length() - start - end;
        if (a + b <= MAX_UNITS) {
            return Granularity.CHARACTER;
        }
        long lines = oldText.substring(start, oldText.length() - end).lines().count()
                + newText.substring(start, newText.length() - end).lines().count();
        return lines <= MAX_UNITS ? Granularity.LINE : Granularity.WHOLE;
    }

    /** Length of the common beginning, never ending inside a surrogate pair. */
    private static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i > 0 && Character.isHighSurrogate(a.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** Length of the common end after {@code prefix}, never starting inside a surrogate pair. */
    private static int commonSuffix(String a, String b, int prefix) {
        int n = Math.min(a.length(), b.length()) - prefix;
        int i = 0;
        while (i < n && a.charAt(a.length() - 1 - i) == b.charAt(b.length() - 1 - i)) {
            i++;
        }
        if (i > 0 && Character.isLowSurrogate(a.charAt(a.length() - i))) {
            i--;
        }
        return i;
    }

    /** The text as lines, each with its line break, so that joining them gives the text back. */
    static List<String> lines(String s) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                out.add(s.substring(from, i + 1));
                from = i + 1;
            }
        }
        if (from < s.length()) {
            out.add(s.substring(from));
        }
        return out;
    }

    /** Myers' diff of two token lists as raw segments (not tidied). */
    private static List<Segment> diff(List<String> a, List<String> b) {
        List<Segment> raw = new ArrayList<>();
        int pos = 0;
        for (AbstractDelta<String> d : DiffUtils.diff(a, b, false).getDeltas()) {
            Chunk<String> src = d.getSource();
            add(raw, Segment.Op.EQUAL, a.subList(pos, src.getPosition()));
            add(raw, Segment.Op.DELETE, src.getLines());
            add(raw, Segment.Op.INSERT, d.getTarget().getLines());
            pos = src.getPosition() + src.size();
        }
        add(raw, Segment.Op.EQUAL, a.subList(pos, a.size()));
        return raw;
    }

    static List<String> codePoints(String s) {
        List<String> out = new ArrayList<>(s.length());
        s.codePoints().forEach(cp -> out.add(new String(Character.toChars(cp))));
        return out;
    }

    private static void add(List<Segment> out, Segment.Op op, List<String> chars) {
        String text = String.join("", chars);
        if (text.isEmpty()) {
            return;
        }
        if (!out.isEmpty() && out.get(out.size() - 1).op() == op) {
            Segment last = out.remove(out.size() - 1);
            text = last.text() + text;
        }
        out.add(new Segment(op, text));
    }

    /** Folds one-character equal runs between changes into them; each change run becomes DELETE then INSERT. */
    private static List<Segment> tidy(List<Segment> raw) {
        List<Segment> out = new ArrayList<>();
        int i = 0;
        while (i < raw.size()) {
            Segment s = raw.get(i);
            if (s.op() == Segment.Op.EQUAL) {
                out.add(s);
                i++;
                continue;
            }
            StringBuilder del = new StringBuilder();
            StringBuilder ins = new StringBuilder();
            int j = i;
            while (j < raw.size()) {
                Segment t = raw.get(j);
                if (t.op() == Segment.Op.DELETE) {
                    del.append(t.text());
                } else if (t.op() == Segment.Op.INSERT) {
                    ins.append(t.text());
                } else if (j + 1 < raw.size() && t.text().codePointCount(0, t.text().length()) <= 1) {
                    del.append(t.text());
                    ins.append(t.text());
                } else {
                    break;
                }
                j++;
            }
            if (del.length() > 0) {
                out.add(new Segment(Segment.Op.DELETE, del.toString()));
            }
            if (ins.length() > 0) {
                out.add(new Segment(Segment.Op.INSERT, ins.toString()));
            }
            i = j;
        }
        return out;
    }
}
