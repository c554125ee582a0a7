package jp.kyoseivision.ui.card;

import jp.kyoseivision.ui.common.I18n;
import jp.kyoseivision.ui.common.Views;
import jp.kyoseivision.ui.nav.NavNode;

import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import jp.kyoseivision.kpi.KpiValueText;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.KpiActual;
import jp.kyoseivision.model.KpiPoint;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.ProjectGroup;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.text.JapaneseYears;
import jp.kyoseivision.text.Numbers;

/**
 * A vision card shown read-only, in the order of the printed card page: 施策名, 取組内容, KPI, 関係市町, 事業費 by
 * fiscal year, 事業名称 by group, 事業効果, 役割分担, SDGs, footnotes. Node ids ({@code card-…}) let tests find
 * each field.
 */
public final class CardView {
    private final I18n i18n;

    public CardView(I18n i18n) {
        this.i18n = i18n;
    }

    private java.util.function.Consumer<String> onOpinions;

    /** Called with the card's id when its 「意見 n件」 link is clicked (null: no link). */
    public void setOnOpinions(java.util.function.Consumer<String> open) {
        onOpinions = open;
    }

    public Node render(Sphere sphere, NavNode.MeasureNode node) {
        Measure m = node.measure();
        VBox box = new VBox(10);
        box.setId("card-view");
        box.getStyleClass().add("card");
        box.setPadding(new Insets(16));
        box.getChildren().add(styled(new Label(i18n.t("card.breadcrumb", NavNode.name(node.perspective()), NavNode.name(node.area()),
                NavNode.name(node.direction()))), "breadcrumb", "card-breadcrumb"));
        Label title = styled(new Label(i18n.t("card.number", m.number()) + "　" + m.name()), "card-title", "card-name");
        box.getChildren().add(OpinionLink.beside(title, i18n, sphere, node.revision().id(), m.id(), onOpinions));

        GridPane g = Views.formGrid();
        int row = 0;
        row = Views.textRow(g, row, i18n.t("card.content"), m.content(), "card-content", i18n);
        g.add(Views.fieldLabel(i18n.t("card.kpis")), 0, row);
        g.add(kpiTable(m, node), 1, row++);
        String towns = m.participants().stream().map(id -> sphere.municipality(id).map(x -> x.name()).orElse(id))
                .collect(Collectors.joining("・"));
        row = Views.textRow(g, row, i18n.t("card.participants"), towns, "card-participants", i18n);
        g.add(Views.fieldLabel(i18n.t("card.budget")), 0, row);
        g.add(budgetTable(m, node.plan().fiscalYears()), 1, row++);
        g.add(Views.fieldLabel(i18n.t("card.projects")), 0, row);
        g.add(projects(sphere, m), 1, row++);
        row = Views.textRow(g, row, i18n.t("card.effect"), m.effect(), "card-effect", i18n);
        row = Views.textRow(g, row, i18n.t("card.roleSharing"), m.roleSharing(), "card-role-sharing", i18n);
        String sdgs = m.sdgs().isEmpty() ? i18n.t("card.sdgs.none")
                : m.sdgs().stream().map(String::valueOf).collect(Collectors.joining("、"));
        row = Views.textRow(g, row, i18n.t("card.sdgs"), sdgs, "card-sdgs", i18n);
        if (m.notes() != null && !m.notes().isBlank()) {
            row = Views.textRow(g, row, i18n.t("card.notes"), m.notes(), "card-notes", i18n);
        }
        if (!m.aliases().isEmpty()) {
            row = Views.textRow(g, row, i18n.t("card.aliases"), String.join("、", m.aliases()), "card-aliases", i18n);
        }
        Views.textRow(g, row, i18n.t("card.lineage"), m.lineageId(), "card-lineage", i18n);
        box.getChildren().add(g);
        return box;
    }

    private Node kpiTable(Measure m, NavNode.MeasureNode node) {
        if (m.kpis().isEmpty()) {
            return Views.value(i18n.t("card.kpi.none"), "card-kpis");
        }
        VBox box = new VBox(6);
        GridPane t = Views.table("card-kpis");
        int col = 0;
        for (String h : List.of(i18n.t("card.kpi.name"), i18n.t("card.kpi.unit"), i18n.t("card.kpi.baseline"),
                i18n.t("card.kpi.target"))) {
            Views.header(t, h, col++, 0);
        }
        int row = 1;
        for (Kpi k : m.kpis()) {
            Views.cell(t, KpiTexts.name(k), 0, row, false).setId("card-kpi-" + row + "-name");
            Views.cell(t, k.unit(), 1, row, false);
            Views.cell(t, point(k.baseline()), 2, row, true).setId("card-kpi-" + row + "-baseline");
            Views.cell(t, point(k.target()), 3, row, true).setId("card-kpi-" + row + "-target");
            row++;
        }
        box.getChildren().add(t);
        for (int i = 0; i < m.kpis().size(); i++) {
            if (!m.kpis().get(i).actuals().isEmpty()) {
                box.getChildren().add(actualsTable(m.kpis().get(i), i + 1));
            }
        }
        return box;
    }

    /** Actuals of one KPI: a column per fiscal year; the value, the grade recorded beside it, the overview's grade. */
    private Node actualsTable(Kpi k, int n) {
        GridPane t = Views.table("card-kpi-" + n + "-actuals");
        Views.header(t, i18n.t("card.kpi.actuals") + (n > 1 ? " " + n : ""), 0, 0);
        Views.cell(t, i18n.t("card.kpi.actualValue"), 0, 1, false);
        Views.cell(t, i18n.t("card.kpi.grade"), 0, 2, false);
        boolean overview = k.actuals().stream().anyMatch(a -> a.overviewGrade() != null);
        if (overview) {
            Views.cell(t, i18n.t("card.kpi.overviewGrade"), 0, 3, false);
        }
        int col = 1;
        for (KpiActual a : k.actuals()) {
            Views.header(t, fyTwoLines(a.fy()), col, 0);
            Views.cell(t, KpiValueText.show(a.value()), col, 1, a.value() != null && a.value().note() == null)
                    .setId("card-kpi-" + n + "-actual-" + a.fy());
            Label grade = Views.cell(t, a.recordedGrade() == null ? "" : a.recordedGrade(), col, 2, false);
            grade.setId("card-kpi-" + n + "-grade-" + a.fy());
            grade.setAlignment(javafx.geometry.Pos.CENTER);
            if (overview) {
                Views.cell(t, a.overviewGrade() == null ? "" : a.overviewGrade(), col, 3, false)
                        .setAlignment(javafx.geometry.Pos.CENTER);
            }
            col++;
        }
        return t;
    }

    private String fyTwoLines(int fy) {
        return JapaneseYears.fiscalYear(fy, i18n.locale()).replace(" (", "\n(");
    }

    private String point(KpiPoint p) {
        if (p == null) {
            return "";
        }
        return KpiValueText.show(p.value()) + "\n" + KpiTexts.period(p, i18n); // a printed period label kept
    }

    private Node budgetTable(Measure m, List<Integer> planYears) {
        if (m.budget().isEmpty()) {
            return Views.value(i18n.t("card.budget.none"), "card-budget");
        }
        GridPane t = Views.table("card-budget");
        java.util.SortedSet<Integer> years = new java.util.TreeSet<>(planYears);
        years.addAll(m.budget().keySet());
        Views.header(t, i18n.t("card.budget.fy"), 0, 0);
        Views.cell(t, i18n.t("card.budget"), 0, 1, false);
        int col = 1;
        for (int fy : years) {
            Views.header(t, fyTwoLines(fy), col, 0);
            Long amount = m.budget().get(fy);
            Views.cell(t, amount == null ? "" : Numbers.grouped(amount), col, 1, true).setId("card-budget-" + fy);
            col++;
        }
        Views.header(t, i18n.t("card.budget.total"), col, 0);
        Views.cell(t, Numbers.grouped(m.budgetTotal()), col, 1, true).setId("card-budget-total");
        return t;
    }

    private Node projects(Sphere sphere, Measure m) {
        if (m.projects().isEmpty()) {
            return Views.value(i18n.t("card.projects.none"), "card-projects");
        }
        VBox box = new VBox(4);
        box.setId("card-projects");
        for (ProjectGroup g : m.projects()) {
            String head = g.common() ? i18n.t("card.projects.common")
                    : i18n.t("card.projects.group", sphere.municipality(g.municipalityId()).map(x -> x.name())
                            .orElse(g.municipalityId()));
            String names = g.names().stream().map(n -> "○" + n).collect(Collectors.joining("　"));
            Label l = new Label(head + names);
            l.setWrapText(true);
            l.getStyleClass().add("value");
            box.getChildren().add(l);
        }
        return box;
    }

    private static <T extends Label> T styled(T label, String styleClass, String id) {
        label.getStyleClass().add(styleClass);
        label.setId(id);
        label.setWrapText(true);
        return label;
    }
}
