package jp.kyoseivision.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import jp.kyoseivision.model.Sphere;

/**
 * The bundled samples, each a whole sphere in the JSON interchange format, transcribed value by value from the seed
 * documents: {@link #DEFAULT} holds the 一関・平泉 2nd and 3rd 共生ビジョン and 一関市's two 総合戦略;
 * {@code kitakami} holds 北上市's action plan, a city of its own and so a file of its own.
 */
public final class Sample {
    /** The id of the sample a new file and {@code init --with-sample} get. */
    public static final String DEFAULT = "ichinoseki-hiraizumi";
    public static final String RESOURCE = "sample.json";

    /** The samples in the order they are listed: an id and its resource beside this class. */
    private static final List<String[]> SAMPLES = List.of(
            new String[] {DEFAULT, RESOURCE},
            new String[] {"kitakami", "sample-kitakami.json"});

    private Sample() {
    }

    /** The ids of the bundled samples, in the order to list them. */
    public static List<String> ids() {
        return SAMPLES.stream().map(s -> s[0]).toList();
    }

    /** The default sample (the 一関・平泉 sphere). */
    public static Sphere load() {
        return load(DEFAULT).orElseThrow();
    }

    /** The sample of this id, or empty when there is none of that id. */
    public static Optional<Sphere> load(String id) {
        return resource(id).map(r -> {
            try (InputStream in = open(r)) {
                return SphereJson.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The default sample exactly as shipped (UTF-8 JSON text). */
    public static String text() {
        return text(DEFAULT).orElseThrow();
    }

    /** The sample of this id exactly as shipped (UTF-8 JSON text), or empty when there is none of that id. */
    public static Optional<String> text(String id) {
        return resource(id).map(r -> {
            try (InputStream in = open(r)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Optional<String> resource(String id) {
        return SAMPLES.stream().filter(s -> s[0].equals(id)).map(s -> s[1]).findFirst();
    }

    private static InputStream open(String resource) {
        InputStream in = Sample.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("bundled sample missing: " + resource);
        }
        return in;
    }
}
