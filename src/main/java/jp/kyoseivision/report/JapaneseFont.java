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
     * The face to take from each collection Windows ships, by name: the regular text face, not the UI variant
     * (narrower, for menus), not the italic. MS PGothic before MS Gothic: its Latin letters are proportional as in
     * IPAex Gothic, the font the sheets are laid out and tested with, and it is the face officers know from Excel
     * (its default font up to Office 2013); MS Gothic spaces every Latin letter half an em apart, so "KPI" and
     * "SDGs" in a measure's text come out stretched. Digits are equally wide in both, so amounts still line up.
     */
    private static final java.util.Map<String, List<String>> FACES = java.util.Map.of(
            "meiryo.ttc", List.of("Meiryo"),
            "meiryob.ttc", List.of("Meiryo Bold"),
            "msgothic.ttc", List.of("MS PGothic", "MS Gothic"),
            "yugothm.ttc", List.of("Yu Gothic Medium"),
            "yugothr.ttc", List.of("Yu Gothic Regular"),
            "yugothl.ttc", List.of("Yu Gothic Light"),
            "yugothb.ttc", List.of("Yu Gothic Bold"));

    /**
     * Loads the font at {@code path} (.ttf; from a .ttc collection the face named for that collection in
     * {@link #FACES}, else the first usable face).
     *
     * @throws LocalizedException when the file cannot be read, has CFF outlines or lacks Japanese characters
     */
    public static JapaneseFont load(Path path) {
        return load(path, preferredFaces(path));
    }

    /** The faces to look for first in the collection at {@code path}, best first (none for other files). */
    static List<String> preferredFaces(Path path) {
        Path name = path.getFileName();
        return name == null ? List.of() : FACES.getOrDefault(name.toString().toLowerCase(Locale.ROOT), List.of());
    }

    /**
     * Loads the font at {@code path}; from a collection the first usable face whose name is one of {@code faces}
     * (in that order), else the first usable face of the collection.
     */
    static JapaneseFont load(Path path, List<String> faces) {
        if (!Files.isRegularFile(path)) {
            throw new LocalizedException("report.font.notFound", path);
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            // 'OTTO' opens an OpenType font with CFF outlines (Noto Sans CJK .otf): refused before parsing it
            if (startsWith(path, "OTTO")) {
                throw new LocalizedException("report.font.cff", path);
            }
            if (name.endsWith(".ttc") || name.endsWith(".otc") || startsWith(path, "ttcf")) {
                return fromCollection(path, faces);
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
            throw unreadable(path, e);
        }
    }

    /**
     * FontBox signals a malformed font with IOException or, on damaged tables, with runtime exceptions (index out
     * of bounds, negative sizes): both mean "not a usable font". The user is told which file; FontBox's own words
     * (English, about table offsets) and the trace go to the log for the helpdesk.
     */
    private static LocalizedException unreadable(Path path, Exception e) {
        LOG.log(java.util.logging.Level.INFO, "font " + path + " unreadable", e);
        return new LocalizedException(e, "report.font.unreadable", path);
    }

    private static boolean startsWith(Path path, String tag) throws IOException {
        try (java.io.InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(4);
            return new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).equals(tag);
        }
    }

    /**
     * The face of the collection to print with: the first of {@code names} that is usable, else the first usable
     * face in the file's order. A face is skipped, not fatal, when it has CFF outlines (macOS's Hiragino .ttc) or
     * lacks Japanese; when no face is usable the reason of the first refused face is given.
     */
    private static JapaneseFont fromCollection(Path path, List<String> names) throws IOException {
        List<String> tags = faceTags(path);
        if (!tags.isEmpty() && tags.stream().allMatch("OTTO"::equals)) {
            // every face has CFF outlines (macOS's Hiragino collections): refused before parsing them, as a .otf is
            throw new LocalizedException("report.font.cff", path);
        }
        TrueTypeCollection ttc = new TrueTypeCollection(path.toFile());
        try {
            List<TrueTypeFont> faces = new ArrayList<>();
            ttc.processAllFonts(faces::add);
            List<TrueTypeFont> order = new ArrayList<>();
            for (String wanted : names) {
                for (TrueTypeFont face : faces) {
                    if (!order.contains(face) && isNamed(face, wanted)) {
                        order.add(face);
                    }
                }
            }
            for (TrueTypeFont face : faces) {
                if (!order.contains(face)) {
                    order.add(face);
                }
            }
            LocalizedException first = null;
            for (TrueTypeFont face : order) {
                try {
                    return checked(path, face, ttc);
                } catch (LocalizedException e) {
                    first = first == null ? e : first;
                }
            }
            close(ttc);
            throw first != null ? first : new LocalizedException("report.font.noJapanese", path);
        } catch (IOException | RuntimeException e) {
            close(ttc);
            throw e;
        }
    }

    /**
     * The tag each face of the collection starts with ('OTTO': CFF outlines, 0x00010000 or 'true': TrueType), read
     * from the 'ttcf' header; empty when the header is not one (FontBox then says why).
     */
    private static List<String> faceTags(Path path) throws IOException {
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(path)) {
            java.nio.ByteBuffer head = java.nio.ByteBuffer.allocate(12);
            if (ch.read(head, 0) < 12 || head.getInt(0) != 0x74746366) { // 'ttcf'
                return List.of();
            }
            long count = head.getInt(8) & 0xffffffffL;
            if (count < 1 || count > 1024) {
                return List.of();
            }
            java.nio.ByteBuffer offsets = java.nio.ByteBuffer.allocate((int) count * 4);
            ch.read(offsets, 12);
            List<String> tags = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                java.nio.ByteBuffer tag = java.nio.ByteBuffer.allocate(4);
                ch.read(tag, offsets.getInt(i * 4) & 0xffffffffL);
                tags.add(new String(tag.array(), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
            return tags;
        }
    }

    /** Whether the face's PostScript name (MS-PGothic) or family name (MS PGothic) is {@code wanted}. */
    private static boolean isNamed(TrueTypeFont face, String wanted) throws IOException {
        String w = nameKey(wanted);
        if (nameKey(face.getName()).equals(w)) {
            return true;
        }
        org.apache.fontbox.ttf.NamingTable naming = face.getNaming();
        if (naming == null) {
            return false;
        }
        // Meiryo's italic face has the family name Meiryo too: the family alone names only the regular face
        return nameKey(naming.getFontFamily() + " " + naming.getFontSubFamily()).equals(w)
                || nameKey(naming.getFontFamily()).equals(w) && nameKey(naming.getFontSubFamily()).equals("regular");
    }

    /**
     * A font name without case, spaces and hyphens: the PostScript name "YuGothic-Medium" and the full name
     * "Yu Gothic Medium" give the same key, "MeiryoUI" and "Meiryo-Italic" do not give Meiryo's.
     */
    static String nameKey(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
    }

    private static JapaneseFont checked(Path path, TrueTypeFont ttf, java.io.Closeable owner) throws IOException {
        boolean alone = owner == ttf; // a face of a collection shares the file with the other faces: kept open
        if (ttf.getTableMap().containsKey("CFF ") || ttf.getTableMap().containsKey("CFF2")
                || !ttf.getTableMap().containsKey("glyf")) {
            if (alone) {
                close(owner);
            }
            throw new LocalizedException("report.font.cff", path);
        }
        JapaneseFont f = new JapaneseFont(path, ttf, owner);
        for (int i = 0; i < PROBE.length(); i++) {
            if (!f.has(PROBE.charAt(i))) {
                if (alone) {
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
