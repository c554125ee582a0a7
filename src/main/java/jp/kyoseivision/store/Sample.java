package jp.kyoseivision.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import jp.kyoseivision.model.Sphere;

/** The bundled sample: the real 2nd and 3rd 一関・平泉定住自立圏共生ビジョン, in the JSON interchange format. */
public final class Sample {
    public static final String RESOURCE = "sample.json";

    private Sample() {
    }

    public static Sphere load() {
        try (InputStream in = Sample.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled sample missing: " + RESOURCE);
            }
            return SphereJson.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundled sample exactly as shipped (UTF-8 JSON text). */
    public static String text() {
        try (InputStream in = Sample.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled sample missing: " + RESOURCE);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
