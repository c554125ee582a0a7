package jp.kyoseivision.ui;

import jp.kyoseivision.ui.common.I18n;
import jp.kyoseivision.ui.nav.NavNode;
import jp.kyoseivision.ui.print.PrintScope;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeItem;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import jp.kyoseivision.report.TestFonts;
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

/** The print preview opened from the window shows the PDF's pages for the selected card, its area, or all cards. */
@ExtendWith(ApplicationExtension.class)
class PrintPreviewTest {
    @TempDir
    static Path dir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        Path file = dir.resolve("一関・平泉.kyosei");
        if (!Files.exists(file)) {
            PlanFile.create(file, Sample.load()).close();
        }
        MainViewModel vm = new MainViewModel(new I18n(Locale.JAPANESE), new Settings(dir.resolve("settings.properties")));
        window = new MainWindow(stage, vm);
        stage.show();
        window.openNow(file);
    }

    @Test
    void theFileMenuHasPrintWithCtrlPAndExportPdf(FxRobot robot) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        var items = bar.getMenus().get(0).getItems();
        MenuItem print = items.stream().filter(i -> "menu-file-print".equals(i.getId())).findFirst().orElseThrow();
        assertThat(print.getText()).isEqualTo("印刷(_P)…");
        assertThat(print.getAccelerator()).isInstanceOf(KeyCodeCombination.class);
        assertThat(((KeyCodeCombination) print.getAccelerator()).getCode()).isEqualTo(javafx.scene.input.KeyCode.P);
        assertThat(items).extracting(MenuItem::getId).contains("menu-file-exportPdf");
    }

    @Test
    void theSelectedCardThenItsAreaArePreviewedAsPdfPages(FxRobot robot) throws Exception {
        TestFonts.japanese();
        robot.interact(() -> {
            var tree = window.tree();
            TreeItem<NavNode> card = find(tree.getRoot(), "v3-m01");
            tree.getSelectionModel().select(card);
            window.printPreview(PrintScope.CARD);
        });
        Stage preview = (Stage) Window.getWindows().stream().filter(w -> w instanceof Stage s
                && "印刷プレビュー".equals(s.getTitle())).findFirst().orElseThrow();
        VBox pages = (VBox) preview.getScene().lookup("#print-pages");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> pages.getChildren().size() == 1
                && ((Label) preview.getScene().lookup("#print-status")).getText().startsWith("1 ページ"));
        ImageView page = (ImageView) pages.getChildren().get(0);
        // A4 (595.3 × 841.9 pt) at 96 dpi, whole pixels: 793 × 1122, the PDF page itself
        assertThat(page.getImage().getWidth()).isEqualTo(793);
        assertThat(page.getImage().getHeight()).isEqualTo(1122);

        @SuppressWarnings("unchecked")
        ChoiceBox<PrintScope> scope = (ChoiceBox<PrintScope>) preview.getScene().lookup("#print-scope");
        assertThat(scope.getItems()).containsExactly(PrintScope.CARD, PrintScope.AREA, PrintScope.ALL);
        robot.interact(() -> scope.setValue(PrintScope.AREA));
        // seed 001: 医療 holds cards 1 and 2
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> pages.getChildren().size() == 2
                && ((Label) preview.getScene().lookup("#print-status")).getText().startsWith("2 ページ"));
        robot.interact(preview::close);
    }

    private static TreeItem<NavNode> find(TreeItem<NavNode> item, String key) {
        if (item.getValue() != null && key.equals(item.getValue().key())) {
            return item;
        }
        for (TreeItem<NavNode> c : item.getChildren()) {
            TreeItem<NavNode> f = find(c, key);
            if (f != null) {
                return f;
            }
        }
        return null;
    }
}
