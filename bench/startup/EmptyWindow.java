import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline of bench/startup.sh: an empty JavaFX window, started the same way as the app (same java, same JVM
 * options, the app's jar on the class path). Once its first frame is laid out it writes the milliseconds since the
 * process started (as the OS counts it, exact to 10 ms on Linux: ageMillis) to -Dkyosei.startupFile, as the app
 * does for its window with the file.
 * Compiled by the script (javac), not run as a source file, so no compiler runs at its start.
 */
public class EmptyWindow {
    public static void main(String[] args) {
        // the main class does not extend Application, as the app's Launcher does not: JavaFX from the class path
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(), 1200, 800);
            String out = System.getProperty("kyosei.startupFile");
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                long ms = ageMillis();
                try {
                    if (out != null) {
                        Files.writeString(Path.of(out), ms + "\n");
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            };
            scene.addPostLayoutPulseListener(once[0]);
            stage.setTitle("empty");
            stage.setScene(scene);
            stage.show();
        }
    }

    /**
     * Milliseconds since this process started, as the app counts them (jp.kyoseivision.store.ProcessClock, not on
     * the class path of an app image's runtime): on Linux from /proc (ProcessHandle's start is up to 1 s early
     * there, as the boot time it adds is in whole seconds), else from ProcessHandle.
     */
    static long ageMillis() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
            String up = Files.readString(Path.of("/proc/uptime")).trim().split("\\s+")[0];
            return new java.math.BigDecimal(up).movePointRight(3).longValue() - Long.parseLong(f[19]) * 10;
        } catch (java.io.IOException | RuntimeException e) {
            return ProcessHandle.current().info().startInstant()
                    .map(t -> Duration.between(t, Instant.now()).toMillis()).orElse(-1L);
        }
    }
}
