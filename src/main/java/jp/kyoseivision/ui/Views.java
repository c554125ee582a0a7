package jp.kyoseivision.ui;

import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** Small builders shared by the read-only views: a label/value form grid and ruled tables. */
final class Views {
    private Views() {
    }

    static GridPane formGrid() {
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(10);
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(110);
        label.setPrefWidth(130);
        label.setHalignment(HPos.RIGHT);
        ColumnConstraints value = new ColumnConstraints();
        value.setHgrow(Priority.ALWAYS);
        value.setFillWidth(true);
        g.getColumnConstraints().addAll(label, value);
        return g;
    }

    static Label fieldLabel(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("field-label");
        l.setMinWidth(Label.USE_PREF_SIZE);
        GridPane.setValignment(l, javafx.geometry.VPos.TOP);
        return l;
    }

    static Label value(String text, String id) {
        Label l = new Label(text);
        l.setId(id);
        l.setWrapText(true);
        l.getStyleClass().add("value");
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    /** Adds a label/value row; blank values show 記載なし. Returns the next row index. */
    static int textRow(GridPane g, int row, String label, String text, String id, I18n i18n) {
        g.add(fieldLabel(label), 0, row);
        boolean blank = text == null || text.isBlank();
        Label v = value(blank ? i18n.t("card.empty") : text, id);
        if (blank) {
            v.getStyleClass().add("empty");
        }
        g.add(v, 1, row);
        return row + 1;
    }

    static GridPane table(String id) {
        GridPane t = new GridPane();
        t.setId(id);
        t.getStyleClass().add("ruled-table");
        t.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the rules end where the table ends
        return t;
    }

    static Label header(GridPane t, String text, int col, int row) {
        Label l = new Label(text);
        l.getStyleClass().addAll("table-cell-box", "table-header");
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMaxHeight(Double.MAX_VALUE);
        l.setMinWidth(Label.USE_PREF_SIZE);
        l.setAlignment(Pos.CENTER);
        l.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        t.add(l, col, row);
        return l;
    }

    static Label cell(GridPane t, String text, int col, int row, boolean number) {
        Label l = new Label(text);
        l.getStyleClass().add("table-cell-box");
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMaxHeight(Double.MAX_VALUE);
        l.setWrapText(!number);
        l.setAlignment(number ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
        if (number) {
            // figures are never cut: the column takes the width the number needs
            l.setMinWidth(Label.USE_PREF_SIZE);
            l.setTextAlignment(javafx.scene.text.TextAlignment.RIGHT);
        } else {
            l.setMinWidth(48);
            l.setMaxWidth(360);
        }
        t.add(l, col, row);
        return l;
    }
}
