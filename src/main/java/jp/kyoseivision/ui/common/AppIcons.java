package jp.kyoseivision.ui.common;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The application icon at every size Windows, macOS and Linux ask for (title bar 16/20/24 at 100/125/150 % scaling,
 * taskbar 32/40/48, Alt+Tab and docks up to 256): JavaFX hands each place the nearest size, so none is scaled
 * from a far one and blurred. Loaded once; every window (and dialog) of the app shows the same set.
 */
public final class AppIcons {
    static final int[] SIZES = {16, 20, 24, 32, 40, 48, 64, 128, 256};
    private static List<Image> images;

    private AppIcons() {
    }

    /** The icons, smallest first (those found on the class path). */
    public static synchronized List<Image> all() {
        if (images == null) {
            List<Image> out = new ArrayList<>();
            for (int size : SIZES) {
                try (InputStream in = AppIcons.class.getResourceAsStream("/jp/kyoseivision/ui/icons/kyosei-vision-" + size + ".png")) {
                    if (in != null) {
                        out.add(new Image(in));
                    }
                } catch (java.io.IOException e) {
                    // a missing size is taken from the nearest one by the OS
                }
            }
            images = List.copyOf(out);
        }
        return images;
    }

    /**
     * Decodes the icons on a background thread now (JavaFX images may be made on any thread once the toolkit runs),
     * so that the first window does not decode nine PNGs on the FX thread (~6 % of its start-up there,
     * docs/benchmarks.md "Start-up (issue 16, round 2)"); {@link #all} waits for it if it is not done yet.
     */
    public static void loadInBackground() {
        Thread t = new Thread(AppIcons::all, "icons");
        t.setDaemon(true);
        t.start();
    }

    /** Gives {@code stage} the application's icons (once). */
    public static void apply(Stage stage) {
        if (stage.getIcons().isEmpty()) {
            stage.getIcons().setAll(all());
        }
    }
}
