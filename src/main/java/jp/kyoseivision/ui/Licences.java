package jp.kyoseivision.ui;

import jp.kyoseivision.ui.common.I18n;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/** The bundled libraries and their licences (resource {@code third-party-licences.txt}) for the About dialog. */
final class Licences {
    /** One library line: artifact names, version, licence (proper names, the same in every language). */
    record Entry(String artifact, String version, String licence) {
    }

    private Licences() {
    }

    static List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        try (InputStream in = Licences.class.getResourceAsStream("third-party-licences.txt")) {
            if (in == null) {
                return out;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split("\t");
                if (!line.startsWith("#") && f.length == 3) {
                    out.add(new Entry(f[0].strip(), f[1].strip(), f[2].strip()));
                }
            }
        } catch (IOException e) {
            // an unreadable list leaves the table empty; the About dialog still opens
        }
        return out;
    }

    static VBox pane(I18n i18n) {
        TableView<Entry> table = new TableView<>();
        table.setId("about-licences");
        table.getItems().setAll(entries());
        table.getColumns().add(column(i18n.t("dialog.about.library"), Entry::artifact, 380));
        table.getColumns().add(column(i18n.t("dialog.about.version"), Entry::version, 110));
        table.getColumns().add(column(i18n.t("dialog.about.licence"), Entry::licence, 230));
        table.setPrefHeight(260);
        table.setPrefWidth(740);
        return new VBox(6, new Label(i18n.t("dialog.about.libraries")), table);
    }

    private static TableColumn<Entry, String> column(String title, java.util.function.Function<Entry, String> f,
            double width) {
        TableColumn<Entry, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new javafx.beans.property.ReadOnlyStringWrapper(f.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
