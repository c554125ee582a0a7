package jp.kyoseivision.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class FastStartTest {
    @Test
    void theSecondJvmGetsC1SerialGcTheArchiveThenTheUsersOptionsAndTheSameClassPath() {
        List<String> cmd = FastStart.command("/usr/bin/java", List.of("-Xmx512m", "-Dx=1"), "/a/kv.jar",
                Optional.of(Path.of("/c/window-1.jsa")), null, 1234L, new String[] {"--file", "a.kyosei"});
        assertThat(cmd).containsExactly("/usr/bin/java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Xms16m", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", "-Xshare:auto", "-Xlog:cds*=off", "-XX:SharedArchiveFile=/c/window-1.jsa", "-Xmx512m", "-Dx=1",
                "-Dkyosei.processStart=1234", "-cp", "/a/kv.jar", "jp.kyoseivision.app.Launcher", "--file",
                "a.kyosei");
    }

    @Test
    void theFirstStartOfAKindWritesTheArchive() {
        List<String> cmd = FastStart.command("java", List.of(), "kv.jar", Optional.empty(),
                Path.of("/c/cli-export-pdf-1.jsa.77.tmp"), 1L, new String[] {"export-pdf", "a.kyosei"});
        assertThat(cmd).contains("-XX:ArchiveClassesAtExit=/c/cli-export-pdf-1.jsa.77.tmp")
                .noneMatch(a -> a.startsWith("-XX:SharedArchiveFile"));
    }

    @Test
    void optionsFromJavaToolOptionsAreNotPassedTwice() {
        assertThat(FastStart.userOptions(List.of("-Dkyosei.startupFile=/t/s", "-Xmx1g"), " -Dkyosei.startupFile=/t/s "))
                .containsExactly("-Xmx1g");
        assertThat(FastStart.userOptions(List.of("-Xmx1g"), null)).containsExactly("-Xmx1g");
    }

    @Test
    void onlyTheRunnableJarStartsASecondJvmAndOnlyOnce() {
        Properties p = new Properties();
        assertThat(FastStart.wanted(p, Map.of(), true)).isTrue();
        assertThat(FastStart.wanted(p, Map.of(), false)).as("classes from a folder: tests, an IDE").isFalse();
        assertThat(FastStart.wanted(p, Map.of("KYOSEI_FAST_START", "0"), true)).isFalse();
        Properties child = new Properties();
        child.setProperty("kyosei.processStart", "1");
        assertThat(FastStart.wanted(child, Map.of(), true)).as("already the second JVM").isFalse();
        Properties image = new Properties();
        image.setProperty("jpackage.app-path", "/opt/kyosei-vision/bin/kyosei-vision");
        assertThat(FastStart.wanted(image, Map.of(), true)).as("the app image's launcher has its options").isFalse();
        Properties off = new Properties();
        off.setProperty("kyosei.fastStart", "false");
        assertThat(FastStart.wanted(off, Map.of(), true)).isFalse();
    }

    @Test
    void anArchiveIsKeptPerKindOfStart() {
        assertThat(FastStart.kind(new String[0], true)).contains("window");
        assertThat(FastStart.kind(new String[] {"export-pdf", "a.kyosei"}, false)).contains("cli-export-pdf");
        assertThat(FastStart.kind(new String[] {"--version"}, false)).isEmpty();
    }

    @Test
    void theArchivesLiveInTheUsersCacheNotInRoamingOrDataFolders() {
        Path home = Path.of("/home/kaori");
        assertThat(jp.kyoseivision.store.AppDirs.cacheDir("Linux", Map.of(), home, null)).isEqualTo(Path.of("/home/kaori/.cache/kyosei-vision"));
        assertThat(jp.kyoseivision.store.AppDirs.cacheDir("Linux", Map.of("XDG_CACHE_HOME", "/tmp/c"), home, null))
                .isEqualTo(Path.of("/tmp/c/kyosei-vision"));
        assertThat(jp.kyoseivision.store.AppDirs.cacheDir("Windows 11", Map.of("LOCALAPPDATA", "/users/kaori/local"), home, null))
                .isEqualTo(Path.of("/users/kaori/local/KyoseiVision/cds"));
        assertThat(jp.kyoseivision.store.AppDirs.cacheDir("Mac OS X", Map.of(), home, null))
                .isEqualTo(Path.of("/home/kaori/Library/Caches/KyoseiVision"));
        assertThat(jp.kyoseivision.store.AppDirs.cacheDir("Linux", Map.of(), home, "/usb/kv")).isEqualTo(Path.of("/usb/kv/cds"));
    }
}
