package jp.kyoseivision.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * TrueType collections (.ttc) built in the test from single fonts, the way Windows ships Yu Gothic, Meiryo and MS
 * Gothic: a 'ttcf' header (version 1.0, the number of faces, the offset of each face), then each face's table
 * directory and tables. Table offsets in a collection count from the start of the file, so each face's directory
 * is rewritten with its tables' offsets shifted by where the face was put.
 */
final class TestCollections {
    static final Path IPAEX_MINCHO = Path.of("/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf");
    static final Path IPAEX_GOTHIC = Path.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf");

    private TestCollections() {
    }

    /** Both IPAex fonts, or the test is skipped with the reason (.ci/run installs fonts-ipaexfont, which has both). */
    static void assumeIpaex() {
        Assumptions.assumeTrue(Files.isRegularFile(IPAEX_MINCHO) && Files.isRegularFile(IPAEX_GOTHIC),
                "IPAex Mincho and Gothic are not installed (apt-get install fonts-ipaexfont)");
    }

    /** Writes a collection of {@code faces} (the bytes of single .ttf fonts) to {@code out}. */
    static Path write(Path out, List<byte[]> faces) throws IOException {
        int header = 12 + 4 * faces.size();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        ByteBuffer head = ByteBuffer.allocate(header);
        head.put("ttcf".getBytes(StandardCharsets.ISO_8859_1)).putShort((short) 1).putShort((short) 0)
                .putInt(faces.size());
        for (byte[] face : faces) {
            int at = header + body.size(); // 4-aligned, as every table of a face is
            head.putInt(at);
            body.write(shifted(face, at));
            body.write(new byte[(4 - face.length % 4) % 4]);
        }
        try (var os = Files.newOutputStream(out)) {
            os.write(head.array());
            body.writeTo(os);
        }
        return out;
    }

    /** The face with every table offset of its directory moved by {@code by} bytes. */
    private static byte[] shifted(byte[] face, int by) {
        byte[] copy = face.clone();
        ByteBuffer b = ByteBuffer.wrap(copy);
        int tables = b.getShort(4) & 0xffff;
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            b.putInt(record + 8, b.getInt(record + 8) + by);
        }
        return copy;
    }

    /**
     * The font made to look like a CFF-outline OpenType face (as Hiragino's are in macOS's .ttc files): tag 'OTTO'
     * and its 'glyf' table renamed 'CFF '.
     */
    static byte[] asCff(byte[] ttf) {
        byte[] copy = ttf.clone();
        ByteBuffer b = ByteBuffer.wrap(copy);
        b.put(0, "OTTO".getBytes(StandardCharsets.ISO_8859_1));
        int tables = b.getShort(4) & 0xffff;
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            byte[] tag = new byte[4];
            b.get(record, tag);
            if (new String(tag, StandardCharsets.ISO_8859_1).equals("glyf")) {
                b.put(record, "CFF ".getBytes(StandardCharsets.ISO_8859_1));
            }
        }
        return copy;
    }
}
