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
 * process started (as the OS counts it) to -Dkyosei.startupFile, as the app does for its window with the file.
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
                long ms = ProcessHandle.current().info().startInstant()
                        .map(t -> Duration.between(t, Instant.now()).toMillis()).orElse(-1L);
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
}
