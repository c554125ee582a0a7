package jp.kyoseivision.ui.print;

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
import jp.kyoseivision.ui.common.I18n;
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
    void theWindowAnswersDuringAThousandCardExportAndCancelLeavesNoFile(FxRobot robot) throws Exception {
        JapaneseFont font = TestFonts.japanese();
        Sphere sphere = SyntheticSphere.generate(1000, 1, 1, 11);
        Path target = dir.resolve("sheets.pdf");
        Files.writeString(target, "an older export"); // a file already there stays as it was
        AtomicReference<Task<PdfWriter.Written>> task = new AtomicReference<>();
        robot.interact(() -> task.set(PdfExport.start(owner, i18n, target,
                () -> MeasureSheets.build(sphere, null, null, null, MeasureSheets.Options.plain()), () -> font,
                written -> { })));
        // pages are being painted: the progress window shows them
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> fx(() -> task.get().getProgress()) > 0);
        ProgressBar bar = robot.lookup("#background-progress").queryAs(ProgressBar.class);
        assertThat(bar.getScene().getWindow().isShowing()).isTrue();
        assertThat(((Stage) bar.getScene().getWindow()).getTitle()).isEqualTo("PDFに書き出しています…");
        // the JavaFX thread answers while the export runs: round trips through Platform.runLater complete
        int roundTrips = 0;
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (System.nanoTime() < end && fx(() -> task.get().isRunning())) {
            CountDownLatch ran = new CountDownLatch(1);
            Platform.runLater(ran::countDown);
            if (ran.await(1, TimeUnit.SECONDS)) {
                roundTrips++;
            }
        }
        assertThat(fx(() -> task.get().isRunning())).as("still exporting 1,000 cards").isTrue();
        assertThat(roundTrips).isGreaterThan(10);
        double progress = fx(() -> task.get().getProgress());
        assertThat(progress).isGreaterThan(0).isLessThan(1);
        Button cancel = robot.lookup("#background-cancel").queryAs(Button.class);
        assertThat(cancel.getText()).isEqualTo("中止");
        robot.clickOn(cancel);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> task.get().isCancelled())).isTrue();
        assertThat(bar.getScene().getWindow().isShowing()).as("progress window closed").isFalse();
        // the worker stops at its next page; then no temporary file is left and the old file is untouched
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.getName().startsWith("background: ")));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("sheets.pdf");
        }
        assertThat(Files.readString(target)).isEqualTo("an older export");
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
