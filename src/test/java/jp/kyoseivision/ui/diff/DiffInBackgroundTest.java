package jp.kyoseivision.ui.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import jp.kyoseivision.cli.SyntheticSphere;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.Sample;
import jp.kyoseivision.ui.common.I18n;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The comparison window compares large revisions off the JavaFX thread, small ones at once (issue 16). */
@ExtendWith(ApplicationExtension.class)
class DiffInBackgroundTest {
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new Label("owner"), 300, 200));
        stage.show();
    }

    @Test
    void twoEditionsOfFiveHundredCardsAreComparedInTheBackground(FxRobot robot) throws Exception {
        Sphere sphere = SyntheticSphere.generate(1000, 2, 1, 3);
        AtomicReference<DiffViewModel> vm = new AtomicReference<>();
        AtomicReference<String> thread = new AtomicReference<>();
        robot.interact(() -> {
            DiffViewModel.Runner background = DiffView.inBackground(owner, new I18n(Locale.JAPANESE));
            vm.set(new DiffViewModel(sphere, null, (from, to, compare, apply) -> background.run(from, to, cancelled -> {
                thread.set(Thread.currentThread().getName());
                return compare.apply(cancelled);
            }, apply)));
            // not computed yet when the constructor returns: the window is not held up
            assertThat(vm.get().diffProperty().get()).isNull();
        });
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> vm.get().diffProperty().get() != null).get());
        assertThat(thread.get()).startsWith("background: ");
        var diff = WaitForAsyncUtils.asyncFx(() -> vm.get().diffProperty().get()).get();
        assertThat(diff.cards().stream().filter(c -> c.now() != null)).hasSize(500);
        assertThat(WaitForAsyncUtils.asyncFx(() -> vm.get().rows().isEmpty()).get()).isFalse();
    }

    @Test
    void theSampleIsComparedAtOnce(FxRobot robot) {
        robot.interact(() -> {
            DiffViewModel vm = new DiffViewModel(Sample.load(), null,
                    DiffView.inBackground(owner, new I18n(Locale.JAPANESE)));
            assertThat(Platform.isFxApplicationThread()).isTrue();
            assertThat(vm.diffProperty().get()).isNotNull();
        });
    }
}
