package jp.kyoseivision.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import jp.kyoseivision.diff.CardDiff;
import jp.kyoseivision.model.Opinion;
import jp.kyoseivision.model.OpinionStatus;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.FileChecksums;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.Sample;
import jp.kyoseivision.store.Settings;
import jp.kyoseivision.ui.common.I18n;
import jp.kyoseivision.ui.nav.NavNode;
import jp.kyoseivision.ui.opinion.OpinionView;
import jp.kyoseivision.ui.opinion.OpinionViewModel.Choice;
import jp.kyoseivision.ui.opinion.OpinionViewModel.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The 意見 window (issue 17) on a real file with the bundled opinions: 31 public comments and 11 council members'
 * opinions on the draft 3rd vision (seed 001), 19 opinions voiced at the council meeting of 2024-06-05 (seed 000).
 */
@ExtendWith(ApplicationExtension.class)
class OpinionWindowTest {
    @TempDir
    Path dir;

    private MainWindow window;
    private MainViewModel vm;
    private Path file;

    /** The windows a test opened over the main one are closed: each holds a file's sphere (the tests share a heap). */
    @AfterEach
    void closeOwnedWindows() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> List.copyOf(javafx.stage.Window.getWindows()).stream()
                .filter(w -> w instanceof Stage st && st.getOwner() != null).forEach(w -> ((Stage) w).close())).get();
    }

    @Start
    void start(Stage stage) {
        file = dir.resolve("opinions.kyosei");
        PlanFile.create(file, Sample.load()).close();
        vm = new MainViewModel(new I18n(Locale.JAPANESE), new Settings(dir.resolve("settings.properties")));
        window = new MainWindow(stage, vm);
        stage.show();
        window.openNow(file);
    }

    private OpinionView open(FxRobot robot) {
        OpinionView[] v = new OpinionView[1];
        robot.interact(() -> v[0] = window.openOpinions(null));
        WaitForAsyncUtils.waitForFxEvents();
        return v[0];
    }

    @SuppressWarnings("unchecked")
    private static TableView<Row> table(FxRobot robot) {
        return robot.lookup("#op-table").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private static void pick(FxRobot robot, String comboId, String label) {
        ComboBox<Choice<?>> box = robot.lookup(comboId).queryAs(ComboBox.class);
        robot.interact(() -> box.setValue(box.getItems().stream().filter(c -> c.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError(label + " not in " + box.getItems()))));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private Opinion inFile(String text) {
        try (PlanFile pf = PlanFile.openReadOnly(file)) {
            return pf.read().opinions().stream().filter(o -> o.text().equals(text)).findFirst().orElse(null);
        }
    }

    @Test
    void showsTheSixtyOneOpinionsOfTheThirdVisionAndCountsThemPerKind(FxRobot robot) {
        OpinionView view = open(robot);
        assertThat(view.stage().getTitle()).isEqualTo("意見と回答 ― opinions.kyosei");
        assertThat(view.viewModel().revisionProperty().get().id()).isEqualTo("v3-adopted");
        assertThat(table(robot).getItems()).hasSize(61);
        assertThat(label(robot, "#op-count")).isEqualTo("61件");
        // the first row as seed 001 prints it: public comment No.1, p.7, 医療, card No.1
        Row first = table(robot).getItems().get(0);
        assertThat(List.of(first.number(), first.kind(), first.area(), first.item(), first.page(), first.status()))
                .containsExactly("1", "パブリックコメント", "医療", "No.1 休日・夜間診療体制確保事業", "7", "回答済");
        pick(robot, "#op-filter-kind", "パブリックコメント");
        assertThat(table(robot).getItems()).hasSize(31);
        pick(robot, "#op-filter-kind", "懇談会委員意見");
        assertThat(table(robot).getItems()).hasSize(11);
        pick(robot, "#op-filter-kind", "懇談会での意見");
        assertThat(table(robot).getItems()).hasSize(19);
        // two council members' opinions changed the plan (反映済)
        pick(robot, "#op-filter-kind", "すべて");
        pick(robot, "#op-filter-status", "反映済");
        assertThat(table(robot).getItems()).extracting(r -> r.kind() + " " + r.number())
                .containsExactlyInAnyOrder("懇談会委員意見 11", "懇談会委員意見 " + reflectedOtherThan11());
        pick(robot, "#op-filter-status", "すべて");
        pick(robot, "#op-filter-area", "医療");
        assertThat(table(robot).getItems()).allMatch(r -> r.area().equals("医療")).isNotEmpty();
    }

    private static int reflectedOtherThan11() {
        return Sample.load().opinions().stream()
                .filter(o -> o.status() == OpinionStatus.REFLECTED && o.number() != 11).findFirst().orElseThrow()
                .number();
    }

    @Test
    void aTwoCharacterWordFindsThePublicCommentsThatMentionIt(FxRobot robot) {
        open(robot);
        pick(robot, "#op-filter-kind", "パブリックコメント");
        robot.clickOn("#op-search").write("医療");
        WaitForAsyncUtils.waitForFxEvents();
        Sphere s = Sample.load();
        List<Integer> expected = s.opinions().stream().filter(o -> o.kindId().equals("PUBLIC_COMMENT")
                && (o.text().contains("医療") || (o.answer() != null && o.answer().contains("医療"))
                        || (o.topic() != null && o.topic().contains("医療")))).map(Opinion::number).toList();
        assertThat(expected).containsExactly(1); // seed 001: public comment No.1 on the holiday and night clinics
        assertThat(table(robot).getItems()).extracting(r -> r.opinion().number()).isEqualTo(expected);
        // full-width and half-width are one (NFKC); words separated by a space must all be found
        robot.interact(() -> robot.lookup("#op-search").queryAs(TextField.class).setText("医療　年末年始"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table(robot).getItems()).extracting(r -> r.opinion().number()).containsExactly(1);
        robot.interact(() -> robot.lookup("#op-search").queryAs(TextField.class).setText("医療 ＤＭＯ"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table(robot).getItems()).isEmpty();
    }

    @Test
    void clickingAnOpinionsCardSelectsItInTheMainWindow(FxRobot robot) {
        OpinionView view = open(robot);
        // public comment No.3 concerns card No.8 インバウンド推進事業 of the 3rd vision
        Row third = table(robot).getItems().get(2);
        assertThat(third.item()).isEqualTo("No.8 インバウンド推進事業");
        robot.clickOn("#op-item-" + third.opinion().id());
        WaitForAsyncUtils.waitForFxEvents();
        TreeView<NavNode> tree = window.tree();
        assertThat(tree.getSelectionModel().getSelectedItem().getValue().key()).isEqualTo(third.opinion().measureId());
        // a direction's link selects the direction (public comment No.2: 文化と地域資源を活かした観光の振興)
        Row second = table(robot).getItems().get(1);
        robot.interact(() -> {
            view.stage().toFront();
            view.stage().requestFocus();
            table(robot).getSelectionModel().select(second);
            table(robot).requestFocus();
        });
        robot.type(javafx.scene.input.KeyCode.ENTER); // Enter on the row opens its item too
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tree.getSelectionModel().getSelectedItem().getValue().key()).isEqualTo("v3-d05");
    }

    @Test
    void anOpinionAddedAndAnsweredIsSavedAndUndoTakesItBack(FxRobot robot) {
        OpinionView view = open(robot);
        // the adopted 3rd vision stays locked: its opinions and answers are still editable (answers come after
        // adoption, as its KPI actuals do)
        assertThat(vm.locked(vm.sphereProperty().get().revision("v3-adopted").orElseThrow())).isTrue();
        assertThat(robot.lookup("#op-add").queryAs(Button.class).isDisabled()).isFalse();
        pick(robot, "#op-filter-kind", "パブリックコメント");
        robot.clickOn("#op-add");
        WaitForAsyncUtils.waitForFxEvents();
        String text = "休日当番医の情報をホームページで分かりやすく案内してほしい。";
        robot.interact(() -> robot.lookup("#op-add-text").queryAs(TextArea.class).setText(text));
        DialogPane pane = robot.lookup("#op-add-dialog").queryAs(DialogPane.class);
        robot.clickOn(pane.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();

        Opinion added = inFile(text);
        assertThat(added).isNotNull();
        assertThat(added.kindId()).isEqualTo("PUBLIC_COMMENT");
        assertThat(added.number()).isEqualTo(32); // after the 31 public comments
        assertThat(added.revisionId()).isEqualTo("v3-adopted");
        assertThat(added.status()).isEqualTo(OpinionStatus.OPEN);
        assertThat(table(robot).getItems()).hasSize(32);
        assertThat(view.viewModel().selectedIdProperty().get()).isEqualTo(added.id());

        // the answer, typed and left: one edit, saved at once, and the opinion is 回答済
        String answer = "市ホームページの休日当番医のページを見直します。";
        TextArea answerField = robot.lookup("#op-answer").queryAs(TextArea.class);
        robot.clickOn(answerField);
        robot.interact(() -> answerField.setText(answer));
        robot.clickOn("#op-page");
        robot.write("7");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Opinion answered = inFile(text);
        assertThat(answered.answer()).isEqualTo(answer);
        assertThat(answered.status()).isEqualTo(OpinionStatus.ANSWERED);
        assertThat(answered.page()).isEqualTo("7");
        assertThat(table(robot).getItems().get(31).status()).isEqualTo("回答済");

        // undo: the page, the answer, then the opinion itself
        robot.interact(vm::undo);
        robot.interact(vm::undo);
        assertThat(inFile(text).answer()).isNull();
        assertThat(inFile(text).status()).isEqualTo(OpinionStatus.OPEN);
        robot.interact(vm::undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(inFile(text)).isNull();
        assertThat(table(robot).getItems()).hasSize(31);
    }

    @Test
    void deleteAsksFirstAndCanBeUndone(FxRobot robot) {
        open(robot);
        robot.interact(() -> vm.unlock(vm.sphereProperty().get().revision("v3-adopted").orElseThrow()));
        Row row = table(robot).getItems().get(0);
        robot.interact(() -> table(robot).getSelectionModel().select(row));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#op-delete");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#op-confirm-delete").tryQuery()).isPresent();
        DialogPane pane = robot.lookup("#op-confirm-delete").queryAs(DialogPane.class);
        robot.clickOn(pane.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(inFile(row.opinion().text())).isNull();
        assertThat(table(robot).getItems()).hasSize(60);
        robot.interact(vm::undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(inFile(row.opinion().text())).isEqualTo(row.opinion());
        assertThat(table(robot).getItems()).hasSize(61);
    }

    @Test
    void theCountsPerAreaAreInEnglishWhenEnglishIsChosen(FxRobot robot) {
        MainViewModel english = new MainViewModel(new I18n(Locale.ENGLISH), new Settings(dir.resolve("en.properties")));
        Path enFile = dir.resolve("en.kyosei");
        PlanFile.create(enFile, Sample.load()).close();
        robot.interact(() -> english.open(enFile));
        WaitForAsyncUtils.waitForFxEvents();
        String[] summary = new String[1];
        robot.interact(() -> summary[0] = new jp.kyoseivision.ui.opinion.OpinionViewModel(english).summary());
        // the 61 opinions on the 3rd vision: the area names are data, the words around them English
        assertThat(summary[0]).startsWith("[Policy areas: 生活機能の強化]\n医療: 4, 福祉: 6, 産業振興: 19, 教育及び文化: 13, 消防防災: 1")
                .endsWith("[Other: 1]").doesNotContain("件", "：", "に関する政策分野", "その他", "4、", "6、");
        robot.interact(english::close);
        // Japanese: as the council papers print it (seed 001 L121–147)
        assertThat(open(robot).viewModel().summary()).startsWith("【生活機能の強化に関する政策分野】\n医療：４件、福祉：６件、産業振興：19 件")
                .endsWith("【その他：１件】");
    }

    @Test
    void theAddDialogOpensWithTheCaretInTheOpinionText(FxRobot robot) {
        open(robot);
        robot.clickOn("#op-add");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup("#op-add-dialog").queryAs(DialogPane.class);
        // typing at once goes into 意見の概要 (the one field to fill), not onto 取消
        assertThat(pane.getScene().getFocusOwner()).isSameAs(robot.lookup("#op-add-text").query());
        robot.clickOn(pane.lookupButton(ButtonType.CANCEL));
    }

    @Test
    void ctrlZInTheOpinionWindowUndoesTheDeleteMadeThere(FxRobot robot) {
        open(robot);
        Row row = table(robot).getItems().get(0);
        robot.interact(() -> table(robot).getSelectionModel().select(row));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#op-delete");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup("#op-confirm-delete").queryAs(DialogPane.class);
        robot.clickOn(pane.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(inFile(row.opinion().text())).isNull();
        // the officer stays in the 意見 window: Ctrl+Z there takes the delete back, as in the main window
        robot.interact(() -> table(robot).requestFocus());
        robot.press(javafx.scene.input.KeyCode.CONTROL).press(javafx.scene.input.KeyCode.Z)
                .release(javafx.scene.input.KeyCode.Z).release(javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(inFile(row.opinion().text())).isEqualTo(row.opinion());
        assertThat(table(robot).getItems()).hasSize(61);
        robot.press(javafx.scene.input.KeyCode.CONTROL).press(javafx.scene.input.KeyCode.Y)
                .release(javafx.scene.input.KeyCode.Y).release(javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(inFile(row.opinion().text())).isNull();
    }

    @Test
    void aReadOnlyFileShowsTheOpinionsButNothingCanBeEdited(FxRobot robot) throws Exception {
        Path shared = dir.resolve("共有.kyosei");
        PlanFile.create(shared, Sample.load()).close();
        try (PlanFile colleague = PlanFile.open(shared)) {
            robot.interact(() -> vm.openReadOnly(shared));
            WaitForAsyncUtils.waitForFxEvents();
            String before = FileChecksums.sha256(shared);
            open(robot);
            assertThat(table(robot).getItems()).hasSize(61);
            robot.interact(() -> table(robot).getSelectionModel().select(0));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#op-read-only").tryQuery()).isPresent();
            for (String id : List.of("#op-number", "#op-page", "#op-topic", "#op-source", "#op-text", "#op-answer")) {
                assertThat(robot.lookup(id).queryAs(TextInputControl.class).isEditable()).as(id).isFalse();
            }
            for (String id : List.of("#op-kind", "#op-concern", "#op-status", "#op-add", "#op-delete")) {
                assertThat(robot.lookup(id).query().isDisabled()).as(id).isTrue();
            }
            // unlocking the revision does not make a read-only file editable
            robot.interact(() -> vm.unlock(vm.sphereProperty().get().revision("v3-adopted").orElseThrow()));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#op-answer").queryAs(TextInputControl.class).isEditable()).isFalse();
            assertThat(robot.lookup("#op-add").query().isDisabled()).isTrue();
            assertThat(FileChecksums.sha256(shared)).isEqualTo(before);
        }
    }

    @Test
    void theCardShowsHowManyOpinionsConcernItAndTheLinkShowsThem(FxRobot robot) {
        robot.interact(() -> window.selectKey("v3-m01"));
        WaitForAsyncUtils.waitForFxEvents();
        // card No.1 of the 3rd vision, 休日・夜間診療体制確保事業: public comment No.1, council members' No.10 and 11, …
        long expected = Sample.load().opinions().stream().filter(o -> o.revisionId().equals("v3-adopted")
                && ("v3-m01".equals(o.measureId()) || "v3-m01".equals(o.changeToMeasureId()))).count();
        assertThat(expected).isEqualTo(4);
        Hyperlink link = robot.lookup("#card-opinions").queryAs(Hyperlink.class);
        assertThat(link.getText()).isEqualTo("意見 4件");
        robot.clickOn(link);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table(robot).getItems()).hasSize(4)
                .allMatch(r -> r.item().equals("No.1 休日・夜間診療体制確保事業"));
    }

    @Test
    void aReflectedOpinionOpensTheChangeItCausedInTheComparison(FxRobot robot) {
        OpinionView view = open(robot);
        Row reflected = table(robot).getItems().stream().filter(r -> r.opinion().id().equals("op-cm-11")).findFirst()
                .orElseThrow();
        robot.interact(() -> table(robot).getSelectionModel().select(reflected));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(reflected.status()).isEqualTo("反映済");
        robot.clickOn("#op-change-open");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<CardDiff> list = robot.lookup("#diff-list").queryAs(ListView.class);
        CardDiff shown = list.getSelectionModel().getSelectedItem();
        assertThat(shown.old().id()).isEqualTo("v2-m01");
        assertThat(shown.now().id()).isEqualTo("v3-m01");
        assertThat(view.stage().isShowing()).isTrue();
    }

    @Test
    void aStatusOfReflectedPointsAtTheChangeOfACardAndIsSaved(FxRobot robot) {
        open(robot);
        robot.interact(() -> vm.unlock(vm.sphereProperty().get().revision("v3-adopted").orElseThrow()));
        Row third = table(robot).getItems().get(2); // public comment No.3 on No.8 インバウンド推進事業
        robot.interact(() -> table(robot).getSelectionModel().select(third));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#op-change").query().isDisabled()).isTrue(); // only a 反映済 opinion points at one
        pick(robot, "#op-status", "反映済");
        assertThat(inFile(third.opinion().text()).status()).isEqualTo(OpinionStatus.REFLECTED);
        pick(robot, "#op-change", "No.8 インバウンド推進事業");
        // the older card: the 2nd vision's card of the same lineage
        Sphere s = Sample.load();
        String lineage = s.measure("v3-m08").orElseThrow().lineageId();
        String older = s.revision("v2-adopted").orElseThrow().measures().stream()
                .filter(m -> m.lineageId().equals(lineage)).map(m -> m.id()).findFirst().orElse(null);
        Opinion saved = inFile(third.opinion().text());
        assertThat(saved.changeToMeasureId()).isEqualTo("v3-m08");
        assertThat(saved.changeFromMeasureId()).isEqualTo(older);
        assertThat(robot.lookup("#op-change-open").query().isDisabled()).isFalse();
        // 回答済 again drops the change; undo brings it back
        pick(robot, "#op-status", "回答済");
        assertThat(inFile(third.opinion().text()).hasChange()).isFalse();
        robot.interact(vm::undo);
        assertThat(inFile(third.opinion().text()).changeToMeasureId()).isEqualTo("v3-m08");
    }

    @Test
    void theViewMenuOpensOneWindowWithCtrlIAndAnotherFileClosesIt(FxRobot robot) throws Exception {
        robot.clickOn(window.tree()).press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.I)
                .release(javafx.scene.input.KeyCode.I, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#op-table").tryQuery()).isPresent();
        OpinionView[] again = new OpinionView[2];
        robot.interact(() -> {
            again[0] = window.openOpinions(null);
            again[1] = window.openOpinions(null);
        });
        assertThat(again[0]).isSameAs(again[1]);
        Path other = dir.resolve("other.kyosei");
        PlanFile.create(other, Sample.load()).close();
        robot.interact(() -> window.openNow(other));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(again[0].stage().isShowing()).isFalse();
    }
}
