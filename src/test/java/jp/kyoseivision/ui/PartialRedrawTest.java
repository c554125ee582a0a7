package jp.kyoseivision.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.Sample;
import jp.kyoseivision.store.Settings;
import jp.kyoseivision.ui.common.I18n;
import jp.kyoseivision.ui.nav.NavNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 16: an edit of one card's field redraws only that card — the navigation tree keeps every row (the same
 * TreeItem objects, open rows open), the edited card's row shows the new name, and the card form the officer
 * works in is not drawn again.
 */
@ExtendWith(ApplicationExtension.class)
class PartialRedrawTest {
    @TempDir
    Path dir;

    private MainWindow window;
    private MainViewModel vm;
    private Path file;

    @Start
    void start(Stage stage) {
        file = dir.resolve("redraw.kyosei");
        PlanFile.create(file, Sample.load()).close();
        vm = new MainViewModel(new I18n(Locale.JAPANESE), new Settings(dir.resolve("settings.properties")));
        window = new MainWindow(stage, vm);
        stage.show();
        window.openPath(file);
    }

    private static List<TreeItem<NavNode>> items(TreeItem<NavNode> item, List<TreeItem<NavNode>> into) {
        into.add(item);
        item.getChildren().forEach(c -> items(c, into));
        return into;
    }

    private void openCard1Unlocked(FxRobot robot) {
        robot.interact(() -> window.selectKey("v3-m01"));
        robot.clickOn("#unlock-button");
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#card-editor").tryQuery()).isPresent();
    }

    private void typeInto(FxRobot robot, String query, String text) {
        TextField f = robot.lookup(query).queryAs(TextField.class);
        robot.clickOn(f);
        robot.interact(f::selectAll);
        robot.write(text);
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean treeShows(FxRobot robot, String text) {
        return robot.lookup(".tree-cell").queryAll().stream()
                .anyMatch(n -> n instanceof TreeCell<?> c && c.getText() != null && c.getText().contains(text));
    }

    /** Every table's rows with their rowids. */
    private java.util.Map<String, List<String>> dump() throws Exception {
        java.util.Map<String, List<String>> out = new java.util.TreeMap<>();
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (var rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                List<String> rows = new ArrayList<>();
                try (var rs = st.executeQuery("SELECT rowid, * FROM " + t + " ORDER BY rowid")) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder b = new StringBuilder();
                        for (int i = 1; i <= n; i++) {
                            b.append('|').append(rs.getString(i));
                        }
                        rows.add(b.toString());
                    }
                }
                out.put(t, rows);
            }
        }
        return out;
    }

    @Test
    void aFieldEditKeepsTheTreeAndTheFormAndShowsTheNewName(FxRobot robot) throws Exception {
        openCard1Unlocked(robot);
        var original = dump();
        @SuppressWarnings("unchecked")
        TreeView<NavNode> tree = robot.lookup("#nav-tree").queryAs(TreeView.class);
        TreeItem<NavNode> root = tree.getRoot();
        List<TreeItem<NavNode>> before = items(root, new ArrayList<>());
        Node editor = robot.lookup("#card-editor").queryAs(Node.class);

        typeInto(robot, "#edit-name", "休日・夜間診療体制確保事業（拡充）");
        assertThat(vm.sphereProperty().get().measure("v3-m01").orElseThrow().name())
                .isEqualTo("休日・夜間診療体制確保事業（拡充）");
        assertThat(tree.getRoot()).isSameAs(root);
        List<TreeItem<NavNode>> after = items(tree.getRoot(), new ArrayList<>());
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.size(); i++) {
            assertThat(after.get(i)).isSameAs(before.get(i)); // not rebuilt: the very same rows
        }
        assertThat(treeShows(robot, "休日・夜間診療体制確保事業（拡充）")).isTrue();
        assertThat(robot.lookup("#card-editor").queryAs(Node.class)).isSameAs(editor); // the form was not drawn again
        assertThat(robot.lookup("#edit-title").queryLabeled().getText()).contains("（拡充）");

        typeInto(robot, "#edit-budget-2025", "50000");
        assertThat(robot.lookup("#card-editor").queryAs(Node.class)).isSameAs(editor);
        assertThat(items(tree.getRoot(), new ArrayList<>())).containsExactlyElementsOf(before);

        // undo twice: the same rows again, the old name shown, the form refreshed in place
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(items(tree.getRoot(), new ArrayList<>())).containsExactlyElementsOf(before);
        assertThat(treeShows(robot, "休日・夜間診療体制確保事業（拡充）")).isFalse();
        assertThat(robot.lookup("#edit-name").queryAs(TextField.class).getText()).isEqualTo("休日・夜間診療体制確保事業");
        assertThat(robot.lookup("#edit-budget-2025").queryAs(TextField.class).getText()).isEqualTo("48,221");
        assertThat(dump()).isEqualTo(original); // undo wrote the inverse rows: every table as it was, rowids too
    }
}
