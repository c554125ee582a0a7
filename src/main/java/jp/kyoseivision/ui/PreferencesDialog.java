package jp.kyoseivision.ui;

import java.io.File;
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
        TextField font = new TextField(now.pdfFont());
        font.setId("prefs-font");
        font.setPromptText(i18n.t("prefs.font.auto"));
        font.setPrefColumnCount(28);
        Button browse = new Button(i18n.t("prefs.font.browse"));
        browse.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.setTitle(i18n.t("prefs.font"));
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.t("prefs.font.filter"), "*.ttf",
                    "*.otf", "*.TTF", "*.OTF"));
            File f = fc.showOpenDialog(d.getDialogPane().getScene().getWindow());
            if (f != null) {
                font.setText(f.getPath());
            }
        });
        TextField interval = new TextField(String.valueOf(now.backupIntervalMinutes()));
        interval.setId("prefs-interval");
        interval.setPrefColumnCount(5);
        TextField keep = new TextField(String.valueOf(now.backupKeep()));
        keep.setId("prefs-keep");
        keep.setPrefColumnCount(5);
        Label error = new Label();
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
        g.addRow(4, new Label(i18n.t("prefs.keep")), keep);
        g.add(new Label(i18n.t("prefs.restartNote")), 0, 5, 2, 1);
        g.add(error, 0, 6, 2, 1);
        d.getDialogPane().setContent(g);
        ButtonType ok = ButtonType.OK;
        d.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        Preferences[] result = new Preferences[1];
        d.getDialogPane().lookupButton(ok).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            try {
                result[0] = new Preferences(language.getSelectionModel().getSelectedIndex() == 1 ? "en" : "ja",
                        years.getSelectionModel().getSelectedIndex() == 1, font.getText(),
                        Preferences.parseCount(interval.getText(), i18n.t("prefs.interval")),
                        Preferences.parseCount(keep.getText(), i18n.t("prefs.keep")));
            } catch (LocalizedException ex) {
                error.setText(jp.kyoseivision.text.Texts.format(i18n.locale(), ex.key(), ex.args()));
                e.consume(); // the dialog stays open with the typed values
            }
        });
        d.setResultConverter(b -> b == ok ? result[0] : null);
        return d.showAndWait();
    }
}
