package jp.kyoseivision.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Project;
import jp.kyoseivision.model.SectionItem;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.Sample;
import jp.kyoseivision.store.Settings;
import jp.kyoseivision.ui.common.I18n;
import jp.kyoseivision.ui.nav.NavNode;
import jp.kyoseivision.ui.nav.NavTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window on every plan kind of the bundled samples (issue 19): 一関市's two 総合戦略 beside the 共生ビジョン,
 * and 北上市's action plan in a file of its own. Real files in a temp folder; what is edited is read back from them.
 */
@ExtendWith(ApplicationExtension.class)
class PlanKindsWindowTest {
    @TempDir
    Path dir;

    private MainWindow window;
    private MainViewModel vm;
    private Path file;
    private Path kitakami;
    private final List<Throwable> uncaught = Collections.synchronizedList(new ArrayList<>());
    private final List<String> logged = Collections.synchronizedList(new ArrayList<>());

    @Start
    void start(Stage stage) {
        file = dir.resolve("一関・平泉.kyosei");
        PlanFile.create(file, Sample.load()).close();
        kitakami = dir.resolve("北上市.kyosei");
        PlanFile.create(kitakami, Sample.load("kitakami").orElseThrow()).close();
        vm = new MainViewModel(new I18n(Locale.JAPANESE), new Settings(dir.resolve("settings.properties")));
        window = new MainWindow(stage, vm);
        stage.show();
        window.openNow(file);
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> uncaught.add(e));
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

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private TreeView<NavNode> tree(FxRobot robot) {
        return robot.lookup("#nav-tree").queryAs(TreeView.class);
    }

    private TreeItem<NavNode> planRow(FxRobot robot, String planId) {
        return tree(robot).getRoot().getChildren().stream().filter(i -> i.getValue().key().equals(planId))
                .findFirst().orElseThrow();
    }

    private void unlock(FxRobot robot) {
        robot.clickOn("#unlock-button");
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#lock-banner").tryQuery()).isEmpty();
    }

    /** Presses a button or check that may lie below the visible part of the form. */
    private static void fire(FxRobot robot, String id) {
        javafx.scene.control.ButtonBase b = robot.lookup(id).queryAs(javafx.scene.control.ButtonBase.class);
        assertThat(b.isVisible() && !b.isDisabled()).as(id).isTrue();
        robot.interact(b::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Sphere reopened(Path f) {
        try (PlanFile pf = PlanFile.openReadOnly(f)) {
            return pf.read();
        }
    }

    // 1 ---------------------------------------------------------------------------------------------------------

    @Test
    void theTreeShowsEachPlanWithItsOwnLevelsCodesAndOwner(FxRobot robot) {
        I18n ja = new I18n(Locale.JAPANESE);
        Sphere sphere = vm.sphereProperty().get();
        // the vision first (newest edition first), then the 総合戦略, its 第2期 first
        assertThat(tree(robot).getRoot().getChildren().stream().map(i -> i.getValue().key()))
                .containsExactly("v3", "v2", "s2", "s1");
        TreeItem<NavNode> s1 = planRow(robot, "s1");
        assertThat(NavTree.label(s1.getValue(), ja)).isEqualTo("一関市まち・ひと・しごと創生総合戦略");
        // who a plan is of tells the 総合戦略 (一関市's own) from the joint vision (the whole sphere)
        assertThat(NavTree.owner(sphere, NavTree.plan(s1.getValue()))).isEqualTo("一関市");
        assertThat(NavTree.owner(sphere, NavTree.plan(planRow(robot, "v3").getValue()))).isEqualTo("一関・平泉定住自立圏");
        // seed 002: 基本目標Ⅰ, its 施策展開の基本的方向 ①, the item I-①-1
        TreeItem<NavNode> goal = s1.getChildren().get(0);
        assertThat(NavTree.label(goal.getValue(), ja))
                .isEqualTo("基本目標Ⅰ　市民が力を発揮できる仕事を創出し、若者や女性が集うまちを目指します");
        assertThat(NavTree.levelName(goal.getValue())).isEqualTo("基本目標");
        TreeItem<NavNode> direction = goal.getChildren().get(0);
        assertThat(NavTree.label(direction.getValue(), ja)).isEqualTo("①　安定した雇用を創出する");
        assertThat(NavTree.levelName(direction.getValue())).isEqualTo("施策展開の基本的方向");
        assertThat(NavTree.label(direction.getChildren().get(0).getValue(), ja))
                .startsWith("I-①-1　地場産業の振興");
        // the vision's rows are as before
        assertThat(NavTree.label(planRow(robot, "v3").getChildren().get(0).getValue(), ja)).isEqualTo("生活機能の強化");

        // 北上市's action plan has no levels: its projects right under the plan
        robot.interact(() -> window.openNow(kitakami));
        WaitForAsyncUtils.waitForFxEvents();
        TreeItem<NavNode> kp = planRow(robot, "kp");
        assertThat(kp.getChildren()).hasSize(10)
                .allSatisfy(i -> assertThat(i.getValue()).isInstanceOf(NavNode.MeasureNode.class));
        assertThat(NavTree.label(kp.getChildren().get(0).getValue(), ja)).isEqualTo("1　子育て寄り添いプロジェクト");
        assertThat(NavTree.owner(vm.sphereProperty().get(), NavTree.plan(kp.getValue()))).isEqualTo("北上市");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFiltersNameEachKindsSummaryLevelAndShowOnlyWhatTheFileHas(FxRobot robot) {
        ComboBox<String> area = robot.lookup("#search-area").queryAs(ComboBox.class);
        assertThat(area.getPromptText()).isEqualTo("政策分野・基本目標");
        assertThat(area.getItems()).contains("医療", "市民が力を発揮できる仕事を創出し、若者や女性が集うまちを目指します");
        assertThat(robot.lookup("#search-municipality").queryAs(ComboBox.class).isVisible()).isTrue();
        // a 基本目標 chosen: only its items are left, every one of them under that goal
        robot.interact(() -> area.setValue("市民が力を発揮できる仕事を創出し、若者や女性が集うまちを目指します"));
        WaitForAsyncUtils.waitForFxEvents();
        List<TreeItem<NavNode>> plans = tree(robot).getRoot().getChildren();
        assertThat(plans.stream().map(i -> i.getValue().key())).containsExactly("s1");
        assertThat(text(robot, "#search-count")).isEqualTo("該当：7件");

        // 北上市: no summary level, no participants, no grading rule: no filter to choose
        robot.interact(() -> window.openNow(kitakami));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#search-area").queryAs(ComboBox.class).isVisible()).isFalse();
        assertThat(robot.lookup("#search-municipality").queryAs(ComboBox.class).isVisible()).isFalse();
        assertThat(robot.lookup("#search-grade").queryAs(ComboBox.class).isVisible()).isFalse();
    }

    // 2 ---------------------------------------------------------------------------------------------------------

    @Test
    void aPlansSummaryNamesItsKindOwnerPeriodLevelsAndTargets(FxRobot robot) {
        robot.interact(() -> window.selectKey("s1"));
        assertThat(text(robot, "#plan-kind")).isEqualTo("種類：まち・ひと・しごと創生総合戦略（一関市）");
        assertThat(text(robot, "#plan-period")).isEqualTo("計画期間：平成27年度 (2015)〜令和元年度 (2019)");
        assertThat(text(robot, "#plan-counts")).isEqualTo("基本目標：4　施策展開の基本的方向：8");
        assertThat(text(robot, "#plan-cards")).isEqualTo("施策展開の方向性：23件");

        robot.interact(() -> window.selectKey("v3"));
        assertThat(text(robot, "#plan-kind")).isEqualTo("種類：定住自立圏共生ビジョン（一関・平泉定住自立圏）");
        assertThat(text(robot, "#plan-cards")).isEqualTo("具体的な取組：32件");
        // seed 001 L1452–1464: population and ageing targets for 2028 and 2040, with their printed periods
        assertThat(text(robot, "#plan-target-1")).startsWith("人口：")
                .endsWith("107,400人程度 (2028年（令和10年）)、94,000人程度 (2040年（令和22年）)");
        assertThat(text(robot, "#plan-target-2")).startsWith("高齢化率：")
                .endsWith("39.5％程度 (2028年（令和10年）)、40％程度 (2040年（令和22年）)");

        robot.interact(() -> window.selectKey("s2"));
        assertThat(text(robot, "#plan-counts")).isEqualTo("基本目標：3　第2階層：12");
        assertThat(text(robot, "#plan-cards")).isEqualTo("施策：29件");
    }

    // 3 ---------------------------------------------------------------------------------------------------------

    @Test
    void aGoalShowsItsTextsAndNumericTargetsAndItsNameIsEditedAsOneUndoableEdit(FxRobot robot) {
        robot.interact(() -> window.selectKey("s1-g1"));
        assertThat(text(robot, "#node-level")).isEqualTo("基本目標Ⅰ");
        assertThat(text(robot, "#node-subtitle")).isEqualTo("～仕事や移住に関する願いに応え、社会減を解消する～");
        assertThat(text(robot, "#node-kpis-1-name")).isEqualTo("年間転出超過者数");
        TextField name = robot.lookup("#edit-node-name").queryAs(TextField.class);
        assertThat(name.isEditable()).isFalse(); // the revision is adopted: read-only until unlocked
        unlock(robot);
        TextField editable = robot.lookup("#edit-node-name").queryAs(TextField.class);
        assertThat(editable.isEditable()).isTrue();
        robot.interact(() -> {
            editable.requestFocus();
            editable.setText("仕事を創出し、若者や女性が集うまちを目指します");
        });
        robot.clickOn("#edit-node-name").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(reopened(file).revision("s1-r1").orElseThrow().allNodes().filter(n -> n.id().equals("s1-g1"))
                .findFirst().orElseThrow().name()).isEqualTo("仕事を創出し、若者や女性が集うまちを目指します");
        robot.interact(vm::undo);
        assertThat(reopened(file).revision("s1-r1").orElseThrow().allNodes().filter(n -> n.id().equals("s1-g1"))
                .findFirst().orElseThrow().name()).isEqualTo("市民が力を発揮できる仕事を創出し、若者や女性が集うまちを目指します");
    }

    // 4 ---------------------------------------------------------------------------------------------------------

    @Test
    void aSectionEntryOfA総合戦略ItemIsEditedSavedAndUndone(FxRobot robot) {
        robot.interact(() -> window.selectKey("s1-m01"));
        assertThat(robot.lookup("#edit-title").queryAs(Label.class).getText()).startsWith("I-①-1　地場産業の振興");
        // 002 prints no budget, participants, effect, role sharing or SDGs: the form shows none of them
        for (String id : List.of("#edit-budget", "#edit-participants", "#edit-effect", "#edit-role-sharing",
                "#edit-sdgs")) {
            assertThat(robot.lookup(id).tryQuery()).as(id).isEmpty();
        }
        unlock(robot);
        Measure before = vm.sphereProperty().get().measure("s1-m01").orElseThrow();
        TextArea first = robot.lookup("#edit-section-1-1-text").queryAs(TextArea.class);
        assertThat(first.getText()).startsWith("本市は小規模な農業経営体が多く");
        robot.interact(() -> {
            first.requestFocus();
            first.setText("本市の農業は小規模な経営体が中心です。");
        });
        robot.interact(() -> robot.lookup("#edit-name").queryAs(TextField.class).requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        Measure saved = reopened(file).measure("s1-m01").orElseThrow();
        assertThat(saved.sections().get(0).items().get(0).text()).isEqualTo("本市の農業は小規模な経営体が中心です。");
        assertThat(saved.sections().get(0).items().subList(1, 4))
                .isEqualTo(before.sections().get(0).items().subList(1, 4));
        assertThat(saved.code()).isEqualTo("I-①-1");
        assertThat(vm.undoTextProperty().get()).contains("記載内容の変更");
        robot.interact(vm::undo);
        assertThat(reopened(file).measure("s1-m01").orElseThrow()).isEqualTo(before);

        // an entry added to 主な取組, then removed: one edit each
        robot.interact(() -> robot.lookup("#edit-section-2-new").queryAs(TextField.class).setText("農業の担い手の育成"));
        fire(robot, "#edit-section-2-add"); // (below the visible part of the form: pressed, not clicked)
        WaitForAsyncUtils.waitForFxEvents();
        List<SectionItem> main = reopened(file).measure("s1-m01").orElseThrow().sections().get(1).items();
        assertThat(main.get(main.size() - 1).heading()).isEqualTo("農業の担い手の育成");
        fire(robot, "#edit-section-2-" + main.size() + "-remove");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(reopened(file).measure("s1-m01").orElseThrow()).isEqualTo(before);
    }

    @Test
    void anActionPlanProjectShowsItsScheduleAndItsDepartmentIsEditedSavedAndUndone(FxRobot robot) {
        robot.interact(() -> window.openNow(kitakami));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.selectKey("kp-p01"));
        // seed 004: 子ども医療費助成事業, 国保年金課, marked in R7–R9 (the rolling plan runs past 2025)
        assertThat(robot.lookup("#edit-project-1-1-name").queryAs(TextField.class).getText())
                .isEqualTo("子ども医療費助成事業");
        assertThat(robot.lookup("#edit-project-1-1-departments").queryAs(TextField.class).getText())
                .isEqualTo("国保年金課");
        for (int fy : List.of(2025, 2026, 2027)) {
            assertThat(robot.lookup("#edit-project-1-1-year-" + fy).queryAs(CheckBox.class).isSelected()).isTrue();
        }
        assertThat(robot.lookup("#edit-project-1-1-year-2024").tryQuery()).isEmpty();
        assertThat(robot.lookup("#edit-sdgs").tryQuery()).isPresent(); // 004 prints SDGs
        assertThat(robot.lookup("#edit-budget").tryQuery()).isEmpty();
        unlock(robot);
        TextField dept = robot.lookup("#edit-project-1-1-departments").queryAs(TextField.class);
        robot.interact(() -> {
            dept.requestFocus();
            dept.setText("国保年金課、こども家庭センター");
        });
        robot.interact(() -> dept.fireEvent(new javafx.event.ActionEvent())); // Enter in the field
        WaitForAsyncUtils.waitForFxEvents();
        Project saved = reopened(kitakami).measure("kp-p01").orElseThrow().projects().get(0).projects().get(0);
        assertThat(saved.departments()).containsExactly("国保年金課", "こども家庭センター");
        assertThat(saved.years()).containsExactly(2025, 2026, 2027);
        assertThat(saved.summary()).startsWith("一部負担金");
        robot.interact(vm::undo);
        assertThat(reopened(kitakami).measure("kp-p01").orElseThrow().projects().get(0).projects().get(0)
                .departments()).containsExactly("国保年金課");
        // a year of the schedule ticked off: saved at once
        fire(robot, "#edit-project-1-1-year-2027");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(reopened(kitakami).measure("kp-p01").orElseThrow().projects().get(0).projects().get(0).years())
                .containsExactly(2025, 2026);
    }

    // 5 ---------------------------------------------------------------------------------------------------------

    private List<String> foundCards(FxRobot robot) {
        List<String> out = new ArrayList<>();
        collect(tree(robot).getRoot(), out);
        return out;
    }

    private static void collect(TreeItem<NavNode> item, List<String> out) {
        if (item.getValue() instanceof NavNode.MeasureNode m) {
            out.add(m.measure().id());
        }
        item.getChildren().forEach(c -> collect(c, out));
    }

    private void search(FxRobot robot, String words) {
        robot.interact(() -> robot.lookup("#search-text").queryAs(TextField.class).setText(words));
        WaitForAsyncUtils.sleep(jp.kyoseivision.ui.nav.SearchBar.DEBOUNCE_MS + 200, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void searchFindsItemsOfEveryKindByTheirSectionsProjectsAndDepartments(FxRobot robot) {
        search(robot, "移住");
        assertThat(foundCards(robot)).contains("s1-m05", "s2-m11", "v3-m30"); // 002, 003 and the vision
        // only in a section's text of 002 (現状と課題 of I-①-1)
        search(robot, "耕作放棄地");
        assertThat(foundCards(robot)).contains("s1-m01");
        // a goal's own text holds the words: the goal's row is found though no item of it does
        search(robot, "社会減を解消");
        assertThat(tree(robot).getRoot().getChildren().stream().map(i -> i.getValue().key())).contains("s1");

        robot.interact(() -> window.openNow(kitakami));
        WaitForAsyncUtils.waitForFxEvents();
        search(robot, "国保年金課"); // a department (担当課) of the action plan's projects
        assertThat(foundCards(robot)).contains("kp-p01");
        search(robot, "産後ケア"); // a project's name, two-character words included
        assertThat(foundCards(robot)).contains("kp-p01");
    }

    // monkey --------------------------------------------------------------------------------------------------

    @Test
    void walkingEveryPlansTreeWithTheKeyboardRaisesNothing(FxRobot robot) {
        for (Path f : List.of(file, kitakami)) {
            if (f != file) { // the first is open already
                robot.interact(() -> window.openNow(f));
                WaitForAsyncUtils.waitForFxEvents();
            }
            for (TreeItem<NavNode> plan : List.copyOf(tree(robot).getRoot().getChildren())) {
                robot.interact(() -> window.selectKey(plan.getValue().key()));
                robot.interact(() -> tree(robot).requestFocus());
                java.util.Random rnd = new java.util.Random(19);
                for (int i = 0; i < 30; i++) {
                    KeyCode k = List.of(KeyCode.DOWN, KeyCode.DOWN, KeyCode.RIGHT, KeyCode.DOWN, KeyCode.LEFT,
                            KeyCode.UP, KeyCode.END, KeyCode.HOME).get(rnd.nextInt(8));
                    robot.type(k);
                }
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(uncaught).as("uncaught in %s", plan.getValue().key()).isEmpty();
                assertThat(logged).as("logged in %s", plan.getValue().key()).isEmpty();
            }
        }
    }
}
