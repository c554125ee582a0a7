package jp.kyoseivision.ui.nav;

import jp.kyoseivision.ui.common.I18n;

import java.util.List;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.Sphere;

/** The navigation tree: plan → (revision) → perspective → policy area → direction → cards. */
public final class NavTree {
    private NavTree() {
    }

    public static TreeView<NavNode> create(I18n i18n) {
        return create(i18n, () -> null);
    }

    /** The tree; {@code sphere} gives the sphere shown, to name who each plan is of beside its title. */
    public static TreeView<NavNode> create(I18n i18n, java.util.function.Supplier<Sphere> sphere) {
        TreeView<NavNode> tree = new TreeView<>();
        tree.setId("nav-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new NavCell(i18n, sphere));
        return tree;
    }

    /**
     * A row of the tree. Long direction titles are cut by the pane's width; a tooltip shows them whole (with the
     * level's name: 基本目標：…). It is made when the mouse first comes over the row, one per cell, and follows the
     * cell as the cell is reused: a Tooltip is a popup window with a scene of its own, and a new one for every row
     * each time the tree was drawn took ~7 % of the FX thread's start-up (docs/benchmarks.md, "Start-up (issue 16,
     * round 2)"). A plan's row names who the plan is of (［一関市］, or the sphere for a joint plan) before its title.
     */
    static final class NavCell extends TreeCell<NavNode> {
        private final I18n i18n;
        private final java.util.function.Supplier<Sphere> sphere;
        private javafx.scene.control.Tooltip tip;
        private final javafx.scene.control.Label owner = new javafx.scene.control.Label();

        NavCell(I18n i18n, java.util.function.Supplier<Sphere> sphere) {
            this.i18n = i18n;
            this.sphere = sphere;
            owner.getStyleClass().add("nav-owner");
            setContentDisplay(javafx.scene.control.ContentDisplay.LEFT);
            setGraphicTextGap(8);
            addEventHandler(javafx.scene.input.MouseEvent.MOUSE_ENTERED, e -> {
                if (tip == null && !isEmpty() && getItem() != null) {
                    tip = new javafx.scene.control.Tooltip(tipText());
                    setTooltip(tip);
                }
            });
        }

        private String tipText() {
            NavNode item = getItem();
            if (item == null) {
                return "";
            }
            jp.kyoseivision.model.Node node = groupNode(item);
            // the level's name where the row shows a printed code only (①　… of a 施策展開の基本的方向)
            String level = node == null || node.code() == null ? "" : levelName(item);
            String text = level.isEmpty() ? getText() : level + "：" + getText();
            return owner.getText() == null || owner.getText().isEmpty() ? text : owner.getText() + text;
        }

        @Override
        protected void updateItem(NavNode item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : label(item, i18n));
            Sphere s = sphere.get();
            if (!empty && item instanceof NavNode.PlanNode p && s != null) {
                owner.setText("［" + owner(s, p.plan()) + "］");
                setGraphic(owner);
            } else {
                owner.setText("");
                setGraphic(null);
            }
            if (tip != null) {
                tip.setText(tipText());
            }
            setTooltip(empty || item == null ? null : tip); // none on an empty row
        }
    }

    public static String label(NavNode node, I18n i18n) {
        if (node instanceof NavNode.PlanNode p) {
            return p.plan().title();
        } else if (node instanceof NavNode.RevisionNode r) {
            return i18n.t("tree.revision", r.revision().name(), status(r.revision(), i18n));
        } else if (node instanceof NavNode.PerspectiveNode p) {
            return nodeLabel(p.plan(), p.revision(), p.perspective());
        } else if (node instanceof NavNode.AreaNode a) {
            return nodeLabel(a.plan(), a.revision(), a.area());
        } else if (node instanceof NavNode.DirectionNode d) {
            return nodeLabel(d.plan(), d.revision(), d.direction());
        } else if (node instanceof NavNode.MeasureNode m) {
            String code = m.measure().code();
            return code == null || code.isBlank() ? i18n.t("tree.card", m.measure().number(), m.measure().name())
                    : code + "　" + m.measure().name();
        }
        return "";
    }

    /**
     * A group node's row as its plan prints it: the name after its printed code, the outermost level's name before
     * that code (基本目標Ⅰ　…, ①　…); a node without a code (the vision's) is its name.
     */
    static String nodeLabel(Plan plan, Revision rev, jp.kyoseivision.model.Node n) {
        if (n.code() == null || n.code().isBlank()) {
            return n.name();
        }
        int level = rev == null ? -1 : rev.levelOf(n.id());
        String levelName = level == 0 ? plan.kind().levelName(0) : "";
        return levelName + n.code() + "　" + n.name();
    }

    /** The name of the level of a group row ("" for other rows or an unnamed level). */
    public static String levelName(NavNode node) {
        jp.kyoseivision.model.Node n = groupNode(node);
        if (n == null) {
            return node instanceof NavNode.MeasureNode m ? m.plan().kind().item() : "";
        }
        return plan(node).kind().levelName(revision(node).levelOf(n.id()));
    }

    /** Who the plan is of: its owner municipality, else the whole sphere (a joint plan). */
    public static String owner(Sphere sphere, Plan plan) {
        if (plan.ownerMunicipalityId() != null) {
            return sphere.municipality(plan.ownerMunicipalityId()).map(m -> m.name())
                    .orElse(plan.ownerMunicipalityId());
        }
        return sphere.name();
    }

    /**
     * The plans in the order the tree lists them: each series (the vision, the 総合戦略 …) together, in the order
     * the file first holds them, its newest edition first.
     */
    static List<Plan> ordered(Sphere sphere) {
        List<String> series = sphere.plans().stream().map(Plan::series).distinct().toList();
        return sphere.plans().stream().sorted(java.util.Comparator
                .comparingInt((Plan p) -> series.indexOf(p.series()))
                .thenComparing(java.util.Comparator.comparingInt(Plan::edition).reversed())).toList();
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
        return root(sphere, filter, index, () -> sphere);
    }

    /**
     * As above. Without a filter, each row makes its child rows only when they are first asked for (the row is
     * opened, or found: {@link Lazy}): a 10,000-card file needs a few hundred rows, not 11,000 (issue 16); they are
     * made from the sphere {@code shown} gives then (a row made after an edit of cards in place shows the edit).
     */
    public static TreeItem<NavNode> root(Sphere sphere, SearchBar.Filter filter,
            jp.kyoseivision.edit.CardIndex index, java.util.function.Supplier<Sphere> shown) {
        TreeItem<NavNode> root = new TreeItem<>();
        if (filter.isEmpty()) {
            for (Plan plan : ordered(sphere)) {
                Lazy planItem = new Lazy(new NavNode.PlanNode(plan, plan.current().orElse(null)), sphere, shown);
                planItem.make(); // shown: its child rows ready (see Lazy.getChildren)
                root.getChildren().add(planItem);
            }
            return root;
        }
        List<Plan> newestFirst = ordered(sphere);
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
        if (filter.areaName() != null && plan.kind().summaryLevel() < 0) {
            return; // a plan without a summary level (北上市's action plan) has no area to match
        }
        boolean all = filter.isEmpty();
        for (NavNode c : children(new NavNode.RevisionNode(plan, rev))) {
            addFiltered(parent, c, filter, index, all);
        }
    }

    private static void addFiltered(TreeItem<NavNode> parent, NavNode n, SearchBar.Filter filter,
            jp.kyoseivision.edit.CardIndex index, boolean all) {
        if (n instanceof NavNode.MeasureNode m) {
            if (filter.search().matches(m.measure(), index)) {
                parent.getChildren().add(new TreeItem<>(n));
            }
            return;
        }
        jp.kyoseivision.model.Node node = groupNode(n);
        Revision rev = revision(n);
        Plan plan = plan(n);
        if (filter.areaName() != null && node != null
                && rev.levelOf(node.id()) == plan.kind().summaryLevel() && !filter.areaName().equals(node.name())) {
            return; // the summary level (the vision's 政策分野, the 総合戦略's 基本目標) is the area filtered on
        }
        TreeItem<NavNode> item = new TreeItem<>(n);
        for (NavNode c : children(n)) {
            addFiltered(item, c, filter, index, all);
        }
        // a node whose own texts hold the words is found too (a 基本目標's sentence, a 取組分野's agreement)
        if (all || !item.getChildren().isEmpty() || node != null && filter.search().matchesNode(node)) {
            parent.getChildren().add(item);
        }
    }

    /** The group node a row shows, or null (a plan, revision or card row). */
    public static jp.kyoseivision.model.Node groupNode(NavNode n) {
        if (n instanceof NavNode.PerspectiveNode p) {
            return p.perspective();
        } else if (n instanceof NavNode.AreaNode a) {
            return a.area();
        } else if (n instanceof NavNode.DirectionNode d) {
            return d.direction();
        }
        return null;
    }

    /** The plan of a row. */
    public static Plan plan(NavNode n) {
        if (n instanceof NavNode.PlanNode p) {
            return p.plan();
        } else if (n instanceof NavNode.RevisionNode r) {
            return r.plan();
        } else if (n instanceof NavNode.PerspectiveNode p) {
            return p.plan();
        } else if (n instanceof NavNode.AreaNode a) {
            return a.plan();
        } else if (n instanceof NavNode.DirectionNode d) {
            return d.plan();
        }
        return ((NavNode.MeasureNode) n).plan();
    }

    /** The revision of a row (null: a plan without revisions). */
    public static Revision revision(NavNode n) {
        if (n instanceof NavNode.PlanNode p) {
            return p.revision();
        } else if (n instanceof NavNode.RevisionNode r) {
            return r.revision();
        } else if (n instanceof NavNode.PerspectiveNode p) {
            return p.revision();
        } else if (n instanceof NavNode.AreaNode a) {
            return a.revision();
        } else if (n instanceof NavNode.DirectionNode d) {
            return d.revision();
        }
        return ((NavNode.MeasureNode) n).revision();
    }

    /** How many card rows are below {@code item} (rows not made yet counted from the sphere, not made). */
    public static int countCards(TreeItem<NavNode> item) {
        if (item instanceof Lazy lazy && !lazy.childrenMade()) {
            return (int) nodes(lazy.getValue(), n -> n instanceof NavNode.MeasureNode).count();
        }
        int n = item.getValue() instanceof NavNode.MeasureNode ? 1 : 0;
        for (TreeItem<NavNode> c : madeSoFar(item)) {
            n += countCards(c);
        }
        return n;
    }

    /**
     * A row whose child rows are made when first asked for ({@link #getChildren()}: the tree asks when the row is
     * opened); until then {@link #isLeaf()} answers from the sphere. The JavaFX pattern for big trees (TreeItem's
     * own documentation).
     */
    public static final class Lazy extends TreeItem<NavNode> {
        private Sphere built;
        private java.util.function.Supplier<Sphere> shown;

        Lazy(NavNode node, Sphere built, java.util.function.Supplier<Sphere> shown) {
            super(node);
            this.built = built;
            this.shown = shown;
        }

        /** Whether the child rows were made. */
        public boolean childrenMade() {
            return shown == null;
        }

        /**
         * The child rows, made now if not yet, and theirs made too (one row ahead): a row the tree shows has its
         * child rows ready when it is opened, so opening never makes rows while the tree counts its rows.
         */
        @Override
        public javafx.collections.ObservableList<TreeItem<NavNode>> getChildren() {
            make();
            for (TreeItem<NavNode> c : super.getChildren()) {
                if (c instanceof Lazy lazy) {
                    lazy.make();
                }
            }
            return super.getChildren();
        }

        /** The child rows made so far (none before they are asked for), making none. */
        public List<TreeItem<NavNode>> madeSoFar() {
            return super.getChildren();
        }

        /** Makes this row's child rows (only them) if not made yet. */
        void make() {
            if (shown != null) {
                java.util.function.Supplier<Sphere> current = shown;
                Sphere now = current.get();
                Sphere from = built;
                shown = null;
                built = null;
                NavNode node = now == null || now == from ? getValue() : fresh(now, getValue());
                List<TreeItem<NavNode>> made = new java.util.ArrayList<>();
                for (NavNode c : children(node)) {
                    made.add(c instanceof NavNode.MeasureNode ? new TreeItem<>(c) : new Lazy(c, now, current));
                }
                super.getChildren().setAll(made);
            }
        }

        @Override
        public boolean isLeaf() {
            return shown == null ? super.getChildren().isEmpty() : children(getValue()).isEmpty();
        }
    }

    /** The rows below {@code node}, as {@link #root} shows them without a filter. */
    static List<NavNode> children(NavNode node) {
        List<NavNode> out = new java.util.ArrayList<>();
        if (node instanceof NavNode.PlanNode p) {
            if (p.plan().revisions().size() == 1) {
                content(p.plan(), p.revision(), out);
            } else {
                p.plan().revisions().forEach(r -> out.add(new NavNode.RevisionNode(p.plan(), r)));
            }
        } else if (node instanceof NavNode.RevisionNode r) {
            content(r.plan(), r.revision(), out);
        } else if (node instanceof NavNode.PerspectiveNode p) {
            int level = p.revision().levelOf(p.perspective().id());
            p.perspective().children().forEach(c -> out.add(row(p.plan(), p.revision(), c, level + 1, p.perspective(),
                    null)));
            p.perspective().measures().forEach(m -> out.add(new NavNode.MeasureNode(p.plan(), p.revision(),
                    p.perspective(), null, null, m)));
        } else if (node instanceof NavNode.AreaNode a) {
            int level = a.revision().levelOf(a.area().id());
            a.area().children().forEach(c -> out.add(row(a.plan(), a.revision(), c, level + 1, a.perspective(),
                    a.area())));
            a.area().measures().forEach(m -> out.add(new NavNode.MeasureNode(a.plan(), a.revision(),
                    a.perspective(), a.area(), null, m)));
        } else if (node instanceof NavNode.DirectionNode d) {
            d.direction().measures().forEach(m -> out.add(new NavNode.MeasureNode(d.plan(), d.revision(),
                    d.perspective(), d.area(), d.direction(), m)));
        }
        return out;
    }

    private static void content(Plan plan, Revision rev, List<NavNode> out) {
        if (rev != null) {
            rev.nodes().forEach(n -> out.add(row(plan, rev, n, 0, null, null)));
            rev.items().forEach(m -> out.add(new NavNode.MeasureNode(plan, rev, null, null, null, m)));
        }
    }

    /**
     * The row of node {@code n} at {@code level}: the level that holds the items (the kind's last) is a direction,
     * the one above an area, every level above a perspective (see {@link NavNode.PerspectiveNode}).
     */
    private static NavNode row(Plan plan, Revision rev, jp.kyoseivision.model.Node n, int level,
            jp.kyoseivision.model.Node perspective, jp.kyoseivision.model.Node area) {
        int depth = Math.max(1, plan.kind().depth());
        if (level >= depth - 1 || n.children().isEmpty() && !n.measures().isEmpty()) {
            return new NavNode.DirectionNode(plan, rev, perspective, area, n);
        }
        if (level == depth - 2) {
            return new NavNode.AreaNode(plan, rev, perspective, n);
        }
        return new NavNode.PerspectiveNode(plan, rev, n);
    }

    /** Every node below {@code node} (not itself) that {@code which} accepts, walking the sphere (no rows made). */
    static java.util.stream.Stream<NavNode> nodes(NavNode node, java.util.function.Predicate<NavNode> which) {
        return children(node).stream().flatMap(c -> java.util.stream.Stream.concat(
                which.test(c) ? java.util.stream.Stream.of(c) : java.util.stream.Stream.empty(), nodes(c, which)));
    }

    /** Whether the row with {@code key} is below {@code node} (walking the sphere, no rows made). */
    static boolean holds(NavNode node, String key) {
        for (NavNode c : children(node)) {
            if (c.key().equals(key) || !(c instanceof NavNode.MeasureNode) && holds(c, key)) {
                return true;
            }
        }
        return false;
    }

    /** Opens {@code item} and the rows below it down to the directions, which stay closed (their cards not made). */
    public static void openToDirections(TreeItem<NavNode> item) {
        if (item.getValue() instanceof NavNode.DirectionNode) {
            item.setExpanded(false);
            return;
        }
        item.setExpanded(true);
        item.getChildren().forEach(NavTree::openToDirections);
    }

    private static boolean made(TreeItem<NavNode> item) {
        return !(item instanceof Lazy lazy) || lazy.childrenMade();
    }

    /** The child rows of {@code item} made so far: walking them makes no rows. */
    private static List<TreeItem<NavNode>> madeSoFar(TreeItem<NavNode> item) {
        return item instanceof Lazy lazy ? lazy.madeSoFar() : item.getChildren();
    }

    /** The keys of the expanded rows, to keep them open when the tree is rebuilt after an edit. */
    public static java.util.Set<String> expandedKeys(TreeItem<NavNode> item, java.util.Set<String> into) {
        if (item == null) {
            return into;
        }
        if (item.getValue() != null && item.isExpanded()) {
            into.add(item.getValue().key());
        }
        madeSoFar(item).forEach(c -> expandedKeys(c, into)); // rows not made yet hold no open rows
        return into;
    }

    public static void expand(TreeItem<NavNode> item, java.util.Set<String> keys) {
        if (item.getValue() != null) {
            item.setExpanded(keys.contains(item.getValue().key()));
        }
        // a closed row's child rows are not made for this (those made already are closed as they were)
        (item.getValue() == null || item.isExpanded() ? item.getChildren() : madeSoFar(item))
                .forEach(c -> expand(c, keys));
    }

    /** The row whose node has {@code key}, or null. */
    public static TreeItem<NavNode> find(TreeItem<NavNode> item, String key) {
        if (item == null) {
            return null;
        }
        if (item.getValue() != null && item.getValue().key().equals(key)) {
            return item;
        }
        if (item instanceof Lazy && !holds(item.getValue(), key)) {
            return null; // not below this row: its rows are not made to look
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
        List<? extends TreeItem<?>> children = expanded || !(item instanceof Lazy lazy) ? item.getChildren()
                : lazy.madeSoFar(); // closing makes no rows
        children.forEach(c -> setExpanded(c, expanded));
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
                java.util.Optional<NavNode> found = nodes(new NavNode.RevisionNode(plan, r),
                        n -> n.getClass() == node.getClass() && n.key().equals(key)).findFirst();
                if (found.isPresent()) {
                    return found.get();
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
        for (TreeItem<NavNode> c : madeSoFar(item)) { // rows not made yet are made later from the sphere shown then
            collectCards(c, ids, out);
        }
    }
}
