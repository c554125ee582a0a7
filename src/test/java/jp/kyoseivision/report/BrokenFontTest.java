package jp.kyoseivision.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import jp.kyoseivision.text.LocalizedException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A damaged font file (a download cut short, a file renamed .ttf) gives a message naming the file, in the user's
 * language, never FontBox's exception or its English words about table offsets; the file is left as it was.
 */
class BrokenFontTest {
    @TempDir
    static Path dir;

    static Stream<Arguments> brokenFiles() throws Exception {
        TestCollections.assumeIpaex();
        byte[] gothic = Files.readAllBytes(TestCollections.IPAEX_GOTHIC);
        byte[] random = new byte[64 * 1024];
        new Random(15).nextBytes(random);
        Path ttc = TestCollections.write(dir.resolve("whole.ttc"),
                List.of(Files.readAllBytes(TestCollections.IPAEX_MINCHO), gothic));
        byte[] collection = Files.readAllBytes(ttc);
        return Stream.of(
                Arguments.of("empty.ttf", new byte[0]),
                Arguments.of("header-only.ttf", Arrays.copyOf(gothic, 200)),
                Arguments.of("cut-in-tables.ttf", Arrays.copyOf(gothic, 100_000)),
                Arguments.of("cut-late.ttf", Arrays.copyOf(gothic, gothic.length / 2)),
                Arguments.of("random.ttf", random),
                Arguments.of("random.ttc", random),
                Arguments.of("random.otf", random),
                Arguments.of("text.ttf", "not a font at all\n".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("faces-past-the-end.ttc", ttcHeader(2, 1_000_000, 2_000_000)),
                Arguments.of("two-billion-faces.ttc", ttcHeader(Integer.MAX_VALUE, 16)),
                Arguments.of("cut-collection.ttc", Arrays.copyOf(collection, collection.length / 3)),
                Arguments.of("cut-second-face.ttc", Arrays.copyOf(collection, collection.length - 1_000_000)));
    }

    /** A 'ttcf' header claiming {@code count} faces at {@code offsets}, and nothing else. */
    private static byte[] ttcHeader(int count, int... offsets) {
        ByteBuffer b = ByteBuffer.allocate(12 + 4 * offsets.length);
        b.put("ttcf".getBytes(StandardCharsets.ISO_8859_1)).putShort((short) 1).putShort((short) 0).putInt(count);
        for (int o : offsets) {
            b.putInt(o);
        }
        return b.array();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void aBrokenFontFileGivesALocalizedReason(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        Throwable t = catchThrowable(() -> FontLocator.load(file));
        assertThat(t).as(name).isInstanceOf(LocalizedException.class);
        LocalizedException e = (LocalizedException) t;
        assertThat(e.key()).startsWith("report.font.");
        for (Locale l : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
            String text = e.message(l);
            assertThat(text).contains(name).doesNotContain("Exception", "null", "offset", "at org.");
            if (e.getCause() != null && e.getCause().getMessage() != null) {
                assertThat(text).doesNotContain(e.getCause().getMessage());
            }
        }
        assertThat(e.message(Locale.JAPANESE)).containsAnyOf("読み込めません", "日本語の文字がありません", "CFF形式");
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    }
}
