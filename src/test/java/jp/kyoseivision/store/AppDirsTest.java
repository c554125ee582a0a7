package jp.kyoseivision.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each OS's folders, from injected environments (the test runs on Linux; paths are only computed). */
class AppDirsTest {
    private static final Path HOME = Path.of("/home/sato");

    @Test
    void windowsKeepsSettingsRoamingAndBackupsAndLogsLocal() {
        // Path on Linux cannot parse C:\ as absolute, so the Windows variables are given as absolute POSIX paths
        AppDirs d = AppDirs.of("Windows 11", Map.of("APPDATA", "/Users/sato/AppData/Roaming",
                "LOCALAPPDATA", "/Users/sato/AppData/Local"), HOME, null);
        assertThat(d.settings()).isEqualTo(Path.of("/Users/sato/AppData/Roaming/KyoseiVision"));
        assertThat(d.data()).isEqualTo(Path.of("/Users/sato/AppData/Roaming/KyoseiVision"));
        assertThat(d.backups()).isEqualTo(Path.of("/Users/sato/AppData/Local/KyoseiVision/backups"));
        assertThat(d.logs()).isEqualTo(Path.of("/Users/sato/AppData/Local/KyoseiVision/logs"));
    }

    @Test
    void windowsWithoutTheVariablesFallsBackToTheProfileFolders() {
        AppDirs d = AppDirs.of("Windows 10", Map.of("APPDATA", "", "LOCALAPPDATA", "relative\\dir"), HOME, null);
        assertThat(d.settings()).isEqualTo(HOME.resolve("AppData/Roaming/KyoseiVision"));
        assertThat(d.logs()).isEqualTo(HOME.resolve("AppData/Local/KyoseiVision/logs"));
    }

    @Test
    void macUsesApplicationSupportAndLibraryLogs() {
        AppDirs d = AppDirs.of("Mac OS X", Map.of("XDG_CONFIG_HOME", "/tmp/ignored"), HOME, null);
        assertThat(d.settings()).isEqualTo(HOME.resolve("Library/Application Support/KyoseiVision"));
        assertThat(d.backups()).isEqualTo(HOME.resolve("Library/Application Support/KyoseiVision/backups"));
        assertThat(d.logs()).isEqualTo(HOME.resolve("Library/Logs/KyoseiVision"));
    }

    @Test
    void linuxFollowsXdgAndItsDefaults() {
        AppDirs set = AppDirs.of("Linux", Map.of("XDG_CONFIG_HOME", "/cfg", "XDG_DATA_HOME", "/dat",
                "XDG_STATE_HOME", "/st"), HOME, null);
        assertThat(set).isEqualTo(new AppDirs(Path.of("/cfg/kyosei-vision"), Path.of("/dat/kyosei-vision"),
                Path.of("/dat/kyosei-vision/backups"), Path.of("/st/kyosei-vision/logs")));
        AppDirs unset = AppDirs.of("Linux", Map.of("XDG_DATA_HOME", "not/absolute"), HOME, null);
        assertThat(unset).isEqualTo(new AppDirs(HOME.resolve(".config/kyosei-vision"),
                HOME.resolve(".local/share/kyosei-vision"), HOME.resolve(".local/share/kyosei-vision/backups"),
                HOME.resolve(".local/state/kyosei-vision/logs")));
    }

    @Test
    void kyoseiHomePutsEverythingInOneFolder() {
        AppDirs d = AppDirs.of("Windows 11", Map.of("APPDATA", "/r"), HOME, "/portable/kv");
        assertThat(d).isEqualTo(new AppDirs(Path.of("/portable/kv"), Path.of("/portable/kv"),
                Path.of("/portable/kv/backups"), Path.of("/portable/kv/logs")));
    }

    @Test
    void theFilesOfVersion010MoveOnceToTheirNewFolders(@TempDir Path dir) throws Exception {
        Path roaming = dir.resolve("Roaming");
        Path oldBackup = roaming.resolve("KyoseiVision/backups/ichinoseki.kyosei/20240105-120000-000.kyosei");
        Files.createDirectories(oldBackup.getParent());
        Files.writeString(oldBackup, "backup");
        Files.writeString(roaming.resolve("KyoseiVision/settings.properties"), "ui.language=en\n");
        AppDirs win = AppDirs.of("Windows 11", Map.of("APPDATA", roaming.toString(),
                "LOCALAPPDATA", dir.resolve("Local").toString()), HOME, null);

        assertThat(win.moveLegacyFiles()).contains("backups");
        assertThat(win.backups().resolve("ichinoseki.kyosei/20240105-120000-000.kyosei")).hasContent("backup");
        assertThat(roaming.resolve("KyoseiVision/backups")).doesNotExist();
        assertThat(win.settings().resolve("settings.properties")).hasContent("ui.language=en\n"); // stays roaming
        assertThat(win.moveLegacyFiles()).isEmpty(); // once

        // Linux: the settings move from the data folder to the config folder, unless the new one exists
        Path data = dir.resolve("share");
        Files.createDirectories(data.resolve("kyosei-vision"));
        Files.writeString(data.resolve("kyosei-vision/settings.properties"), "recent.0=/x.kyosei\n");
        AppDirs linux = AppDirs.of("Linux", Map.of("XDG_DATA_HOME", data.toString(),
                "XDG_CONFIG_HOME", dir.resolve("config").toString()), HOME, null);
        assertThat(linux.moveLegacyFiles()).contains("settings.properties");
        assertThat(linux.settings().resolve("settings.properties")).hasContent("recent.0=/x.kyosei\n");
        assertThat(data.resolve("kyosei-vision/settings.properties")).doesNotExist();
    }
}
