package jp.kyoseivision.ui;

import jp.kyoseivision.ui.common.I18n;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.stage.Stage;
import jp.kyoseivision.store.AppDirs;
import jp.kyoseivision.store.Settings;
import jp.kyoseivision.ui.common.I18n;

/**
 * The JavaFX application: opens {@code --file PATH}, or the default file in the user's data folder (created
 * with the bundled sample on first start).
 */
public final class KyoseiApp extends Application {
    public static void main(String[] args) {
        launch(KyoseiApp.class, args);
    }

    /** Before {@link #start}, once JavaFX runs (JavaFX's launcher thread): what can be made off the FX thread. */
    @Override
    public void init() {
        jp.kyoseivision.ui.common.AppIcons.loadInBackground();
    }

    @Override
    public void start(Stage stage) {
        Path file = fileArgument(getParameters().getRaw()).orElse(AppDirs.defaultFile());
        String moved = AppDirs.current().moveLegacyFiles();
        jp.kyoseivision.store.AppLog.install();
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        jp.kyoseivision.store.AppLog.startup("Kyosei Vision",
                "screen " + (int) screen.getWidth() + "x" + (int) screen.getHeight() + " at "
                        + javafx.stage.Screen.getPrimary().getOutputScaleX() + "x",
                "JavaFX " + System.getProperty("javafx.runtime.version"), "file " + file);
        if (!moved.isEmpty()) {
            jp.kyoseivision.store.AppLog.info("moved the files of version 0.1.0: " + moved);
        }
        installUncaughtHandler(stage, Settings.load());
        jp.kyoseivision.ui.common.UiFont.install(Settings.load()); // the UI font, on every window from now on
        MainWindow window = buildWindow(stage, Settings.load());
        String startupFile = System.getProperty("kyosei.startupFile");
        Runnable then = () -> {
            // the AppCDS training run of installer/build-app-image.sh and its smoke test quit once the window has
            // been laid out with its file: closed from the same pulse listener, after the time is written (a
            // separate runLater could close the window before that pulse, now that the file is read off the FX
            // thread, and no time was written)
            Runnable quit = Boolean.getBoolean("kyosei.exitWhenShown") ? stage::close : () -> { };
            recordStartup(stage, startupFile == null ? null : Path.of(startupFile), quit);
        };
        boolean whileShowing = readWhileShowing(file);
        if (whileShowing) {
            window.openAtStart(file, then); // before show(), in this same FX event: its result cannot come first
        }
        stage.show();
        if (startupFile != null) {
            recordStartup(stage, Path.of(startupFile + ".first"), () -> { }); // the window's first frame
        }
        if (!whileShowing) {
            window.openAfterFirstFrame(file, then);
        }
    }

    /**
     * Whether the file given at start-up is read while the window is built, styled and drawn (off the FX thread,
     * busy bar in the status bar), rather than after its first frame. On two cores the two overlap: the file of a
     * few hundred cards is read (~0.2–0.3 s) in the time the first layout takes, and is there in the first frame.
     * A bigger file's read would take CPU from that first layout and delay the window itself (10,000 cards: first
     * frame ~0.9 s → ~1.3 s at load 5, docs/benchmarks.md "Start-up (issue 16, round 2)"), so it waits for it.
     * A file that cannot be sized (missing, unreadable) is read at once: its dialog comes sooner.
     */
    static boolean readWhileShowing(Path file) {
        try {
            return java.nio.file.Files.size(file) <= READ_WHILE_SHOWING_BYTES;
        } catch (java.io.IOException | SecurityException e) {
            return true;
        }
    }

    /** See {@link #readWhileShowing}: ~1,500 cards in a file of generate-synthetic (10,000 cards: 45 MB). */
    static final long READ_WHILE_SHOWING_BYTES = 8L << 20;

    /**
     * bench/startup.sh: once the first frame with the file open has been laid out, writes the milliseconds since
     * the process started (as the OS counts it, JVM start-up included: store.ProcessClock) to {@code out}.
     */
    private static void recordStartup(Stage stage, Path out, Runnable afterwards) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            stage.getScene().removePostLayoutPulseListener(once[0]);
            long ms = processStart()
                    .map(t -> java.time.Duration.between(t, java.time.Instant.now()).toMillis()).orElse(-1L);
            if (out != null) {
                try {
                    java.nio.file.Files.writeString(out, ms + "\n");
                } catch (java.io.IOException e) {
                    // a benchmark aid only: the window works without it
                }
            }
            javafx.application.Platform.runLater(afterwards); // not inside the pulse: closing a window there is unsafe
        };
        stage.getScene().addPostLayoutPulseListener(once[0]);
        stage.getScene().getRoot().requestLayout(); // a pulse comes even when nothing else changed
    }

    /**
     * When this process was started: by the OS's count, or, in the second JVM that {@code java -jar} starts
     * (app.FastStart), the first JVM's start it was given ({@code kyosei.processStart}), so JVM start-ups count.
     */
    static java.util.Optional<java.time.Instant> processStart() {
        String first = System.getProperty("kyosei.processStart");
        if (first != null && first.matches("\\d{1,15}")) {
            return java.util.Optional.of(java.time.Instant.ofEpochMilli(Long.parseLong(first)));
        }
        return jp.kyoseivision.store.ProcessClock.start(); // not ProcessHandle's: up to 1 s early on Linux
    }

    /**
     * No exception reaches the console unseen: whatever escapes (on the FX thread or another) is written with its
     * trace to the log and shown as a short message with 「詳細をコピー」; the application stays usable.
     */
    static void installUncaughtHandler(Stage stage, Settings settings) {
        I18n i18n = new I18n(uiLocale(settings));
        Thread.UncaughtExceptionHandler handler = (t, e) -> {
            if (e instanceof OutOfMemoryError) {
                System.gc(); // make room for the dialog
            }
            try {
                jp.kyoseivision.ui.common.Dialogs.unexpected(stage, i18n, e);
            } catch (Throwable again) {
                jp.kyoseivision.store.AppLog.error("while showing an unexpected error", again);
            }
        };
        Thread.setDefaultUncaughtExceptionHandler(handler);
        javafx.application.Platform.runLater(() -> Thread.currentThread().setUncaughtExceptionHandler(handler));
    }

    /** One bare {@code X.kyosei} argument: what a double-click on a plan file passes (installer association). */
    public static boolean isPlanFile(String arg) {
        return !arg.startsWith("-") && arg.toLowerCase(Locale.ROOT).endsWith(".kyosei");
    }

    /** The main window on {@code stage} with the user's language and year display, opening {@code file}. */
    static MainWindow openWindow(Stage stage, Settings settings, Path file) {
        MainWindow window = showWindow(stage, settings);
        window.openPath(file);
        return window;
    }

    /** The main window on {@code stage}, shown, with no file yet. */
    private static MainWindow showWindow(Stage stage, Settings settings) {
        MainWindow window = buildWindow(stage, settings);
        stage.show();
        return window;
    }

    /** The main window on {@code stage} with the user's language and year display, not shown yet, no file. */
    private static MainWindow buildWindow(Stage stage, Settings settings) {
        jp.kyoseivision.text.JapaneseYears.setWesternFirst(
                jp.kyoseivision.store.Preferences.load(settings).westernYears());
        // JavaFX's own texts (text field menus, standard buttons) follow the default locale: make it the UI language
        Locale.setDefault(uiLocale(settings));
        I18n i18n = new I18n(uiLocale(settings));
        MainViewModel vm = new MainViewModel(i18n, settings);
        MainWindow window = new MainWindow(stage, vm);
        return window;
    }

    static Locale uiLocale(Settings settings) {
        // Japanese unless the user chose English: the officers work in Japanese whatever the OS locale says
        String lang = System.getProperty("kyosei.lang", settings.get("ui.language", "ja"));
        return "en".equals(lang) ? Locale.ENGLISH : Locale.JAPANESE;
    }

    static java.util.Optional<Path> fileArgument(List<String> raw) {
        for (int i = 0; i < raw.size(); i++) {
            String a = raw.get(i);
            if (a.equals("--file") && i + 1 < raw.size()) {
                return java.util.Optional.of(Path.of(raw.get(i + 1)));
            }
            if (a.startsWith("--file=")) {
                return java.util.Optional.of(Path.of(a.substring("--file=".length())));
            }
        }
        if (raw.size() == 1 && isPlanFile(raw.get(0))) {
            return java.util.Optional.of(Path.of(raw.get(0)));
        }
        return java.util.Optional.empty();
    }
}
