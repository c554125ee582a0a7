package jp.kyoseivision.ui.card;

import jp.kyoseivision.ui.MainViewModel;
import jp.kyoseivision.ui.common.FieldBinding;
import jp.kyoseivision.ui.common.FieldModel;
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
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.PlanFeature;
import jp.kyoseivision.model.PlanKind;
import jp.kyoseivision.ui.nav.NavTree;
import jp.kyoseivision.model.Municipality;
import jp.kyoseivision.model.ProjectGroup;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.text.JapaneseYears;
import jp.kyoseivision.text.LocalizedException;
import jp.kyoseivision.text.Numbers;

/**
 * The form for every field of a card: a view that binds to its {@link CardFormModel}. Each text field commits
 * when it is left (or on Enter in a one-line field) through the model: a valid change becomes one undoable edit,
 * saved at once; an invalid entry stays in the field, marked with its reason, and nothing is saved. Node ids
 * ({@code edit-…}) let tests and screen readers find each field.
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

    private Consumer<String> onOpinions;

    /** Called with the card's id when its 「意見 n件」 link is clicked (null: no link). */
    public void setOnOpinions(Consumer<String> open) {
        onOpinions = open;
    }

    /** Runs a change of the card through the form's model; a refusal is shown (never swallowed). */
    private void guard(Runnable change) {
        try {
            change.run();
        } catch (RuntimeException e) {
            onError.accept(e);
        }
    }

    public Node render(Sphere sphere, NavNode.MeasureNode node, CardFormModel form) {
        return render(sphere, node, form, true);
    }

    /**
     * The form of an item of any plan kind, showing what the kind has (a 共生ビジョン card as before; a 総合戦略 item
     * with its code and sections; an action-plan project with its schedule table …); {@code editable} false: the
     * same form read-only (a locked revision of a kind without a printed card view).
     */
    public Node render(Sphere sphere, NavNode.MeasureNode node, CardFormModel form, boolean editable) {
        Measure m = node.measure();
        PlanKind kind = node.plan().kind();
        boolean vision = kind.has(PlanFeature.PROJECTS_BY_MUNICIPALITY);
        form.load(m, node.plan().fiscalYears(), editable, kind.sections());
        VBox box = new VBox(10);
        box.setId("card-editor");
        box.setPadding(new Insets(16));
        Label crumb = new Label(vision ? i18n.t("card.breadcrumb", NavNode.name(node.perspective()),
                NavNode.name(node.area()), NavNode.name(node.direction())) : path(node));
        crumb.getStyleClass().add("breadcrumb");
        crumb.setWrapText(true);
        crumb.setId("edit-breadcrumb");
        Label title = new Label((m.code() == null ? i18n.t("card.number", m.number()) : m.code()) + "　" + m.name());
        title.getStyleClass().add("card-title");
        title.setId("edit-title");
        title.setWrapText(true);
        box.getChildren().addAll(crumb, OpinionLink.beside(title, i18n, sphere, node.revision().id(), m.id(),
                onOpinions));

        GridPane g = Views.formGrid();
        int row = 0;
        g.add(Views.fieldLabel(vision ? i18n.t("card.name") : kind.item()), 0, row);
        g.add(fieldWithError(new TextField(), form.field("edit-name")), 1, row++);
        if (m.code() != null) {
            row = Views.textRow(g, row, i18n.t("card.code"), m.code(), "edit-code", i18n);
        }
        if (vision || kind.depth() > 0) {
            String levelName = kind.levelName(kind.depth() - 1);
            g.add(Views.fieldLabel(vision ? i18n.t("edit.direction")
                    : levelName.isEmpty() ? i18n.t("edit.parent") : levelName), 0, row);
            g.add(directionChoice(node, form), 1, row++);
        }
        if (kind.has(PlanFeature.CONTENT) || !blank(m.content())) {
            row = area(g, row, "card.content", form.field("edit-content"));
        }
        List<String> labels = form.sectionLabels();
        for (int i = 0; i < labels.size(); i++) {
            g.add(Views.fieldLabel(labels.get(i)), 0, row);
            g.add(section(m, i, form), 1, row++);
        }
        g.add(Views.fieldLabel(vision || kind.kpiHeading() == null ? i18n.t("card.kpis") : kind.kpiHeading()), 0, row);
        if (vision) {
            g.add(new KpiEditor(i18n, (x, change) -> guard(() -> form.commit("edit.kpis", change)), m).render(), 1,
                    row++);
        } else {
            g.add(m.kpis().isEmpty() ? Views.value(i18n.t("card.kpi.none"), "edit-kpis")
                    : NodeEditor.kpiTable(m.kpis(), "edit-kpis", i18n), 1, row++);
        }
        if (kind.has(PlanFeature.PARTICIPANTS) || !m.participants().isEmpty()) {
            g.add(Views.fieldLabel(i18n.t("card.participants")), 0, row);
            g.add(participants(sphere, m, form), 1, row++);
        }
        if (kind.has(PlanFeature.BUDGET) || !m.budget().isEmpty()) {
            g.add(Views.fieldLabel(i18n.t("card.budget")), 0, row);
            g.add(budget(m, node.plan().fiscalYears(), form), 1, row++);
        }
        if (vision) {
            g.add(Views.fieldLabel(i18n.t("card.projects")), 0, row);
            g.add(projects(sphere, m, form), 1, row++);
        } else if (kind.has(PlanFeature.PROJECTS) || !m.projects().isEmpty()) {
            g.add(Views.fieldLabel(kind.projectsHeading() == null ? i18n.t("card.projects") : kind.projectsHeading()),
                    0, row);
            g.add(new ProjectTable(i18n, form, this::guard).render(node.plan(), m), 1, row++);
        }
        if (kind.has(PlanFeature.EFFECT) || !blank(m.effect())) {
            row = area(g, row, "card.effect", form.field("edit-effect"));
        }
        if (kind.has(PlanFeature.ROLE_SHARING) || !blank(m.roleSharing())) {
            row = area(g, row, "card.roleSharing", form.field("edit-role-sharing"));
        }
        if (kind.has(PlanFeature.SDGS) || !m.sdgs().isEmpty()) {
            g.add(Views.fieldLabel(i18n.t("card.sdgs")), 0, row);
            g.add(sdgs(m, form), 1, row++);
        }
        row = area(g, row, "card.notes", form.field("edit-notes"));
        Views.textRow(g, row, i18n.t("card.lineage"), m.lineageId(), "edit-lineage", i18n);
        box.getChildren().add(g);
        if (!editable) {
            // read-only: what adds or removes is not shown, what acts (checks, choices) is disabled, the text
            // fields are read-only already
            for (Node n : g.lookupAll("*")) {
                String id = n.getId() == null ? "" : n.getId();
                if (id.endsWith("-add") || id.endsWith("-remove") || id.endsWith("-new") || id.endsWith("-up")
                        || id.endsWith("-down")) {
                    n.setVisible(false);
                    n.setManaged(false);
                }
            }
            for (Node n : g.lookupAll(".button")) {
                n.setDisable(true);
            }
            for (Node n : g.lookupAll(".check-box")) {
                n.setDisable(true);
            }
            for (Node n : g.lookupAll(".combo-box-base")) {
                n.setDisable(true);
            }
            for (Node n : g.lookupAll(".text-input")) {
                if (n instanceof TextInputControl t && !t.editableProperty().isBound()) {
                    t.setEditable(false);
                }
            }
        }
        return box;
    }

    private static boolean headed(List<jp.kyoseivision.model.SectionItem> items) {
        return items.stream().anyMatch(it -> it.heading() != null);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Where an item is, as the tree labels it: 基本目標Ⅰ　… ＞ ①　…; the plan's title for an item right under it. */
    private String path(NavNode.MeasureNode node) {
        List<jp.kyoseivision.model.Node> path = node.revision().pathOf(node.measure().id());
        String p = path.stream().map(x -> NavTree.label(new NavNode.PerspectiveNode(node.plan(), node.revision(), x),
                i18n)).collect(java.util.stream.Collectors.joining(" ＞ "));
        return p.isEmpty() ? node.plan().title() : p;
    }

    // ---- sections (現状と課題, 主な取組 …) -----------------------------------------------------------------------

    /** The entries of the {@code label}th section: number, heading, text, each editable and removable; an add row. */
    private Node section(Measure m, int label, CardFormModel form) {
        String name = form.sectionLabels().get(label);
        VBox box = new VBox(6);
        box.setId("edit-section-" + (label + 1));
        List<jp.kyoseivision.model.SectionItem> items = jp.kyoseivision.edit.ItemEdits.entries(m, name);
        for (int i = 0; i < items.size(); i++) {
            int index = i;
            jp.kyoseivision.model.SectionItem item = items.get(i);
            Label number = new Label(item.number() == null ? "・" : item.number());
            number.setMinWidth(Label.USE_PREF_SIZE);
            TextField heading = new TextField();
            heading.setPromptText(i18n.t("edit.section.heading"));
            TextArea text = new TextArea();
            text.setWrapText(true);
            text.setPrefRowCount(Math.max(2, Math.min(6, Objects.toString(item.text(), "").length() / 45 + 1)));
            text.setPromptText(i18n.t("edit.section.text"));
            Button remove = button("edit.section.remove", "edit-section-" + (label + 1) + "-" + (i + 1) + "-remove",
                    () -> guard(() -> form.commit("edit.sections",
                            x -> jp.kyoseivision.edit.ItemEdits.removeEntry(x, name, index))));
            VBox fields = new VBox(4);
            if (item.heading() != null || headed(items)) { // a section of texts only shows no heading boxes
                fields.getChildren().add(fieldWithError(heading, form.entry(label, i, "heading")));
            }
            fields.getChildren().add(fieldWithError(text, form.entry(label, i, "text")));
            HBox.setHgrow(fields, javafx.scene.layout.Priority.ALWAYS);
            HBox line = new HBox(6, number, fields, remove);
            line.getStyleClass().add("section-entry");
            box.getChildren().add(line);
        }
        TextField add = new TextField();
        add.setId("edit-section-" + (label + 1) + "-new");
        add.setPromptText(i18n.t("edit.section.prompt"));
        HBox.setHgrow(add, javafx.scene.layout.Priority.ALWAYS);
        Button addB = button("edit.section.add", "edit-section-" + (label + 1) + "-add", () -> {
            String v = add.getText().strip();
            if (!v.isEmpty()) {
                // a new entry is written as the others are: as a heading where they have headings, else as a text
                boolean headed = headed(items);
                guard(() -> form.commit("edit.sections", x -> jp.kyoseivision.edit.ItemEdits.addEntry(x, name,
                        headed ? v : null, headed ? null : v)));
            }
        });
        add.setOnAction(e -> addB.fire());
        box.getChildren().add(new HBox(6, add, addB));
        return box;
    }

    // ---- simple fields -----------------------------------------------------------------------------------------

    private Node fieldWithError(TextInputControl control, FieldModel field) {
        Label error = new Label();
        error.setId(field.id() + "-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        FieldBinding.bind(control, field, error);
        return new VBox(2, control, error);
    }

    private int area(GridPane g, int row, String labelKey, FieldModel field) {
        g.add(Views.fieldLabel(i18n.t(labelKey)), 0, row);
        TextArea a = new TextArea();
        a.setWrapText(true);
        a.setPrefRowCount(Math.max(2, Math.min(8, field.text().length() / 45 + 1)));
        g.add(fieldWithError(a, field), 1, row);
        return row + 1;
    }

    private Node directionChoice(NavNode.MeasureNode node, CardFormModel form) {
        ComboBox<jp.kyoseivision.model.Node> box = new ComboBox<>();
        box.setId("edit-direction");
        List<jp.kyoseivision.model.Node> all = node.revision().allNodes().filter(x -> x.children().isEmpty()).toList();
        box.getItems().setAll(all);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(jp.kyoseivision.model.Node d) {
                if (d == null) {
                    return "";
                }
                List<jp.kyoseivision.model.Node> path = node.revision().pathOfNode(d.id());
                String area = path.size() < 2 ? "" : path.get(path.size() - 2).name();
                return area + " ＞ " + d.name();
            }

            @Override
            public jp.kyoseivision.model.Node fromString(String s) {
                return null;
            }
        });
        box.getSelectionModel().select(node.direction());
        // the officer's choice only (the value set above is what the file holds)
        box.setOnAction(e -> {
            jp.kyoseivision.model.Node now = box.getValue();
            if (now != null && (node.direction() == null || !now.id().equals(node.direction().id()))) {
                guard(() -> form.moveTo(now.id()));
            }
        });
        return box;
    }

    private Node participants(Sphere sphere, Measure m, CardFormModel form) {
        HBox row = new HBox(16);
        row.setId("edit-participants");
        for (Municipality town : sphere.municipalities()) {
            CheckBox cb = new CheckBox(town.name());
            cb.setId("edit-participant-" + town.id());
            cb.setSelected(m.participants().contains(town.id()));
            cb.setOnAction(e -> guard(() -> form.setParticipant(sphere, town.id(), cb.isSelected())));
            row.getChildren().add(cb);
        }
        return row;
    }

    // ---- budget grid -------------------------------------------------------------------------------------------

    private Node budget(Measure m, List<Integer> planYears, CardFormModel form) {
        GridPane t = Views.table("edit-budget");
        java.util.SortedSet<Integer> years = new java.util.TreeSet<>(planYears);
        years.addAll(m.budget().keySet());
        Views.header(t, i18n.t("card.budget.fy"), 0, 0);
        Label unit = Views.cell(t, i18n.t("card.budget"), 0, 1, false);
        unit.setWrapText(false);
        unit.setMinWidth(Label.USE_PREF_SIZE); // 事業費（千円） never breaks as 千/円
        Label total = Views.cell(t, form.liveTotal(), years.size() + 1, 1, true);
        total.setId("edit-budget-total");
        Label error = new Label();
        error.setId("edit-budget-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        Runnable showError = () -> error.setText(form.budgetError().map(FieldModel::error).orElse(""));
        int col = 1;
        for (int fy : years) {
            Views.header(t, JapaneseYears.fiscalYear(fy, i18n.locale()).replace(" (", "\n("), col, 0);
            FieldModel field = form.budget(fy);
            TextField f = new TextField();
            f.setPrefColumnCount(8);
            f.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
            f.getProperties().put("fy", fy);
            FieldBinding.bind(f, field, null);
            // the total follows what is typed, before anything is saved
            FieldBinding.listenWeakly(f, field.textProperty(), (o, a, b) -> total.setText(form.liveTotal()));
            FieldBinding.listenWeakly(f, field.errorProperty(), (o, a, b) -> showError.run());
            t.add(f, col++, 1);
        }
        showError.run();
        Views.header(t, i18n.t("card.budget.total"), col, 0);
        return new VBox(4, t, error);
    }

    // ---- projects ----------------------------------------------------------------------------------------------

    private Node projects(Sphere sphere, Measure m, CardFormModel form) {
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
                if (e.getIndex() < 0 || e.getIndex() >= names.size()) {
                    return;
                }
                if (v.isEmpty()) {
                    names.remove(e.getIndex());
                } else {
                    names.set(e.getIndex(), v);
                }
                guard(() -> form.setProjects(sphere, group, names));
            });
            TextField add = new TextField();
            add.setId("edit-projects-" + key + "-new");
            add.setPromptText(i18n.t("edit.projects.prompt"));
            Button addB = button("edit.projects.add", "edit-projects-" + key + "-add", () -> {
                String v = add.getText().strip();
                if (!v.isEmpty()) {
                    List<String> names = new ArrayList<>(form.current().projectNames(group));
                    names.add(v);
                    guard(() -> form.setProjects(sphere, group, names));
                }
            });
            add.setOnAction(e -> addB.fire());
            Button remove = button("edit.projects.remove", "edit-projects-" + key + "-remove", () -> {
                int i = list.getSelectionModel().getSelectedIndex();
                if (i >= 0) {
                    List<String> names = new ArrayList<>(list.getItems());
                    names.remove(i);
                    guard(() -> form.setProjects(sphere, group, names));
                }
            });
            Button up = button("edit.projects.up", "edit-projects-" + key + "-up", () -> swap(sphere, form, group, list, -1));
            Button down = button("edit.projects.down", "edit-projects-" + key + "-down",
                    () -> swap(sphere, form, group, list, 1));
            Label h = new Label(head);
            h.getStyleClass().add("field-label");
            FlowPane tools = new FlowPane(6, 6, add, addB, remove, up, down);
            box.getChildren().add(new VBox(4, h, list, tools));
        }
        return box;
    }

    private void swap(Sphere sphere, CardFormModel form, String group, ListView<String> list, int delta) {
        int i = list.getSelectionModel().getSelectedIndex();
        int j = i + delta;
        if (i < 0 || j < 0 || j >= list.getItems().size()) {
            return;
        }
        List<String> names = new ArrayList<>(list.getItems());
        java.util.Collections.swap(names, i, j);
        guard(() -> form.setProjects(sphere, group, names));
    }

    // ---- SDGs --------------------------------------------------------------------------------------------------

    private Node sdgs(Measure m, CardFormModel form) {
        FlowPane pane = new FlowPane(8, 6);
        pane.setId("edit-sdgs");
        pane.setPrefWrapLength(640);
        for (int goal = 1; goal <= 17; goal++) {
            int g = goal;
            CheckBox cb = new CheckBox(Sdgs.name(goal, i18n));
            cb.setId("edit-sdg-" + goal);
            cb.setSelected(m.sdgs().contains(goal));
            cb.setOnAction(e -> guard(() -> form.setSdg(g, cb.isSelected())));
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

    static void mark(TextInputControl f, LocalizedException e) {
        if (!f.getStyleClass().contains("invalid")) {
            f.getStyleClass().add("invalid");
        }
        if (f.getTooltip() == null) {
            f.setTooltip(new Tooltip(e.getMessage()));
        } else {
            f.getTooltip().setText(e.getMessage()); // one tooltip per field, not a new popup per refusal
        }
    }

    static void clear(TextInputControl f) {
        f.getStyleClass().remove("invalid");
        f.setTooltip(null);
    }
}
