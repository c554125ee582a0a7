package jp.kyoseivision.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import jp.kyoseivision.model.Opinion;
import jp.kyoseivision.store.FileChecksums;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.Sample;
import jp.kyoseivision.store.Settings;
import jp.kyoseivision.ui.common.FileDialogs;
import jp.kyoseivision.ui.common.I18n;
import jp.kyoseivision.ui.opinion.OpinionViewModel.Choice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** 意見を取り込む… and 書き出す… of the 意見 window, on a real file with the bundled opinions (issue 17). */
@ExtendWith(ApplicationExtension.class)
class OpinionTransferTest {
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

    @AfterEach
    void osDialogsAgain() {
        FileDialogs.use(null);
    }

    private void openUnlocked(FxRobot robot) {
        robot.interact(() -> {
            window.openOpinions(null);
            vm.unlock(vm.sphereProperty().get().revision("v3-adopted").orElseThrow());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitFor(FxRobot robot, String id) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(id).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** 意見を取り込む… with {@code csv}: the kind and consultation asked first (パブリックコメント, as offered). */
    private void startImport(FxRobot robot, String csv) throws Exception {
        Path in = dir.resolve("pc.csv");
        Files.writeString(in, csv, StandardCharsets.UTF_8);
        FileDialogs.use((fc, owner, save) -> in.toFile());
        robot.clickOn("#op-import");
        waitFor(robot, "#op-import-ask");
        DialogPane ask = robot.lookup("#op-import-ask").queryAs(DialogPane.class);
        robot.clickOn(ask.lookupButton(ButtonType.OK));
        waitFor(robot, "#op-import-preview");
    }

    private List<Opinion> opinionsInFile() {
        try (PlanFile pf = PlanFile.openReadOnly(file)) {
            return pf.read().opinions();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void anUnmatchedRowIsAssignedThenEveryRowIsImportedAsOneEdit(FxRobot robot) throws Exception {
        openUnlocked(robot);
        startImport(robot, "番号,ページ,項目,意見\n"
                + "32,7,休日・夜間診療体制確保事業,休日の診療体制を維持してほしい。\n"
                + "33,20,市民協働の推進,協働の仕組みを分かりやすくしてほしい。\n");
        String before = FileChecksums.sha256(file);
        Button apply = robot.lookup("#op-import-apply").queryAs(Button.class);
        assertThat(apply.isDisabled()).isTrue(); // row 3 matches nothing: nothing can be applied yet
        assertThat(robot.lookup("#op-import-problems").queryAs(TextArea.class).getText())
                .isEqualTo("・3行目「項目」：項目「市民協働の推進」に当たる施策・取組分野・政策分野が見つかりません。割り当ててください");
        ComboBox<Choice<String>> assign = robot.lookup("#op-import-assign-3").queryAs(ComboBox.class);
        Choice<String> area = assign.getItems().stream().filter(c -> c.label().equals("政策分野：協働のまちづくり"))
                .findFirst().orElseThrow();
        robot.interact(() -> assign.setValue(area));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(apply.isDisabled()).isFalse();
        assertThat(FileChecksums.sha256(file)).isEqualTo(before); // nothing written before 取り込む
        robot.clickOn(apply);
        WaitForAsyncUtils.waitForFxEvents();

        List<Opinion> after = opinionsInFile();
        assertThat(after).hasSize(63);
        Opinion first = after.get(61);
        Opinion second = after.get(62);
        assertThat(List.of(first.kindId(), first.number(), first.measureId(), first.page(), first.source()))
                .containsExactly("PUBLIC_COMMENT", 32, "v3-m01", "7", "第３次ビジョン（案）パブリックコメント（令和6年1月9日～1月31日）");
        assertThat(second.areaNodeId()).isEqualTo(area.value());
        // one edit: one undo takes both back
        robot.interact(vm::undo);
        assertThat(opinionsInFile()).hasSize(61);
    }

    @Test
    void malformedRowsKeepTheImportRefusedWithRowNumbersAndTheFileUnchanged(FxRobot robot) throws Exception {
        openUnlocked(robot);
        String before = FileChecksums.sha256(file);
        startImport(robot, "番号,ページ,項目,意見\n"
                + "二,8,インバウンド推進事業,番号が数字でない。\n"
                + "40,10,広域消防事業,\n");
        assertThat(robot.lookup("#op-import-problems").queryAs(TextArea.class).getText().split("\n")).containsExactly(
                "・2行目「番号」：番号「二」は1以上の整数ではありません", "・3行目「意見」：意見が空です");
        assertThat(robot.lookup("#op-import-apply").queryAs(Button.class).isDisabled()).isTrue();
        DialogPane preview = robot.lookup("#op-import-preview").queryAs(DialogPane.class);
        robot.clickOn(preview.lookupButton(ButtonType.CANCEL));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(FileChecksums.sha256(file)).isEqualTo(before);
        assertThat(opinionsInFile()).hasSize(61);
    }

    @Test
    void theAnswerTableIsWrittenAsPdfAndCsv(FxRobot robot) throws Exception {
        robot.interact(() -> window.openOpinions(null));
        WaitForAsyncUtils.waitForFxEvents();
        // the counts per policy area of the opinions shown, as the seed prints them
        assertThat(robot.lookup("#op-summary").queryAs(javafx.scene.control.Label.class).getText())
                .startsWith("政策分野別の件数：【生活機能の強化に関する政策分野】 医療：４件");
        Path pdf = dir.resolve("answers.pdf");
        FileDialogs.use((fc, owner, save) -> pdf.toFile());
        robot.clickOn("#op-export");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(pdf)
                && robot.lookup("#op-message").queryAs(javafx.scene.control.Label.class).getText().contains("answers.pdf"));
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s", "");
            assertThat(text).contains("ご意見の概要", "ご意見に対する考え方", "取組内容について、年末年始期間およびお盆期間の平日の救急医療体制も追記してはどうか。");
        }
        Path csv = dir.resolve("answers.csv");
        FileDialogs.use((fc, owner, save) -> csv.toFile());
        robot.clickOn("#op-export");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(csv));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("\uFEFF");
        assertThat(lines.stream().filter(l -> l.startsWith("パブリックコメント,")).count()).isEqualTo(31);
        // the same table in Shift_JIS, chosen as the file type (issue 18: CP932 on request for every table)
        Path sjis = dir.resolve("answers-sjis.csv");
        FileDialogs.use((fc, owner, save) -> {
            fc.setSelectedExtensionFilter(fc.getExtensionFilters().stream()
                    .filter(x -> x.getDescription().startsWith("CSV Shift_JIS")).findFirst().orElseThrow());
            return sjis.toFile();
        });
        robot.clickOn("#op-export");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(sjis));
        WaitForAsyncUtils.waitForFxEvents();
        byte[] bytes = Files.readAllBytes(sjis);
        assertThat(bytes[0]).isNotEqualTo((byte) 0xEF); // no byte order mark in Shift_JIS
        List<String> sjisLines = List.of(new String(bytes, java.nio.charset.Charset.forName("windows-31j"))
                .split("\r\n"));
        assertThat(sjisLines.stream().filter(l -> l.startsWith("パブリックコメント,")).count()).isEqualTo(31);
    }
}
