package jp.kyoseivision.ui.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import jp.kyoseivision.cli.SyntheticSphere;
import jp.kyoseivision.kpi.GradeSource;
import jp.kyoseivision.kpi.KpiResults;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.Sample;
import jp.kyoseivision.store.Settings;
import jp.kyoseivision.ui.MainViewModel;
import jp.kyoseivision.ui.common.I18n;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The KPI window grades a large plan off the JavaFX thread (issue 16): the window keeps answering while 1,500 cards
 * are graded, and what the background grading gives is what grading on the spot gives.
 */
@ExtendWith(ApplicationExtension.class)
class KpiInBackgroundTest {
    @TempDir
    Path dir;

    private Stage owner;
    private final I18n i18n = new I18n(Locale.JAPANESE);

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new Label("owner"), 300, 200));
        stage.show();
    }

    private MainViewModel open(Path file) {
        MainViewModel main = new MainViewModel(i18n, new Settings(dir.resolve("settings.properties")));
        main.open(file);
        return main;
    }

    @Test
    void theWindowAnswersWhileFifteenHundredCardsAreGraded() throws Exception {
        Path file = dir.resolve("large.kyosei");
        PlanFile.create(file, SyntheticSphere.generate(1500, 1, 1, 5)).close();
        MainViewModel main = open(file);
        AtomicReference<KpiViewModel> vm = new AtomicReference<>();
        AtomicReference<KpiResults> atOnce = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> {
            vm.set(new KpiViewModel(main, KpiViewModel.inBackground(owner, i18n, KpiViewModel.BACKGROUND_CARDS)));
            atOnce.set(vm.get().resultsProperty().get()); // the constructor returned before grading finished
        }).get(30, TimeUnit.SECONDS);
        assertThat(atOnce.get()).as("not graded on the JavaFX thread").isNull();
        int roundTrips = 0;
        int late = 0;
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (fx(() -> vm.get().graded()) == null && System.nanoTime() < giveUp) {
            CountDownLatch ran = new CountDownLatch(1);
            Platform.runLater(ran::countDown);
            if (ran.await(2, TimeUnit.SECONDS)) {
                roundTrips++;
            } else {
                late++;
            }
            Thread.sleep(5);
        }
        KpiViewModel.Graded g = fx(() -> vm.get().graded());
        assertThat(g).as("graded").isNotNull();
        assertThat(late).isZero();
        assertThat(roundTrips).isPositive();
        // the same values as grading on the spot
        Plan plan = fx(() -> vm.get().planProperty().get());
        KpiResults now = KpiResults.of(plan);
        assertThat(g.results()).isEqualTo(now);
        assertThat(g.results().lines()).hasSizeGreaterThan(1500);
        assertThat(g.summaries()).isEqualTo(now.summaries());
        main.close(); // the test JVM is shared: the large file is let go
    }

    @Test
    void theSampleGradedInTheBackgroundEqualsTheSynchronousPath() throws Exception {
        Path file = dir.resolve("sample.kyosei");
        PlanFile.create(file, Sample.load()).close();
        MainViewModel main = open(file);
        AtomicReference<KpiViewModel> sync = new AtomicReference<>();
        AtomicReference<KpiViewModel> background = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> {
            sync.set(new KpiViewModel(main));
            background.set(new KpiViewModel(main, KpiViewModel.inBackground(owner, i18n, 0))); // always background
        }).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> background.get().graded()) != null);
        KpiViewModel.Graded s = fx(() -> sync.get().graded());
        KpiViewModel.Graded b = fx(() -> background.get().graded());
        assertThat(b.results()).isEqualTo(s.results());
        assertThat(b.results()).isEqualTo(KpiResults.of(s.results().plan()));
        assertThat(b.summaries()).isEqualTo(s.summaries());
        assertThat(b.findings()).isEqualTo(s.findings()).isEqualTo(s.results().findings(Locale.JAPANESE));
        // real values of the sample: R5 (2023) graded by the rule, as the report prints them
        for (int fy : s.results().years()) {
            assertThat(b.summary(fy)).isEqualTo(s.results().summary(fy, GradeSource.COMPUTED));
        }
        assertThat(b.summary(2023).graded()).isPositive();
        main.close();
    }

    private static <T> T fx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(30, TimeUnit.SECONDS);
    }
}
