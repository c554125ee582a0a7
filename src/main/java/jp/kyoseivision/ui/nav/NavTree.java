package jp.kyoseivision.ui.nav;

import jp.kyoseivision.ui.common.I18n;

import java.util.List;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import jp.kyoseivision.model.Direction;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Perspective;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.PolicyArea;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.Sphere;

/** The navigation tree: plan → (revision) → perspective → policy area → direction → cards. */
public final class NavTree {
    private NavTree() {
    }

    public static TreeView<NavNode> create(I18n i18n) {
        TreeView<NavNode> tree = new TreeView<>();
        tree.setId("nav-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new NavCell(i18n));
        return tree;
    }

    /**
     * A row of the tree. Long direction titles are cut by the pane's width; a tooltip shows them whole. It is made
     * when the mouse first comes over the row, one per cell, and follows the cell's text as the cell is reused: a
     * Tooltip is a popup window with a scene of its own, and a new one for every row each time the tree was drawn
     * took ~7 % of the FX thread's start-up (docs/benchmarks.md, "Start-up (issue 16, round 2)").
     */
    static final class NavCell extends TreeCell<NavNode> {
        private final I18n i18n;
        private javafx.scene.control.Tooltip tip;

        NavCell(I18n i18n) {
            this.i18n = i18n;
            addEventHandler(javafx.scene.input.MouseEvent.MOUSE_ENTERED, e -> {
                if (tip == null && !isEmpty() && getItem() != null) {
                    tip = new javafx.scene.control.Tooltip();
                    tip.textProperty().bind(textProperty());
                    setTooltip(tip);
                }
            });
        }

        @Override
        protected void updateItem(NavNode item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : label(item, i18n));
            setTooltip(empty || item == null ? null : tip); // none on an empty row
        }
    }

    public static String label(NavNode node, I18n i18n) {
        if (node instanceof NavNode.PlanNode p) {
            return p.plan().title();
        } else if (node instanceof NavNode.RevisionNode r) {
            return i18n.t("tree.revision", r.revision().name(), status(r.revision(), i18n));
        } else if (node instanceof NavNode.PerspectiveNode p) {
            return p.perspective().name();
        } else if (node instanceof NavNode.AreaNode a) {
            return a.area().name();
        } else if (node instanceof NavNode.DirectionNode d) {
            return d.direction().title();
        } else if (node instanceof NavNode.MeasureNode m) {
            return i18n.t("tree.card", m.measure().number(), m.measure().name());
        }
        return "";
    }

    public static String status(Revision r, I18n i18n) {
        return i18n.t(r.status() == jp.kyoseivision.model.RevisionStatus.ADOPTED ? "status.adopted" : "status.draft");
    }

    /**
     * A fresh root for {@code sphere}: the newest edition first (the one being worked on), each plan showing its
     * latest revision's content, or its revisions as children when it has several.
     */
    public static TreeItem<NavNode> root(Sphere sphere) {
        return root(sphere, SearchBar.Filter.NONE);
    }

    /** As {@link #root(Sphere)}, keeping only the cards the filter matches (and the rows above them). */
    public static TreeItem<NavNode> root(Sphere sphere, SearchBar.Filter filter) {
        return root(sphere, filter, null);
    }

    /** As {@link #root(Sphere, SearchBar.Filter)}, looking words up in {@code index} (null: none yet). */
    public static TreeItem<NavNode> root(Sphere sphere, SearchBar.Filter filter,
            jp.kyoseivision.edit.CardIndex index) {
        TreeItem<NavNode> root = new TreeItem<>();
        List<Plan> newestFirst = sphere.plans().stream()
                .sorted(java.util.Comparator.comparingInt(Plan::edition).reversed()).toList();
        for (Plan plan : newestFirst) {
            Revision current = plan.current().orElse(null);
            TreeItem<NavNode> planItem = new TreeItem<>(new NavNode.PlanNode(plan, current));
            if (plan.revisions().size() == 1) {
                addContent(planItem, plan, current, filter, index);
            } else {
                for (Revision r : plan.revisions()) {
                    TreeItem<NavNode> revItem = new TreeItem<>(new NavNode.RevisionNode(plan, r));
                    addContent(revItem, plan, r, filter, index);
                    if (filter.isEmpty() || !revItem.getChildren().isEmpty()) {
                        planItem.getChildren().add(revItem);
                    }
                }
            }
            if (filter.isEmpty() || !planItem.getChildren().isEmpty()) {
                root.getChildren().add(planItem);
            }
        }
        return root;
    }

    private static void addContent(TreeItem<NavNode> parent, Plan plan, Revision rev, SearchBar.Filter filter,
            jp.kyoseivision.edit.CardIndex index) {
        if (rev == null) {
            return;
        }
        boolean all = filter.isEmpty();
        for (Perspective p : rev.perspectives()) {
            TreeItem<NavNode> pi = new TreeItem<>(new NavNode.PerspectiveNode(plan, rev, p));
            for (PolicyArea a : p.policyAreas()) {
                if (filter.areaName() != null && !filter.areaName().equals(a.name())) {
                    continue;
                }
                TreeItem<NavNode> ai = new TreeItem<>(new NavNode.AreaNode(plan, rev, p, a));
                for (Direction d : a.directions()) {
                    TreeItem<NavNode> di = new TreeItem<>(new NavNode.DirectionNode(plan, rev, p, a, d));
                    for (Measure m : d.measures()) {
                        if (filter.search().matches(m, index)) {
                            di.getChildren().add(new TreeItem<>(new NavNode.MeasureNode(plan, rev, p, a, d, m)));
                        }
                    }
                    if (all || !di.getChildren().isEmpty()) {
                        ai.getChildren().add(di);
                    }
                }
                if (all || !ai.getChildren().isEmpty()) {
                    pi.getChildren().add(ai);
                }
            }
            if (all || !pi.getChildren().isEmpty()) {
                parent.getChildren().add(pi);
            }
        }
    }

    /** How many card rows are below {@code item}. */
    public static int countCards(TreeItem<NavNode> item) {
        int n = item.getValue() instanceof NavNode.MeasureNode ? 1 : 0;
        for (TreeItem<NavNode> c : item.getChildren()) {
            n += countCards(c);
        }
        return n;
    }

    /** The keys of the expanded rows, to keep them open when the tree is rebuilt after an edit. */
    public static java.util.Set<String> expandedKeys(TreeItem<NavNode> item, java.util.Set<String> into) {
        if (item == null) {
            return into;
        }
        if (item.getValue() != null && item.isExpanded()) {
            into.add(item.getValue().key());
        }
        item.getChildren().forEach(c -> expandedKeys(c, into));
        return into;
    }

    public static void expand(TreeItem<NavNode> item, java.util.Set<String> keys) {
        if (item.getValue() != null) {
            item.setExpanded(keys.contains(item.getValue().key()));
        }
        item.getChildren().forEach(c -> expand(c, keys));
    }

    /** The row whose node has {@code key}, or null. */
    public static TreeItem<NavNode> find(TreeItem<NavNode> item, String key) {
        if (item == null) {
            return null;
        }
        if (item.getValue() != null && item.getValue().key().equals(key)) {
            return item;
        }
        for (TreeItem<NavNode> c : item.getChildren()) {
            TreeItem<NavNode> found = find(c, key);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    public static void setExpanded(TreeItem<?> item, boolean expanded) {
        if (item == null) {
            return;
        }
        if (item.getParent() != null) {
            item.setExpanded(expanded);
        }
        item.getChildren().forEach(c -> setExpanded(c, expanded));
    }

    /**
     * {@code node} as {@code sphere} holds it now (a row kept across an edit of cards in place holds the objects
     * of the sphere it was built from); {@code node} itself when it is no longer there.
     */
    public static NavNode fresh(Sphere sphere, NavNode node) {
        String key = node.key();
        for (Plan plan : sphere.plans()) {
            if (node instanceof NavNode.PlanNode && plan.id().equals(key)) {
                return new NavNode.PlanNode(plan, plan.current().orElse(null));
            }
            for (Revision r : plan.revisions()) {
                if (node instanceof NavNode.RevisionNode && r.id().equals(key)) {
                    return new NavNode.RevisionNode(plan, r);
                }
                for (Perspective p : r.perspectives()) {
                    if (node instanceof NavNode.PerspectiveNode && p.id().equals(key)) {
                        return new NavNode.PerspectiveNode(plan, r, p);
                    }
                    for (PolicyArea a : p.policyAreas()) {
                        if (node instanceof NavNode.AreaNode && a.id().equals(key)) {
                            return new NavNode.AreaNode(plan, r, p, a);
                        }
                        for (Direction d : a.directions()) {
                            if (node instanceof NavNode.DirectionNode && d.id().equals(key)) {
                                return new NavNode.DirectionNode(plan, r, p, a, d);
                            }
                            if (node instanceof NavNode.MeasureNode) {
                                for (Measure m : d.measures()) {
                                    if (m.id().equals(key)) {
                                        return new NavNode.MeasureNode(plan, r, p, a, d, m);
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return node;
    }

    /** The card rows below {@code item} whose card is one of {@code ids}. */
    public static java.util.List<TreeItem<NavNode>> cardItems(TreeItem<NavNode> item, java.util.Set<String> ids) {
        java.util.List<TreeItem<NavNode>> out = new java.util.ArrayList<>();
        collectCards(item, ids, out);
        return out;
    }

    private static void collectCards(TreeItem<NavNode> item, java.util.Set<String> ids,
            java.util.List<TreeItem<NavNode>> out) {
        if (item.getValue() instanceof NavNode.MeasureNode m) {
            if (ids.contains(m.measure().id())) {
                out.add(item);
            }
            return;
        }
        for (TreeItem<NavNode> c : item.getChildren()) {
            collectCards(c, ids, out);
        }
    }
}
