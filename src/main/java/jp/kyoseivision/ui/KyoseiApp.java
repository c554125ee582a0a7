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
        // the window (with a busy bar) is painted before the file is read: something shows at once on a slow PC
        MainWindow window = showWindow(stage, Settings.load());
        String startupFile = System.getProperty("kyosei.startupFile");
        if (startupFile != null) {
            recordStartup(stage, Path.of(startupFile + ".first"), () -> { }); // the empty window's first frame
        }
        window.openAfterFirstFrame(file, () -> {
            // the AppCDS training run of installer/build-app-image.sh and its smoke test quit once the window has
            // been laid out with its file: closed from the same pulse listener, after the time is written (a
            // separate runLater could close the window before that pulse, now that the file is read off the FX
            // thread, and no time was written)
            Runnable quit = Boolean.getBoolean("kyosei.exitWhenShown") ? stage::close : () -> { };
            recordStartup(stage, startupFile == null ? null : Path.of(startupFile), quit);
        });
    }

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
        jp.kyoseivision.text.JapaneseYears.setWesternFirst(
                jp.kyoseivision.store.Preferences.load(settings).westernYears());
        // JavaFX's own texts (text field menus, standard buttons) follow the default locale: make it the UI language
        Locale.setDefault(uiLocale(settings));
        
        I18n i18n = new I18n(uiLocale(settings));
        MainViewModel vm = new MainViewModel(i18n, settings);
        MainWindow window = new MainWindow(stage, vm);
        stage.show();
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
