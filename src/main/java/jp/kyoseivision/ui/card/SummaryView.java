package jp.kyoseivision.ui.card;

import jp.kyoseivision.ui.common.I18n;
import jp.kyoseivision.ui.common.Views;
import jp.kyoseivision.ui.nav.NavNode;
import jp.kyoseivision.ui.nav.NavTree;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import jp.kyoseivision.model.Municipality;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.text.JapaneseYears;

/** Read-only views for the rows above the cards: a plan or revision, and a direction with its agreement. */
public final class SummaryView {
    private final I18n i18n;

    public SummaryView(I18n i18n) {
        this.i18n = i18n;
    }

    public Node plan(Plan plan, Revision rev) {
        return plan(null, plan, rev);
    }

    /**
     * A plan's summary: its kind and who it is of, its period, its revisions, how many nodes each level and how many
     * items it holds (with the kind's own names: 基本目標：4 …), and the revision's plan-level targets (人口 …).
     */
    public Node plan(Sphere sphere, Plan plan, Revision rev) {
        VBox box = page(plan.title(), "plan-view");
        VBox lines = new VBox(6);
        String owner = sphere == null ? null : NavTree.owner(sphere, plan);
        lines.getChildren().add(Views.value(owner == null ? i18n.t("plan.kind", plan.kind().name())
                : i18n.t("plan.kindOwner", plan.kind().name(), owner), "plan-kind"));
        lines.getChildren().add(Views.value(i18n.t("plan.period", JapaneseYears.fiscalYear(plan.startFy(),
                i18n.locale()), JapaneseYears.fiscalYear(plan.endFy(), i18n.locale())), "plan-period"));
        String revisions = plan.revisions().stream().map(r -> i18n.t("tree.revision", r.name(),
                NavTree.status(r, i18n)) + (r.date() == null ? r.dateText() == null ? "" : " " + r.dateText()
                        : " " + JapaneseYears.date(r.date(), i18n.locale())))
                .reduce((a, b) -> a + "、" + b).orElse("");
        lines.getChildren().add(Views.value(i18n.t("plan.revisions", revisions), "plan-revisions"));
        if (rev != null) {
            if (plan.kind().depth() > 0) {
                lines.getChildren().add(Views.value(counts(plan, rev), "plan-counts"));
            }
            lines.getChildren().add(Views.value(i18n.t("plan.cards", plan.kind().item(), rev.measures().size()),
                    "plan-cards"));
            if (!rev.kpis().isEmpty()) {
                VBox targets = new VBox(4);
                targets.setId("plan-targets");
                Label head = new Label(i18n.t("plan.targets"));
                head.getStyleClass().add("field-label");
                targets.getChildren().add(head);
                for (int i = 0; i < rev.kpis().size(); i++) {
                    targets.getChildren().add(Views.value(KpiTexts.targets(rev.kpis().get(i), i18n),
                            "plan-target-" + (i + 1)));
                }
                lines.getChildren().add(targets);
            }
        }
        box.getChildren().add(lines);
        return box;
    }

    /** 基本目標：4　施策展開の基本的方向：8　施策展開の方向性：23 (an unnamed level: 第2階層). */
    private String counts(Plan plan, Revision rev) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        for (int level = 0; level < plan.kind().depth(); level++) {
            String name = plan.kind().levelName(level);
            parts.add(i18n.t("plan.count", name.isEmpty() ? i18n.t("plan.level", level + 1) : name,
                    rev.nodesAt(level).size()));
        }
        return String.join(i18n.t("plan.countSep"), parts);
    }

    public Node direction(Sphere sphere, NavNode.DirectionNode node) {
        VBox box = page(NavNode.name(node.direction()), "direction-view");
        Label crumb = new Label(NavNode.name(node.perspective()) + " ＞ " + NavNode.name(node.area()));
        crumb.getStyleClass().add("breadcrumb");
        box.getChildren().add(1, crumb);
        GridPane g = Views.formGrid();
        int row = Views.textRow(g, 0, i18n.t("direction.agreement"), node.direction().text(),
                "direction-agreement", i18n);
        for (Municipality m : sphere.municipalities()) {
            row = Views.textRow(g, row, i18n.t("direction.role", m.name()),
                    node.direction().role(m.id()).orElse(null), "direction-role-" + m.id(), i18n);
        }
        Views.textRow(g, row, "", i18n.t("direction.cards", node.direction().measures().size()), "direction-cards",
                i18n);
        box.getChildren().add(g);
        return box;
    }

    public Node placeholder() {
        Label l = new Label(i18n.t("placeholder.select"));
        l.setId("placeholder");
        l.setWrapText(true);
        VBox box = new VBox(l);
        box.setPadding(new Insets(24));
        return box;
    }

    private VBox page(String title, String id) {
        VBox box = new VBox(10);
        box.setId(id);
        box.setPadding(new Insets(16));
        Label t = new Label(title);
        t.getStyleClass().add("card-title");
        t.setWrapText(true);
        box.getChildren().add(t);
        return box;
    }
}
