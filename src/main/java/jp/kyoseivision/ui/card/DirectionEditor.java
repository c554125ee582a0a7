package jp.kyoseivision.ui.card;

import jp.kyoseivision.ui.MainViewModel;
import jp.kyoseivision.ui.common.I18n;
import jp.kyoseivision.ui.common.Views;
import jp.kyoseivision.ui.nav.NavNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import jp.kyoseivision.edit.SphereEdits;
import jp.kyoseivision.model.Municipality;
import jp.kyoseivision.model.Role;
import jp.kyoseivision.model.Sphere;

/** The form of a direction (取組分野): its title, the agreement text and each municipality's role. */
public final class DirectionEditor {
    private final I18n i18n;
    private final MainViewModel vm;
    private final Consumer<Throwable> onError;

    public DirectionEditor(I18n i18n, MainViewModel vm, Consumer<Throwable> onError) {
        this.i18n = i18n;
        this.vm = vm;
        this.onError = onError;
    }

    public Node render(Sphere sphere, NavNode.DirectionNode node) {
        jp.kyoseivision.model.Node d = node.direction();
        VBox box = new VBox(10);
        box.setId("direction-editor");
        box.setPadding(new Insets(16));
        Label crumb = new Label(NavNode.name(node.perspective()) + " ＞ " + NavNode.name(node.area()));
        crumb.getStyleClass().add("breadcrumb");
        box.getChildren().add(crumb);
        GridPane g = Views.formGrid();
        TextField title = new TextField(d.name());
        title.setId("edit-direction-title");
        title.getStyleClass().add("card-title");
        g.add(Views.fieldLabel(i18n.t("edit.directionTitle")), 0, 0);
        g.add(title, 1, 0);
        Runnable saveTitle = () -> {
            String v = title.getText().strip();
            if (v.isEmpty()) {
                CardEditor.mark(title, new jp.kyoseivision.text.LocalizedException("input.required"));
            } else if (!v.equals(current(d).name())) {
                CardEditor.clear(title);
                save(d, x -> x.withTexts(v, x.text(), x.roles()));
            }
        };
        title.setOnAction(e -> saveTitle.run());
        title.focusedProperty().addListener((o, was, now) -> {
            if (was && !now) {
                saveTitle.run();
            }
        });
        TextArea agreement = area("edit-direction-agreement", d.text());
        g.add(Views.fieldLabel(i18n.t("direction.agreement")), 0, 1);
        g.add(agreement, 1, 1);
        agreement.focusedProperty().addListener((o, was, now) -> {
            if (was && !now && !agreement.getText().equals(Objects.toString(current(d).text(), ""))) {
                save(d, x -> x.withTexts(x.name(), agreement.getText(), x.roles()));
            }
        });
        int row = 2;
        for (Municipality town : sphere.municipalities()) {
            TextArea role = area("edit-direction-role-" + town.id(), d.role(town.id()).orElse(""));
            g.add(Views.fieldLabel(i18n.t("direction.role", town.name())), 0, row);
            g.add(role, 1, row++);
            role.focusedProperty().addListener((o, was, now) -> {
                if (was && !now && !role.getText().equals(current(d).role(town.id()).orElse(""))) {
                    save(d, x -> withRole(sphere, x, town.id(), role.getText()));
                }
            });
        }
        Views.textRow(g, row, "", i18n.t("direction.cards", d.measures().size()), "direction-cards", i18n);
        box.getChildren().add(g);
        return box;
    }

    private jp.kyoseivision.model.Node current(jp.kyoseivision.model.Node d) {
        return vm.sphereProperty().get().revisions().flatMap(r -> r.allNodes()).filter(x -> x.id().equals(d.id()))
                .findFirst().orElse(d);
    }

    private void save(jp.kyoseivision.model.Node d, java.util.function.UnaryOperator<jp.kyoseivision.model.Node> change) {
        jp.kyoseivision.model.Node next = change.apply(current(d));
        try {
            vm.apply(i18n.t("edit.directionChange") + "（" + next.name() + "）", s -> SphereEdits.updateDirection(s, next));
        } catch (RuntimeException e) {
            onError.accept(e);
        }
    }

    /** Roles kept in the sphere's order of municipalities; an emptied role is removed. */
    private static jp.kyoseivision.model.Node withRole(Sphere sphere, jp.kyoseivision.model.Node d, String town, String text) {
        List<Role> roles = new ArrayList<>();
        for (Municipality m : sphere.municipalities()) {
            String t = m.id().equals(town) ? text.strip() : d.role(m.id()).orElse("");
            if (!t.isEmpty()) {
                roles.add(new Role(m.id(), m.id().equals(town) ? text : t));
            }
        }
        return d.withTexts(d.name(), d.text(), roles);
    }

    private static TextArea area(String id, String text) {
        TextArea a = new TextArea(text == null ? "" : text);
        a.setId(id);
        a.setWrapText(true);
        a.setPrefRowCount(4);
        return a;
    }
}
