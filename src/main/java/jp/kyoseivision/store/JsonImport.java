package jp.kyoseivision.store;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;
import jp.kyoseivision.model.Sphere;

/**
 * Importing a JSON document ({@code import-json}, ファイル → JSONを取り込む…): the whole document is read and checked
 * first (syntax, size limits, an unknown or newer format, every invalid record: {@link SphereJson#read}), and only then
 * written, in one transaction. The command and the window share these rules.
 */
public final class JsonImport {
    private JsonImport() {
    }

    /** Reads and checks {@code json} whole; throws a {@code LocalizedException} saying what is wrong. */
    public static Sphere read(Path json) {
        return read(json, done -> {
        });
    }

    /**
     * As {@link #read(Path)}, telling {@code bytesRead} how many bytes were read so far (of {@code Files.size}); it may
     * throw (a cancelled import) to stop the read.
     */
    public static Sphere read(Path json, LongConsumer bytesRead) {
        if (!Files.isRegularFile(json)) {
            throw new StoreException("store.notFound", json.toAbsolutePath());
        }
        try (InputStream in = counted(Files.newInputStream(json), bytesRead)) {
            return SphereJson.read(in);
        } catch (IOException | UncheckedIOException e) {
            throw new StoreException(e, "store.readFailed", json.toAbsolutePath(), e.getMessage());
        }
    }

    /** Creates the new plan file {@code target} holding {@code sphere}; refuses when it exists already. */
    public static void intoNewFile(Sphere sphere, Path target) {
        PlanFile.create(target, sphere).close();
    }

    /** The number of cards of every revision of {@code sphere} (what the import reports). */
    public static long cards(Sphere sphere) {
        return sphere.revisions().mapToLong(r -> r.measures().size()).sum();
    }

    private static InputStream counted(InputStream in, LongConsumer bytesRead) {
        return new FilterInputStream(in) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    bytesRead.accept(++read);
                }
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                if (n > 0) {
                    read += n;
                    bytesRead.accept(read);
                }
                return n;
            }
        };
    }
}
