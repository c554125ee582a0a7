package jp.kyoseivision.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.event.Event;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.Sample;
import jp.kyoseivision.store.Settings;
import jp.kyoseivision.ui.common.I18n;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Dragging files from the file manager onto the main window: one .kyosei opens, anything else is refused. */
@ExtendWith(ApplicationExtension.class)
class FileDropTest {
    @TempDir
    Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Path first = dir.resolve("一関平泉.kyosei");
        PlanFile.create(first, Sample.load()).close();
        MainWindow window = new MainWindow(stage, new MainViewModel(new I18n(Locale.JAPANESE),
                new Settings(dir.resolve("settings.properties"))));
        stage.show();
        window.openNow(first);
    }

    @Test
    void onlyOneKyoseiFileIsTaken() {
        assertThat(FileDrop.planFile(List.of(new File("/x/第3次.KYOSEI")))).contains(Path.of("/x/第3次.KYOSEI"));
        assertThat(FileDrop.planFile(List.of(new File("/x/a.kyosei"), new File("/x/b.kyosei")))).isEmpty();
        assertThat(FileDrop.planFile(List.of(new File("/x/予算.xlsx")))).isEmpty();
        assertThat(FileDrop.planFile(List.of())).isEmpty();
    }

    @Test
    void aDroppedPlanFileOpensInTheWindow(FxRobot robot) {
        Path second = dir.resolve("草案.kyosei");
        PlanFile.create(second, Sample.load()).close();

        DragEvent over = drag(DragEvent.DRAG_OVER, second.toFile());
        assertThat(over.isAccepted()).isTrue();
        DragEvent drop = drag(DragEvent.DRAG_DROPPED, second.toFile());
        assertThat(drop.isDropCompleted()).isTrue();
        // read off the FX thread (as 開く): the title changes once the file is shown
        try {
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                    () -> "Kyosei Vision — 草案.kyosei".equals(stage.getTitle()));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the dropped file was not shown: " + stage.getTitle(), e);
        }
        assertThat(stage.getTitle()).isEqualTo("Kyosei Vision — 草案.kyosei");
    }

    @Test
    void anythingElseIsRefusedWithTheReasonAndTheOpenFileStays(FxRobot robot) {
        DragEvent over = drag(DragEvent.DRAG_OVER, dir.resolve("予算.xlsx").toFile());
        assertThat(over.isAccepted()).isFalse();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#status-message").queryAs(javafx.scene.control.Label.class).getText())
                .isEqualTo("ここにドロップして開けるのは .kyosei ファイル1つだけです");
        DragEvent drop = drag(DragEvent.DRAG_DROPPED, dir.resolve("予算.xlsx").toFile());
        assertThat(drop.isDropCompleted()).isFalse();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getTitle()).isEqualTo("Kyosei Vision — 一関平泉.kyosei");
    }

    /** What the OS's drag and drop delivers: a drag board holding the files, fired at the window's content. */
    private DragEvent drag(javafx.event.EventType<DragEvent> type, File... files) {
        DragEvent[] fired = new DragEvent[1];
        robotRun(() -> {
            // a local clipboard answers every call of a drag board but the transfer modes the source allows
            com.sun.javafx.tk.TKClipboard local = com.sun.javafx.tk.Toolkit.getToolkit().createLocalClipboard();
            com.sun.javafx.tk.TKClipboard peer = (com.sun.javafx.tk.TKClipboard) java.lang.reflect.Proxy.newProxyInstance(
                    getClass().getClassLoader(), new Class<?>[] {com.sun.javafx.tk.TKClipboard.class},
                    (proxy, method, args) -> method.getName().equals("getTransferModes")
                            ? java.util.Set.of(TransferMode.COPY, TransferMode.LINK)
                            : method.invoke(local, args));
            Dragboard board = com.sun.javafx.scene.input.DragboardHelper.createDragboard(peer);
            com.sun.javafx.scene.input.DragboardHelper.setDataAccessRestriction(board, false);
            board.setContent(Map.of(DataFormat.FILES, List.of(files)));
            DragEvent e = new DragEvent(stage.getScene(), stage.getScene().getRoot(), type, board, 10, 10, 10, 10,
                    TransferMode.COPY, null, null, null);
            stage.getScene().getRoot().fireEvent(e);
            fired[0] = e;
        });
        return fired[0];
    }

    private static void robotRun(Runnable r) {
        WaitForAsyncUtils.waitForAsyncFx(10_000, r);
    }
}
