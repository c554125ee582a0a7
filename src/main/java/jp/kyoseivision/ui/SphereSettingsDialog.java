package jp.kyoseivision.ui;

import jp.kyoseivision.ui.common.I18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import jp.kyoseivision.edit.Ids;
import jp.kyoseivision.model.Municipality;
import jp.kyoseivision.model.Sphere;

/**
 * 圏域の設定: the sphere's name, its municipalities in order (add, rename, remove, reorder) and the central city.
 * Municipalities are data: a sphere may have one or ten. Removing one that cards or roles still name is refused
 * with the reason when saved.
 */
final class SphereSettingsDialog {
    /** What the officer chose. */
    record Result(String name, List<Municipality> municipalities, String centralId) {
    }

    private SphereSettingsDialog() {
    }

    static Optional<Result> show(Window owner, I18n i18n, Sphere sphere) {
        Dialog<Result> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(i18n.t("settings.title"));
        d.setHeaderText(i18n.t("settings.header"));
        d.getDialogPane().setId("dialog-sphere-settings");
        TextField name = new TextField(sphere.name());
        name.setId("settings-name");
        ObservableList<Municipality> towns = FXCollections.observableArrayList(sphere.municipalities());
        ListView<Municipality> list = new ListView<>(towns);
        list.setId("settings-municipalities");
        list.setPrefHeight(200);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Municipality m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : m.name());
            }
        });
        ComboBox<Municipality> central = new ComboBox<>(towns);
        central.setId("settings-central");
        central.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Municipality m) {
                return m == null ? "" : m.name();
            }

            @Override
            public Municipality fromString(String s) {
                return null;
            }
        });
        sphere.municipality(sphere.centralMunicipalityId()).ifPresent(central::setValue);
        Ids ids = new Ids(sphere);
        TextField newName = new TextField();
        newName.setId("settings-new-municipality");
        newName.setPromptText(i18n.t("settings.newMunicipality"));
        Button add = new Button(i18n.t("edit.projects.add"));
        add.setId("settings-add");
        add.setOnAction(e -> {
            if (!newName.getText().isBlank()) {
                towns.add(new Municipality(ids.next("town"), newName.getText().strip()));
                newName.clear();
            }
        });
        TextField rename = new TextField();
        rename.setId("settings-rename");
        rename.setPromptText(i18n.t("settings.rename"));
        Button renameB = new Button(i18n.t("settings.renameButton"));
        renameB.setOnAction(e -> {
            int i = list.getSelectionModel().getSelectedIndex();
            if (i >= 0 && !rename.getText().isBlank()) {
                Municipality m = towns.get(i);
                Municipality renamed = new Municipality(m.id(), rename.getText().strip());
                boolean wasCentral = central.getValue() != null && central.getValue().id().equals(m.id());
                towns.set(i, renamed);
                if (wasCentral) {
                    central.setValue(renamed);
                }
            }
        });
        Button remove = new Button(i18n.t("edit.projects.remove"));
        remove.setId("settings-remove");
        remove.setOnAction(e -> {
            int i = list.getSelectionModel().getSelectedIndex();
            if (i >= 0) {
                towns.remove(i);
            }
        });
        Button up = new Button("↑");
        up.setOnAction(e -> move(list, towns, -1));
        Button down = new Button("↓");
        down.setOnAction(e -> move(list, towns, 1));
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.addRow(0, new Label(i18n.t("dialog.new.sphere")), name);
        g.addRow(1, new Label(i18n.t("settings.municipalities")), new VBox(6, list, new HBox(6, newName, add),
                new HBox(6, rename, renameB), new HBox(6, remove, up, down)));
        g.addRow(2, new Label(i18n.t("settings.central")), central);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b == ButtonType.OK ? new Result(name.getText().strip(), new ArrayList<>(towns),
                central.getValue() == null ? null : central.getValue().id()) : null);
        return d.showAndWait();
    }

    private static void move(ListView<Municipality> list, ObservableList<Municipality> towns, int delta) {
        int i = list.getSelectionModel().getSelectedIndex();
        int j = i + delta;
        if (i >= 0 && j >= 0 && j < towns.size()) {
            Municipality m = towns.remove(i);
            towns.add(j, m);
            list.getSelectionModel().select(j);
        }
    }
}
