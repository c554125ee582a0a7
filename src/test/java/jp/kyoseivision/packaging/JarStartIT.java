package jp.kyoseivision.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the built runnable jar in a new JVM, as {@code java -jar} does (JavaFX on the class path), and opens the
 * window headless: the Monocle platform of the tests is added to the class path, the window opens the bundled
 * sample and closes once shown ({@code -Dkyosei.exitWhenShown}). The start must not print JavaFX's "Unsupported
 * JavaFX configuration" warning.
 */
class JarStartIT {
    private static final Path JAR = Path.of(System.getProperty("kyosei.jar", "target/kyosei-vision.jar"));

    @TempDir
    Path tmp;

    @Test
    void versionFromTheJar() throws Exception {
        Result r = run(List.of("-jar", JAR.toString(), "--version"));
        assertThat(r.exit).isZero();
        assertThat(r.out.strip()).startsWith("Kyosei Vision ");
    }

    @Test
    void javaJarRunsTheCommandInASecondJvmThatWritesAClassDataArchiveOnceAndThenMapsIt() throws Exception {
        Path file = tmp.resolve("a.kyosei");
        Result first = run(List.of("-jar", JAR.toString(), "init", file.toString(), "--with-sample"));
        assertThat(first.exit).as(first.err).isZero();
        Path cds = tmp.resolve("home").resolve("cds");
        try (var files = Files.list(cds)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).as("no temporary file is left")
                    .singleElement().asString().matches("cli-init-[0-9a-f]+\\.jsa");
        }
        Result second = run(List.of("-jar", JAR.toString(), "check", file.toString()));
        assertThat(second.exit).as(second.err).isZero();
        assertThat(second.out + second.err).doesNotContain("cds").doesNotContain("CDS");
    }

    @Test
    void theWindowOpensWithoutTheUnsupportedConfigurationWarning() throws Exception {
        Path file = tmp.resolve("sample.kyosei");
        assertThat(run(List.of("-jar", JAR.toString(), "init", file.toString(), "--with-sample")).exit).isZero();
        Path shown = tmp.resolve("shown.txt");
        String monocle = Path.of(Class.forName("com.sun.glass.ui.monocle.MonocleApplication", false,
                getClass().getClassLoader()).getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        Result r = run(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true", "-Dkyosei.exitWhenShown=true", "-Dkyosei.startupFile=" + shown,
                "-cp", JAR + File.pathSeparator + monocle, "jp.kyoseivision.app.Launcher", "--file", file.toString()));
        assertThat(r.exit).as(r.err).isZero();
        assertThat(shown).as("the window was shown with the file open; stderr: %s", r.err).exists();
        assertThat(r.err).doesNotContain("Unsupported JavaFX configuration");
    }

    private Result run(List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // a home of its own: settings, logs and JavaFX's native cache stay in the temp folder
        cmd.add("-Duser.home=" + tmp);
        cmd.add("-Dkyosei.home=" + tmp.resolve("home"));
        cmd.addAll(args);
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("no exit within 120 s: " + cmd + "\n" + Files.readString(err));
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private record Result(int exit, String out, String err) {
    }
}
