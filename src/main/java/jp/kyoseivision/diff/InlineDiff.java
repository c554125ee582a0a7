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
 */
public final class InlineDiff {
    private InlineDiff() {
    }

    /** The segments turning {@code oldText} into {@code newText}; equal texts give one EQUAL segment (or none). */
    public static List<Segment> segments(String oldText, String newText) {
        List<String> a = codePoints(oldText);
        List<String> b = codePoints(newText);
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
        return tidy(raw);
    }

    static List<String> codePoints(String s) {
        List<String> out = new ArrayList<>(s.length());
        s.codePoints().forEach(cp -> out.add(new String(Character.toChars(cp))));
        return out;
    }

    private static void add(List<Segment> out, Segment.Op op, List<String> chars) {
        if (chars.isEmpty()) {
            return;
        }
        String text = String.join("", chars);
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
