package jp.kyoseivision.ui.common;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import jp.kyoseivision.store.AppLog;
import jp.kyoseivision.text.LocalizedException;

/**
 * The one way the window runs long work (a PDF of many cards, an import, a large diff, a KPI report): off the JavaFX
 * thread, so the window keeps drawing and answering, with a small progress window and 中止 (Cancel) when the work
 * takes longer than a moment. The result, or the error in the UI language, is delivered on the JavaFX thread;
 * unexpected errors go to the log with their trace. Cancelled work writes nothing: files are written through
 * {@code SafeFiles} (a temporary file moved into place at the end), and {@link Progress#watch} stops a write midway.
 */
public final class Background {
    /** The progress window appears only for work that takes longer than this. */
    static final Duration SHOW_AFTER = Duration.millis(400);

    private Background() {
    }

    /** What the work sees: where to report progress, and whether it was cancelled. */
    public interface Progress {
        /** Reports {@code done} of {@code total} steps; throws {@link CancellationException} when cancelled. */
        void update(long done, long total);

        /** Whether 中止 was pressed. */
        boolean cancelled();

        /** Throws {@link CancellationException} when cancelled: call it between steps. */
        default void check() {
            if (cancelled()) {
                throw new CancellationException();
            }
        }

        /** {@code out}, failing its next write once the work is cancelled (so a file being written is dropped). */
        default OutputStream watch(OutputStream out) {
            return new FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    check();
                    out.write(b, off, len);
                }

                @Override
                public void write(int b) throws IOException {
                    check();
                    out.write(b);
                }
            };
        }
    }

    /** Long work: runs on a background thread and returns its result. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /**
     * Runs {@code work} off the JavaFX thread with a progress window titled {@code title} over {@code owner};
     * {@code done} gets the result on the JavaFX thread. A {@link LocalizedException} is shown as an error under
     * {@code errorHeader}; anything else as an unexpected error (logged with its trace). Returns the running task.
     */
    public static <T> Task<T> run(Window owner, I18n i18n, String title, String errorHeader, Work<T> work,
            Consumer<T> done) {
        return run(owner, i18n, title, work, done, e -> {
            if (e instanceof LocalizedException le) {
                Dialogs.error(owner, i18n, errorHeader, le.message(i18n.locale())).show();
            } else {
                Dialogs.unexpected(owner, i18n, e);
            }
        });
    }

    /** As above, with the caller's handling of a failure (on the JavaFX thread; it logs what it did not expect). */
    public static <T> Task<T> run(Window owner, I18n i18n, String title, Work<T> work, Consumer<T> done,
            Consumer<Throwable> failed) {
        Task<T> task = new WorkTask<>(work);
        Stage dialog = dialog(owner, i18n, title, task);
        PauseTransition delay = new PauseTransition(SHOW_AFTER);
        delay.setOnFinished(e -> {
            if (task.isRunning()) {
                dialog.show();
            }
        });
        task.setOnSucceeded(e -> {
            delay.stop();
            dialog.close();
            done.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            delay.stop();
            dialog.close();
            Throwable t = task.getException();
            if (t instanceof CancellationException) {
                AppLog.info(title + ": cancelled");
                return;
            }
            failed.accept(t); // an unexpected one is logged with its trace there (Dialogs.unexpected)
        });
        task.setOnCancelled(e -> {
            delay.stop();
            dialog.close();
            AppLog.info(title + ": cancelled");
        });
        Thread thread = new Thread(task, "background: " + title);
        thread.setDaemon(true);
        thread.start();
        delay.play();
        return task;
    }

    /**
     * As {@link #run}, without the progress window: for work the window shows progress of itself (opening a file:
     * the busy bar in the status bar and the file's first screen). {@code done} gets the result, {@code failed} the
     * error (cancellation included), both on the JavaFX thread. Returns the running task.
     */
    public static <T> Task<T> quietly(String name, Work<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        Task<T> task = new WorkTask<>(work);
        task.setOnSucceeded(e -> done.accept(task.getValue()));
        task.setOnFailed(e -> failed.accept(task.getException()));
        task.setOnCancelled(e -> failed.accept(new CancellationException()));
        Thread thread = new Thread(task, "background: " + name);
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    /** Runs {@code work} with a {@link Progress} that reports to the task and stops it when it is cancelled. */
    private static final class WorkTask<T> extends Task<T> {
        private final Work<T> work;

        WorkTask(Work<T> work) {
            this.work = work;
        }

        @Override
        protected T call() throws Exception {
            return work.run(new Progress() {
                @Override
                public void update(long d, long total) {
                    check();
                    updateProgress(d, total);
                }

                @Override
                public boolean cancelled() {
                    return isCancelled();
                }
            });
        }
    }

    private static Stage dialog(Window owner, I18n i18n, String title, Task<?> task) {
        Stage s = new Stage();
        if (owner != null) {
            s.initOwner(owner);
            s.initModality(Modality.WINDOW_MODAL); // the window behind keeps drawing, but takes no second command
        }
        s.setTitle(title);
        s.setResizable(false);
        Label what = new Label(title);
        what.setId("background-title");
        ProgressBar bar = new ProgressBar();
        bar.setId("background-progress");
        bar.setPrefWidth(360);
        bar.progressProperty().bind(task.progressProperty());
        Button cancel = new Button(i18n.t("background.cancel"));
        cancel.setId("background-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> task.cancel());
        HBox buttons = new HBox(cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(10, what, bar, buttons);
        box.setPadding(new Insets(14));
        s.setScene(new Scene(box));
        s.setOnCloseRequest(e -> task.cancel());
        AppIcons.apply(s);
        return s;
    }
}
