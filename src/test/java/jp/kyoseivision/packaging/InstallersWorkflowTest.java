package jp.kyoseivision.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * .github/workflows/installers.yml builds the installers on hosted Windows, macOS and Linux runners, which cannot
 * run here. This test reads it and holds it to installer/build-app-image.sh: each OS has a job, each job builds
 * with the script and the option for its installer, then runs the smoke test; no step calls jlink or jpackage
 * itself (the module list and options live in the script only); the JDK is the pom's release, from Temurin.
 */
class InstallersWorkflowTest {
    private static final Path WORKFLOW = Path.of(".github/workflows/installers.yml");
    private static final Path BUILD = Path.of("installer/build-app-image.sh");
    private static final Path SMOKE = Path.of("installer/test-app-image.sh");

    private static JsonNode jobs;
    /** runner label → the shell lines of its job's run steps, in order. */
    private static final Map<String, List<String>> RUNS = new LinkedHashMap<>();
    private static final Map<String, JsonNode> STEPS = new LinkedHashMap<>();

    @BeforeAll
    static void read() throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(WORKFLOW.toFile());
        jobs = root.get("jobs");
        assertThat(jobs).as("jobs in %s", WORKFLOW).isNotNull();
        jobs.fields().forEachRemaining(job -> {
            for (String runner : runners(job.getValue())) {
                List<String> lines = new ArrayList<>();
                job.getValue().get("steps").forEach(step -> {
                    if (step.has("run")) {
                        lines.addAll(step.get("run").asText().lines().map(String::strip).toList());
                    }
                });
                RUNS.put(runner, lines);
                STEPS.put(runner, job.getValue());
            }
        });
    }

    /** runs-on, with ${{ matrix.x }} resolved from the job's matrix. */
    private static List<String> runners(JsonNode job) {
        String runsOn = job.get("runs-on").asText();
        Matcher m = Pattern.compile("\\$\\{\\{\\s*matrix\\.(\\w+)\\s*}}").matcher(runsOn);
        if (!m.find()) {
            return List.of(runsOn);
        }
        List<String> out = new ArrayList<>();
        job.path("strategy").path("matrix").path(m.group(1)).forEach(v -> out.add(v.asText()));
        return out;
    }

    @Test
    void buildsOnWindowsMacOnBothArchitecturesAndLinux() {
        assertThat(RUNS.keySet()).anyMatch(r -> r.startsWith("windows-"))
                .anyMatch(r -> r.startsWith("ubuntu-"))
                .contains("macos-13", "macos-14"); // Intel and Apple Silicon: one DMG each
    }

    @Test
    void eachRunnerBuildsItsInstallerWithTheScriptAndThenRunsTheSmokeTest() {
        Map<String, String> option = Map.of("windows-", "--msi", "macos-", "--dmg", "ubuntu-", "--deb");
        RUNS.forEach((runner, lines) -> {
            String want = option.entrySet().stream().filter(e -> runner.startsWith(e.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElseThrow(() -> new AssertionError("runner " + runner));
            int build = indexOf(lines, BUILD.toString());
            int smoke = indexOf(lines, SMOKE.toString());
            assertThat(build).as("%s calls %s", runner, BUILD).isNotNegative();
            assertThat(lines.get(build)).as(runner).contains(want);
            assertThat(smoke).as("%s runs %s after building", runner, SMOKE).isGreaterThan(build);
            assertThat(lines.subList(0, build)).as(runner).anyMatch(l -> l.startsWith("mvn -B ")
                    && (l.contains(" verify") || l.contains(" package")));
        });
    }

    @Test
    void theOptionsPassedToTheScriptAreTheOnesItKnows() throws IOException {
        assertThat(Files.isExecutable(BUILD)).isTrue();
        assertThat(Files.isExecutable(SMOKE)).isTrue();
        Matcher known = Pattern.compile("^\\s*case \\$a in (.*)$", Pattern.MULTILINE).matcher(Files.readString(BUILD));
        assertThat(known.find()).as("the option list of %s", BUILD).isTrue();
        Set<String> accepted = new TreeSet<>();
        Matcher opt = Pattern.compile("(--[a-z-]+)\\)").matcher(known.group(1));
        while (opt.find()) {
            accepted.add(opt.group(1));
        }
        assertThat(accepted).contains("--msi", "--dmg", "--deb", "--cds");
        RUNS.forEach((runner, lines) -> lines.stream().filter(l -> l.contains("installer/")).forEach(l -> {
            Matcher script = Pattern.compile("(installer/[\\w.-]+\\.sh)((?:\\s+--[a-z-]+)*)").matcher(l);
            while (script.find()) {
                assertThat(Path.of(script.group(1))).as("%s: %s", runner, l).exists();
                for (String o : script.group(2).trim().split("\\s+")) {
                    if (!o.isEmpty()) {
                        assertThat(script.group(1)).isEqualTo(BUILD.toString());
                        assertThat(accepted).as("%s: %s", runner, l).contains(o);
                    }
                }
            }
        }));
    }

    @Test
    void noStepCallsJlinkOrJpackageItself() {
        RUNS.forEach((runner, lines) -> assertThat(lines).as(runner)
                .noneMatch(l -> l.matches(".*\\b(jlink|jpackage)\\b.*")));
    }

    @Test
    void theJdkIsTemurinOfThePomsRelease() throws IOException {
        String release = Pattern.compile("<maven.compiler.release>(\\d+)</maven.compiler.release>")
                .matcher(Files.readString(Path.of("pom.xml"))).results().findFirst().orElseThrow().group(1);
        STEPS.forEach((runner, job) -> {
            List<JsonNode> setup = new ArrayList<>();
            job.get("steps").forEach(s -> {
                if (s.path("uses").asText().startsWith("actions/setup-java@")) {
                    setup.add(s);
                }
            });
            assertThat(setup).as(runner).hasSize(1);
            assertThat(setup.get(0).path("with").path("distribution").asText()).isEqualTo("temurin");
            assertThat(setup.get(0).path("with").path("java-version").asText()).isEqualTo(release);
        });
    }

    @Test
    void windowsRunsTheScriptsWithBashAndEveryJobUploadsWhatTheScriptMakes() {
        STEPS.forEach((runner, job) -> {
            if (runner.startsWith("windows-")) {
                assertThat(job.path("defaults").path("run").path("shell").asText()).as(runner).isEqualTo("bash");
            }
            List<String> uploads = new ArrayList<>();
            job.get("steps").forEach(s -> {
                if (s.path("uses").asText().startsWith("actions/upload-artifact@")) {
                    uploads.addAll(s.path("with").path("path").asText().lines().map(String::strip).toList());
                }
            });
            String kind = runner.startsWith("windows-") ? ".msi" : runner.startsWith("macos-") ? ".dmg" : ".deb";
            assertThat(uploads).as(runner).contains("target/installer/*" + kind);
        });
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }
}
