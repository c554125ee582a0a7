package jp.kyoseivision.ui.print;

import jp.kyoseivision.ui.common.I18n;
import jp.kyoseivision.ui.nav.NavNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.report.MeasureSheets;
import jp.kyoseivision.report.ReportDocument;

/** What to print from the window: the selected card, the cards of its policy area, or all cards of its revision. */
public enum PrintScope {
    CARD, AREA, ALL;

    public String label(I18n i18n) {
        return i18n.t("print.scope." + name().toLowerCase(Locale.ROOT));
    }

    /** The scopes that make sense for the selected tree row (none when it holds no plan). */
    public static List<PrintScope> available(NavNode node) {
        List<PrintScope> out = new ArrayList<>();
        if (node == null || revision(node) == null) {
            return out;
        }
        if (node instanceof NavNode.MeasureNode) {
            out.add(CARD);
        }
        if (area(node) != null) {
            out.add(AREA);
        }
        out.add(ALL);
        return out;
    }

    /** The measure sheets of this scope for the selected row. */
    public ReportDocument document(Sphere sphere, NavNode node, boolean cover, Locale locale) {
        MeasureSheets.Options o = new MeasureSheets.Options(cover, cover, null, locale);
        String numbers = this == CARD ? String.valueOf(((NavNode.MeasureNode) node).measure().number()) : null;
        String area = this == AREA && area(node) != null ? area(node).id() : null;
        return MeasureSheets.build(sphere, plan(node), revision(node), numbers, area, o);
    }

    private static jp.kyoseivision.model.Node area(NavNode n) {
        if (n instanceof NavNode.MeasureNode m) {
            return m.area();
        } else if (n instanceof NavNode.DirectionNode d) {
            return d.area();
        } else if (n instanceof NavNode.AreaNode a) {
            return a.area();
        }
        return null;
    }

    private static jp.kyoseivision.model.Plan plan(NavNode n) {
        if (n instanceof NavNode.MeasureNode m) {
            return m.plan();
        } else if (n instanceof NavNode.DirectionNode d) {
            return d.plan();
        } else if (n instanceof NavNode.AreaNode a) {
            return a.plan();
        } else if (n instanceof NavNode.PerspectiveNode p) {
            return p.plan();
        } else if (n instanceof NavNode.RevisionNode r) {
            return r.plan();
        }
        return ((NavNode.PlanNode) n).plan();
    }

    private static jp.kyoseivision.model.Revision revision(NavNode n) {
        if (n instanceof NavNode.MeasureNode m) {
            return m.revision();
        } else if (n instanceof NavNode.DirectionNode d) {
            return d.revision();
        } else if (n instanceof NavNode.AreaNode a) {
            return a.revision();
        } else if (n instanceof NavNode.PerspectiveNode p) {
            return p.revision();
        } else if (n instanceof NavNode.RevisionNode r) {
            return r.revision();
        }
        return ((NavNode.PlanNode) n).revision();
    }
}
