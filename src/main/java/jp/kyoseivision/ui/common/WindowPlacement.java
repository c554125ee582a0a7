package jp.kyoseivision.ui.common;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import jp.kyoseivision.store.Settings;

/**
 * Every window fits the screen it opens on and comes back where the officer left it: size, position and the
 * maximised state are kept in the settings under {@code window.NAME.*}. A remembered place that is no longer on
 * any screen (a projector unplugged) is dropped; a preferred size larger than the screen is cut to it.
 */
public final class WindowPlacement {
    private WindowPlacement() {
    }

    /** Places {@code stage} (before it is shown) and remembers its place when it is hidden. */
    public static void apply(Stage stage, Settings settings, String name, double prefWidth, double prefHeight) {
        String k = "window." + name + ".";
        Rectangle2D screen = screenFor(stage);
        double w = Math.min(parse(settings.get(k + "w", ""), prefWidth), screen.getWidth());
        double h = Math.min(parse(settings.get(k + "h", ""), prefHeight), screen.getHeight());
        double x = parse(settings.get(k + "x", ""), Double.NaN);
        double y = parse(settings.get(k + "y", ""), Double.NaN);
        stage.setWidth(w);
        stage.setHeight(h);
        if (!Double.isNaN(x) && !Double.isNaN(y) && onSomeScreen(x, y, w, h)) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.setX(screen.getMinX() + (screen.getWidth() - w) / 2);
            stage.setY(screen.getMinY() + (screen.getHeight() - h) / 2);
        }
        stage.setMaximized(Boolean.parseBoolean(settings.get(k + "maximized", "false")));
        // one handler per stage and key: a window made again on the same stage replaces the earlier one's
        javafx.event.EventHandler<javafx.stage.WindowEvent> onHiding = e -> remember(stage, settings, k);
        Object old = stage.getProperties().put("kyosei.placement." + k, onHiding);
        if (old instanceof javafx.event.EventHandler<?> earlier) {
            @SuppressWarnings("unchecked")
            javafx.event.EventHandler<javafx.stage.WindowEvent> previous =
                    (javafx.event.EventHandler<javafx.stage.WindowEvent>) earlier;
            stage.removeEventHandler(javafx.stage.WindowEvent.WINDOW_HIDING, previous);
        }
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDING, onHiding);
    }

    /** A scene of the preferred size, cut to the primary screen (the window is placed once it has an owner). */
    public static javafx.scene.Scene scene(javafx.scene.Parent root, double prefWidth, double prefHeight) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        return new javafx.scene.Scene(root, Math.min(prefWidth, screen.getWidth()),
                Math.min(prefHeight, screen.getHeight()));
    }

    /** The visual bounds (without the task bar) of the screen the stage's owner is on, else the primary screen. */
    public static Rectangle2D screenFor(Stage stage) {
        javafx.stage.Window owner = stage.getOwner();
        if (owner != null) {
            var screens = Screen.getScreensForRectangle(owner.getX(), owner.getY(), 1, 1);
            if (!screens.isEmpty()) {
                return screens.get(0).getVisualBounds();
            }
        }
        return Screen.getPrimary().getVisualBounds();
    }

    private static boolean onSomeScreen(double x, double y, double w, double h) {
        // at least the title bar's middle must be on a screen, so the window can be grabbed
        return !Screen.getScreensForRectangle(x + w / 2 - 50, y, 100, 30).isEmpty();
    }

    private static void remember(Stage stage, Settings settings, String k) {
        settings.put(k + "maximized", String.valueOf(stage.isMaximized()));
        if (!stage.isMaximized() && !stage.isIconified()) {
            settings.put(k + "x", String.valueOf(Math.round(stage.getX())));
            settings.put(k + "y", String.valueOf(Math.round(stage.getY())));
            settings.put(k + "w", String.valueOf(Math.round(stage.getWidth())));
            settings.put(k + "h", String.valueOf(Math.round(stage.getHeight())));
        }
    }

    private static double parse(String s, double fallback) {
        try {
            double v = Double.parseDouble(s);
            return Double.isFinite(v) ? v : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
