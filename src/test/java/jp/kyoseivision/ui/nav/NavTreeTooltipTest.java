package jp.kyoseivision.ui.nav;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import jp.kyoseivision.store.Sample;
import jp.kyoseivision.ui.common.I18n;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 16 (start-up): the tree's rows get their tooltip (the whole title, which the pane's width may cut) when the
 * mouse first comes over them, one per row that follows its text; drawing the tree makes none.
 */
@ExtendWith(ApplicationExtension.class)
class NavTreeTooltipTest {
    private TreeView<NavNode> tree;

    @Start
    void start(Stage stage) {
        tree = NavTree.create(new I18n(Locale.JAPANESE));
        tree.setRoot(NavTree.root(Sample.load()));
        tree.getRoot().getChildren().get(0).setExpanded(true); // the newest plan's perspectives
        stage.setScene(new Scene(tree, 400, 600));
        stage.show();
    }

    @Test
    void noRowHasATooltipUntilTheMouseComesOverItAndThenItShowsTheRowsWholeText(FxRobot robot) {
        List<NavTree.NavCell> rows = robot.lookup(".tree-cell").queryAllAs(NavTree.NavCell.class).stream()
                .filter(c -> !c.isEmpty()).toList();
        assertThat(rows).hasSizeGreaterThan(3);
        assertThat(rows).allSatisfy(c -> assertThat(c.getTooltip()).isNull());

        NavTree.NavCell row = rows.get(2);
        robot.interact(() -> row.fireEvent(new MouseEvent(MouseEvent.MOUSE_ENTERED, 1, 1, 1, 1, MouseButton.NONE, 0,
                false, false, false, false, false, false, false, false, false, false, null)));
        Tooltip tip = row.getTooltip();
        assertThat(tip).isNotNull();
        assertThat(tip.getText()).isEqualTo(row.getText()).isNotBlank();

        // the cell shows another row (collapsed, expanded, scrolled): the same tooltip, with that row's text
        robot.interact(() -> tree.getRoot().getChildren().get(0).setExpanded(false));
        if (!row.isEmpty()) {
            assertThat(row.getTooltip()).isSameAs(tip);
            assertThat(tip.getText()).isEqualTo(row.getText());
        } else {
            assertThat(row.getTooltip()).isNull();
        }
        assertThat(rows.stream().filter(c -> c != row)).allSatisfy(c -> assertThat(c.getTooltip()).isNull());
    }
}
