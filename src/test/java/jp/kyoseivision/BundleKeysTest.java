package jp.kyoseivision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text key the code uses exists in the Japanese and the English bundle, and both bundles hold the same keys:
 * UI labels ({@code i18n.t("…")} and the helpers that take a key) in ui/ui*.properties, error and CLI texts
 * ({@code LocalizedException}, {@code Texts.format/both}) in text/messages*.properties. Reads the sources.
 */
class BundleKeysTest {
    private static final Path MAIN = Path.of("src/main/java/jp/kyoseivision");
    private static final Path RES = Path.of("src/main/resources/jp/kyoseivision");
    /** i18n.t("key", …) and the ui helpers whose first argument is a bundle key. */
    private static final Pattern UI_KEY = Pattern.compile("\\b(?:t|item|commit|label|button|chooser)\\(\\s*\"([a-z][\\w.]*\\w)\"");
    /** i18n.t("prefix." + x): a key built at run time; at least one key must start with the prefix. */
    private static final Pattern UI_PREFIX = Pattern.compile("\\bt\\(\\s*\"([a-z][\\w.]*\\.)\"\\s*\\+");
    private static final Pattern MESSAGE_KEY = Pattern.compile(
            "(?:LocalizedException\\((?:[^\"();]*,\\s*)?|Texts\\.both\\(\\s*|Texts\\.format\\([^\"();]*,\\s*)\"([a-z][\\w.]*\\w)\"");

    @Test
    void bothUiBundlesHoldTheSameKeys() throws IOException {
        assertThat(load(RES.resolve("ui/ui_en.properties")).stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load(RES.resolve("ui/ui.properties")).stringPropertyNames());
    }

    @Test
    void bothMessageBundlesHoldTheSameKeys() throws IOException {
        assertThat(load(RES.resolve("text/messages_en.properties")).stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load(RES.resolve("text/messages.properties")).stringPropertyNames());
    }

    @Test
    void everyUiKeyInTheSourcesIsInBothBundles() throws IOException {
        Set<String> used = find(MAIN.resolve("ui"), UI_KEY);
        assertThat(used).as("keys found in ui sources").hasSizeGreaterThan(200).contains("menu.file.preferences");
        for (String bundle : new String[] {"ui/ui.properties", "ui/ui_en.properties"}) {
            assertThat(load(RES.resolve(bundle)).stringPropertyNames()).as(bundle).containsAll(used);
        }
        Set<String> prefixes = find(MAIN.resolve("ui"), UI_PREFIX);
        Set<String> keys = load(RES.resolve("ui/ui.properties")).stringPropertyNames();
        for (String prefix : prefixes) {
            assertThat(keys).as("a key starting with " + prefix).anyMatch(k -> k.startsWith(prefix));
        }
    }

    @Test
    void everyMessageKeyInTheSourcesIsInBothBundles() throws IOException {
        Set<String> used = find(MAIN, MESSAGE_KEY);
        assertThat(used).as("keys found in all sources").hasSizeGreaterThan(30).contains("prefs.interval");
        for (String bundle : new String[] {"text/messages.properties", "text/messages_en.properties"}) {
            assertThat(load(RES.resolve(bundle)).stringPropertyNames()).as(bundle).containsAll(used);
        }
    }

    private static Set<String> find(Path dir, Pattern p) throws IOException {
        Set<String> out = new TreeSet<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.filter(x -> x.toString().endsWith(".java"))::iterator) {
                Matcher m = p.matcher(Files.readString(f));
                while (m.find()) {
                    out.add(m.group(1));
                }
            }
        }
        return out;
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
