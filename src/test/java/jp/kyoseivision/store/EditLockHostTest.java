package jp.kyoseivision.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The computer named in an edit lock comes from the OS, never from a DNS lookup when the OS says it. */
class EditLockHostTest {
    @Test
    void windowsNamesItselfInComputerName(@TempDir Path dir) {
        assertThat(EditLock.hostName(Map.of("COMPUTERNAME", "ICHINOSEKI-PC042", "HOSTNAME", "x"), dir.resolve("none")))
                .isEqualTo("ICHINOSEKI-PC042");
    }

    @Test
    void linuxReadsEtcHostname(@TempDir Path dir) throws Exception {
        Path etc = dir.resolve("hostname");
        Files.writeString(etc, "hiraizumi-note\n");
        assertThat(EditLock.hostName(Map.of(), etc)).isEqualTo("hiraizumi-note");
    }
}
