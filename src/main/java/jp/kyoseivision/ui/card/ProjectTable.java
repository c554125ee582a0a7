package jp.kyoseivision.ui.card;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import jp.kyoseivision.edit.ItemEdits;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.PlanFeature;
import jp.kyoseivision.model.Project;
import jp.kyoseivision.model.ProjectGroup;
import jp.kyoseivision.text.JapaneseYears;
import jp.kyoseivision.ui.common.FieldBinding;
import jp.kyoseivision.ui.common.I18n;
import jp.kyoseivision.ui.common.Views;

/**
 * The projects of an item of a plan that is not the 共生ビジョン, as a table with the columns its kind prints: No.,
 * 新規 and 事業名, 担当課, 事業概要 (PROJECT_DETAILS), a column per fiscal year of the schedule (SCHEDULE: the plan's
 * period and every year a project marks, so a rolling plan's 2025–2027 show), 再掲 where a project is marked so. Each
 * text commits on leaving it or Enter, each check at once, a project is added or removed: one undoable edit each.
 */
final class ProjectTable {
    private final I18n i18n;
    private final CardFormModel form;
    private final Consumer<Runnable> guard;

    ProjectTable(I18n i18n, CardFormModel form, Consumer<Runnable> guard) {
        this.i18n = i18n;
        this.form = form;
        this.guard = guard;
    }

    Node render(Plan plan, Measure m) {
        VBox box = new VBox(6);
        box.setId("edit-project-table");
        boolean details = plan.kind().has(PlanFeature.PROJECT_DETAILS);
        boolean schedule = plan.kind().has(PlanFeature.SCHEDULE);
        List<Project> all = m.projects().stream().flatMap(g -> g.projects().stream()).toList();
        boolean numbered = all.stream().anyMatch(p -> p.number() != null);
        boolean reposted = all.stream().anyMatch(Project::reposted);
        SortedSet<Integer> years = new TreeSet<>();
        if (schedule) {
            years.addAll(all.stream().flatMap(p -> p.years().stream()).toList());
            if (years.isEmpty()) {
                years.addAll(plan.fiscalYears()); // nothing marked yet: the plan's own years to mark
            }
        }
        for (int g = 0; g < m.projects().size(); g++) {
            ProjectGroup group = m.projects().get(g);
            if (group.municipalityId() != null) {
                Label h = new Label(i18n.t("card.projects.group", group.municipalityId()));
                h.getStyleClass().add("field-label");
                box.getChildren().add(h);
            }
            GridPane t = Views.table("edit-projects-" + (g + 1));
            int col = 0;
            if (numbered) {
                Views.header(t, i18n.t("project.number"), col++, 0);
            }
            if (details) {
                Views.header(t, i18n.t("project.new"), col++, 0);
            }
            Views.header(t, i18n.t("project.name"), col++, 0);
            if (reposted) {
                Views.header(t, i18n.t("project.reposted"), col++, 0);
            }
            if (details) {
                Views.header(t, i18n.t("project.departments"), col++, 0);
                Views.header(t, i18n.t("project.summary"), col++, 0);
            }
            for (int fy : years) {
                Views.header(t, JapaneseYears.fiscalYear(fy, i18n.locale()).replace(" (", "\n("), col++, 0);
            }
            Views.header(t, "", col, 0);
            for (int i = 0; i < group.projects().size(); i++) {
                Project p = group.projects().get(i);
                int gi = g;
                int pi = i;
                int r = i + 1;
                col = 0;
                String id = "edit-project-" + (g + 1) + "-" + (i + 1);
                if (numbered) {
                    Views.cell(t, p.number() == null ? "" : String.valueOf(p.number()), col++, r, true);
                }
                if (details) {
                    t.add(check(id + "-isnew", p.isNew(), on -> ItemEdits.isNew(p0(gi, pi), on), gi, pi), col++, r);
                }
                TextField name = new TextField();
                name.setPrefColumnCount(14);
                t.add(field(name, form.project(g, i, "name")), col++, r);
                if (reposted) {
                    t.add(check(id + "-reposted", p.reposted(), on -> ItemEdits.reposted(p0(gi, pi), on), gi, pi),
                            col++, r);
                }
                if (details) {
                    TextField dept = new TextField();
                    dept.setPrefColumnCount(11);
                    t.add(field(dept, form.project(g, i, "departments")), col++, r);
                    TextArea summary = new TextArea();
                    summary.setWrapText(true);
                    summary.setPrefColumnCount(22);
                    summary.setPrefRowCount(Math.max(2, Math.min(5, p.summary() == null ? 1
                            : p.summary().length() / 22 + 1)));
                    t.add(field(summary, form.project(g, i, "summary")), col++, r);
                }
                for (int fy : years) {
                    int year = fy;
                    t.add(check(id + "-year-" + fy, p.years().contains(fy),
                            on -> ItemEdits.year(p0(gi, pi), year, on), gi, pi), col++, r);
                }
                Button remove = new Button(i18n.t("edit.projects.remove"));
                remove.setId(id + "-remove");
                remove.setOnAction(e -> guard.accept(() -> form.commit("edit.projectDetails",
                        x -> ItemEdits.removeProject(x, gi, pi))));
                t.add(remove, col, r);
            }
            box.getChildren().add(t);
        }
        TextField add = new TextField();
        add.setId("edit-project-new");
        add.setPromptText(i18n.t("edit.projects.prompt"));
        HBox.setHgrow(add, Priority.ALWAYS);
        Button addB = new Button(i18n.t("edit.projects.add"));
        addB.setId("edit-project-add");
        int last = Math.max(0, m.projects().size() - 1);
        addB.setOnAction(e -> {
            if (!add.getText().isBlank()) {
                guard.accept(() -> form.commit("edit.projectDetails", x -> ItemEdits.addProject(x,
                        x.projects().isEmpty() ? -1 : last, add.getText())));
            }
        });
        add.setOnAction(e -> addB.fire());
        box.getChildren().add(new HBox(6, add, addB));
        return box;
    }

    /** Project {@code i} of group {@code g} as the file holds it now. */
    private Project p0(int g, int i) {
        return form.current().projects().get(g).projects().get(i);
    }

    private CheckBox check(String id, boolean on, java.util.function.Function<Boolean, Project> change, int g,
            int i) {
        CheckBox cb = new CheckBox();
        cb.setId(id);
        cb.setSelected(on);
        GridPane.setHalignment(cb, javafx.geometry.HPos.CENTER);
        cb.setOnAction(e -> guard.accept(() -> form.commit("edit.projectDetails",
                x -> ItemEdits.changeProject(x, g, i, p -> change.apply(cb.isSelected())))));
        return cb;
    }

    private static Node field(javafx.scene.control.TextInputControl c, jp.kyoseivision.ui.common.FieldModel f) {
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        FieldBinding.bind(c, f, error);
        VBox v = new VBox(2, c, error);
        v.setAlignment(Pos.TOP_LEFT);
        return v;
    }
}
