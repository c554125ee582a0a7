package jp.kyoseivision.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import jp.kyoseivision.store.FileChecksums;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.Sample;
import jp.kyoseivision.store.Settings;
import jp.kyoseivision.store.SphereJson;
import jp.kyoseivision.ui.common.FileDialogs;
import jp.kyoseivision.ui.common.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * ファイル → JSONを取り込む…: a JSON document becomes a new plan file (read off the JavaFX thread by import-json's
 * rules) and is opened; a broken, hostile or newer document shows its reason and makes no file; the open file is never
 * the target.
 */
@ExtendWith(ApplicationExtension.class)
class JsonImportDialogsTest {
    @TempDir
    Path dir;

    private MainWindow window;
    private MainViewModel vm;
    private Path file;
    private String oldHome;

    @Start
    void start(Stage stage) {
        oldHome = System.getProperty("kyosei.home");
        System.setProperty("kyosei.home", dir.resolve("home").toString());
        file = dir.resolve("一関・平泉.kyosei");
        PlanFile.create(file, Sample.load()).close();
        vm = new MainViewModel(new I18n(Locale.JAPANESE), new Settings(dir.resolve("settings.properties")));
        window = new MainWindow(stage, vm);
        stage.show();
        window.openNow(file);
    }

    @AfterEach
    void restore() {
        FileDialogs.use(null);
        if (oldHome == null) {
            System.clearProperty("kyosei.home");
        } else {
            System.setProperty("kyosei.home", oldHome);
        }
    }

    /** Answers the open dialog with {@code json} and the save dialog with {@code target}, then runs the menu item. */
    private void importThroughTheMenu(FxRobot robot, Path json, Path target) {
        FileDialogs.use((fc, owner, save) -> save ? target.toFile() : json.toFile());
        MenuItem item = robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().get(0).getItems().stream()
                .filter(i -> "menu-import-json".equals(i.getId())).findFirst().orElseThrow();
        assertThat(item.getText()).isEqualTo("JSONを取り込む(_J)…");
        assertThat(item.isDisable()).isFalse();
        robot.interact(item::fire);
    }


    private String[] files() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            // not the app's own folders (kyosei.home): the open-time backup lands there whenever it is taken
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("home")).sorted()
                    .toArray(String[]::new);
        }
    }

    @Test
    void aBrokenJsonShowsTheReasonAndMakesNoFile(FxRobot robot) throws Exception {
        Path json = dir.resolve("壊れた.json");
        Files.writeString(json, "{\"format\": \"kyosei-vision\", \"formatVersion\": 1, \"sphere\": {", StandardCharsets.UTF_8);
        String before = FileChecksums.sha256(file);
        String[] listed = files();
        importThroughTheMenu(robot, json, dir.resolve("新しい.kyosei"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#error-message").tryQuery().isPresent());
        String shown = robot.lookup("#error-message").queryAs(Label.class).getText();
        assertThat(shown).startsWith("JSONの構文エラー").doesNotContain("Exception").doesNotContain(" / ");
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryLabeled().getText())
                .isEqualTo("JSONを取り込めませんでした");
        assertThat(dir.resolve("新しい.kyosei")).doesNotExist();
        assertThat(files()).containsExactly(listed);
        assertThat(FileChecksums.sha256(file)).isEqualTo(before);
        assertThat(vm.fileProperty().get().path().getFileName().toString()).isEqualTo("一関・平泉.kyosei");
    }

    @Test
    void aNewerFormatIsRefusedWithItsReason(FxRobot robot) throws Exception {
        Path json = dir.resolve("newer.json");
        Files.writeString(json, Sample.text().replaceFirst("\"formatVersion\" : \\d+", "\"formatVersion\" : 99"),
                StandardCharsets.UTF_8);
        importThroughTheMenu(robot, json, dir.resolve("newer.kyosei"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#error-message").tryQuery().isPresent());
        assertThat(robot.lookup("#error-message").queryAs(Label.class).getText())
                .contains("このJSONは新しい版の形式です").contains("99");
        assertThat(dir.resolve("newer.kyosei")).doesNotExist();
    }

    @Test
    void aHostileJsonIsRefusedByTheCommandsLimits(FxRobot robot) throws Exception {
        Path json = dir.resolve("deep.json");
        Files.writeString(json, "{\"format\": \"kyosei-vision\", \"formatVersion\": 1, \"sphere\": "
                + "[".repeat(10_000) + "]".repeat(10_000) + "}", StandardCharsets.UTF_8);
        importThroughTheMenu(robot, json, dir.resolve("deep.kyosei"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#error-message").tryQuery().isPresent());
        assertThat(robot.lookup("#error-message").queryAs(Label.class).getText()).contains("入れ子が深すぎます（64 段まで）");
        assertThat(dir.resolve("deep.kyosei")).doesNotExist();
    }

    @Test
    void aGoodJsonBecomesANewFileThatIsOpened(FxRobot robot) throws Exception {
        Path json = dir.resolve("sample.json");
        Files.writeString(json, Sample.text(), StandardCharsets.UTF_8);
        String before = FileChecksums.sha256(file);
        Path target = dir.resolve("取り込み"); // the extension is added, as in 名前を付けて保存
        importThroughTheMenu(robot, json, target);
        Path made = dir.resolve("取り込み.kyosei");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> vm.fileProperty().get() != null && vm.fileProperty().get().path().getFileName().toString()
                        .equals("取り込み.kyosei")).get());
        assertThat(window.stage().getTitle()).isEqualTo("Kyosei Vision — 取り込み.kyosei");
        try (PlanFile pf = PlanFile.openReadOnly(made)) {
            assertThat(SphereJson.toJson(pf.read())).isEqualTo(Sample.text());
        }
        assertThat(FileChecksums.sha256(file)).as("the file open before is untouched").isEqualTo(before);
    }

    @Test
    void theOpenFileIsNeverTheTarget(FxRobot robot) throws Exception {
        Path json = dir.resolve("sample.json");
        Files.writeString(json, Sample.text(), StandardCharsets.UTF_8);
        String before = FileChecksums.sha256(file);
        importThroughTheMenu(robot, json, file);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#error-message").tryQuery().isPresent());
        assertThat(robot.lookup("#error-message").queryAs(Label.class).getText())
                .isEqualTo("開いているファイル 一関・平泉.kyosei には取り込めません。新しいファイル名を指定してください");
        assertThat(FileChecksums.sha256(file)).isEqualTo(before);
    }
}
