package jp.kyoseivision.ui.diff;

import jp.kyoseivision.ui.common.I18n;
import jp.kyoseivision.ui.common.Views;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import jp.kyoseivision.diff.BudgetLine;
import jp.kyoseivision.diff.CardDiff;
import jp.kyoseivision.diff.DiffLabels;
import jp.kyoseivision.diff.Field;
import jp.kyoseivision.diff.FieldChange;
import jp.kyoseivision.diff.PlacedCard;
import jp.kyoseivision.diff.Segment;
import jp.kyoseivision.text.JapaneseYears;
import jp.kyoseivision.text.Numbers;

/**
 * The right side of the comparison window: one row shown side by side, old and new. Deleted text is struck through
 * and wrapped in [− ], inserted text underlined and wrapped in [+ ] (colour is never the only signal); list fields
 * show the items removed and added; the budget per fiscal year with the change and its percentage, or, between two
 * plan periods, per plan year side by side. An added or deleted card shows every field of the card on its side.
 */
public final class DiffDetail {
    private final I18n i18n;
    private final Locale locale;
    /** The field names of the comparison shown (the plans' own level names); null = the vision's. */
    private jp.kyoseivision.diff.FieldNames names;

    /** Names the fields as the compared plans call them. */
    public void names(jp.kyoseivision.diff.FieldNames n) {
        names = n;
    }

    public DiffDetail(I18n i18n) {
        this.i18n = i18n;
        this.locale = i18n.locale();
    }

    /** The row as the list shows it: No.25 世界遺産… → No.23 世界遺産…, or one card. */
    public String rowText(CardDiff c) {
        if (c.old() != null && c.now() != null) {
            return i18n.t("diff.row.pair", c.old().measure().number(), c.old().measure().name(),
                    c.now().measure().number(), c.now().measure().name());
        }
        PlacedCard p = c.card();
        return i18n.t("diff.row.one", p.measure().number(), p.measure().name());
    }

    /** Fills {@code detail} with the row: head, how it was matched, the fields side by side, the budget. */
    public void show(VBox detail, CardDiff c) {
        detail.getChildren().clear();
        if (c == null) {
            detail.getChildren().add(new Label(i18n.t("diff.none")));
            return;
        }
        Label title = new Label(rowText(c));
        title.setId("diff-detail-title");
        title.getStyleClass().add("card-title");
        title.setWrapText(true);
        Label badge = new Label(DiffLabels.kind(c.kind(), locale));
        badge.setId("diff-detail-kind");
        badge.getStyleClass().addAll("diff-badge", "diff-" + c.kind().name().toLowerCase(Locale.ROOT));
        HBox head = new HBox(8, badge, title);
        head.setAlignment(Pos.CENTER_LEFT);
        detail.getChildren().add(head);
        if (c.method() != null) {
            Label how = new Label(i18n.t("diff.match." + c.method().name().toLowerCase(Locale.ROOT),
                    String.format(Locale.ROOT, "%.2f", c.score())));
            how.setId("diff-detail-match");
            how.getStyleClass().add("breadcrumb");
            detail.getChildren().add(how);
        }
        detail.getChildren().add(fields(c));
        if (!c.budget().isEmpty()) {
            detail.getChildren().addAll(Views.fieldLabel(i18n.t("diff.budget")), budget(c.budget()));
        }
    }

    private GridPane fields(CardDiff c) {
        GridPane g = new GridPane();
        g.setId("diff-fields");
        g.setHgap(12);
        g.setVgap(8);
        javafx.scene.layout.ColumnConstraints label = new javafx.scene.layout.ColumnConstraints();
        label.setMinWidth(120);
        label.setMaxWidth(150);
        javafx.scene.layout.ColumnConstraints side = new javafx.scene.layout.ColumnConstraints();
        side.setPercentWidth(42);
        g.getColumnConstraints().addAll(label, side, side);
        g.add(Views.fieldLabel(i18n.t("diff.side.old")), 1, 0);
        g.add(Views.fieldLabel(i18n.t("diff.side.new")), 2, 0);
        int row = 1;
        if (c.old() == null || c.now() == null) {
            // a card on one side only: every field of it (the changes from or to nothing), the other side empty
            boolean isOld = c.now() == null;
            for (FieldChange f : c.changes()) {
                row = plain(g, row, f, isOld);
            }
            return g;
        }
        if (c.changes().isEmpty()) {
            Label none = new Label(i18n.t(c.kind() == jp.kyoseivision.model.ChangeKind.BUDGET_PENDING
                    ? "diff.noChanges.budgetPending" : "diff.noChanges"));
            none.setId("diff-no-changes");
            none.setWrapText(true);
            g.add(none, 1, row, 2, 1);
        }
        for (FieldChange f : c.changes()) {
            if (f.field() == Field.BUDGET) {
                continue; // shown in the budget table below
            }
            String id = "diff-field-" + f.field().name() + (f.qualifier() == null ? "" : "-" + row);
            g.add(label(fieldLabel(f)), 0, row);
            g.add(side(f, true, id + "-old"), 1, row);
            g.add(side(f, false, id + "-new"), 2, row);
            row++;
        }
        return g;
    }

    private int plain(GridPane g, int row, FieldChange f, boolean left) {
        // a card of one plan only: its fields as that plan names them
        g.add(label(fieldLabel(f, names == null ? null : names.side(left))), 0, row);
        String text = left ? f.oldValue() : f.newValue();
        TextFlow flow = new TextFlow(new Text(text == null || text.isBlank() ? i18n.t("card.empty") : text));
        flow.setId("diff-field-" + f.field().name() + (f.qualifier() == null ? "" : "-" + row) + (left ? "-old"
                : "-new"));
        g.add(flow, left ? 1 : 2, row);
        return row + 1;
    }

    /** A field's name, wrapped within its column (a level name such as 施策展開の基本的方向 is long). */
    private static javafx.scene.control.Label label(String text) {
        javafx.scene.control.Label l = Views.fieldLabel(text);
        l.setWrapText(true);
        l.setMinWidth(120);
        l.setMaxWidth(150);
        return l;
    }

    /** A side's header between two plan periods: 旧（R6〜R10）. */
    String side(boolean old, jp.kyoseivision.model.Plan plan) {
        return i18n.t("diff.planYear.side", i18n.t(old ? "diff.side.old" : "diff.side.new"),
                JapaneseYears.shortForm(plan.startFy()), JapaneseYears.shortForm(plan.endFy()));
    }

    private String fieldLabel(FieldChange f) {
        return fieldLabel(f, names);
    }

    private String fieldLabel(FieldChange f, jp.kyoseivision.diff.FieldNames names) {
        String name = names == null ? DiffLabels.field(f.field(), locale) : names.field(f.field());
        if (f.qualifier() == null) {
            return name;
        }
        if (f.field() == Field.SECTION) {
            return f.qualifier(); // 推進方針 4
        }
        if (f.field().name().startsWith("PROJECT_")) {
            return i18n.t("diff.field.project", name, f.qualifier()); // 担当課（子ども医療費助成事業）
        }
        if (f.field() == Field.KPI) {
            return name + " " + f.qualifier();
        }
        return f.field().name().startsWith("KPI") ? i18n.t("diff.field.kpi", name, f.qualifier())
                : name + " " + f.qualifier();
    }

    /** One side of a field: inline segments for texts, the items removed or added for lists. */
    private TextFlow side(FieldChange f, boolean old, String id) {
        TextFlow flow = new TextFlow();
        flow.setId(id);
        if (!f.inline().isEmpty()) {
            for (Segment s : f.inline()) {
                if (s.op() == Segment.Op.EQUAL) {
                    flow.getChildren().add(new Text(s.text()));
                } else if (s.op() == Segment.Op.DELETE && old) {
                    flow.getChildren().add(marked(s.text(), true));
                } else if (s.op() == Segment.Op.INSERT && !old) {
                    flow.getChildren().add(marked(s.text(), false));
                }
            }
            return flow;
        }
        String value = old ? f.oldValue() : f.newValue();
        List<String> items = old ? f.removed() : f.added();
        if (items.isEmpty() && (!f.removed().isEmpty() || !f.added().isEmpty())) {
            // a list with items only added (or only removed): this side's list itself is kept, not struck through
            flow.getChildren().add(new Text(value == null ? i18n.t("diff.absent") : value));
            return flow;
        }
        if (items.isEmpty()) {
            Text t = value == null ? new Text(i18n.t("diff.absent")) : marked(value, old);
            flow.getChildren().add(t);
            return flow;
        }
        flow.getChildren().add(new Text(value == null ? i18n.t("diff.absent") : value));
        for (String item : items) {
            flow.getChildren().addAll(new Text("\n"), marked(item, old));
        }
        return flow;
    }

    private Text marked(String text, boolean deleted) {
        Text t = new Text(i18n.t(deleted ? "diff.marker.deleted" : "diff.marker.inserted", text));
        t.getStyleClass().add(deleted ? "diff-deleted" : "diff-inserted");
        t.setStrikethrough(deleted);
        t.setUnderline(!deleted);
        return t;
    }

    private GridPane budget(List<BudgetLine> lines) {
        if (!lines.isEmpty() && lines.get(0).byPlanYear()) {
            return budgetByPlanYear(lines);
        }
        GridPane t = Views.table("diff-detail-budget");
        String[] heads = {i18n.t("card.budget.fy"), i18n.t("diff.side.old"), i18n.t("diff.side.new"),
            i18n.t("diff.budget.difference"), i18n.t("diff.budget.percent")};
        for (int i = 0; i < heads.length; i++) {
            Views.header(t, heads[i], i, 0);
        }
        int row = 1;
        for (BudgetLine l : lines) {
            Views.cell(t, JapaneseYears.fiscalYear(l.fy(), locale), 0, row, false);
            Views.cell(t, amount(l.oldAmount()), 1, row, true);
            Views.cell(t, amount(l.newAmount()), 2, row, true);
            Label diff = Views.cell(t, difference(l), 3, row, true);
            diff.setId("diff-budget-" + l.fy() + "-diff");
            Views.cell(t, l.percent() == null ? "—" : signed(l.percent().toPlainString()) + "%", 4, row, true)
                    .setId("diff-budget-" + l.fy() + "-pct");
            if (l.changed()) {
                diff.getStyleClass().add("diff-changed-cell");
            }
            row++;
        }
        return t;
    }

    /** Two plan periods: 1年目（R6 → R11） with the two amounts side by side, no change and no percentage. */
    private GridPane budgetByPlanYear(List<BudgetLine> lines) {
        GridPane t = Views.table("diff-detail-budget");
        String[] heads = {i18n.t("diff.budget.planYear"), i18n.t("diff.side.old"), i18n.t("diff.side.new")};
        for (int i = 0; i < heads.length; i++) {
            Views.header(t, heads[i], i, 0);
        }
        int row = 1;
        for (BudgetLine l : lines) {
            Views.cell(t, i18n.t("diff.planYear", l.planYear()) + "（" + JapaneseYears.shortForm(l.oldFy()) + " → "
                    + JapaneseYears.shortForm(l.newFy()) + "）", 0, row, false);
            Views.cell(t, amount(l.oldAmount()), 1, row, true).setId("diff-budget-y" + l.planYear() + "-old");
            Views.cell(t, amount(l.newAmount()), 2, row, true).setId("diff-budget-y" + l.planYear() + "-new");
            row++;
        }
        return t;
    }

    public static String amount(Long a) {
        return a == null ? "—" : Numbers.grouped(a);
    }

    public static String difference(BudgetLine l) {
        if (l.difference() == null) {
            return "—";
        }
        return l.changed() ? signed(Numbers.grouped(l.difference())) : "±0";
    }

    private static String signed(String s) {
        return s.startsWith("-") ? "−" + s.substring(1) : s.equals("0") || s.equals("0.0") ? s : "+" + s;
    }
}
