package jp.kyoseivision.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jp.kyoseivision.text.JapaneseYears;
import jp.kyoseivision.text.Texts;

/**
 * Lays a {@link ReportDocument} out on A4 pages: sections from a new page, blocks top to bottom, text wrapped with
 * {@link LineBreaker}, everything that does not fit carried to a continuation page (with the section's title and
 * （続き） at its top, and the table's header rows repeated). Then the optional cover and contents pages are put in
 * front and the footer (document, page n / N, print date) is added to every page but the cover.
 */
public final class Layout {
    static final float MARGIN_X = 42f;
    static final float MARGIN_TOP = 40f;
    static final float MARGIN_BOTTOM = 54f;
    static final float PAD_X = 4f;
    static final float PAD_Y = 4.5f;
    static final float LEADING = 1.45f;
    static final float ASCENT = 0.88f;
    static final float LABEL_GRAY = 0.9f;
    static final float ROW_GRAY = 0.82f;
    static final float RULE = 0.6f;
    private static final float FOOTER_SIZE = 8f;
    private static final float RUNNING_SIZE = 8.5f;
    /** Rows of up to this many lines are never split. */
    private static final int KEEP_LINES = 6;

    private final JapaneseFont font;
    private final Orientation orientation;
    private final Locale locale;
    private final List<Page> pages = new ArrayList<>();
    private Page page;
    private String section = "";
    private float y;

    private Layout(JapaneseFont font, Orientation orientation, Locale locale) {
        this.font = font;
        this.orientation = orientation;
        this.locale = locale;
    }

    /** The document's pages in Japanese (labels such as （続き） and 印刷日). */
    public static List<Page> pages(ReportDocument doc, JapaneseFont font) {
        return pages(doc, font, Locale.JAPANESE);
    }

    public static List<Page> pages(ReportDocument doc, JapaneseFont font, Locale locale) {
        Layout body = new Layout(font, doc.orientation(), locale);
        List<Integer> starts = new ArrayList<>();
        for (Section s : doc.sections()) {
            starts.add(body.pages.size());
            body.section = s.title();
            body.newPage(false);
            for (Block b : s.blocks()) {
                body.place(b);
            }
        }
        int front = doc.coverLines() == null ? 0 : 1;
        List<Page> contents = List.of();
        if (doc.contents()) {
            int guess = 1;
            while (true) {
                contents = contentsPages(doc, font, locale, starts, front + guess);
                if (contents.size() == guess) {
                    break;
                }
                guess = contents.size();
            }
        }
        List<Page> all = new ArrayList<>();
        if (front == 1) {
            all.add(cover(doc, font));
        }
        all.addAll(contents);
        all.addAll(body.pages);
        for (int i = front; i < all.size(); i++) {
            footer(all.get(i), doc, font, locale, i + 1, all.size());
        }
        return all;
    }

    // ---------------------------------------------------------------- pages

    private float top() {
        return MARGIN_TOP;
    }

    private float bottom() {
        return orientation.height() - MARGIN_BOTTOM;
    }

    private float textWidth() {
        return orientation.width() - 2 * MARGIN_X;
    }

    private void newPage(boolean continued) {
        page = new Page(orientation, section);
        pages.add(page);
        y = top();
        if (continued && !section.isEmpty()) {
            String head = fit(section, textWidth() * 0.8f, RUNNING_SIZE) + Texts.format(locale, "report.continued");
            text(MARGIN_X, y, RUNNING_SIZE, head);
            y += RUNNING_SIZE * LEADING + 4;
        }
    }

    private boolean atTop() {
        return y <= top() + RUNNING_SIZE * LEADING + 4.5f;
    }

    private void text(float x, float top, float size, String s) {
        String d = font.drawable(s);
        page.add(new Page.Text(x, top, top + size * ASCENT + (size * (LEADING - 1)) / 2, size, font.width(d, size), d));
    }

    private List<String> wrap(String s, float width, float size) {
        // break first (line feeds are not glyphs), then replace what the font cannot draw
        return LineBreaker.lines(s, width, cp -> font.width(cp) * size).stream().map(font::drawable).toList();
    }

    /** The text cut with … so that it fits on one line (footers and running heads only, never content). */
    private String fit(String s, float width, float size) {
        String d = font.drawable(s);
        if (font.width(d, size) <= width) {
            return d;
        }
        int[] cps = d.codePoints().toArray();
        int n = cps.length;
        while (n > 0 && font.width(new String(cps, 0, n) + "…", size) > width) {
            n--;
        }
        return new String(cps, 0, n) + "…";
    }

    // ---------------------------------------------------------------- blocks

    private void place(Block b) {
        if (b instanceof Block.Gap g) {
            y = Math.min(y + g.height(), bottom());
        } else if (b instanceof Block.Heading h) {
            float lh = h.size() * LEADING;
            List<String> lines = wrap(h.text(), textWidth(), h.size());
            // keep a heading with what follows: at least three lines of body text below it
            if (y + lines.size() * lh + 3 * 10f * LEADING > bottom() && !atTop()) {
                newPage(true);
            }
            lines(lines, h.size());
            y += 2f;
        } else if (b instanceof Block.Paragraph p) {
            lines(wrap(p.text(), textWidth(), p.size()), p.size());
        } else if (b instanceof Block.Table t) {
            table(t);
        }
    }

    private void lines(List<String> lines, float size) {
        float lh = size * LEADING;
        for (String line : lines) {
            if (y + lh > bottom()) {
                newPage(true);
            }
            text(MARGIN_X, y, size, line);
            y += lh;
        }
    }

    // ---------------------------------------------------------------- tables

    private record Laid(Row row, List<List<String>> lines, float[] x, float[] w) {
        int height() {
            return lines.stream().mapToInt(List::size).max().orElse(1);
        }
    }

    private void table(Block.Table t) {
        float[] colX = new float[t.widths().size() + 1];
        float sum = (float) t.widths().stream().mapToDouble(Float::doubleValue).sum();
        colX[0] = MARGIN_X;
        for (int i = 0; i < t.widths().size(); i++) {
            colX[i + 1] = colX[i] + textWidth() * t.widths().get(i) / sum;
        }
        List<Laid> rows = new ArrayList<>();
        for (Row r : t.rows()) {
            rows.add(lay(r, colX, t.size()));
        }
        float lh = t.size() * LEADING;
        List<Laid> header = rows.subList(0, t.headerRows());
        float headerH = header.stream().map(l -> l.height() * lh + 2 * PAD_Y).reduce(0f, Float::sum);
        // a header never stands alone at the foot of a page
        float firstH = rows.size() > t.headerRows() ? rows.get(t.headerRows()).height() * lh + 2 * PAD_Y : 0;
        if (y + headerH + Math.min(firstH, 3 * lh + 2 * PAD_Y) > bottom() && !atTop()) {
            newPage(true);
        }
        for (Laid h : header) {
            drawRow(h, 0, h.height(), lh, t.size());
        }
        for (Laid r : rows.subList(t.headerRows(), rows.size())) {
            int from = 0;
            int total = r.height();
            while (from < total) {
                int fit = (int) Math.floor((bottom() - y - 2 * PAD_Y) / lh);
                int rest = total - from;
                if (fit >= rest) {
                    drawRow(r, from, total, lh, t.size());
                    break;
                }
                // a short row moves whole to the next page; a long one is split between its lines
                float fresh = bottom() - top() - RUNNING_SIZE * LEADING - 4 - headerH - 2 * PAD_Y;
                boolean moveWhole = from == 0 && !atTop() && rest <= KEEP_LINES && rest * lh <= fresh;
                if (!moveWhole && (fit >= 1 || atTop())) {
                    int n = Math.max(1, fit);
                    drawRow(r, from, from + n, lh, t.size());
                    from += n;
                    if (from >= total) {
                        break;
                    }
                }
                newPage(true);
                for (Laid h : header) {
                    drawRow(h, 0, h.height(), lh, t.size());
                }
            }
        }
    }

    private Laid lay(Row r, float[] colX, float size) {
        List<List<String>> lines = new ArrayList<>();
        float[] x = new float[r.cells().size()];
        float[] w = new float[r.cells().size()];
        int col = 0;
        for (int i = 0; i < r.cells().size(); i++) {
            Cell c = r.cells().get(i);
            x[i] = colX[col];
            w[i] = colX[col + c.span()] - colX[col];
            col += c.span();
            lines.add(wrap(c.text(), w[i] - 2 * PAD_X, size));
        }
        return new Laid(r, lines, x, w);
    }

    /** Draws lines {@code from} (incl.) to {@code to} (excl.) of a row, boxed, and moves down. */
    private void drawRow(Laid r, int from, int to, float lh, float size) {
        float h = (to - from) * lh + 2 * PAD_Y;
        for (int i = 0; i < r.lines().size(); i++) {
            Cell c = r.row().cells().get(i);
            float gray = r.row().shaded() ? ROW_GRAY : c.shaded() ? LABEL_GRAY : 1f;
            if (gray < 1f) {
                page.add(new Page.Fill(r.x()[i], y, r.w()[i], h, gray));
            }
        }
        for (int i = 0; i < r.lines().size(); i++) {
            Cell c = r.row().cells().get(i);
            List<String> cell = r.lines().get(i);
            int end = Math.min(to, cell.size());
            // centred cells (labels, headers) are centred vertically too, as in the printed plan
            float top = y + PAD_Y;
            if (c.align() == Align.CENTER && from == 0 && to == r.height()) {
                top += (r.height() - cell.size()) * lh / 2;
            }
            for (int k = from; k < end; k++) {
                String s = cell.get(k);
                float sw = font.width(s, size);
                float tx = switch (c.align()) {
                    case LEFT -> r.x()[i] + PAD_X;
                    case CENTER -> r.x()[i] + (r.w()[i] - sw) / 2;
                    case RIGHT -> r.x()[i] + r.w()[i] - PAD_X - sw;
                };
                text(tx, top + (k - from) * lh, size, s);
            }
            float x0 = r.x()[i];
            float x1 = x0 + r.w()[i];
            page.add(new Page.Rule(x0, y, x1, y, RULE));
            page.add(new Page.Rule(x0, y + h, x1, y + h, RULE));
            page.add(new Page.Rule(x0, y, x0, y + h, RULE));
            page.add(new Page.Rule(x1, y, x1, y + h, RULE));
        }
        y += h;
    }

    // ---------------------------------------------------------------- front matter and footer

    private static Page cover(ReportDocument doc, JapaneseFont font) {
        Layout l = new Layout(font, doc.orientation(), Locale.JAPANESE);
        l.newPage(false);
        l.y = doc.orientation().height() * 0.3f;
        l.centred(doc.title(), 20f);
        l.y += 24f;
        for (String line : doc.coverLines()) {
            l.centred(line, 13f);
        }
        return l.page;
    }

    private void centred(String s, float size) {
        for (String line : wrap(s, textWidth(), size)) {
            text((orientation.width() - font.width(line, size)) / 2, y, size, line);
            y += size * LEADING;
        }
    }

    private static List<Page> contentsPages(ReportDocument doc, JapaneseFont font, Locale locale,
            List<Integer> starts, int bodyOffset) {
        Layout l = new Layout(font, doc.orientation(), locale);
        l.section = Texts.format(locale, "report.contents");
        l.newPage(false);
        l.place(new Block.Heading(l.section, 14f));
        // one line per section: its title on the left, its first page on the right, joined by a thin leader line
        float size = 10.5f;
        float lh = size * 1.6f;
        float w = l.textWidth();
        for (int i = 0; i < doc.sections().size(); i++) {
            if (l.y + lh > l.bottom()) {
                l.newPage(true);
            }
            String num = String.valueOf(bodyOffset + starts.get(i) + 1);
            float numW = font.width(num, size);
            String title = l.fit(doc.sections().get(i).title(), w - numW - 4 * size, size);
            float titleW = font.width(title, size);
            l.text(MARGIN_X, l.y, size, title);
            l.text(MARGIN_X + w - numW, l.y, size, num);
            float from = MARGIN_X + titleW + size;
            float to = MARGIN_X + w - numW - size;
            float base = l.y + size * ASCENT + (size * (LEADING - 1)) / 2;
            if (to > from) {
                l.page.add(new Page.Rule(from, base, to, base, 0.3f));
            }
            l.y += lh;
        }
        return l.pages;
    }

    private static void footer(Page p, ReportDocument doc, JapaneseFont font, Locale locale, int n, int total) {
        Layout l = new Layout(font, p.orientation(), locale);
        l.page = p;
        float top = p.orientation().height() - MARGIN_BOTTOM + 16f;
        float w = l.textWidth();
        p.add(new Page.Rule(MARGIN_X, top - 4f, MARGIN_X + w, top - 4f, 0.4f));
        l.text(MARGIN_X, top, FOOTER_SIZE, l.fit(doc.footer(), w * 0.42f, FOOTER_SIZE));
        String num = Texts.format(locale, "report.page", n, total);
        l.text(MARGIN_X + (w - font.width(num, FOOTER_SIZE)) / 2, top, FOOTER_SIZE, num);
        String date = l.fit(Texts.format(locale, "report.printed", JapaneseYears.date(doc.printDate(), locale)),
                w * 0.3f, FOOTER_SIZE);
        l.text(MARGIN_X + w - font.width(date, FOOTER_SIZE), top, FOOTER_SIZE, date);
    }
}
