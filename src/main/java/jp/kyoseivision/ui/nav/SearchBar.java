package jp.kyoseivision.ui.nav;

import jp.kyoseivision.ui.common.I18n;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import jp.kyoseivision.edit.CardSearch;
import jp.kyoseivision.model.Municipality;
import jp.kyoseivision.model.Sphere;

/**
 * Search and filter above the tree (Ctrl+F): words anywhere in a card, a policy area, a municipality, a KPI grade.
 * The tree shows only the matching cards while a filter is set.
 */
public final class SearchBar {
    /** What the tree should show: the card search and, optionally, one policy area by name. */
    public record Filter(CardSearch search, String areaName) {
        static final Filter NONE = new Filter(CardSearch.ALL, null);

        public boolean isEmpty() {
            return search.isEmpty() && areaName == null;
        }
    }

    private final I18n i18n;
    private final TextField text = new TextField();
    private final ComboBox<String> area = new ComboBox<>();
    private final ComboBox<Municipality> town = new ComboBox<>();
    private final ComboBox<String> grade = new ComboBox<>();
    private final Label count = new Label();
    private final HBox filters = new HBox(4);
    private final ObjectProperty<Filter> filter = new SimpleObjectProperty<>(Filter.NONE);
    private final VBox root;
    /** How long typing must pause before the words are searched (issue 16: no search per key). */
    public static final int DEBOUNCE_MS = 150;
    private final javafx.animation.PauseTransition typing = new javafx.animation.PauseTransition(
            javafx.util.Duration.millis(DEBOUNCE_MS));
    /** True while the choices are refilled from a new sphere: those value changes are not the officer's. */
    private boolean filling;

    public SearchBar(I18n i18n) {
        this.i18n = i18n;
        text.setId("search-text");
        text.setPromptText(i18n.t("search.prompt"));
        area.setId("search-area");
        town.setId("search-municipality");
        grade.setId("search-grade");
        count.setId("search-count");
        area.setPromptText(i18n.t("search.area"));
        town.setPromptText(i18n.t("search.municipality"));
        grade.setPromptText(i18n.t("search.grade"));
        town.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Municipality m) {
                return m == null ? i18n.t("search.all") : m.name();
            }

            @Override
            public Municipality fromString(String s) {
                return null;
            }
        });
        // typing is searched once it pauses (DEBOUNCE_MS), not at every key; the choices below apply at once
        typing.setOnFinished(e -> update());
        text.textProperty().addListener((o, a, b) -> {
            if (!filling) {
                typing.playFromStart();
            }
        });
        jp.kyoseivision.ui.common.FieldBinding.keepCaretInText(text);
        area.valueProperty().addListener((o, a, b) -> update());
        town.valueProperty().addListener((o, a, b) -> update());
        grade.valueProperty().addListener((o, a, b) -> update());
        // Escape clears the search (and the filters) and shows every card again
        root0Escape(text);
        for (ComboBox<?> c : List.of(area, town, grade)) {
            root0Escape(c);
        }
        HBox.setHgrow(text, Priority.ALWAYS);
        filters.getChildren().setAll(area, town, grade);
        for (ComboBox<?> c : List.of(area, town, grade)) {
            c.setMaxWidth(Double.MAX_VALUE);
            c.setMinWidth(60);
            c.setPrefWidth(c == area ? 170 : 80); // the area's prompt names the plans' summary levels
            HBox.setHgrow(c, Priority.ALWAYS);
        }
        root = new VBox(4, text, filters, count);
        root.setPadding(new Insets(4));
    }

    public VBox node() {
        return root;
    }

    public ObjectProperty<Filter> filterProperty() {
        return filter;
    }

    private void root0Escape(javafx.scene.Node n) {
        n.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE && !filter.get().isEmpty()) {
                clear();
                e.consume();
            }
        });
    }

    /** Empties the search text and the filters. */
    public void clear() {
        typing.stop();
        filling = true;
        try {
            text.clear();
            area.setValue(null);
            town.setValue(null);
            grade.setValue(null);
        } finally {
            filling = false;
        }
        update();
    }

    /** The words searched for now ("" when none). */
    public String query() {
        return text.getText() == null ? "" : text.getText().strip();
    }

    /** True while the search text has the focus (the window then prepares the search index). */
    public javafx.beans.property.ReadOnlyBooleanProperty focusedProperty() {
        return text.focusedProperty();
    }

    public void focus() {
        text.requestFocus();
        text.selectAll();
    }

    /** Fills the choices from the sphere (areas by name across plans, municipalities, grades). */
    public void setSphere(Sphere s) {
        filling = true;
        try {
            fill(s);
        } finally {
            filling = false;
        }
        update();
    }

    private void fill(Sphere s) {
        String a = area.getValue();
        List<String> areas = new java.util.ArrayList<>();
        areas.add(i18n.t("search.all"));
        // the names of each plan's summary level (the vision's 政策分野, the 総合戦略's 基本目標); none: no choice
        List<String> levels = new java.util.ArrayList<>();
        for (jp.kyoseivision.model.Plan p : s.plans()) {
            int level = p.kind().summaryLevel();
            if (level < 0) {
                continue;
            }
            String name = p.kind().levelName(level);
            if (!name.isEmpty() && !levels.contains(name)) {
                levels.add(name);
            }
            p.revisions().forEach(r -> r.nodesAt(level).stream().map(x -> x.name()).filter(x -> !areas.contains(x))
                    .forEach(areas::add));
        }
        area.setPromptText(levels.isEmpty() ? i18n.t("search.area") : String.join("・", levels));
        show(area, areas.size() > 1);
        area.getItems().setAll(areas);
        area.setValue(areas.contains(a) ? a : null);
        // municipalities only when a plan's items name them (participants, projects by municipality)
        show(town, s.plans().stream().anyMatch(p -> p.kind().has(
                jp.kyoseivision.model.PlanFeature.PARTICIPANTS) || p.kind().has(
                jp.kyoseivision.model.PlanFeature.PROJECTS_BY_MUNICIPALITY)));
        Municipality t = town.getValue();
        town.getItems().setAll(new java.util.ArrayList<Municipality>());
        town.getItems().add(null);
        town.getItems().addAll(s.municipalities());
        town.setValue(t != null && s.municipalities().contains(t) ? t : null);
        String g = grade.getValue();
        List<String> grades = new java.util.ArrayList<>();
        grades.add(i18n.t("search.all"));
        s.plans().stream().flatMap(p -> p.grading().bands().stream()).map(b -> b.grade()).distinct().sorted()
                .forEach(grades::add);
        grade.getItems().setAll(grades);
        grade.setValue(grades.contains(g) ? g : null);
        show(grade, grades.size() > 1); // no plan with a grading rule: no grade to choose
        filters.setVisible(area.isVisible() || town.isVisible() || grade.isVisible());
        filters.setManaged(filters.isVisible());
    }

    private static void show(javafx.scene.Node n, boolean shown) {
        n.setVisible(shown);
        n.setManaged(shown);
    }

    public void showCount(int matching, boolean active) {
        count.setText(active ? i18n.t("search.count", matching) : "");
    }

    private void update() {
        if (filling) {
            return;
        }
        typing.stop();
        String all = i18n.t("search.all");
        String a = Objects.equals(area.getValue(), all) ? null : area.getValue();
        String g = Objects.equals(grade.getValue(), all) ? null : grade.getValue();
        Municipality t = town.getValue();
        Filter next = new Filter(new CardSearch(text.getText(), t == null ? null : t.id(), g), a);
        if (!next.equals(filter.get())) {
            filter.set(next);
        }
    }
}
