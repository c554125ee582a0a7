package jp.kyoseivision.ui;

import jp.kyoseivision.ui.common.I18n;
import jp.kyoseivision.ui.diff.DiffView;
import jp.kyoseivision.ui.nav.NavNode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeView;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import jp.kyoseivision.diff.CardDiff;
import jp.kyoseivision.model.ChangeReason;
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

/** The comparison window opened from the main window on the bundled sample: 2nd → 3rd vision (seed 001). */
@ExtendWith(ApplicationExtension.class)
class DiffViewTest {
    @TempDir
    static Path dir;

    private MainWindow window;
    private DiffView view;
    private Path file;

    @Start
    void start(Stage stage) {
        file = dir.resolve("diff-" + System.nanoTime() + ".kyosei");
        PlanFile.create(file, Sample.load()).close();
        MainViewModel vm = new MainViewModel(new I18n(Locale.JAPANESE), new Settings(dir.resolve("settings.properties")));
        window = new MainWindow(stage, vm);
        stage.show();
        window.openNow(file);
        view = window.openDiff();
    }

    @Test
    void countsAndTotalsOnTopMatchTheOfficialTable(FxRobot robot) {
        assertThat(view.stage().getTitle()).isEqualTo("新旧比較 — " + file.getFileName());
        // seed 001 lines 1102–1112: 削除 ①②③, 変更 ①, 追加 ①②
        assertThat(label(robot, "#diff-count-added")).isEqualTo("追加 2件");
        assertThat(label(robot, "#diff-count-deleted")).isEqualTo("削除 3件");
        assertThat(label(robot, "#diff-count-renamed")).isEqualTo("名称変更 1件");
        assertThat(label(robot, "#diff-count-changed")).isEqualTo("内容変更 29件");
        assertThat(label(robot, "#diff-count-budget_pending")).isEqualTo("予算未入力 0件");
        // 2019–2023 and 2024–2028 do not overlap: the totals pair plan years, 1年目 = R1 | R6, with no change shown;
        // 1年目 of the 3rd vision's 32 cards (card 1: 48,221, seed 001 line 1718); the 2nd has no budgets
        assertThat(label(robot, "#diff-total-y1-new")).isEqualTo("4,292,261");
        assertThat(label(robot, "#diff-total-y1-old")).isEqualTo("—");
        assertThat(label(robot, "#diff-total-sum-old")).isEqualTo("—");
        assertThat(label(robot, "#diff-total-sum-new")).isEqualTo("22,190,508");
        assertThat(robot.lookup("#diff-total-2024-diff").tryQuery()).isEmpty();
        assertThat(label(robot, "#diff-total-note")).startsWith("計画期間が重ならないため");
    }

    @Test
    void anAddedCardShowsEveryFieldWithItsKpi(FxRobot robot) {
        robot.clickOn("#diff-filter");
        robot.clickOn("追加・削除・名称変更のみ");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("No.29 多文化共生推進事業");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#diff-detail-kind")).isEqualTo("追加");
        javafx.scene.layout.GridPane fields = robot.lookup("#diff-fields").queryAs(javafx.scene.layout.GridPane.class);
        String shown = fields.getChildren().stream().map(n -> n instanceof TextFlow f ? text(f)
                : n instanceof Label l ? l.getText() : "").collect(Collectors.joining("|"));
        // seed 001: the added card's KPI 多文化共生事業への参加者数, 62 (2022) → 80 (2028), and its projects
        assertThat(shown).contains("取組内容", "成果指標名（指標1）|多文化共生事業への参加者数", "62 (2022)", "80 (2028)",
                "国際交流推進費", "事業効果", "役割分担");
    }

    @Test
    void theRenamedMeasureShowsInlineMarksThatDoNotRelyOnColour(FxRobot robot) {
        robot.clickOn("#diff-filter");
        robot.clickOn("追加・削除・名称変更のみ");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<CardDiff> list = robot.lookup("#diff-list").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(6);
        robot.clickOn("No.25 世界遺産拡張登録推進事業 → No.23 世界遺産価値向上推進事業");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#diff-detail-kind")).isEqualTo("名称変更");
        TextFlow old = robot.lookup("#diff-field-NAME-old").queryAs(TextFlow.class);
        TextFlow now = robot.lookup("#diff-field-NAME-new").queryAs(TextFlow.class);
        assertThat(text(old)).isEqualTo("世界遺産[−拡張登録]推進事業");
        assertThat(text(now)).isEqualTo("世界遺産[+価値向上]推進事業");
        assertThat(((Text) old.getChildren().get(1)).isStrikethrough()).isTrue();
        assertThat(((Text) now.getChildren().get(1)).isUnderline()).isTrue();
        // the official reason (seed 001 line 1130) is in the editor
        assertThat(robot.lookup("#diff-reason").queryAs(TextArea.class).getText())
                .startsWith("世界遺産拡張登録推進事業について、");
    }

    @Test
    void aReasonWrittenForAContinuingCardIsSavedInTheFile(FxRobot robot) {
        ListView<CardDiff> list = robot.lookup("#diff-list").queryAs(ListView.class);
        assertThat(list.getSelectionModel().getSelectedItem().now().id()).isEqualTo("v3-m01");
        robot.clickOn("#diff-reason").write("成果指標を見直した。");
        robot.clickOn("#diff-reason-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#diff-reason-error")).isEmpty();
        try (PlanFile pf = PlanFile.openReadOnly(file)) {
            assertThat(pf.read().changeReasons()).hasSize(7).contains(
                    new ChangeReason("v2-adopted", "v3-adopted", "v2-m01", "v3-m01", "成果指標を見直した。"));
        }
        // the selection stays on the card and the badge list still holds it
        assertThat(list.getSelectionModel().getSelectedItem().reason().reason()).isEqualTo("成果指標を見直した。");
    }

    @Test
    void openThisCardSelectsItInTheMainWindow(FxRobot robot) {
        robot.clickOn("No.3 地域医療確保対策事業 → No.2 地域医療確保対策事業");
        robot.clickOn("#diff-open-card");
        WaitForAsyncUtils.waitForFxEvents();
        TreeView<NavNode> tree = window.tree();
        assertThat(tree.getSelectionModel().getSelectedItem().getValue().key()).isEqualTo("v3-m02");
    }

    @Test
    void thePolicyAreaFilterKeepsOnlyThatAreasCards(FxRobot robot) {
        robot.clickOn("#diff-area");
        // pick 医療 in the combo's own popup: the main window's tree shows a row 医療 too
        Node cell = robot.lookup(".combo-box-popup .list-cell").match(
                (Node n) -> n instanceof javafx.scene.control.ListCell<?> c && "医療".equals(c.getText())).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<CardDiff> list = robot.lookup("#diff-list").queryAs(ListView.class);
        // 医療 in seed 001's table: No.1 and No.3 continue, No.2 (新型コロナウイルスワクチン接種事業) is deleted
        assertThat(list.getItems()).extracting(c -> c.kind().name() + " " + c.card().measure().name()).containsExactly(
                "CHANGED 休日・夜間診療体制確保事業", "DELETED 新型コロナウイルスワクチン接種事業", "CHANGED 地域医療確保対策事業");
    }

    @Test
    void theViewMenuOpensTheComparisonWithCtrlD(FxRobot robot) {
        javafx.scene.control.MenuBar bar = robot.lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.MenuItem item = bar.getMenus().stream().filter(m -> "menu-view".equals(m.getId()))
                .flatMap(m -> m.getItems().stream()).filter(i -> "menu-view-diff".equals(i.getId())).findFirst()
                .orElseThrow();
        assertThat(item.getText()).isEqualTo("新旧比較(_D)…");
        assertThat(item.getAccelerator()).isEqualTo(javafx.scene.input.KeyCombination.keyCombination("Shortcut+D"));
        assertThat(item.isDisable()).isFalse();
    }

    private static String label(FxRobot robot, String id) {
        Node n = robot.lookup(id).query();
        return ((Label) n).getText();
    }

    @Test
    void theComparisonTableIsWrittenAsShiftJisCsvOnRequest(FxRobot robot) throws Exception {
        Path csv = dir.resolve("比較表-sjis-" + System.nanoTime() + ".csv");
        jp.kyoseivision.ui.common.FileDialogs.use((fc, owner, save) -> csv.toFile());
        try {
            robot.interact(() -> ((javafx.scene.control.MenuButton) view.stage().getScene().lookup("#diff-export"))
                    .getItems().stream().filter(i -> "diff-export-csvSjis".equals(i.getId())).findFirst()
                    .orElseThrow().fire());
        } finally {
            jp.kyoseivision.ui.common.FileDialogs.use(null);
        }
        byte[] bytes = java.nio.file.Files.readAllBytes(csv);
        assertThat(bytes[0]).isNotEqualTo((byte) 0xEF); // no byte order mark
        String text = new String(bytes, java.nio.charset.Charset.forName("windows-31j"));
        assertThat(text).contains("休日・夜間診療体制確保事業");
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("休日・夜間診療体制確保事業");
    }

    private static String text(TextFlow f) {
        return f.getChildren().stream().map(n -> ((Text) n).getText()).collect(Collectors.joining());
    }
}
