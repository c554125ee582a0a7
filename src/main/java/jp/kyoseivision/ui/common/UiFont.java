package jp.kyoseivision.ui.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.logging.Logger;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.text.Font;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import jp.kyoseivision.store.Settings;

/**
 * Sets every window's text in the family {@link UiFontChoice} picks from the fonts this PC has: the main window,
 * dialogs and alerts (which do not get kyosei.css), the comparison, KPI and print preview windows. One stylesheet,
 * {@code .root { -fx-font-family: "…"; }} as a data: URL, is added to the scene of each window as it is shown
 * (JavaFX lists every shown window in {@link Window#getWindows()}, before laying it out). Popups (menus, tooltips,
 * combo box lists) take their owner window's stylesheets and are left alone.
 */
public final class UiFont {
    /** Setting naming the family the user wants (a family name as the OS lists it); empty: automatic. */
    public static final String SETTING = "ui.font";
    /** System property that wins over the setting, as {@code kyosei.lang} does for the language. */
    public static final String PROPERTY = "kyosei.ui.font";
    private static final Logger LOG = Logger.getLogger(UiFont.class.getName());
    private static final String MARK = UiFont.class.getName();
    private static String family;
    private static String stylesheet;
    private static final ListChangeListener<Window> SHOWN = c -> {
        while (c.next()) {
            c.getAddedSubList().forEach(UiFont::follow);
        }
    };

    private UiFont() {
    }

    /**
     * Chooses the family (once per start; logged) and applies it to every window shown from now on and to those
     * already open. Call on the JavaFX thread.
     *
     * @return the family chosen
     */
    public static String install(Settings settings) {
        List<String> installed = Font.getFamilies();
        String wanted = System.getProperty(PROPERTY, settings.get(SETTING, ""));
        String chosen = UiFontChoice.choose(System.getProperty("os.name", ""), installed, wanted);
        if (!wanted.isBlank() && !chosen.equalsIgnoreCase(wanted.strip())) {
            LOG.info("UI font " + wanted + " (setting " + SETTING + ") is not installed");
        }
        LOG.info("UI font: " + chosen + " (from " + installed.size() + " families)");
        use(chosen);
        return chosen;
    }

    /** The family in use, or null before {@link #install}. */
    public static String family() {
        return family;
    }

    private static void use(String chosen) {
        uninstall();
        family = chosen;
        if (UiFontChoice.DEFAULT.equals(chosen)) {
            return; // JavaFX's own default: nothing to set
        }
        stylesheet = stylesheet(chosen);
        Window.getWindows().addListener(SHOWN);
        Window.getWindows().forEach(UiFont::follow);
    }

    /** Takes the font off every window again (tests that must not leave it to the next test). */
    public static void uninstall() {
        Window.getWindows().removeListener(SHOWN);
        if (stylesheet != null) {
            for (Window w : Window.getWindows()) {
                if (w.getScene() != null) {
                    w.getScene().getStylesheets().remove(stylesheet);
                }
            }
        }
        stylesheet = null;
        family = null;
    }

    /** The stylesheet setting {@code family} on a scene's root, from where every control inherits it. */
    static String stylesheet(String family) {
        String quoted = family.replace("\\", "\\\\").replace("\"", "\\\"");
        String css = ".root { -fx-font-family: \"" + quoted + "\"; }\n";
        // charset given: without it JavaFX decodes the bytes in the platform charset (windows-31j on a Japanese
        // Windows under Java 17), which would garble a family such as ヒラギノ角ゴシック
        return "data:text/css;charset=utf-8;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }

    /** Adds the font to the window's scene now and to any scene it is given later (a window reopened in English). */
    private static void follow(Window w) {
        if (w instanceof PopupWindow) {
            return;
        }
        if (!w.getProperties().containsKey(MARK)) {
            w.getProperties().put(MARK, Boolean.TRUE);
            w.sceneProperty().addListener((o, before, now) -> add(now));
        }
        add(w.getScene());
    }

    private static void add(Scene scene) {
        if (scene != null && stylesheet != null && !scene.getStylesheets().contains(stylesheet)) {
            scene.getStylesheets().add(stylesheet);
        }
    }
}
