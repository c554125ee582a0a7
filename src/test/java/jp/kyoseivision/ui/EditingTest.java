package jp.kyoseivision.ui;

import jp.kyoseivision.ui.common.I18n;
import jp.kyoseivision.ui.nav.NavNode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.Sample;
import jp.kyoseivision.store.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the card form as an officer would, on a fresh copy of the bundled data, and checks after each step what
 * the SQLite file holds.
 */
@ExtendWith(ApplicationExtension.class)
class EditingTest {
    @TempDir
    Path dir;

    private MainWindow window;
    private MainViewModel vm;
    private Path file;

    @Start
    void start(Stage stage) {
        file = dir.resolve("edit.kyosei");
        PlanFile.create(file, Sample.load()).close();
        vm = new MainViewModel(new I18n(Locale.JAPANESE), new Settings(dir.resolve("settings.properties")));
        window = new MainWindow(stage, vm);
        stage.show();
        window.openNow(file);
    }

    private long budgetInFile(String measureId, int fy) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
                var rs = st.executeQuery("SELECT amount FROM measure_budget WHERE measure_id = '" + measureId
                        + "' AND fy = " + fy)) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    private long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
                var rs = st.executeQuery(sql)) {
            return rs.getLong(1);
        }
    }

    /** Selects card 1 of the 3rd vision and unlocks the adopted revision, answering the question with OK. */
    private void openCard1Unlocked(FxRobot robot) {
        robot.interact(() -> window.selectKey("v3-m01"));
        assertThat(robot.lookup("#lock-banner").tryQuery()).isPresent();
        robot.clickOn("#unlock-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#confirm-unlock").tryQuery()).isPresent();
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

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private MenuItem menuItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow();
    }

    @Test
    void fullWidthBudgetIsSavedTotalledAndUndoable(FxRobot robot) throws Exception {
        openCard1Unlocked(robot);
        // seed 001 L1722: 48,221 in every year 2024–2028
        assertThat(budgetInFile("v3-m01", 2025)).isEqualTo(48_221L);
        typeInto(robot, "#edit-budget-2025", "５０，０００");
        assertThat(budgetInFile("v3-m01", 2025)).isEqualTo(50_000L);
        assertThat(text(robot, "#edit-budget-total")).isEqualTo("242,884");
        assertThat(robot.lookup("#edit-budget-2025").queryAs(TextField.class).getText()).isEqualTo("50,000");
        assertThat(text(robot, "#save-state")).isEqualTo("保存済み");
        assertThat(menuItem(robot, "menu-edit-undo").getText())
                .isEqualTo("元に戻す：事業費の変更（No.1 休日・夜間診療体制確保事業）");

        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(budgetInFile("v3-m01", 2025)).isEqualTo(48_221L);
        assertThat(robot.lookup("#edit-budget-2025").queryAs(TextField.class).getText()).isEqualTo("48,221");
        assertThat(menuItem(robot, "menu-edit-redo").getText()).startsWith("やり直し：事業費の変更");

        robot.press(KeyCode.CONTROL).press(KeyCode.Y).release(KeyCode.Y).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(budgetInFile("v3-m01", 2025)).isEqualTo(50_000L);
    }

    @Test
    void badInputIsMarkedAtTheFieldAndNothingIsSaved(FxRobot robot) throws Exception {
        openCard1Unlocked(robot);
        typeInto(robot, "#edit-budget-2026", "12a");
        TextField f = robot.lookup("#edit-budget-2026").queryAs(TextField.class);
        assertThat(f.getStyleClass()).contains("invalid");
        assertThat(f.getText()).isEqualTo("12a");
        assertThat(text(robot, "#edit-budget-error")).contains("12a").contains("千円").doesNotContain("thousand yen");
        assertThat(text(robot, "#edit-budget-total")).isEqualTo("—");
        assertThat(budgetInFile("v3-m01", 2026)).isEqualTo(48_221L);
        // another field's edit saves, and the unreadable entry is still there, still marked
        typeInto(robot, "#edit-budget-2028", "1234");
        assertThat(budgetInFile("v3-m01", 2028)).isEqualTo(1_234L);
        TextField again = robot.lookup("#edit-budget-2026").queryAs(TextField.class);
        assertThat(again.getText()).isEqualTo("12a");
        assertThat(again.getStyleClass()).contains("invalid");
        assertThat(budgetInFile("v3-m01", 2026)).isEqualTo(48_221L);
        // a KPI value that is not a number is refused the same way (seed 001 L1746: 84%)
        typeInto(robot, "#edit-kpi-1-target", "八十四");
        assertThat(robot.lookup("#edit-kpi-1-target").queryAs(TextField.class).getStyleClass()).contains("invalid");
        assertThat(count("SELECT target_number FROM kpi WHERE measure_id = 'v3-m01'")).isEqualTo(84L);
    }

    @Test
    void nameProjectsAndSdgsAreSaved(FxRobot robot) throws Exception {
        openCard1Unlocked(robot);
        typeInto(robot, "#edit-name", "休日・夜間診療体制確保事業（改）");
        assertThat(count("SELECT COUNT(*) FROM measure WHERE name = '休日・夜間診療体制確保事業（改）'")).isEqualTo(1);
        robot.clickOn("#edit-projects-hiraizumi-new").write("救急医療啓発事業");
        robot.clickOn("#edit-projects-hiraizumi-add");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(count("SELECT COUNT(*) FROM project WHERE measure_id = 'v3-m01'")).isEqualTo(5);
        // the SDG and municipality toggles are further down the form: toggled as the keyboard would (Space)
        robot.interact(() -> robot.lookup("#edit-sdg-3").queryAs(javafx.scene.control.CheckBox.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(count("SELECT goal FROM measure_sdg WHERE measure_id = 'v3-m01'")).isEqualTo(3L);
        robot.interact(() -> robot.lookup("#edit-participant-hiraizumi").queryAs(javafx.scene.control.CheckBox.class)
                .fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(count("SELECT COUNT(*) FROM measure_participant WHERE measure_id = 'v3-m01'")).isEqualTo(1);
    }

    @Test
    void deletingACardAsksAndCanBeUndone(FxRobot robot) throws Exception {
        openCard1Unlocked(robot);
        robot.interact(() -> window.selectKey("v3-m02"));
        javafx.application.Platform.runLater(() -> menuItem(robot, "menu-edit-deleteCard").fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#confirm-delete").tryQuery()).isPresent();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(count("SELECT COUNT(*) FROM measure WHERE id = 'v3-m02'")).isZero();
        // cards after it are renumbered: 子育て世代の負担軽減事業 was No.3 (comparison table 001 L906)
        assertThat(count("SELECT number FROM measure WHERE id = 'v3-m03'")).isEqualTo(2);
        robot.interact(vm::undo);
        assertThat(count("SELECT COUNT(*) FROM measure WHERE id = 'v3-m02'")).isEqualTo(1);
        assertThat(count("SELECT number FROM measure WHERE id = 'v3-m03'")).isEqualTo(3);
    }

    @Test
    void theNextEditionKeepsLineage(FxRobot robot) throws Exception {
        robot.interact(() -> window.selectKey("v3"));
        javafx.application.Platform.runLater(() -> menuItem(robot, "menu-plan-newEdition").fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#dialog-new-edition").tryQuery()).isPresent();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        // the officer is told which KPI figures are still the 3rd vision's: every target, moved to R15 (2033)
        javafx.scene.control.DialogPane review = robot.lookup("#dialog-edition-review")
                .queryAs(javafx.scene.control.DialogPane.class);
        String listed = robot.lookup("#edition-review-list").queryAs(javafx.scene.control.TextArea.class).getText();
        assertThat(listed.lines()).hasSize(33);
        assertThat(listed).contains("No.1 休日・夜間診療体制確保事業", "令和10年度 (2028) → 令和15年度 (2033) に移動");
        assertThat(robot.lookup("#edition-review-header").queryAs(javafx.scene.control.Label.class).getText())
                .startsWith("次期ビジョン案の成果指標 33件は");
        robot.interact(() -> ((javafx.scene.control.Button) review.lookupButton(javafx.scene.control.ButtonType.OK))
                .fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#dialog-edition-review").tryQuery()).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM plan")).isEqualTo(5); // the sample's four plans and the new one
        assertThat(count("SELECT start_fy FROM plan WHERE edition = 4")).isEqualTo(2029);
        Sphere s;
        try (PlanFile pf = PlanFile.openReadOnly(file)) {
            s = pf.read();
        }
        List<String> v3 = s.planByEdition(3).orElseThrow().current().orElseThrow().measures().stream()
                .map(Measure::lineageId).toList();
        List<String> v4 = s.planByEdition(4).orElseThrow().current().orElseThrow().measures().stream()
                .map(Measure::lineageId).toList();
        assertThat(v4).hasSize(32).containsExactlyElementsOf(v3);
        assertThat(s.planByEdition(4).orElseThrow().title()).isEqualTo("第４次一関・平泉定住自立圏共生ビジョン");
        // the new draft opens in the tree, first, and its cards are editable without unlocking
        TreeView<?> tree = robot.lookup("#nav-tree").queryAs(TreeView.class);
        assertThat(tree.getSelectionModel().getSelectedItem().getValue().toString()).contains("第４次");
        String firstCard = s.planByEdition(4).orElseThrow().current().orElseThrow().measures().get(0).id();
        robot.interact(() -> window.selectKey(firstCard));
        assertThat(robot.lookup("#card-editor").tryQuery()).isPresent();
    }

    @Test
    void searchFindsTwoCharacterWords(FxRobot robot) {
        robot.press(KeyCode.CONTROL).press(KeyCode.F).release(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("観光");
        // searched once the typing pauses (SearchBar.DEBOUNCE_MS)
        try {
            WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                    () -> !text(robot, "#search-count").isEmpty());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no search count shown", e);
        }
        String count = text(robot, "#search-count");
        assertThat(count).startsWith("該当：");
        TreeView<NavNode> tree = robot.lookup("#nav-tree").queryAs(TreeView.class);
        List<String> names = new java.util.ArrayList<>();
        collect(tree.getRoot(), names);
        // インバウンド推進事業 (card 8) and 観光地間二次交通整備事業 (card 9) are about 観光; 休日・夜間 (card 1) is not
        assertThat(names).contains("インバウンド推進事業", "観光地間二次交通整備事業").doesNotContain("休日・夜間診療体制確保事業");
    }

    private static void collect(javafx.scene.control.TreeItem<NavNode> item, List<String> names) {
        if (item.getValue() instanceof NavNode.MeasureNode m) {
            names.add(m.measure().name());
        }
        item.getChildren().forEach(c -> collect(c, names));
    }
}
