package jp.kyoseivision.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.Settings;
import jp.kyoseivision.store.SyntheticSphere;
import jp.kyoseivision.ui.common.I18n;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 16: a big file is read off the FX thread; the window keeps answering while it is read. */
@ExtendWith(ApplicationExtension.class)
class OpenOffThreadTest {
    @TempDir
    static Path dir;
    private static Path big;

    private MainWindow window;
    private MainViewModel vm;
    private Stage stage;

    @BeforeAll
    static void bigFile() {
        big = dir.resolve("大きな圏域.kyosei");
        PlanFile.create(big, SyntheticSphere.of(3_000)).close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm = new MainViewModel(new I18n(Locale.JAPANESE), new Settings(dir.resolve("settings.properties")));
        window = new MainWindow(stage, vm);
        stage.show();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> ask) throws Exception {
        java.util.concurrent.FutureTask<T> task = new java.util.concurrent.FutureTask<>(ask);
        Platform.runLater(task);
        return task.get(10, TimeUnit.SECONDS);
    }

    private MenuItem fileMenuItem(FxRobot robot, String id) {
        return robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().get(0).getItems().stream()
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void theFxThreadKeepsAnsweringWhileABigFileIsRead(FxRobot robot) throws Exception {
        AtomicBoolean openWhenReturned = new AtomicBoolean(true);
        AtomicReference<Double> busy = new AtomicReference<>();
        AtomicBoolean saveDisabled = new AtomicBoolean();
        AtomicInteger answeredWhileReading = new AtomicInteger();
        robot.interact(() -> {
            window.openPath(big);
            // openPath returns at once: the file is read on another thread, the busy bar says so
            openWhenReturned.set(vm.fileProperty().get() != null);
            busy.set(robot.lookup("#status-bar").queryAs(StatusBar.class).getProgress());
            saveDisabled.set(fileMenuItem(robot, "menu-file-save").isDisable());
            // queued before the read can end: the FX thread runs it while the reader is still reading
            Platform.runLater(() -> {
                if (window.isOpening()) {
                    answeredWhileReading.incrementAndGet();
                }
            });
        });
        assertThat(openWhenReturned).isFalse();
        assertThat(busy.get()).isEqualTo(-1.0);
        assertThat(saveDisabled).isTrue(); // commands that need a file wait for it
        // and more round trips through the FX thread while the reader is still reading
        while (onFx(window::isOpening)) {
            CountDownLatch answered = new CountDownLatch(1);
            AtomicBoolean stillReading = new AtomicBoolean();
            Platform.runLater(() -> {
                stillReading.set(window.isOpening());
                answered.countDown();
            });
            assertThat(answered.await(10, TimeUnit.SECONDS)).as("the FX thread answers").isTrue();
            if (stillReading.get()) {
                answeredWhileReading.incrementAndGet();
            }
        }
        assertThat(answeredWhileReading.get()).isGreaterThanOrEqualTo(1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getTitle()).isEqualTo("Kyosei Vision — 大きな圏域.kyosei");
        assertThat(vm.sphereProperty().get().revisions().mapToLong(r -> r.measures().size()).sum())
                .isGreaterThanOrEqualTo(3_000);
        assertThat(window.tree().getRoot().getChildren()).isNotEmpty();
        assertThat(robot.lookup("#status-bar").queryAs(StatusBar.class).getProgress()).isZero();
        assertThat(fileMenuItem(robot, "menu-file-save").isDisable()).isFalse();
    }
}
