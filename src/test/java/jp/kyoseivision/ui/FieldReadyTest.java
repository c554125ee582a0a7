package jp.kyoseivision.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.FileChecksums;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.Sample;
import jp.kyoseivision.store.Settings;
import jp.kyoseivision.ui.common.I18n;
import jp.kyoseivision.ui.kpi.KpiView;
import jp.kyoseivision.ui.kpi.KpiViewModel;
import jp.kyoseivision.ui.nav.NavNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13, item by item: what went wrong in an officer's day in the window, driven as the officer would on a copy
 * of the bundled 一関・平泉 data, with the SQLite file checked after each step.
 */
@ExtendWith(ApplicationExtension.class)
class FieldReadyTest {
    @TempDir
    Path dir;

    private MainWindow window;
    private MainViewModel vm;
    private Path file;
    private Settings settings;

    @Start
    void start(Stage stage) {
        file = dir.resolve("一関・平泉.kyosei");
        PlanFile.create(file, Sample.load()).close();
        settings = new Settings(dir.resolve("settings.properties"));
        vm = new MainViewModel(new I18n(Locale.JAPANESE), settings);
        window = new MainWindow(stage, vm);
        stage.show();
        window.openNow(file);
    }

    private static String text(FxRobot robot, String query) {
        Node n = robot.lookup(query).query();
        return n instanceof Label l ? l.getText() : ((TextInputControl) n).getText();
    }

    private void unlockThirdVision(FxRobot robot) {
        robot.interact(() -> window.selectKey("v3-m01"));
        robot.clickOn("#unlock-button");
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    // 1 ---------------------------------------------------------------------------------------------------------

    @Test
    @SuppressWarnings("unchecked")
    void item1FiltersChosenWithTheMouseOrTheKeyboardFilterTheTree(FxRobot robot) {
        TreeView<NavNode> tree = robot.lookup("#nav-tree").queryAs(TreeView.class);
        ComboBox<String> area = robot.lookup("#search-area").queryAs(ComboBox.class);
        // the mouse: open the list, click 観光 (the 3rd vision's 産業振興 holds tourism, the 2nd's 観光 area)
        robot.clickOn(area);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(n -> n instanceof javafx.scene.control.ListCell<?> c && "医療".equals(c.getText())
                && n.getScene() != window.stage().getScene()).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getValue()).isEqualTo("医療");
        // every card row left is one of 医療's, and the count says how many
        List<NavNode.MeasureNode> rows = cards(tree.getRoot());
        assertThat(rows).isNotEmpty().allSatisfy(m -> assertThat(m.area().name()).isEqualTo("医療"));
        assertThat(text(robot, "#search-count")).isEqualTo("該当：" + rows.size() + "件");
        // the keyboard: down to the next area and Enter — no StackOverflowError, the tree follows
        robot.clickOn(area);
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getValue()).isEqualTo("福祉");
        assertThat(tree.getRoot().getChildren()).isNotEmpty();
        assertThat(window.navigation().selected()).isInstanceOf(NavNode.MeasureNode.class);
        assertThat(robot.lookup("#card-name").tryQuery()).isPresent(); // the detail pane shows the first match
        // Escape clears the filter: every card again
        robot.clickOn("#search-text").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getValue()).isNull();
        assertThat(text(robot, "#search-count")).isEmpty();
    }

    private static List<NavNode.MeasureNode> cards(javafx.scene.control.TreeItem<NavNode> item) {
        List<NavNode.MeasureNode> out = new java.util.ArrayList<>();
        if (item.getValue() instanceof NavNode.MeasureNode m) {
            out.add(m);
        }
        item.getChildren().forEach(c -> out.addAll(cards(c)));
        return out;
    }

    // 2 ---------------------------------------------------------------------------------------------------------

    @Test
    void item2AKpiActualTypedIsSavedWhenTheOfficerSwitchesKpiOrClosesTheWindow(FxRobot robot) throws Exception {
        KpiView[] view = new KpiView[1];
        robot.interact(() -> {
            view[0] = new KpiView(new KpiViewModel(vm));
            view[0].show(window.stage());
        });
        WaitForAsyncUtils.waitForFxEvents();
        // the 2nd vision's KPI No.5 (seed 000 L153: R5 actual 11,819): type 12,000 and switch to KPI No.6
        robot.interact(() -> selectKpi(robot, "v2-m05-k1"));
        robot.interact(() -> {
            var tabs = robot.lookup("#kpi-years").queryAs(javafx.scene.control.TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> "kpi-year-2023".equals(t.getId()))
                    .findFirst().orElseThrow());
        });
        TextField number = robot.lookup("#kpi-number-2023").queryAs(TextField.class);
        robot.clickOn(number).push(KeyCode.CONTROL, KeyCode.A).write("12000");
        robot.interact(() -> robot.lookup("#kpi-list").queryListView().getSelectionModel().select(5));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(actualInFile("v2-m05-k1", 2023)).isEqualTo("12000");
        // a narrative typed, then the window closed without leaving the field
        robot.interact(() -> selectKpi(robot, "v2-m05-k1"));
        TextArea progress = robot.lookup("#kpi-progress-2023").queryAs(TextArea.class);
        robot.clickOn(progress).write("hoiku");
        assertThat(progress.getText()).contains("hoiku");
        assertThat(text(robot, "#kpi-name")).endsWith("地域子育て支援拠点事業の利用者数"); // the list and the form agree
        robot.interact(() -> view[0].stage().fireEvent(new javafx.stage.WindowEvent(view[0].stage(),
                javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        robot.interact(() -> view[0].stage().close());
        WaitForAsyncUtils.waitForFxEvents();
        try (PlanFile pf = PlanFile.openReadOnly(file)) {
            assertThat(kpi(pf.read(), "v2-m05-k1").actual(2023).orElseThrow().progress()).contains("hoiku");
        }
        // each save is one undoable edit
        assertThat(vm.undoTextProperty().get()).contains("実績");
    }

    @SuppressWarnings("unchecked")
    private static void selectKpi(FxRobot robot, String kpiId) {
        javafx.scene.control.ListView<jp.kyoseivision.kpi.KpiLine> list = robot.lookup("#kpi-list").queryListView();
        list.getSelectionModel().select(list.getItems().stream().filter(l -> l.kpi().id().equals(kpiId)).findFirst()
                .orElseThrow());
    }

    private String actualInFile(String kpiId, int fy) {
        try (PlanFile pf = PlanFile.openReadOnly(file)) {
            return kpi(pf.read(), kpiId).actual(fy).map(a -> a.value().number().toPlainString()).orElse(null);
        }
    }

    private static Kpi kpi(Sphere s, String id) {
        return s.revisions().flatMap(r -> r.measures().stream()).flatMap(m -> m.kpis().stream())
                .filter(k -> k.id().equals(id)).findFirst().orElseThrow();
    }

    // 3 ---------------------------------------------------------------------------------------------------------

    @Test
    void item3AFileOpenedReadOnlyHasNoEditorAndIsNeverWritten(FxRobot robot) throws Exception {
        // a colleague edits another copy of the plan; this window opens it read-only
        Path shared = dir.resolve("共有.kyosei");
        PlanFile.create(shared, Sample.load()).close();
        try (PlanFile colleague = PlanFile.open(shared)) {
            robot.interact(() -> vm.openReadOnly(shared));
            WaitForAsyncUtils.waitForFxEvents();
            String before = FileChecksums.sha256(shared);
            assertThat(text(robot, "#save-state")).isEqualTo("読み取り専用");
            for (String key : List.of("v3-m01", "v3-d01", "v2-m05")) {
                robot.interact(() -> window.selectKey(key));
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(robot.lookup("#read-only-banner").tryQuery()).as(key).isPresent();
                assertThat(robot.lookup("#unlock-button").tryQuery()).as(key).isEmpty();
                // a key typed into every field of the window changes nothing
                for (Node n : robot.lookup(".text-input").queryAll()) {
                    if (n.getScene() == window.stage().getScene() && n instanceof TextInputControl t
                            && t.getId() != null && !t.getId().startsWith("search")) {
                        assertThat(t.isEditable()).as(t.getId()).isFalse();
                    }
                }
            }
            // the menu commands that change the file are off; Ctrl+Shift+A, undo and a budget import write nothing
            robot.interact(() -> window.selectKey("v3-m01"));
            robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
            robot.push(KeyCode.CONTROL, KeyCode.Z);
            robot.push(KeyCode.CONTROL, KeyCode.S);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(text(robot, "#save-state")).isEqualTo("読み取り専用");
            assertThat(FileChecksums.sha256(shared)).isEqualTo(before);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> vm.apply("x", s -> s))
                    .hasMessageContaining("読み取り専用");
        }
    }

    // 5 ---------------------------------------------------------------------------------------------------------

    @Test
    void item5EveryWindowFitsTheScreenAndRemembersItsPlace(FxRobot robot) {
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        robot.interact(() -> {
            window.openDiff();
            window.openKpi();
            window.selectKey("v3-m01");
            window.printPreview(jp.kyoseivision.ui.print.PrintScope.CARD);
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<Window> shown = Window.getWindows().stream().filter(Window::isShowing).toList();
        assertThat(shown).hasSizeGreaterThanOrEqualTo(4);
        for (Window w : shown) {
            assertThat(w.getWidth()).as(((Stage) w).getTitle()).isLessThanOrEqualTo(screen.getWidth());
            assertThat(w.getHeight()).as(((Stage) w).getTitle()).isLessThanOrEqualTo(screen.getHeight());
        }
        robot.interact(() -> {
            window.stage().setX(40);
            window.stage().setWidth(1000);
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w != window.stage()) {
                    ((Stage) w).close();
                }
            }
            window.stage().close();
        });
        assertThat(settings.get("window.main.w", "")).isEqualTo("1000");
        assertThat(settings.get("window.main.x", "")).isEqualTo("40");
        assertThat(settings.get("window.kpi.w", "")).isNotEmpty();
        assertThat(settings.get("window.diff.w", "")).isNotEmpty();
        assertThat(settings.get("window.print.w", "")).isNotEmpty();
        // opened again: where it was left
        robot.interact(() -> {
            Stage again = new Stage();
            new MainWindow(again, new MainViewModel(new I18n(Locale.JAPANESE), settings));
            assertThat(again.getWidth()).isEqualTo(1000);
            assertThat(again.getX()).isEqualTo(40);
        });
    }

    // 6 ---------------------------------------------------------------------------------------------------------

    @Test
    void item6AfterUnlockingAddingACardOrAKpiTheTypingGoesToTheNewField(FxRobot robot) {
        unlockThirdVision(robot);
        Scene scene = window.stage().getScene();
        assertThat(scene.getFocusOwner().getId()).isEqualTo("edit-name");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scene.getFocusOwner().getId()).isEqualTo("edit-name");
        assertThat(((TextField) scene.getFocusOwner()).getText()).isEqualTo("新しい施策");
        robot.write("救急医療の連携").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((NavNode.MeasureNode) window.navigation().selected()).measure().name()).isEqualTo("救急医療の連携");
        assertThat(text(robot, "#search-text")).isEmpty(); // nothing went into the search box
        robot.clickOn("#edit-kpi-add");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scene.getFocusOwner().getId()).isEqualTo("edit-kpi-1-name");
    }

    // 7 ---------------------------------------------------------------------------------------------------------

    @Test
    void item7SearchKeepsTheCardShownEscapeClearsAndTheMatchIsShown(FxRobot robot) {
        robot.interact(() -> window.selectKey("v3-m01"));
        robot.clickOn("#search-text").write("医療");
        // searched once the typing pauses (SearchBar.DEBOUNCE_MS)
        try {
            WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                    () -> robot.lookup("#search-hits").tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no search hits shown", e);
        }
        // card 1 (休日・夜間診療体制確保事業) matches 医療: it stays shown while typing
        assertThat(window.navigation().selected().key()).isEqualTo("v3-m01");
        assertThat(text(robot, "#card-name")).isEqualTo("No.1　休日・夜間診療体制確保事業");
        // why it matched: the field and the words, highlighted (card 1's name lacks 医療; its content has it)
        assertThat(robot.lookup("#search-hits").tryQuery()).isPresent();
        assertThat(robot.lookup(".search-hit-match").queryAllAs(javafx.scene.text.Text.class))
                .extracting(javafx.scene.text.Text::getText).contains("医療");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#search-text")).isEmpty();
        assertThat(window.navigation().selected().key()).isEqualTo("v3-m01");
        assertThat(robot.lookup("#search-hits").tryQuery()).isEmpty();
    }

    // 10 --------------------------------------------------------------------------------------------------------

    @Test
    void item10CtrlSConfirmsAndCtrlShiftZRedoes(FxRobot robot) throws Exception {
        unlockThirdVision(robot);
        TextField budget = robot.lookup("#edit-budget-2024").queryAs(TextField.class);
        robot.clickOn(budget).push(KeyCode.CONTROL, KeyCode.A).write("50000").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#nav-tree");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(budgetOf("v3-m01", 2024)).isEqualTo(48_221L); // seed 001 L1722
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(budgetOf("v3-m01", 2024)).isEqualTo(50_000L);
        robot.push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#save-state")).startsWith("すべて保存済みです");
        // 名前を付けて保存 proposes a name
        javafx.stage.FileChooser[] asked = new javafx.stage.FileChooser[1];
        jp.kyoseivision.ui.common.FileDialogs.use((fc, owner, save) -> {
            asked[0] = fc;
            return null;
        });
        try {
            robot.interact(window::saveAs);
            assertThat(asked[0].getInitialFileName()).isEqualTo("一関・平泉（コピー）.kyosei");
        } finally {
            jp.kyoseivision.ui.common.FileDialogs.use(null);
        }
    }

    private long budgetOf(String measureId, int fy) {
        try (PlanFile pf = PlanFile.openReadOnly(file)) {
            return pf.read().revisions().flatMap(r -> r.measures().stream()).filter(m -> m.id().equals(measureId))
                    .findFirst().orElseThrow().budget().get(fy);
        }
    }

    // 11 --------------------------------------------------------------------------------------------------------

    @Test
    void item11AHugeKpiActualIsRefusedAtTheFieldWithoutAnException(FxRobot robot) {
        List<Throwable> uncaught = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler((t, e) -> uncaught.add(e)));
        KpiView[] view = new KpiView[1];
        robot.interact(() -> {
            view[0] = new KpiView(new KpiViewModel(vm));
            view[0].show(window.stage());
            selectKpi(robot, "v2-m05-k1");
        });
        TextField number = robot.lookup("#kpi-number-2023").queryAs(TextField.class);
        robot.clickOn(number).push(KeyCode.CONTROL, KeyCode.A).write("9999999999999999999999");
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(uncaught).isEmpty();
        assertThat(actualInFile("v2-m05-k1", 2023)).isEqualTo("11819"); // seed 000 L153, unchanged
        assertThat(text(robot, "#kpi-error-2023")).isNotEmpty();
    }

    @Test
    void item11AnUnexpectedErrorIsLoggedAndShownWithCopyDetails(FxRobot robot) throws Exception {
        robot.interact(() -> jp.kyoseivision.ui.common.Dialogs.unexpected(window.stage(), new I18n(Locale.JAPANESE),
                new IllegalStateException("boom for the log")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#dialog-unexpected").tryQuery()).isPresent();
        assertThat(text(robot, "#unexpected-message")).contains("作業はそのまま続けられます").doesNotContain("boom");
        robot.clickOn("#copy-details");
        String[] clip = new String[1];
        robot.interact(() -> clip[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
        assertThat(clip[0]).contains("IllegalStateException: boom for the log", "Kyosei Vision");
        assertThat(Files.readString(jp.kyoseivision.store.AppLog.file())).contains("boom for the log");
    }
}
