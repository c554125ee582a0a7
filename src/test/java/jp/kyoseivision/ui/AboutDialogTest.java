package jp.kyoseivision.ui;

import jp.kyoseivision.ui.common.I18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.Sample;
import jp.kyoseivision.store.Settings;
import jp.kyoseivision.text.AppVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** ヘルプ → Kyosei Vision について (F1): the version and every bundled library with its licence, shown at once. */
@ExtendWith(ApplicationExtension.class)
class AboutDialogTest {
    @TempDir
    static Path dir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        Path file = dir.resolve("about.kyosei");
        PlanFile.create(file, Sample.load()).close();
        window = new MainWindow(stage, new MainViewModel(new I18n(Locale.JAPANESE),
                new Settings(dir.resolve("settings.properties"))));
        stage.show();
        window.openNow(file);
    }

    @Test
    void showsTheVersionAndTheLicencesOfTheBundledLibraries(FxRobot robot) {
        Platform.runLater(window::about);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup("#dialog-about").queryAs(DialogPane.class);
        assertThat(robot.from(pane).lookup((Label l) -> l.getText().startsWith("Kyosei Vision " + AppVersion.get()))
                .queryAll()).isNotEmpty();
        // where the files live: under kyosei.home in tests (surefire sets it), each folder named
        Path home = Path.of(System.getProperty("kyosei.home"));
        assertThat(robot.lookup("#about-text").queryAs(Label.class).getText()).contains(
                "設定：" + home, "バックアップ：" + home.resolve("backups"), "ログ：" + home.resolve("logs"),
                "ネットワークには一切接続しません");
        @SuppressWarnings("unchecked")
        TableView<Licences.Entry> table = robot.lookup("#about-licences").queryAs(TableView.class);
        assertThat(table.isVisible()).isTrue();
        assertThat(table.getItems()).extracting(Licences.Entry::artifact)
                .contains("org.apache.pdfbox:pdfbox, pdfbox-io, fontbox", "org.xerial:sqlite-jdbc");
        assertThat(table.getItems()).filteredOn(e -> e.artifact().equals("org.apache.pdfbox:pdfbox, pdfbox-io, fontbox"))
                .extracting(Licences.Entry::licence).containsExactly("Apache-2.0");
        robot.interact(() -> ((javafx.stage.Stage) pane.getScene().getWindow()).close());
    }
}
