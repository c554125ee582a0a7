package jp.kyoseivision.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.Sample;
import jp.kyoseivision.store.Settings;
import jp.kyoseivision.ui.common.Dialogs;
import jp.kyoseivision.ui.common.I18n;
import jp.kyoseivision.ui.common.UiFont;
import jp.kyoseivision.ui.common.UiFontChoice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The UI font chosen at start reaches every window: the main window, a dialog and an alert (which do not load
 * kyosei.css), and a window given a new scene; a family named in the settings wins when the PC has it.
 */
@ExtendWith(ApplicationExtension.class)
class UiFontTest {
    @TempDir
    static Path dir;
    private static int run;
    private MainWindow window;
    private Stage stage;
    private Settings settings;

    @Start
    void start(Stage stage) {
        run++;
        this.stage = stage;
        Path file = dir.resolve("font" + run + ".kyosei");
        PlanFile.create(file, Sample.load()).close();
        settings = new Settings(dir.resolve("settings" + run + ".properties"));
        window = new MainWindow(stage, new MainViewModel(new I18n(Locale.JAPANESE), settings));
        stage.show();
        window.openNow(file);
    }

    @AfterEach
    void uninstall() {
        Platform.runLater(UiFont::uninstall); // the next test class gets JavaFX's default, as before
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String familyOf(FxRobot robot, javafx.scene.Node under) {
        Label l = robot.from(under).lookup((Label x) -> x.getText() != null && !x.getText().isEmpty()).query();
        return l.getFont().getFamily();
    }

    @Test
    void theChosenFamilyIsOnTheMainWindowAndOnEveryDialogShownAfter(FxRobot robot) throws Exception {
        List<String> logged = new ArrayList<>();
        Handler h = new Handler() {
            @Override
            public void publish(LogRecord r) {
                logged.add(r.getLevel() + " " + r.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger log = Logger.getLogger(UiFont.class.getName());
        log.addHandler(h);
        String[] chosen = new String[1];
        int[] families = new int[1];
        try {
            robot.interact(() -> {
                families[0] = Font.getFamilies().size();
                chosen[0] = UiFont.install(settings);
            });
        } finally {
            log.removeHandler(h);
        }
        // .ci/run installs IPAex Gothic: the Linux choice, not JavaFX's default
        Assumptions.assumeFalse(chosen[0].equals(UiFontChoice.DEFAULT), "no Japanese UI font on this machine");
        assertThat(chosen[0]).isEqualTo(UiFontChoice.choose(System.getProperty("os.name"), Font.getFamilies(), null));
        assertThat(logged).containsExactly("INFO UI font: " + chosen[0] + " (from " + families[0] + " families)");
        WaitForAsyncUtils.waitForFxEvents();
        // the main window, open before the font was installed
        assertThat(familyOf(robot, stage.getScene().getRoot())).isEqualTo(chosen[0]);

        // ヘルプ → について: an Alert of its own scene, without kyosei.css
        Platform.runLater(window::about);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane about = robot.lookup("#dialog-about").queryAs(DialogPane.class);
        assertThat(familyOf(robot, about)).isEqualTo(chosen[0]);
        robot.interact(() -> ((Stage) about.getScene().getWindow()).close());

        // an error alert, as every refusal is shown
        Alert[] error = new Alert[1];
        robot.interact(() -> {
            error[0] = Dialogs.error(stage, new I18n(Locale.JAPANESE), "保存できません", "ファイルが読み取り専用です");
            error[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(familyOf(robot, error[0].getDialogPane())).isEqualTo(chosen[0]);
        robot.interact(error[0]::close);

        // a window that is given another scene (the window reopened in English does this)
        Stage[] s = new Stage[1];
        robot.interact(() -> {
            s[0] = new Stage();
            s[0].setScene(new Scene(new StackPane(new Label("一つ目"))));
            s[0].show();
            s[0].setScene(new Scene(new StackPane(new Label("二つ目"))));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(familyOf(robot, s[0].getScene().getRoot())).isEqualTo(chosen[0]);
        robot.interact(s[0]::close);
    }

    @Test
    void aFamilyNamedInTheSettingsWinsWhenInstalled(FxRobot robot) {
        String auto = UiFontChoice.choose(System.getProperty("os.name"), Font.getFamilies(), null);
        String wanted = Font.getFamilies().stream().filter(f -> !f.equals(auto) && !f.equals("System")
                && !Font.font(f).getFamily().equals("System")).findFirst().orElse(null);
        Assumptions.assumeTrue(wanted != null, "only one font family on this machine");
        settings.put(UiFont.SETTING, wanted.toUpperCase(Locale.ROOT));
        String[] chosen = new String[1];
        robot.interact(() -> chosen[0] = UiFont.install(settings));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chosen[0]).isEqualTo(wanted);
        assertThat(familyOf(robot, stage.getScene().getRoot())).isEqualTo(Font.font(wanted).getFamily());
    }
}
