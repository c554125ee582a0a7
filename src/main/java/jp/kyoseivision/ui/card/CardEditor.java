package jp.kyoseivision.ui.card;

import jp.kyoseivision.ui.MainViewModel;
import jp.kyoseivision.ui.common.I18n;
import jp.kyoseivision.ui.common.Sdgs;
import jp.kyoseivision.ui.common.Views;
import jp.kyoseivision.ui.nav.NavNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import jp.kyoseivision.edit.InputParsers;
import jp.kyoseivision.edit.MeasureChange;
import jp.kyoseivision.edit.SphereEdits;
import jp.kyoseivision.model.Direction;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Municipality;
import jp.kyoseivision.model.ProjectGroup;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.text.JapaneseYears;
import jp.kyoseivision.text.LocalizedException;
import jp.kyoseivision.text.Numbers;

/**
 * The form for every field of a card. Each field commits when it loses focus (or on Enter in a one-line field):
 * a valid change becomes one undoable edit, saved at once; an invalid entry is marked at the field with a message
 * and nothing is saved. Node ids ({@code edit-…}) let tests and screen readers find each field.
 */
public final class CardEditor {
    private final I18n i18n;
    private final MainViewModel vm;
    private final Consumer<Throwable> onError;

    public CardEditor(I18n i18n, MainViewModel vm, Consumer<Throwable> onError) {
        this.i18n = i18n;
        this.vm = vm;
        this.onError = onError;
    }

    /** The current state of the card being edited (fresh from the view model at every commit). */
    private Measure current(String id) {
        return SphereEdits.locate(vm.sphereProperty().get(), id).map(l -> l.direction().measures().get(l.index()))
                .orElseThrow();
    }

    private void commit(String descriptionKey, Measure m, UnaryOperator<Measure> change) {
        Measure now = current(m.id());
        Measure next;
        try {
            next = change.apply(now);
        } catch (RuntimeException e) {
            onError.accept(e);
            return;
        }
        if (next.equals(now)) {
            return;
        }
        String what = i18n.t(descriptionKey) + "（No." + now.number() + " " + now.name() + "）";
        try {
            vm.apply(what, s -> SphereEdits.replaceMeasure(s, next));
        } catch (RuntimeException e) {
            onError.accept(e);
        }
    }

    public Node render(Sphere sphere, NavNode.MeasureNode node) {
        Measure m = node.measure();
        VBox box = new VBox(10);
        box.setId("card-editor");
        box.setPadding(new Insets(16));
        Label crumb = new Label(i18n.t("card.breadcrumb", node.perspective().name(), node.area().name(),
                node.direction().title()));
        crumb.getStyleClass().add("breadcrumb");
        Label title = new Label(i18n.t("card.number", m.number()) + "　" + m.name());
        title.getStyleClass().add("card-title");
        title.setId("edit-title");
        box.getChildren().addAll(crumb, title);

        GridPane g = Views.formGrid();
        int row = 0;
        g.add(Views.fieldLabel(i18n.t("card.name")), 0, row);
        g.add(textField("edit-name", m.name(), true, v -> commit("edit.name", m, x -> MeasureChange.name(x, v))),
                1, row++);
        g.add(Views.fieldLabel(i18n.t("edit.direction")), 0, row);
        g.add(directionChoice(node), 1, row++);
        row = area(g, row, "card.content", "edit-content", m.content(),
                v -> commit("edit.content", m, x -> MeasureChange.content(x, v)));
        g.add(Views.fieldLabel(i18n.t("card.kpis")), 0, row);
        g.add(new KpiEditor(i18n, this::kpiCommit, m).render(), 1, row++);
        g.add(Views.fieldLabel(i18n.t("card.participants")), 0, row);
        g.add(participants(sphere, m), 1, row++);
        g.add(Views.fieldLabel(i18n.t("card.budget")), 0, row);
        g.add(budget(m, node.plan().fiscalYears()), 1, row++);
        g.add(Views.fieldLabel(i18n.t("card.projects")), 0, row);
        g.add(projects(sphere, m), 1, row++);
        row = area(g, row, "card.effect", "edit-effect", m.effect(),
                v -> commit("edit.effect", m, x -> MeasureChange.effect(x, v)));
        row = area(g, row, "card.roleSharing", "edit-role-sharing", m.roleSharing(),
                v -> commit("edit.roleSharing", m, x -> MeasureChange.roleSharing(x, v)));
        g.add(Views.fieldLabel(i18n.t("card.sdgs")), 0, row);
        g.add(sdgs(m), 1, row++);
        row = area(g, row, "card.notes", "edit-notes", m.notes(),
                v -> commit("edit.notes", m, x -> MeasureChange.notes(x, v)));
        Views.textRow(g, row, i18n.t("card.lineage"), m.lineageId(), "edit-lineage", i18n);
        box.getChildren().add(g);
        return box;
    }

    private void kpiCommit(Measure m, UnaryOperator<Measure> change) {
        commit("edit.kpis", m, change);
    }

    // ---- simple fields -----------------------------------------------------------------------------------------

    private TextField textField(String id, String value, boolean required, Consumer<String> onCommit) {
        TextField f = new TextField(value == null ? "" : value);
        f.setId(id);
        Runnable fire = () -> {
            String v = f.getText().strip();
            if (required && v.isEmpty()) {
                mark(f, new LocalizedException("input.required"));
                return;
            }
            clear(f);
            if (!v.equals(Objects.toString(value, ""))) {
                onCommit.accept(v);
            }
        };
        f.setOnAction(e -> fire.run());
        f.focusedProperty().addListener((o, was, now) -> {
            if (was && !now) {
                fire.run();
            }
        });
        return f;
    }

    private int area(GridPane g, int row, String labelKey, String id, String value, Consumer<String> onCommit) {
        g.add(Views.fieldLabel(i18n.t(labelKey)), 0, row);
        TextArea a = new TextArea(value == null ? "" : value);
        a.setId(id);
        a.setWrapText(true);
        a.setPrefRowCount(Math.max(2, Math.min(8, (value == null ? 0 : value.length()) / 45 + 1)));
        a.focusedProperty().addListener((o, was, now) -> {
            if (was && !now && !a.getText().equals(Objects.toString(value, ""))) {
                onCommit.accept(a.getText());
            }
        });
        g.add(a, 1, row);
        return row + 1;
    }

    private Node directionChoice(NavNode.MeasureNode node) {
        ComboBox<Direction> box = new ComboBox<>();
        box.setId("edit-direction");
        List<Direction> all = node.revision().directions().toList();
        box.getItems().setAll(all);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Direction d) {
                if (d == null) {
                    return "";
                }
                String area = node.revision().policyAreas().filter(a -> a.directions().contains(d)).findFirst()
                        .map(a -> a.name()).orElse("");
                return area + " ＞ " + d.title();
            }

            @Override
            public Direction fromString(String s) {
                return null;
            }
        });
        box.getSelectionModel().select(node.direction());
        box.valueProperty().addListener((o, old, now) -> {
            if (now != null && old != null && !now.id().equals(old.id())) {
                Measure m = node.measure();
                String what = i18n.t("edit.move") + "（No." + m.number() + " " + m.name() + "）";
                try {
                    vm.apply(what, s -> SphereEdits.moveMeasure(s, m.id(), now.id(), Integer.MAX_VALUE));
                } catch (RuntimeException e) {
                    onError.accept(e);
                }
            }
        });
        return box;
    }

    private Node participants(Sphere sphere, Measure m) {
        HBox row = new HBox(16);
        row.setId("edit-participants");
        for (Municipality town : sphere.municipalities()) {
            CheckBox cb = new CheckBox(town.name());
            cb.setId("edit-participant-" + town.id());
            cb.setSelected(m.participants().contains(town.id()));
            cb.selectedProperty().addListener((o, was, now) -> commit("edit.participants", m, x -> {
                List<String> ids = new ArrayList<>();
                // keep the sphere's order of municipalities
                for (Municipality t : sphere.municipalities()) {
                    boolean in = t.id().equals(town.id()) ? now : x.participants().contains(t.id());
                    if (in) {
                        ids.add(t.id());
                    }
                }
                return MeasureChange.participants(x, ids);
            }));
            row.getChildren().add(cb);
        }
        return row;
    }

    // ---- budget grid -------------------------------------------------------------------------------------------

    private Node budget(Measure m, List<Integer> planYears) {
        GridPane t = Views.table("edit-budget");
        java.util.SortedSet<Integer> years = new java.util.TreeSet<>(planYears);
        years.addAll(m.budget().keySet());
        Views.header(t, i18n.t("card.budget.fy"), 0, 0);
        Views.cell(t, i18n.t("card.budget"), 0, 1, false);
        List<TextField> fields = new ArrayList<>();
        Label total = Views.cell(t, Numbers.grouped(m.budgetTotal()), years.size() + 1, 1, true);
        total.setId("edit-budget-total");
        Label error = new Label();
        error.setId("edit-budget-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        int col = 1;
        for (int fy : years) {
            Views.header(t, JapaneseYears.fiscalYear(fy, i18n.locale()).replace(" (", "\n("), col, 0);
            Long amount = m.budget().get(fy);
            TextField f = new TextField(amount == null ? "" : Numbers.grouped(amount));
            f.setId("edit-budget-" + fy);
            f.setPrefColumnCount(8);
            f.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
            f.getProperties().put("fy", fy);
            fields.add(f);
            // the total follows what is typed, before anything is saved
            f.textProperty().addListener((o, a, b) -> total.setText(liveTotal(fields)));
            Runnable fire = () -> {
                Long v;
                try {
                    v = InputParsers.thousandYen(f.getText());
                } catch (LocalizedException e) {
                    mark(f, e);
                    error.setText(e.getMessage());
                    return;
                }
                clear(f);
                if (fields.stream().noneMatch(x -> x.getStyleClass().contains("invalid"))) {
                    error.setText("");
                }
                f.setText(v == null ? "" : Numbers.grouped(v));
                commit("edit.budget", m, x -> {
                    TreeMap<Integer, Long> b = new TreeMap<>(x.budget());
                    if (v == null) {
                        b.remove(fy);
                    } else {
                        b.put(fy, v);
                    }
                    return MeasureChange.budget(x, b);
                });
            };
            f.setOnAction(e -> fire.run());
            f.focusedProperty().addListener((o, was, now) -> {
                if (was && !now) {
                    fire.run();
                }
            });
            t.add(f, col++, 1);
        }
        Views.header(t, i18n.t("card.budget.total"), col, 0);
        VBox box = new VBox(4, t, error);
        return box;
    }

    /** The sum of what the fields hold now; "—" while one of them cannot be read. */
    private static String liveTotal(List<TextField> fields) {
        long sum = 0;
        for (TextField f : fields) {
            try {
                Long v = InputParsers.thousandYen(f.getText());
                sum += v == null ? 0 : v;
            } catch (LocalizedException e) {
                return "—";
            }
        }
        return Numbers.grouped(sum);
    }

    // ---- projects ----------------------------------------------------------------------------------------------

    private Node projects(Sphere sphere, Measure m) {
        VBox box = new VBox(8);
        box.setId("edit-projects");
        List<String> groups = new ArrayList<>();
        groups.add(null);
        sphere.municipalities().forEach(t -> groups.add(t.id()));
        for (String group : groups) {
            String head = group == null ? i18n.t("card.projects.common") : i18n.t("card.projects.group",
                    sphere.municipality(group).map(Municipality::name).orElse(group));
            String key = group == null ? "common" : group;
            ListView<String> list = new ListView<>();
            list.setId("edit-projects-" + key);
            list.getItems().setAll(m.projectNames(group));
            list.setPrefHeight(Math.max(1, list.getItems().size()) * 26 + 4);
            list.setEditable(true);
            list.setCellFactory(javafx.scene.control.cell.TextFieldListCell.forListView());
            list.setOnEditCommit(e -> {
                String v = e.getNewValue() == null ? "" : e.getNewValue().strip();
                List<String> names = new ArrayList<>(list.getItems());
                if (v.isEmpty()) {
                    names.remove(e.getIndex());
                } else {
                    names.set(e.getIndex(), v);
                }
                commit("edit.projects", m, x -> withGroup(sphere, x, group, names));
            });
            TextField add = new TextField();
            add.setId("edit-projects-" + key + "-new");
            add.setPromptText(i18n.t("edit.projects.prompt"));
            Button addB = button("edit.projects.add", "edit-projects-" + key + "-add", () -> {
                String v = add.getText().strip();
                if (!v.isEmpty()) {
                    List<String> names = new ArrayList<>(current(m.id()).projectNames(group));
                    names.add(v);
                    commit("edit.projects", m, x -> withGroup(sphere, x, group, names));
                }
            });
            add.setOnAction(e -> addB.fire());
            Button remove = button("edit.projects.remove", "edit-projects-" + key + "-remove", () -> {
                int i = list.getSelectionModel().getSelectedIndex();
                if (i >= 0) {
                    List<String> names = new ArrayList<>(list.getItems());
                    names.remove(i);
                    commit("edit.projects", m, x -> withGroup(sphere, x, group, names));
                }
            });
            Button up = button("edit.projects.up", "edit-projects-" + key + "-up", () -> swap(sphere, m, group, list, -1));
            Button down = button("edit.projects.down", "edit-projects-" + key + "-down",
                    () -> swap(sphere, m, group, list, 1));
            Label h = new Label(head);
            h.getStyleClass().add("field-label");
            HBox tools = new HBox(6, add, addB, remove, up, down);
            box.getChildren().add(new VBox(4, h, list, tools));
        }
        return box;
    }

    private void swap(Sphere sphere, Measure m, String group, ListView<String> list, int delta) {
        int i = list.getSelectionModel().getSelectedIndex();
        int j = i + delta;
        if (i < 0 || j < 0 || j >= list.getItems().size()) {
            return;
        }
        List<String> names = new ArrayList<>(list.getItems());
        java.util.Collections.swap(names, i, j);
        commit("edit.projects", m, x -> withGroup(sphere, x, group, names));
    }

    /** The card with {@code group}'s names replaced; empty groups are dropped, groups kept in the sphere's order. */
    public static Measure withGroup(Sphere sphere, Measure m, String group, List<String> names) {
        List<ProjectGroup> out = new ArrayList<>();
        List<String> order = new ArrayList<>();
        order.add(null);
        sphere.municipalities().forEach(t -> order.add(t.id()));
        for (String g : order) {
            List<String> n = Objects.equals(g, group) ? names : m.projectNames(g);
            if (!n.isEmpty()) {
                out.add(new ProjectGroup(g, n));
            }
        }
        return MeasureChange.projects(m, out);
    }

    // ---- SDGs --------------------------------------------------------------------------------------------------

    private Node sdgs(Measure m) {
        FlowPane pane = new FlowPane(8, 6);
        pane.setId("edit-sdgs");
        pane.setPrefWrapLength(760);
        for (int goal = 1; goal <= 17; goal++) {
            int g = goal;
            CheckBox cb = new CheckBox(Sdgs.name(goal, i18n));
            cb.setId("edit-sdg-" + goal);
            cb.setSelected(m.sdgs().contains(goal));
            cb.selectedProperty().addListener((o, was, now) -> commit("edit.sdgs", m, x -> {
                List<Integer> goals = new ArrayList<>(x.sdgs());
                goals.remove(Integer.valueOf(g));
                if (now) {
                    goals.add(g);
                }
                return MeasureChange.sdgs(x, goals);
            }));
            pane.getChildren().add(cb);
        }
        return pane;
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private Button button(String key, String id, Runnable action) {
        Button b = new Button(i18n.t(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    public static void mark(TextInputControl f, LocalizedException e) {
        if (!f.getStyleClass().contains("invalid")) {
            f.getStyleClass().add("invalid");
        }
        f.setTooltip(new Tooltip(e.getMessage()));
    }

    public static void clear(TextInputControl f) {
        f.getStyleClass().remove("invalid");
        f.setTooltip(null);
    }
}
