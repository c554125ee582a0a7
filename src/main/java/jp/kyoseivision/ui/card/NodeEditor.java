package jp.kyoseivision.ui.card;

import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.Node;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.PlanFeature;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.Section;
import jp.kyoseivision.model.SectionItem;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.ui.common.FieldBinding;
import jp.kyoseivision.ui.common.FieldModel;
import jp.kyoseivision.ui.common.I18n;
import jp.kyoseivision.ui.common.Views;
import jp.kyoseivision.ui.nav.NavNode;
import jp.kyoseivision.ui.nav.NavTree;

/**
 * The form of a group node of any plan kind (a 基本目標 with its 数値目標, a 施策展開の基本的方向, a group of the 第2期
 * 総合戦略): where it is, its level's name, code, name, subtitle, text, other names, its numeric targets (name and
 * qualifier, unit, baseline and target with their periods, further targets) and sections; roles only where the
 * kind has them. Name and text are edited through {@link NodeFormModel} (committed on leaving the field or Enter,
 * one undoable edit each); read-only while the file or revision cannot be edited.
 */
public final class NodeEditor {
    private final I18n i18n;

    public NodeEditor(I18n i18n) {
        this.i18n = i18n;
    }

    public javafx.scene.Node render(Sphere sphere, NavNode row, NodeFormModel form, boolean editable) {
        Plan plan = NavTree.plan(row);
        Revision rev = NavTree.revision(row);
        Node n = NavTree.groupNode(row);
        form.load(n, editable);
        VBox box = new VBox(10);
        box.setId("node-editor");
        box.setPadding(new Insets(16));
        List<Node> path = rev.pathOfNode(n.id());
        String crumb = path.stream().limit(Math.max(0, path.size() - 1)).map(x -> NavTree.label(
                rowOf(row, x), i18n)).collect(Collectors.joining(" ＞ "));
        Label where = new Label(crumb.isEmpty() ? plan.title() : plan.title() + " ＞ " + crumb);
        where.getStyleClass().add("breadcrumb");
        where.setWrapText(true);
        where.setId("node-breadcrumb");
        String level = NavTree.levelName(row);
        Label heading = new Label((level.isEmpty() ? "" : level) + (n.code() == null ? "" : n.code()));
        heading.getStyleClass().add("field-label");
        heading.setId("node-level");
        heading.setManaged(!heading.getText().isEmpty());
        box.getChildren().addAll(where, heading);

        GridPane g = Views.formGrid();
        int r = 0;
        g.add(Views.fieldLabel(i18n.t("node.name")), 0, r);
        TextField name = new TextField();
        name.getStyleClass().add("card-title");
        g.add(field(name, form.field("edit-node-name")), 1, r++);
        if (n.code() != null) {
            r = Views.textRow(g, r, i18n.t("node.code"), n.code(), "node-code", i18n);
        }
        if (n.subtitle() != null) {
            r = Views.textRow(g, r, i18n.t("node.subtitle"), n.subtitle(), "node-subtitle", i18n);
        }
        g.add(Views.fieldLabel(i18n.t(plan.kind().has(PlanFeature.ROLES) ? "direction.agreement" : "node.text")),
                0, r);
        TextArea text = new TextArea();
        text.setWrapText(true);
        text.setPrefRowCount(Math.max(2, Math.min(8, form.field("edit-node-text").text().length() / 45 + 1)));
        g.add(field(text, form.field("edit-node-text")), 1, r++);
        if (!n.aliases().isEmpty()) {
            r = Views.textRow(g, r, i18n.t("card.aliases"), String.join("、", n.aliases()), "node-aliases", i18n);
        }
        if (!n.kpis().isEmpty()) {
            g.add(Views.fieldLabel(i18n.t("node.kpis")), 0, r);
            g.add(kpiTable(n.kpis(), "node-kpis", i18n), 1, r++);
        }
        for (Section s : n.sections()) {
            g.add(Views.fieldLabel(s.label()), 0, r);
            g.add(sectionText(s), 1, r++);
        }
        if (plan.kind().has(PlanFeature.ROLES)) {
            for (var town : sphere.municipalities()) {
                r = Views.textRow(g, r, i18n.t("direction.role", town.name()), n.role(town.id()).orElse(null),
                        "node-role-" + town.id(), i18n);
            }
        }
        Views.textRow(g, r, "", i18n.t("node.counts", n.children().size(), plan.kind().item(),
                n.allMeasures().count()), "node-counts", i18n);
        box.getChildren().add(g);
        return box;
    }

    /** A row standing for ancestor {@code x} of {@code row}'s node, to label it as the tree does. */
    private static NavNode rowOf(NavNode row, Node x) {
        return new NavNode.PerspectiveNode(NavTree.plan(row), NavTree.revision(row), x);
    }

    private javafx.scene.Node field(TextInputControl control, FieldModel model) {
        Label error = new Label();
        error.setId(model.id() + "-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        FieldBinding.bind(control, model, error);
        return new VBox(2, control, error);
    }

    private static javafx.scene.Node sectionText(Section s) {
        VBox box = new VBox(4);
        for (SectionItem i : s.items()) {
            String head = (i.number() == null ? "" : i.number() + " ") + (i.heading() == null ? "" : i.heading());
            Label l = new Label(head.isBlank() ? i.text() : i.text() == null ? head : head + "\n" + i.text());
            l.setWrapText(true);
            l.getStyleClass().add("value");
            box.getChildren().add(l);
        }
        return box;
    }

    /**
     * Indicators as a table: 指標名 (with the qualifier of the printed row), 単位, 現状値 and 目標値 with their
     * periods, further targets (2040 beside 2028).
     */
    static javafx.scene.Node kpiTable(List<Kpi> kpis, String id, I18n i18n) {
        GridPane t = Views.table(id);
        boolean milestones = kpis.stream().anyMatch(k -> !k.milestones().isEmpty());
        List<String> heads = new java.util.ArrayList<>(List.of(i18n.t("card.kpi.name"), i18n.t("card.kpi.unit"),
                i18n.t("card.kpi.baseline"), i18n.t("card.kpi.target")));
        if (milestones) {
            heads.add(i18n.t("card.kpi.milestones"));
        }
        for (int c = 0; c < heads.size(); c++) {
            Views.header(t, heads.get(c), c, 0);
        }
        int row = 1;
        for (Kpi k : kpis) {
            Views.cell(t, KpiTexts.name(k), 0, row, false).setId(id + "-" + row + "-name");
            Views.cell(t, k.unit(), 1, row, false);
            Views.cell(t, cell(k.baseline(), i18n), 2, row, true).setId(id + "-" + row + "-baseline");
            Views.cell(t, cell(k.target(), i18n), 3, row, true).setId(id + "-" + row + "-target");
            if (milestones) {
                Views.cell(t, k.milestones().stream().map(p -> cell(p, i18n)).collect(Collectors.joining("\n")), 4,
                        row, true).setId(id + "-" + row + "-milestones");
            }
            row++;
        }
        return t;
    }

    private static String cell(jp.kyoseivision.model.KpiPoint p, I18n i18n) {
        return p == null ? "" : KpiTexts.value(p, null) + "\n" + KpiTexts.period(p, i18n);
    }
}
