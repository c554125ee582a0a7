package jp.kyoseivision.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.stage.Stage;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.Sample;
import jp.kyoseivision.store.Settings;
import jp.kyoseivision.ui.common.I18n;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Start-up with a file of ordinary size: it is read off the FX thread while the window is still being built and
 * shown (the read and the first layout overlap), with the busy bar, and shown once read; a big file waits for the
 * window's first frame (StartupOpenTest).
 */
@ExtendWith(ApplicationExtension.class)
class StartupReadWhileShowingTest {
    @TempDir
    Path dir;

    private final AtomicBoolean opened = new AtomicBoolean();
    private boolean readingBeforeShown;
    private boolean whileShowing;
    private double progressBeforeOpen;

    @Start
    void start(Stage stage) {
        Path file = dir.resolve("起動.kyosei");
        PlanFile.create(file, Sample.load()).close();
        whileShowing = KyoseiApp.readWhileShowing(file);
        MainWindow window = new MainWindow(stage, new MainViewModel(new I18n(Locale.JAPANESE),
                new Settings(dir.resolve("settings.properties"))));
        window.openAtStart(file, () -> opened.set(true));
        readingBeforeShown = window.isOpening(); // the window is not even showing: no frame has been drawn
        stage.show();
        progressBeforeOpen = ((StatusBar) stage.getScene().lookup("#status-bar")).getProgress();
    }

    @Test
    void theSampleIsReadWhileTheWindowIsShownAndThenShown(FxRobot robot) {
        assertThat(whileShowing).as("the 65-card sample is read while the window is shown").isTrue();
        assertThat(readingBeforeShown).as("the read runs while the window is built and laid out").isTrue();
        assertThat(progressBeforeOpen).isEqualTo(-1); // indeterminate: busy
        try {
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, opened::get);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the file was not opened", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        Stage stage = (Stage) robot.lookup("#status-bar").query().getScene().getWindow();
        assertThat(stage.getTitle()).isEqualTo("Kyosei Vision — 起動.kyosei");
        assertThat(robot.lookup("#status-bar").queryAs(StatusBar.class).getProgress()).isZero();
    }

    @Test
    void aBigFileWaitsForTheFirstFrameAndAMissingOneIsTriedAtOnce() throws Exception {
        Path big = dir.resolve("大きい.kyosei");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(KyoseiApp.READ_WHILE_SHOWING_BYTES + 1); // sparse: the size is what counts
        }
        assertThat(KyoseiApp.readWhileShowing(big)).isFalse();
        assertThat(KyoseiApp.readWhileShowing(dir.resolve("ない.kyosei"))).isTrue();
    }
}
