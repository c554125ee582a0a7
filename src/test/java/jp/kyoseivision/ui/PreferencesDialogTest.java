package jp.kyoseivision.ui;

import jp.kyoseivision.ui.common.I18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.Preferences;
import jp.kyoseivision.store.Sample;
import jp.kyoseivision.store.Settings;
import jp.kyoseivision.text.JapaneseYears;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** ファイル → 設定…: a bad number keeps the dialog open with its reason; English reopens the window in English. */
@ExtendWith(ApplicationExtension.class)
class PreferencesDialogTest {
    @TempDir
    static Path dir;

    private static int run;
    private MainWindow window;
    private Path settingsFile;
    private Settings settings;

    @Start
    void start(Stage stage) {
        run++; // a file and settings of its own for each test
        Path file = dir.resolve("prefs" + run + ".kyosei");
        PlanFile.create(file, Sample.load()).close();
        settingsFile = dir.resolve("settings" + run + ".properties");
        settings = new Settings(settingsFile);
        window = new MainWindow(stage, new MainViewModel(new I18n(Locale.JAPANESE), settings));
        stage.show();
        window.openNow(file);
    }

    private static final Locale DEFAULT_LOCALE = Locale.getDefault();

    @AfterEach
    void resetYears() {
        JapaneseYears.setWesternFirst(false);
        Locale.setDefault(DEFAULT_LOCALE); // the reopened English window made English the default
    }

    /** The dialog's own OK button (labelled from our bundle, not JavaFX's). */
    private static Button okButton(DialogPane pane) {
        ButtonType ok = pane.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE).findFirst()
                .orElseThrow();
        return (Button) pane.lookupButton(ok);
    }

    @Test
    void badIntervalIsRefusedThenEnglishAndWesternYearsReopenTheWindow(FxRobot robot) {
        Platform.runLater(window::preferences);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup("#dialog-preferences").queryAs(DialogPane.class);
        robot.interact(() -> {
            robot.lookup("#prefs-language").queryAs(ComboBox.class).getSelectionModel().select(1);
            robot.lookup("#prefs-years").queryAs(ComboBox.class).getSelectionModel().select(1);
            robot.lookup("#prefs-interval").queryAs(TextField.class).setText("-5");
            okButton(pane).fire();
        });
        assertThat(robot.lookup("#prefs-error").queryAs(Label.class).getText())
                .isEqualTo("バックアップの間隔「-5」は数値ではありません（半角または全角の整数）");
        assertThat(Preferences.load(settings).language()).isEqualTo("ja"); // nothing stored yet

        robot.interact(() -> {
            robot.lookup("#prefs-interval").queryAs(TextField.class).setText("３０");
            okButton(pane).fire();
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(Preferences.load(new Settings(settingsFile)))
                .isEqualTo(new Preferences("en", true, "", 30, 10));
        assertThat(window.stage().isShowing()).isFalse();
        Stage reopened = (Stage) Window.getWindows().stream().filter(Window::isShowing).findFirst().orElseThrow();
        assertThat(reopened.getTitle()).isEqualTo("Kyosei Vision — prefs" + run + ".kyosei");
        MenuBar bar = (MenuBar) reopened.getScene().lookup("#menu-bar");
        assertThat(bar.getMenus().get(0).getText()).isEqualTo("_File"); // with its mnemonic
        assertThat(JapaneseYears.fiscalYear(2024, Locale.JAPANESE)).isEqualTo("2024年度 (令和6年度)");
        robot.interact(reopened::close);
    }

    @Test
    void backupSettingsApplyAtOnceWithoutReopening(FxRobot robot) {
        assertThat(window.backupInterval()).isEqualTo(javafx.util.Duration.minutes(5));
        Platform.runLater(window::preferences);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup("#dialog-preferences").queryAs(DialogPane.class);
        robot.interact(() -> {
            robot.lookup("#prefs-interval").queryAs(TextField.class).setText("0");
            robot.lookup("#prefs-keep").queryAs(TextField.class).setText("3");
            okButton(pane).fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.stage().isShowing()).isTrue();
        assertThat(window.backupInterval()).isEqualTo(javafx.util.Duration.ZERO);
        assertThat(Preferences.load(settings).backupKeep()).isEqualTo(3);
    }

    @Test
    void theFontListOffersOnlyFontsPdfExportCanUse() {
        java.util.List<String> fonts = PreferencesDialog.fontChoices("");
        assertThat(fonts.get(0)).isEmpty(); // automatic
        for (String f : fonts.subList(1, fonts.size())) {
            assertThat(jp.kyoseivision.report.FontLocator.load(Path.of(f))).isNotNull(); // throws when unusable
        }
        // STACK.md: IPAex Gothic (fonts-ipaexfont) is installed on this machine and in CI
        assertThat(fonts).anyMatch(f -> f.endsWith("ipaexg.ttf"));
    }
}
