package jp.kyoseivision.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import jp.kyoseivision.check.SphereChecker;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.Sample;
import jp.kyoseivision.store.Settings;
import jp.kyoseivision.ui.common.I18n;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A seeded UI monkey: random keys, shortcuts, clicks on controls and typed values (wrong numbers, huge numbers,
 * formula-like text, Japanese words) over the main window, the comparison window (Ctrl+D), the KPI window (Ctrl+K)
 * and the print preview (Ctrl+P), on a copy of the bundled sample. It fails on any uncaught exception and on any
 * unexpected error the app logged, and checks that the file is still whole and valid at the end.
 * {@code -Dmonkey.events=N -Dmonkey.seed=S} (bench/monkey.sh) runs a longer one.
 */
@ExtendWith(ApplicationExtension.class)
class UiMonkeyTest {
    @TempDir
    static Path dir;

    private static final int EVENTS = Integer.getInteger("monkey.events", 1000);
    private static final long SEED = Long.getLong("monkey.seed", 20261129L);
    private static final boolean TRACE = Boolean.getBoolean("monkey.trace");
    /** Shortcuts that open a window or act on the file; file dialogs (new, open, save as, export) are left out:
     * the OS dialogs they open cannot be driven headless. */
    private static final String[][] SHORTCUTS = {{"CONTROL", "Z"}, {"CONTROL", "Y"}, {"CONTROL", "SHIFT", "Z"},
        {"CONTROL", "S"}, {"CONTROL", "F"}, {"CONTROL", "D"}, {"CONTROL", "K"}, {"CONTROL", "P"},
        {"ALT", "UP"}, {"ALT", "DOWN"}, {"CONTROL", "SHIFT", "A"}, {"CONTROL", "SHIFT", "D"}, {"F1"},
        {"ESCAPE"}, {"ENTER"}, {"TAB"}, {"SHIFT", "TAB"}, {"DOWN"}, {"UP"}, {"RIGHT"}, {"LEFT"}, {"PAGE_DOWN"},
        {"HOME"}, {"END"}, {"SPACE"}, {"BACK_SPACE"}, {"DELETE"}};
    private static final String[] VALUES = {"12a", "9999999999999999999999", "-5", "１２，３４５", "48221", "",
        "医療", "観光の振興", "=HYPERLINK(\"x\")", "+SUM(1)", "1e400", "0", "３．５", "中止", "A", "令和6年度",
        "x".repeat(300), "　", "1,000,000,000,000,000", "\t"};
    /** Controls never pressed: they open OS file or print dialogs, or close the application. */
    private static final List<String> AVOID = List.of("menu");

    private MainWindow window;
    private Path file;
    private final List<Throwable> uncaught = Collections.synchronizedList(new ArrayList<>());
    private final List<String> logged = Collections.synchronizedList(new ArrayList<>());

    @Start
    void start(Stage stage) throws Exception {
        file = dir.resolve("monkey-" + System.nanoTime() + ".kyosei");
        PlanFile.create(file, Sample.load()).close();
        MainViewModel vm = new MainViewModel(new I18n(Locale.JAPANESE),
                new Settings(dir.resolve("settings-" + System.nanoTime() + ".properties")));
        window = new MainWindow(stage, vm);
        stage.show();
        window.openNow(file);
        // the OS file dialogs: answered as an officer would, with a new file in the temp folder or a cancel
        Random answers = new Random(SEED);
        jp.kyoseivision.ui.common.FileDialogs.use((fc, owner, save) -> !save || answers.nextInt(3) == 0 ? null
                : dir.resolve("out-" + System.nanoTime() + "-" + (fc.getInitialFileName() == null ? "x"
                        : fc.getInitialFileName())).toFile());
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        Logger.getLogger("jp.kyoseivision").addHandler(new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (r.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    logged.add(r.getMessage() + ": " + r.getThrown());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
    }

    @Test
    void randomInputRaisesNoUncaughtExceptionAndLeavesAValidFile(FxRobot robot) throws Exception {
        Random rnd = new Random(SEED);
        for (int i = 0; i < EVENTS; i++) {
            Window target = pickWindow(rnd);
            if (target == null) {
                break;
            }
            int kind = rnd.nextInt(10);
            try {
                if (rnd.nextInt(40) == 0 && target != window.stage() && target instanceof Stage s) {
                    robot.interact(s::close); // the officer closes a window now and then
                } else if (kind < 3) {
                    key(robot, SHORTCUTS[rnd.nextInt(SHORTCUTS.length)]);
                } else if (kind < 6) {
                    clickSomething(robot, target, rnd);
                } else if (kind < 8) {
                    typeValue(robot, target, VALUES[rnd.nextInt(VALUES.length)], rnd);
                } else {
                    robot.type(KeyCode.values()[rnd.nextInt(KeyCode.values().length)]);
                }
            } catch (RuntimeException e) {
                // the robot itself (a node gone between lookup and click) is not the app's fault
                if (!String.valueOf(e.getMessage()).contains("query") && !(e instanceof IllegalArgumentException)) {
                    throw e;
                }
            }
            WaitForAsyncUtils.waitForFxEvents();
            if (TRACE) {
                var f = target.getScene() == null ? null : target.getScene().getFocusOwner();
                System.err.println("monkey " + i + " kind " + kind + " focus " + (f == null ? null : f.getClass()
                        .getSimpleName() + "#" + f.getId()) + (f instanceof TextInputControl t ? " text=" + t.getLength()
                        + " caret=" + t.getCaretPosition() : ""));
            }
            assertThat(traces(uncaught)).as("uncaught exceptions after event %d (seed %d)", i, SEED).isEmpty();
            assertThat(logged).as("unexpected errors logged after event %d (seed %d)", i, SEED).isEmpty();
            if (!window.stage().isShowing()) {
                break;
            }
        }
        closeAllButMain(robot);
        assertThat(uncaught).as("uncaught exceptions (seed %d)", SEED).isEmpty();
        // whatever happened, the file is whole and its content valid
        try (PlanFile pf = PlanFile.openReadOnly(file)) {
            assertThat(pf.integrityProblems()).isEmpty();
            assertThat(SphereChecker.check(pf.read())).isEmpty();
        }
        assertThat(Files.exists(file)).isTrue();
    }

    private static List<String> traces(List<Throwable> list) {
        List<String> out = new ArrayList<>();
        for (Throwable t : List.copyOf(list)) {
            java.io.StringWriter w = new java.io.StringWriter();
            t.printStackTrace(new java.io.PrintWriter(w));
            out.add(w.toString().lines().filter(l -> !l.contains("com.sun.javafx.event")
                    && !l.contains("javafx.event.") && !l.contains("com.sun.glass.ui.monocle"))
                    .limit(40).reduce("", (a, b) -> a + "\n" + b));
        }
        return out;
    }

    /** The newest window most of the time (a dialog or a window just opened), sometimes another. */
    private static Window pickWindow(Random rnd) {
        List<Window> shown = new ArrayList<>();
        for (Window w : Window.getWindows()) {
            if (w.isShowing() && w.getScene() != null && !(w instanceof javafx.stage.PopupWindow)) {
                shown.add(w);
            }
        }
        if (shown.isEmpty()) {
            return null;
        }
        return rnd.nextInt(4) == 0 ? shown.get(rnd.nextInt(shown.size())) : shown.get(shown.size() - 1);
    }

    private static void key(FxRobot robot, String[] keys) {
        KeyCode[] codes = new KeyCode[keys.length];
        for (int i = 0; i < keys.length; i++) {
            codes[i] = KeyCode.valueOf(keys[i]);
        }
        robot.push(codes);
    }

    private static List<Node> controls(Window w) {
        List<Node> out = new ArrayList<>();
        collect(w.getScene().getRoot(), out);
        return out;
    }

    private static void collect(Node n, List<Node> out) {
        if (!n.isVisible() || n.isDisabled()) {
            return;
        }
        if (n instanceof Control c && !avoided(c) && !(c instanceof javafx.scene.control.ScrollPane)
                && !(c instanceof javafx.scene.control.SplitPane) && !(c instanceof javafx.scene.control.TabPane)
                && !(c instanceof javafx.scene.control.ButtonBar)
                && !(c instanceof org.controlsfx.control.StatusBar)) {
            out.add(c); // a control the officer clicks, not a container whose area holds other controls
        }
        if (n instanceof javafx.scene.Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, out);
            }
        }
    }

    private static boolean avoided(Control c) {
        String id = c.getId() == null ? "" : c.getId().toLowerCase(Locale.ROOT);
        String text = c instanceof javafx.scene.control.Labeled l && l.getText() != null ? l.getText() : "";
        if (c instanceof javafx.scene.control.MenuBar) {
            return true;
        }
        return AVOID.stream().anyMatch(id::contains);
    }

    private static void clickSomething(FxRobot robot, Window w, Random rnd) {
        List<Node> all = controls(w);
        if (all.isEmpty()) {
            return;
        }
        Node n = all.get(rnd.nextInt(all.size()));
        if (n.getScene() == null || n.localToScreen(n.getBoundsInLocal()) == null) {
            return;
        }
        var b = n.localToScreen(n.getBoundsInLocal());
        if (b.getWidth() < 2 || b.getHeight() < 2) {
            return;
        }
        robot.clickOn(b.getMinX() + rnd.nextDouble() * b.getWidth(), b.getMinY() + rnd.nextDouble() * b.getHeight());
        if (n instanceof ComboBoxBase<?> && rnd.nextBoolean()) {
            robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        }
    }

    /** Puts a value into a text field of the window (typed, or pasted whole), then leaves it or presses Enter. */
    private static void typeValue(FxRobot robot, Window w, String value, Random rnd) {
        List<Node> inputs = controls(w).stream().filter(n -> n instanceof TextInputControl t && t.isEditable())
                .toList();
        if (inputs.isEmpty()) {
            return;
        }
        TextInputControl t = (TextInputControl) inputs.get(rnd.nextInt(inputs.size()));
        robot.interact(t::requestFocus);
        if (rnd.nextBoolean() && value.length() < 40 && value.chars().allMatch(c -> c < 128 && c >= 32)) {
            robot.push(KeyCode.CONTROL, KeyCode.A);
            robot.write(value);
        } else {
            robot.interact(() -> t.setText(value));
        }
        robot.type(rnd.nextBoolean() ? KeyCode.ENTER : KeyCode.TAB);
    }

    @org.junit.jupiter.api.AfterEach
    void osDialogsBack() {
        jp.kyoseivision.ui.common.FileDialogs.use(null);
    }

    private void closeAllButMain(FxRobot robot) {
        robot.interact(() -> {
            for (Window w : new ArrayList<>(Window.getWindows())) {
                if (w != window.stage() && w instanceof Stage s) {
                    s.close();
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        Platform.runLater(() -> { });
    }
}
