package jp.kyoseivision.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The About dialog lists every library the pom bundles (test scope excluded) with a licence. */
class LicencesTest {
    @Test
    void everyBundledDependencyOfThePomHasALicenceLine() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher m = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL).matcher(pom);
        List<String> bundled = new ArrayList<>();
        while (m.find()) {
            String d = m.group(1);
            if (!d.contains("<scope>test</scope>")) {
                bundled.add(tag(d, "artifactId"));
            }
        }
        assertThat(bundled).contains("javafx-controls", "sqlite-jdbc", "poi-ooxml", "picocli");
        List<Licences.Entry> entries = Licences.entries();
        for (String artifact : bundled) {
            assertThat(entries).as(artifact).anyMatch(e -> e.artifact().matches(".*[:, ]" + Pattern.quote(artifact) + "(,.*|$)")
                    && !e.licence().isBlank());
        }
        assertThat(entries).anyMatch(e -> e.artifact().startsWith("org.openjfx:")
                && e.licence().equals("GPL-2.0 with Classpath Exception"));
    }

    private static String tag(String xml, String name) {
        Matcher m = Pattern.compile("<" + name + ">([^<]+)</" + name + ">").matcher(xml);
        return m.find() ? m.group(1).strip() : "";
    }
}
