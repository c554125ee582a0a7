package jp.kyoseivision.ui;

import jp.kyoseivision.ui.common.I18n;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import jp.kyoseivision.report.FontLocator;
import jp.kyoseivision.store.Preferences;
import jp.kyoseivision.text.LocalizedException;

/**
 * 設定…: UI language, 和暦/西暦, the PDF font and the automatic backups. OK checks every value first
 * ({@link Preferences}); a bad value is shown under the form and nothing is stored until it is fixed.
 */
final class PreferencesDialog {
    private PreferencesDialog() {
    }

    static Optional<Preferences> show(Window owner, I18n i18n, Preferences now) {
        Dialog<Preferences> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(i18n.t("prefs.title"));
        d.setHeaderText(i18n.t("prefs.header"));
        d.getDialogPane().setId("dialog-preferences");
        ComboBox<String> language = new ComboBox<>();
        language.setId("prefs-language");
        language.getItems().addAll(i18n.t("prefs.language.ja"), i18n.t("prefs.language.en"));
        language.getSelectionModel().select(now.language().equals("en") ? 1 : 0);
        ComboBox<String> years = new ComboBox<>();
        years.setId("prefs-years");
        years.getItems().addAll(i18n.t("prefs.years.japanese"), i18n.t("prefs.years.western"));
        years.getSelectionModel().select(now.westernYears() ? 1 : 0);
        ComboBox<String> font = new ComboBox<>();
        font.setId("prefs-font");
        font.getItems().setAll(fontChoices(now.pdfFont()));
        font.getSelectionModel().select(now.pdfFont());
        font.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String p) {
                return p == null || p.isEmpty() ? i18n.t("prefs.font.auto") : Path.of(p).getFileName() + " — " + p;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        font.setPrefWidth(420);
        Button browse = new Button(i18n.t("prefs.font.browse"));
        browse.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.setTitle(i18n.t("prefs.font"));
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.t("prefs.font.filter"), "*.ttf",
                    "*.otf", "*.TTF", "*.OTF"));
            File f = jp.kyoseivision.ui.common.FileDialogs.open(fc, d.getDialogPane().getScene().getWindow());
            if (f != null) {
                try {
                    FontLocator.load(f.toPath()); // a CFF font is refused here, with the reason
                    if (!font.getItems().contains(f.getPath())) {
                        font.getItems().add(f.getPath());
                    }
                    font.getSelectionModel().select(f.getPath());
                } catch (LocalizedException ex) {
                    showError(error(d), i18n, ex);
                }
            }
        });
        TextField interval = new TextField(String.valueOf(now.backupIntervalMinutes()));
        interval.setId("prefs-interval");
        interval.setPrefColumnCount(5);
        TextField keep = new TextField(String.valueOf(now.backupKeep()));
        keep.setId("prefs-keep");
        keep.setPrefColumnCount(5);
        Label error = new Label();
        d.getDialogPane().getProperties().put("prefs-error", error);
        error.setId("prefs-error");
        error.setWrapText(true);
        error.setMaxWidth(520);
        error.getStyleClass().add("field-error");

        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.addRow(0, new Label(i18n.t("prefs.language")), language);
        g.addRow(1, new Label(i18n.t("prefs.years")), years);
        g.addRow(2, new Label(i18n.t("prefs.font")), new HBox(6, font, browse));
        g.addRow(3, new Label(i18n.t("prefs.interval")), new HBox(6, interval, new Label(i18n.t("prefs.interval.unit"))));
        g.addRow(4, new Label(i18n.t("prefs.keep")), new HBox(6, keep));
        g.add(new Label(i18n.t("prefs.restartNote")), 0, 5, 2, 1);
        g.add(error, 0, 6, 2, 1);
        d.getDialogPane().setContent(g);
        ButtonType ok = new ButtonType(i18n.t("prefs.ok"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok,
                new ButtonType(i18n.t("prefs.cancel"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        Preferences[] result = new Preferences[1];
        d.getDialogPane().lookupButton(ok).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            try {
                result[0] = new Preferences(language.getSelectionModel().getSelectedIndex() == 1 ? "en" : "ja",
                        years.getSelectionModel().getSelectedIndex() == 1, font.getValue(),
                        Preferences.parseCount(interval.getText(), i18n.t("prefs.interval")),
                        Preferences.parseCount(keep.getText(), i18n.t("prefs.keep")));
            } catch (LocalizedException ex) {
                showError(error, i18n, ex);
                e.consume(); // the dialog stays open with the typed values
            }
        });
        d.setResultConverter(b -> b == ok ? result[0] : null);
        return d.showAndWait();
    }

    private static Label error(Dialog<?> d) {
        return (Label) d.getDialogPane().getProperties().get("prefs-error");
    }

    private static void showError(Label error, I18n i18n, LocalizedException ex) {
        error.setText(jp.kyoseivision.text.Texts.format(i18n.locale(), ex.key(), ex.args()));
    }

    /**
     * "" (found automatically), the fonts {@link FontLocator} finds on this system that PDF export can use (TrueType
     * with Japanese; CFF fonts such as Noto Sans CJK are left out), and the current choice.
     */
    static List<String> fontChoices(String current) {
        List<String> out = new ArrayList<>();
        out.add("");
        for (Path p : FontLocator.candidates()) {
            try {
                FontLocator.load(p);
                out.add(p.toString());
            } catch (RuntimeException e) { // LocalizedException: CFF or no Japanese
                // not usable for PDF: not offered
            }
        }
        if (current != null && !current.isEmpty() && !out.contains(current)) {
            out.add(current);
        }
        return out;
    }
}
