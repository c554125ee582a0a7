package jp.kyoseivision.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Issue 16 (start-up): the window's icons are decoded off the FX thread, while it builds the first window. */
@ExtendWith(ApplicationExtension.class)
class AppIconsBackgroundTest {
    @Start
    void start(Stage stage) {
        // the toolkit runs: what KyoseiApp.init() finds
    }

    @Test
    void theIconsAreDecodedWhileTheFxThreadIsBusy() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch busy = new CountDownLatch(1);
        Platform.runLater(() -> {
            busy.countDown();
            try {
                release.await(20, TimeUnit.SECONDS); // the FX thread builds a window meanwhile
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            assertThat(busy.await(10, TimeUnit.SECONDS)).isTrue();
            AppIcons.loadInBackground();
            List<Image> icons = CompletableFuture.supplyAsync(AppIcons::all).get(15, TimeUnit.SECONDS);
            assertThat(icons).hasSize(AppIcons.SIZES.length);
            for (int i = 0; i < icons.size(); i++) {
                assertThat(icons.get(i).isError()).isFalse();
                assertThat(icons.get(i).getWidth()).isEqualTo(AppIcons.SIZES[i]);
            }
        } finally {
            release.countDown();
        }
    }
}
