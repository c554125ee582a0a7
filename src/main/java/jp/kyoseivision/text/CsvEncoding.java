package jp.kyoseivision.text;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The encoding of the CSV files the application writes: UTF-8 with a byte order mark by default (Excel needs the
 * mark to read UTF-8), or Shift_JIS as Windows writes it (CP932 / Windows-31J) for the offices whose older Excel or
 * business systems read nothing else. A character CP932 does not have (𠮷, an emoji …) is never written as {@code ?}:
 * the writer stops with a message naming it, and the caller's file is left as it was.
 */
public enum CsvEncoding {
    UTF8(StandardCharsets.UTF_8),
    CP932(Charset.forName("windows-31j"));

    private final Charset charset;

    CsvEncoding(Charset charset) {
        this.charset = charset;
    }

    public Charset charset() {
        return charset;
    }

    /** {@code utf-8} (also utf8) or {@code cp932} (also shift_jis, sjis, windows-31j, ms932), any case. */
    public static CsvEncoding parse(String name) {
        String k = name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return switch (k) {
            case "utf-8", "utf8" -> UTF8;
            case "cp932", "shift-jis", "sjis", "windows-31j", "ms932" -> CP932;
            default -> throw new LocalizedException("csv.encoding.invalid", name);
        };
    }

    /** The bytes of a whole CSV text, with the byte order mark for UTF-8. */
    public byte[] bytes(String csv) {
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(csv.length() * 2 + 3);
            Writer w = writer(out);
            w.write(csv);
            w.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * A writer to {@code out} in this encoding; for UTF-8 the byte order mark is written first. Writing a character
     * the encoding lacks throws {@link LocalizedException} {@code csv.encoding.unmappable}. Flush it; closing it
     * closes {@code out}.
     */
    public Writer writer(OutputStream out) throws IOException {
        if (this == UTF8) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        CharsetEncoder enc = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new Writer() {
            private final ByteBuffer bytes = ByteBuffer.allocate(8192);
            private char pending; // a high surrogate waiting for its pair

            @Override
            public void write(char[] cbuf, int off, int len) throws IOException {
                CharBuffer in;
                if (pending != 0) {
                    char[] joined = new char[len + 1];
                    joined[0] = pending;
                    System.arraycopy(cbuf, off, joined, 1, len);
                    in = CharBuffer.wrap(joined);
                    pending = 0;
                } else {
                    in = CharBuffer.wrap(cbuf, off, len);
                }
                while (true) {
                    CoderResult r = enc.encode(in, bytes, false);
                    if (r.isOverflow()) {
                        drain();
                    } else if (r.isUnderflow()) {
                        if (in.remaining() == 1) {
                            pending = in.get();
                        }
                        return;
                    } else {
                        int cp = Character.codePointAt(in, 0);
                        throw new LocalizedException("csv.encoding.unmappable", new String(Character.toChars(cp)),
                                String.format("U+%04X", cp), name().toLowerCase(Locale.ROOT));
                    }
                }
            }

            private void drain() throws IOException {
                out.write(bytes.array(), 0, bytes.position());
                bytes.clear();
            }

            @Override
            public void flush() throws IOException {
                drain();
                out.flush();
            }

            @Override
            public void close() throws IOException {
                flush();
                out.close();
            }
        };
    }
}
