package jp.kyoseivision.ui.diff;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import jp.kyoseivision.diff.RevisionDiff;
import jp.kyoseivision.diff.TargetTable;
import jp.kyoseivision.ui.common.I18n;
import jp.kyoseivision.ui.common.Views;

/**
 * The comparison window's 数値目標の推移: the plan-level and goal-level targets of the two revisions side by side
 * ({@link TargetTable}), the older target beside the newer baseline and target with units and periods, targets
 * without a counterpart on their own lines. A note says that nothing is graded across the two plans.
 */
final class TargetsPane {
    private final I18n i18n;
    private final VBox box = new VBox(8);

    TargetsPane(I18n i18n) {
        this.i18n = i18n;
        box.setId("diff-targets");
        box.setPadding(new Insets(12));
    }

    Node node() {
        ScrollPane sp = new ScrollPane(box);
        sp.setFitToWidth(true);
        return sp;
    }

    void show(RevisionDiff d) {
        box.getChildren().clear();
        if (d == null) {
            return;
        }
        TargetTable t = TargetTable.of(d, i18n.locale());
        Label title = new Label(t.title());
        title.getStyleClass().add("card-title");
        title.setWrapText(true);
        Label note = new Label(t.note());
        note.setId("diff-targets-note");
        note.setWrapText(true);
        note.getStyleClass().add("breadcrumb");
        box.getChildren().addAll(title, note);
        if (t.rows().isEmpty()) {
            Label none = new Label(i18n.t("diff.targets.none"));
            none.setId("diff-targets-none");
            box.getChildren().add(none);
            return;
        }
        GridPane g = Views.table("diff-targets-table");
        for (int c = 0; c < t.headers().size(); c++) {
            Views.header(g, t.headers().get(c), c, 0);
        }
        int row = 1;
        for (TargetTable.Row r : t.rows()) {
            for (int c = 0; c < r.cells().size(); c++) {
                boolean figure = c == TargetTable.OLD_BASELINE || c == TargetTable.OLD_TARGET
                        || c == TargetTable.NEW_BASELINE || c == TargetTable.NEW_TARGET;
                Label cell = Views.cell(g, r.cells().get(c), c, row, figure);
                cell.setId("diff-target-" + row + "-" + c);
            }
            row++;
        }
        box.getChildren().add(g);
    }
}
