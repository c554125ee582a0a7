package jp.kyoseivision.ui.common;

import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** Small builders shared by the read-only views: a label/value form grid and ruled tables. */
public final class Views {
    private Views() {
    }

    public static GridPane formGrid() {
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(10);
        ColumnConstraints label = new ColumnConstraints();
        // as wide as the longest label (協定の内容（取組の内容）is never cut), at least 110
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.setHalignment(HPos.RIGHT);
        ColumnConstraints value = new ColumnConstraints();
        value.setHgrow(Priority.ALWAYS);
        value.setFillWidth(true);
        g.getColumnConstraints().addAll(label, value);
        return g;
    }

    public static Label fieldLabel(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("field-label");
        l.setMinWidth(Label.USE_PREF_SIZE);
        GridPane.setValignment(l, javafx.geometry.VPos.TOP);
        return l;
    }

    public static Label value(String text, String id) {
        Label l = new Label(text);
        l.setId(id);
        l.setWrapText(true);
        l.getStyleClass().add("value");
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    /** Adds a label/value row; blank values show 記載なし. Returns the next row index. */
    public static int textRow(GridPane g, int row, String label, String text, String id, I18n i18n) {
        g.add(fieldLabel(label), 0, row);
        boolean blank = text == null || text.isBlank();
        Label v = value(blank ? i18n.t("card.empty") : text, id);
        if (blank) {
            v.getStyleClass().add("empty");
        }
        g.add(v, 1, row);
        return row + 1;
    }

    public static GridPane table(String id) {
        GridPane t = new GridPane();
        t.setId(id);
        t.getStyleClass().add("ruled-table");
        t.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the rules end where the table ends
        return t;
    }

    public static Label header(GridPane t, String text, int col, int row) {
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

    public static Label cell(GridPane t, String text, int col, int row, boolean number) {
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

    /** Shows each item of a (non-editable) choice box as {@code text} gives it; nothing for no item. */
    public static <T> javafx.util.StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null; // not editable: never typed in
            }
        };
    }

    /**
     * Asks where to save a PDF (the OS's save dialog, *.pdf, proposing {@code fileName}.pdf); empty when the
     * officer cancels.
     */
    public static java.util.Optional<java.nio.file.Path> askPdfTarget(javafx.stage.Window owner, String title,
            String fileName) {
        javafx.stage.FileChooser fc = new javafx.stage.FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("PDF (*.pdf)", "*.pdf"));
        fc.setInitialFileName(fileName + ".pdf");
        java.io.File f = FileDialogs.saveExport(fc, owner);
        return java.util.Optional.ofNullable(f).map(java.io.File::toPath);
    }

    /** Where exports go: the settings the folder of the last export is kept in (set once by the main window). */
    private static jp.kyoseivision.store.Settings settings;

    public static void useSettings(jp.kyoseivision.store.Settings s) {
        settings = s;
    }

    /** Opens a save dialog in the folder of the last export (kept in the settings). */
    public static void startInLastFolder(javafx.stage.FileChooser fc) {
        if (settings != null) {
            String dir = settings.get("export.dir", "");
            if (!dir.isEmpty() && new java.io.File(dir).isDirectory()) {
                fc.setInitialDirectory(new java.io.File(dir));
            }
        }
    }

    /** Remembers the folder of {@code chosen} (null: the dialog was cancelled) for the next export. */
    public static void rememberFolder(java.io.File chosen) {
        if (settings != null && chosen != null && chosen.getParentFile() != null) {
            settings.put("export.dir", chosen.getParentFile().getAbsolutePath());
        }
    }
}
