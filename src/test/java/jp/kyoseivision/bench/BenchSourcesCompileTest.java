package jp.kyoseivision.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmarks in bench/ are single Java files run with {@code java -cp JAR bench/X.java}, outside the Maven
 * build: this compiles them against the classes of this build, so a change of the model cannot leave them broken
 * until someone next measures (the node tree of issue 19 did once).
 */
class BenchSourcesCompileTest {
    @TempDir
    Path out;

    @Test
    void everyBenchmarkCompilesAgainstThisBuild() throws IOException {
        List<String> sources;
        try (Stream<Path> files = Files.walk(Path.of("bench"))) {
            sources = files.filter(p -> p.toString().endsWith(".java")).map(Path::toString).sorted().toList();
        }
        assertThat(sources).contains(Path.of("bench", "EditBench.java").toString(),
                Path.of("bench", "OpenSearchBench.java").toString(), Path.of("bench", "DiffBench.java").toString());
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        for (String source : sources) {
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            int code = javac.run(null, errors, errors, "-proc:none", "-d", out.toString(), "-cp",
                    System.getProperty("java.class.path"), source);
            assertThat(code).as(source + ":\n" + errors.toString(StandardCharsets.UTF_8)).isZero();
        }
    }
}
