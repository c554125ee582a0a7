package jp.kyoseivision.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

import jp.kyoseivision.text.LocalizedException;

/**
 * A Japanese font with TrueType outlines, parsed once and reused for every document (parsing costs more than laying
 * out 32 pages). PDFBox embeds it as a subset CID font; fonts with CFF outlines (Noto Sans CJK, Hiragino) cannot be
 * embedded by PDFBox and are refused here. Widths are cached per character. Not thread-safe: the writer locks it.
 */
public final class JapaneseFont implements AutoCloseable {
    /** A character every Japanese font must draw; the check that a font is usable for the sheets. */
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(JapaneseFont.class.getName());
    private static final String PROBE = "施策名取組内容あア。";
    private final Path path;
    private final TrueTypeFont ttf;
    private final java.io.Closeable owner;
    private final CmapLookup cmap;
    private final float unitsPerEm;
    private final float[] bmpWidths = new float[0x10000];
    private final int replacement;
    /** The characters {@link #drawable} replaced since {@link #startCounting}, in order of first appearance. */
    private final java.util.Set<Integer> replaced = new java.util.LinkedHashSet<>();

    private JapaneseFont(Path path, TrueTypeFont ttf, java.io.Closeable owner) throws IOException {
        this.path = path;
        this.ttf = ttf;
        this.owner = owner;
        // PDFBox runs every string through the font's GSUB rules when the font has them (for scripts that need
        // ligatures); horizontal Japanese needs none, and with IPAex Gothic it made drawing text 40 times slower
        ttf.setEnableGsub(false);
        this.cmap = ttf.getUnicodeCmapLookup(false);
        this.unitsPerEm = ttf.getUnitsPerEm();
        java.util.Arrays.fill(bmpWidths, Float.NaN);
        this.replacement = has('〓') ? '〓' : '?';
    }

    /**
     * Loads the font at {@code path} (.ttf, or the first usable face of a .ttc collection).
     *
     * @throws LocalizedException when the file cannot be read, has CFF outlines or lacks Japanese characters
     */
    public static JapaneseFont load(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new LocalizedException("report.font.notFound", path);
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            // 'OTTO' opens an OpenType font with CFF outlines (Noto Sans CJK .otf): refused before parsing it
            if (startsWith(path, "OTTO")) {
                throw new LocalizedException("report.font.cff", path);
            }
            if (name.endsWith(".ttc") || name.endsWith(".otc")) {
                return fromCollection(path);
            }
            TrueTypeFont ttf;
            if (name.endsWith(".otf")) {
                OpenTypeFont otf = new OTFParser().parse(new RandomAccessReadBufferedFile(path.toFile()));
                ttf = otf;
            } else {
                ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(path.toFile()));
            }
            return checked(path, ttf, ttf);
        } catch (IOException | RuntimeException e) {
            if (e instanceof LocalizedException le) {
                throw le;
            }
            // FontBox signals a malformed font with IOException or, on damaged tables, with runtime exceptions
            // (index out of bounds, negative sizes): both mean "not a usable font"; the trace goes to the log
            LOG.log(java.util.logging.Level.INFO, "font " + path + " unreadable", e);
            throw new LocalizedException(e, "report.font.unreadable", path, String.valueOf(e.getMessage()));
        }
    }

    private static boolean startsWith(Path path, String tag) throws IOException {
        try (java.io.InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(4);
            return new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).equals(tag);
        }
    }

    private static JapaneseFont fromCollection(Path path) throws IOException {
        TrueTypeCollection ttc = new TrueTypeCollection(path.toFile());
        List<TrueTypeFont> faces = new ArrayList<>();
        ttc.processAllFonts(faces::add);
        LocalizedException last = new LocalizedException("report.font.noJapanese", path);
        for (TrueTypeFont face : faces) {
            try {
                return checked(path, face, ttc);
            } catch (LocalizedException e) {
                last = e;
            }
        }
        ttc.close();
        throw last;
    }

    private static JapaneseFont checked(Path path, TrueTypeFont ttf, java.io.Closeable owner) throws IOException {
        if (ttf.getTableMap().containsKey("CFF ") || ttf.getTableMap().containsKey("CFF2")
                || !ttf.getTableMap().containsKey("glyf")) {
            close(owner);
            throw new LocalizedException("report.font.cff", path);
        }
        JapaneseFont f = new JapaneseFont(path, ttf, owner);
        for (int i = 0; i < PROBE.length(); i++) {
            if (!f.has(PROBE.charAt(i))) {
                if (owner == ttf) {
                    close(owner);
                }
                throw new LocalizedException("report.font.noJapanese", path);
            }
        }
        return f;
    }

    /** Closes the font file; a failure to close only costs a file handle, so it is logged, not shown. */
    private static void close(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            LOG.log(java.util.logging.Level.WARNING, "closing a font file failed", e);
        }
    }

    public Path path() {
        return path;
    }

    /** The font's PostScript name, e.g. IPAexGothic. */
    public String name() {
        try {
            return ttf.getName();
        } catch (IOException e) {
            return path.getFileName().toString();
        }
    }

    TrueTypeFont trueType() {
        return ttf;
    }

    public boolean has(int codePoint) {
        return cmap.getGlyphId(codePoint) != 0;
    }

    /** Forgets the characters replaced so far; the writer calls it (holding the font's lock) before a document. */
    void startCounting() {
        replaced.clear();
    }

    /** The characters replaced by 〓 since {@link #startCounting}, each once, in order of first appearance. */
    List<String> replaced() {
        return replaced.stream().map(Character::toString).toList();
    }

    /**
     * The text with every character the font cannot draw replaced by 〓 (PDFBox refuses to encode them); the
     * replaced characters are remembered so the writer can say which they were.
     */
    public String drawable(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            if (!has(cp)) {
                if (sb == null) {
                    sb = new StringBuilder(text.substring(0, i));
                }
                sb.appendCodePoint(replacement);
                replaced.add(cp);
            } else if (sb != null) {
                sb.appendCodePoint(cp);
            }
            i += n;
        }
        return sb == null ? text : sb.toString();
    }

    /** Advance width of one character at 1 pt, in points (a full-width character: 1.0). */
    public float width(int codePoint) {
        if (codePoint < bmpWidths.length) {
            float w = bmpWidths[codePoint];
            if (Float.isNaN(w)) {
                w = measure(codePoint);
                bmpWidths[codePoint] = w;
            }
            return w;
        }
        return measure(codePoint);
    }

    private float measure(int codePoint) {
        int gid = cmap.getGlyphId(has(codePoint) ? codePoint : replacement);
        try {
            return ttf.getAdvanceWidth(gid) / unitsPerEm;
        } catch (IOException e) {
            return 1f;
        }
    }

    /** Width of a string at {@code size} points. */
    public float width(String s, float size) {
        float w = 0;
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            w += width(cp);
            i += Character.charCount(cp);
        }
        return w * size;
    }

    @Override
    public void close() {
        close(owner);
    }
}
