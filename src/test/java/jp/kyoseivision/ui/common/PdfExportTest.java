package jp.kyoseivision.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import javafx.stage.Window;
import jp.kyoseivision.cli.SyntheticSphere;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.report.JapaneseFont;
import jp.kyoseivision.report.MeasureSheets;
import jp.kyoseivision.report.PdfWriter;
import jp.kyoseivision.report.ReportDocument;
import jp.kyoseivision.report.TestFonts;
import jp.kyoseivision.store.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A PDF export from the window runs off the JavaFX thread (issue 16): the window keeps answering while 1,000 cards
 * are written, a progress window shows the pages painted, and 中止 stops it without leaving a file.
 */
@ExtendWith(ApplicationExtension.class)
class PdfExportTest {
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

    @Test
    void theWindowAnswersWhileAThousandCardExportRuns(FxRobot robot) throws Exception {
        JapaneseFont font = TestFonts.japanese();
        Sphere sphere = SyntheticSphere.generate(1000, 1, 1, 11);
        Path target = dir.resolve("sheets.pdf");
        AtomicReference<PdfWriter.Written> written = new AtomicReference<>();
        robot.interact(() -> PdfExport.start(owner, i18n, target,
                () -> MeasureSheets.build(sphere, null, null, null, MeasureSheets.Options.plain()), () -> font,
                written::set));
        // the JavaFX thread answers all the while: round trips through Platform.runLater complete (on the JavaFX
        // thread, as before issue 16, there would be none until the 1,000 pages were written)
        int roundTrips = 0;
        int late = 0;
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (written.get() == null && System.nanoTime() < giveUp) {
            CountDownLatch ran = new CountDownLatch(1);
            Platform.runLater(ran::countDown);
            if (ran.await(2, TimeUnit.SECONDS)) {
                roundTrips++;
            } else {
                late++;
            }
            Thread.sleep(20);
        }
        assertThat(written.get()).as("export finished").isNotNull();
        assertThat(written.get().pages()).isEqualTo(1000);
        assertThat(roundTrips).isGreaterThan(10);
        assertThat(late).isZero();
        assertThat(target).exists();
    }

    @Test
    void cancelStopsTheExportAndLeavesNoFile(FxRobot robot) throws Exception {
        JapaneseFont font = TestFonts.japanese();
        Sphere sphere = SyntheticSphere.generate(1000, 1, 1, 11);
        Path target = dir.resolve("sheets.pdf");
        Files.writeString(target, "an older export"); // a file already there stays as it was
        AtomicReference<Task<PdfWriter.Written>> task = new AtomicReference<>();
        AtomicReference<PdfWriter.Written> written = new AtomicReference<>();
        robot.interact(() -> task.set(PdfExport.start(owner, i18n, target,
                () -> MeasureSheets.build(sphere, null, null, null, MeasureSheets.Options.plain()), () -> font,
                written::set)));
        // the progress window comes after a moment, with the pages painted and 中止
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> robot.lookup("#background-cancel").match(javafx.scene.Node::isVisible).tryQuery().isPresent());
        ProgressBar bar = robot.lookup("#background-progress").queryAs(ProgressBar.class);
        assertThat(((Stage) bar.getScene().getWindow()).getTitle()).isEqualTo("PDFに書き出しています…");
        Button cancel = robot.lookup("#background-cancel").queryAs(Button.class);
        assertThat(cancel.getText()).isEqualTo("中止");
        assertThat(fx(() -> task.get().isRunning())).as("still exporting 1,000 cards").isTrue();
        robot.clickOn(cancel);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> task.get().isCancelled())).isTrue();
        assertThat(bar.getScene().getWindow().isShowing()).as("progress window closed").isFalse();
        // the worker stops at its next page; then no temporary file is left and the old file is untouched
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.getName().startsWith("background: ")));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("sheets.pdf");
        }
        assertThat(Files.readString(target)).isEqualTo("an older export");
        assertThat(written.get()).as("nothing delivered").isNull();
    }

    /** A value read on the JavaFX thread (a task's state belongs to it). */
    private static <T> T fx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
    }

    @Test
    void aSmallExportIsWrittenAndReported(FxRobot robot) throws Exception {
        JapaneseFont font = TestFonts.japanese();
        Path target = dir.resolve("iryo.pdf");
        AtomicReference<PdfWriter.Written> written = new AtomicReference<>();
        ReportDocument[] doc = new ReportDocument[1];
        robot.interact(() -> PdfExport.start(owner, i18n, target, () -> doc[0] = MeasureSheets.build(Sample.load(), 3,
                null, "医療", MeasureSheets.Options.plain()), () -> font, written::set));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> written.get() != null);
        assertThat(written.get().pages()).isEqualTo(2);
        byte[] head = new byte[5];
        try (var in = Files.newInputStream(target)) {
            assertThat(in.read(head)).isEqualTo(5);
        }
        assertThat(new String(head, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(Window.getWindows()).filteredOn(w -> w instanceof Stage s
                && "PDFに書き出しています…".equals(s.getTitle())).allMatch(w -> !w.isShowing());
    }
}
