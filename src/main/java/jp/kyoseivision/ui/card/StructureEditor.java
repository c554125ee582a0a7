package jp.kyoseivision.ui.card;

import jp.kyoseivision.ui.MainViewModel;
import jp.kyoseivision.ui.common.I18n;
import jp.kyoseivision.ui.common.Views;
import jp.kyoseivision.ui.nav.NavNode;

import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import jp.kyoseivision.edit.InputParsers;
import jp.kyoseivision.edit.SphereEdits;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.text.JapaneseYears;
import jp.kyoseivision.text.LocalizedException;

/**
 * Forms for the rows above the directions: a plan (title, fiscal-year range), a perspective (name, add a policy
 * area) and a policy area (name, add a direction); empty ones can be removed. Every change is one undoable edit.
 */
public final class StructureEditor {
    private final I18n i18n;
    private final MainViewModel vm;
    private final Consumer<Throwable> onError;

    public StructureEditor(I18n i18n, MainViewModel vm, Consumer<Throwable> onError) {
        this.i18n = i18n;
        this.vm = vm;
        this.onError = onError;
    }

    private void apply(String description, UnaryOperator<Sphere> edit) {
        try {
            vm.apply(description, edit);
        } catch (RuntimeException e) {
            onError.accept(e);
        }
    }

    public Node plan(NavNode node, Plan plan, Node summary) {
        GridPane g = Views.formGrid();
        TextField title = new TextField(plan.title());
        title.setId("edit-plan-title");
        TextField start = new TextField(String.valueOf(plan.startFy()));
        start.setId("edit-plan-start");
        TextField end = new TextField(String.valueOf(plan.endFy()));
        end.setId("edit-plan-end");
        start.setPrefColumnCount(5);
        end.setPrefColumnCount(5);
        Label range = new Label(JapaneseYears.fiscalYear(plan.startFy(), i18n.locale()) + " 〜 "
                + JapaneseYears.fiscalYear(plan.endFy(), i18n.locale()));
        Button save = new Button(i18n.t("structure.apply"));
        save.setId("edit-plan-apply");
        save.setOnAction(e -> {
            try {
                Integer s = InputParsers.fiscalYear(start.getText());
                CardEditor.clear(start);
                Integer t = InputParsers.fiscalYear(end.getText());
                CardEditor.clear(end);
                if (s == null || t == null || title.getText().isBlank()) {
                    throw new LocalizedException("input.required");
                }
                apply(i18n.t("structure.planChange") + "（" + title.getText().strip() + "）",
                        x -> SphereEdits.updatePlan(x, plan.id(), title.getText().strip(), s, t));
            } catch (LocalizedException ex) {
                CardEditor.mark(start.getStyleClass().contains("invalid") || start.getText().isBlank() ? start : end,
                        ex);
                onError.accept(ex);
            }
        });
        g.addRow(0, Views.fieldLabel(i18n.t("structure.planTitle")), title);
        g.addRow(1, Views.fieldLabel(i18n.t("structure.period")), new HBox(6, start, new Label("〜"), end, range));
        g.add(save, 1, 2);
        VBox box = new VBox(12, summary, g);
        box.setPadding(new Insets(0, 16, 16, 16));
        return box;
    }

    public Node perspective(NavNode.PerspectiveNode node) {
        int level = node.revision().levelOf(node.perspective().id());
        String add = levelText(node.plan(), level + 1, "structure.addLevel", "structure.addArea");
        return named(node.perspective().id(), node.perspective().name(),
                levelText(node.plan(), level, null, "structure.perspectiveName"),
                v -> apply(i18n.t("structure.rename") + "（" + v + "）",
                        s -> SphereEdits.renamePerspective(s, node.perspective().id(), v)),
                add, v -> apply(add + "（" + v + "）", s -> SphereEdits.addArea(s, node.perspective().id(), v)));
    }

    public Node area(NavNode.AreaNode node) {
        int level = node.revision().levelOf(node.area().id());
        String add = levelText(node.plan(), level + 1, "structure.addLevel", "structure.addDirection");
        return named(node.area().id(), node.area().name(), levelText(node.plan(), level, null, "structure.areaName"),
                v -> apply(i18n.t("structure.rename") + "（" + v + "）",
                        s -> SphereEdits.renameArea(s, node.area().id(), v)),
                add, v -> apply(add + "（" + v + "）", s -> SphereEdits.addDirection(s, node.area().id(), v)));
    }

    /**
     * A label for level {@code level} of the plan: the vision's own words ({@code visionKey}); for another kind its
     * level's name, through {@code key} when given ("基本目標を追加"), the vision's words when the level is unnamed.
     */
    private String levelText(jp.kyoseivision.model.Plan plan, int level, String key, String visionKey) {
        String name = plan.kind().levelName(level);
        if (plan.kind().equals(jp.kyoseivision.model.PlanKind.VISION) || name.isBlank()) {
            return i18n.t(visionKey);
        }
        return key == null ? name : i18n.t(key, name);
    }

    private Node named(String id, String name, String label, Consumer<String> rename, String addText,
            Consumer<String> add) {
        GridPane g = Views.formGrid();
        TextField field = new TextField(name);
        field.setId("edit-structure-name");
        field.getStyleClass().add("card-title");
        Runnable fire = () -> {
            String v = field.getText().strip();
            if (v.isEmpty()) {
                CardEditor.mark(field, new LocalizedException("input.required"));
            } else if (!v.equals(name)) {
                CardEditor.clear(field);
                rename.accept(v);
            }
        };
        field.setOnAction(e -> fire.run());
        field.focusedProperty().addListener((o, was, now) -> {
            if (was && !now) {
                fire.run();
            }
        });
        TextField child = new TextField();
        child.setId("edit-structure-child");
        child.setPromptText(addText);
        Button addB = new Button(addText);
        addB.setId("edit-structure-add");
        addB.setOnAction(e -> {
            if (!child.getText().isBlank()) {
                add.accept(child.getText().strip());
            }
        });
        Button remove = new Button(i18n.t("structure.remove"));
        remove.setId("edit-structure-remove");
        remove.setOnAction(e -> apply(i18n.t("structure.remove") + "（" + name + "）",
                s -> SphereEdits.removeEmpty(s, id)));
        g.addRow(0, Views.fieldLabel(label), field);
        g.addRow(1, Views.fieldLabel(""), new HBox(6, child, addB));
        g.addRow(2, Views.fieldLabel(""), remove);
        VBox box = new VBox(10, g);
        box.setId("structure-editor");
        box.setPadding(new Insets(16));
        return box;
    }
}
