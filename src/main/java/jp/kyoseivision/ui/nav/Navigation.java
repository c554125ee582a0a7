package jp.kyoseivision.ui.nav;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.ui.common.I18n;

/**
 * The navigation column: the search bar above the tree of the open sphere. Data flows one way: a new sphere
 * (after an edit, undo or open) or a new filter rebuilds the tree, except an edit of cards in place, which only
 * updates those cards' rows ({@link #showCards}); the tree reports the selected row. The filter's
 * choices are refilled only when the sphere changes, never from the filter's own change (no feedback loop).
 */
public final class Navigation {
    private final TreeView<NavNode> tree;
    private final SearchBar search;
    private final VBox root;
    private final ReadOnlyObjectWrapper<NavNode> selected = new ReadOnlyObjectWrapper<>();
    private final Consumer<String> remember;
    private final java.util.function.Supplier<String> remembered;
    private Sphere shown;
    private boolean rebuilding;
    /** The words of the shown sphere's cards, for the search (see {@link #indexLater}); null until first needed. */
    private jp.kyoseivision.edit.CardIndex index;
    private volatile Sphere toIndex;
    private static final java.util.concurrent.Executor INDEXER = java.util.concurrent.Executors
            .newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "search index");
                t.setDaemon(true);
                return t;
            });

    /**
     * @param remember   told the key of each row the officer selects (kept per file in the settings)
     * @param remembered the key to select when a file is first shown
     */
    public Navigation(I18n i18n, Consumer<String> remember, java.util.function.Supplier<String> remembered) {
        this.tree = NavTree.create(i18n, () -> shown);
        this.search = new SearchBar(i18n);
        this.remember = remember;
        this.remembered = remembered;
        search.filterProperty().addListener((o, a, b) -> {
            if (shown != null) {
                rebuild(shown, false);
            }
        });
        // the index is made when the officer goes to search (not at every open: memory), then kept up to date
        search.focusedProperty().addListener((o, a, now) -> {
            if (now && shown != null && index == null) {
                indexLater(shown);
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (rebuilding) {
                return; // the tree is being rebuilt; the selection is set once it is complete
            }
            userChose = true;
            select(now);
        });
        root = new VBox(search.node(), tree);
        VBox.setVgrow(tree, Priority.ALWAYS);
    }

    public VBox node() {
        return root;
    }

    public TreeView<NavNode> tree() {
        return tree;
    }

    public SearchBar search() {
        return search;
    }

    /** The row selected now (null: none). */
    public ReadOnlyObjectProperty<NavNode> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public NavNode selected() {
        return selected.get();
    }

    private void select(TreeItem<NavNode> item) {
        if (item != null && item.getValue() != null && shown != null) {
            // a row kept across edits of cards in place may hold older objects than the sphere shown: refresh it
            item.setValue(NavTree.fresh(shown, item.getValue()));
        }
        NavNode n = item == null ? null : item.getValue();
        selected.set(n);
        if (n != null && search.filterProperty().get().isEmpty()) {
            remember.accept(n.key());
        }
    }

    /** Shows {@code sphere}: the same file after an edit keeps its open rows and selection; a new file starts anew. */
    public void show(Sphere sphere, boolean newFile) {
        if (sphere == null) {
            shown = null;
            rebuilding = true;
            try {
                tree.setRoot(null);
            } finally {
                rebuilding = false;
            }
            selected.set(null);
            return;
        }
        if (newFile || shown == null || sphere != shown) {
            search.setSphere(sphere);
        }
        if (newFile) {
            index = null; // another file: its cards are indexed when searched
        }
        rebuild(sphere, newFile);
        if (index != null || !search.filterProperty().get().search().isEmpty()) {
            indexLater(sphere);
        }
    }

    /**
     * Shows {@code whole}, the whole sphere of the file whose first screen is shown (issue 16: the newest plan read
     * first): the open rows, the selected row and the scroll position stay as they are. When the officer has not
     * chosen a row yet and the row remembered for the file was not in the first screen (a card of an older plan),
     * that row is selected now.
     */
    public void showWhole(Sphere whole) {
        javafx.scene.control.skin.VirtualFlow<?> flow = tree.lookup(".virtual-flow")
                instanceof javafx.scene.control.skin.VirtualFlow<?> f ? f : null;
        int top = flow == null || flow.getFirstVisibleCell() == null ? -1 : flow.getFirstVisibleCell().getIndex();
        boolean chosenByUser = userChose;
        keepScroll = true;
        try {
            show(whole, false);
        } finally {
            keepScroll = false;
        }
        if (top >= 0) {
            tree.scrollTo(top);
        }
        if (!chosenByUser && search.filterProperty().get().isEmpty()) {
            String key = rememberedAtOpen;
            if (key != null && !key.isEmpty() && selected.get() != null && !key.equals(selected.get().key())) {
                TreeItem<NavNode> item = NavTree.find(tree.getRoot(), key);
                if (item != null) {
                    reveal(item);
                    tree.getSelectionModel().select(item);
                }
            }
        }
    }

    /** While {@link #showWhole} rebuilds: the selected row is not scrolled to (the view stays where it was). */
    private boolean keepScroll;
    /** Whether the officer selected a row since the file was shown (else the row was chosen for them). */
    private boolean userChose;
    /** The row remembered for the file when it was shown (selecting another row remembers that one instead). */
    private String rememberedAtOpen;

    /**
     * Indexes the cards of {@code sphere} off the FX thread (reusing the folded texts of the cards the last index
     * holds); until it is ready the search uses the last index for the cards it holds and reads the others.
     */
    private void indexLater(Sphere sphere) {
        toIndex = sphere;
        jp.kyoseivision.edit.CardIndex base = index;
        INDEXER.execute(() -> {
            if (toIndex != sphere) {
                return; // a newer sphere is waiting: index that one instead
            }
            jp.kyoseivision.edit.CardIndex built = jp.kyoseivision.edit.CardIndex.update(base, sphere);
            javafx.application.Platform.runLater(() -> {
                if (shown == sphere) {
                    index = built;
                }
            });
        });
    }

    /** The index of the shown sphere's cards, once made (tests, benchmarks). */
    public jp.kyoseivision.edit.CardIndex index() {
        return index;
    }

    /**
     * Shows {@code sphere} after an edit (or its undo, redo) that changed only the content of the cards
     * {@code cards} in place: their rows get the new card (the label follows a new name), the selected row is
     * refreshed, and the rest of the tree stays as it is — no rebuild. False (nothing done) when the tree must be
     * rebuilt instead: no tree yet, or a search is active (the card may now match or not).
     */
    public boolean showCards(Sphere sphere, Set<String> cards) {
        if (shown == null || tree.getRoot() == null || !search.filterProperty().get().isEmpty()) {
            return false;
        }
        shown = sphere;
        for (TreeItem<NavNode> item : NavTree.cardItems(tree.getRoot(), cards)) {
            item.setValue(NavTree.fresh(sphere, item.getValue()));
        }
        TreeItem<NavNode> sel = tree.getSelectionModel().getSelectedItem();
        if (sel != null) {
            select(sel);
        }
        return true;
    }

    private void rebuild(Sphere sphere, boolean newFile) {
        boolean keep = !newFile && shown != null && tree.getRoot() != null;
        Set<String> open = keep ? NavTree.expandedKeys(tree.getRoot(), new HashSet<>()) : null;
        String before = keep && selected.get() != null ? selected.get().key() : null;
        SearchBar.Filter filter = search.filterProperty().get();
        shown = sphere; // first: the rows made below are made from it
        TreeItem<NavNode> newRoot = NavTree.root(sphere, filter, index, () -> shown);
        if (!filter.isEmpty()) {
            NavTree.setExpanded(newRoot, true);
        } else if (open != null) {
            NavTree.expand(newRoot, open);
        } else if (!newRoot.getChildren().isEmpty()) {
            // open the newest plan down to its directions, so its cards are one click away; older plans stay closed
            NavTree.openToDirections(newRoot.getChildren().get(0));
        }
        search.showCount(NavTree.countCards(newRoot), !filter.isEmpty());
        shown = sphere;
        TreeItem<NavNode> target = before == null ? null : NavTree.find(newRoot, before);
        if (!filter.isEmpty() && (target == null || !(target.getValue() instanceof NavNode.MeasureNode))) {
            // while searching: the card shown stays; else the first card that matches, not a plan summary
            TreeItem<NavNode> first = firstCard(newRoot);
            target = first != null ? first : target;
        }
        if (newFile) {
            rememberedAtOpen = remembered.get();
        }
        if (target == null) {
            String key = newFile ? rememberedAtOpen : remembered.get();
            target = key == null ? null : NavTree.find(newRoot, key);
        }
        if (target == null && !newRoot.getChildren().isEmpty()) {
            target = newRoot.getChildren().get(0);
        }
        rebuilding = true;
        try {
            tree.setRoot(newRoot);
            if (newFile) {
                userChose = false;
            }
            if (target != null && keepScroll) {
                tree.getSelectionModel().select(target);
            } else if (target != null) {
                reveal(target);
                tree.getSelectionModel().select(target);
            } else {
                tree.getSelectionModel().clearSelection();
            }
        } finally {
            rebuilding = false;
        }
        select(tree.getSelectionModel().getSelectedItem());
    }

    /** Selects the row with {@code key} (a card, direction, revision or plan id); false when it is not shown. */
    public boolean selectKey(String key) {
        TreeItem<NavNode> item = NavTree.find(tree.getRoot(), key);
        if (item == null && !search.filterProperty().get().isEmpty()) {
            search.clear(); // the row is hidden by the search: show everything again
            item = NavTree.find(tree.getRoot(), key);
        }
        if (item == null) {
            return false;
        }
        reveal(item);
        tree.getSelectionModel().select(item);
        return true;
    }

    private void reveal(TreeItem<NavNode> item) {
        for (TreeItem<NavNode> p = item.getParent(); p != null; p = p.getParent()) {
            p.setExpanded(true);
        }
        int row = tree.getRow(item);
        if (row >= 0) {
            tree.scrollTo(Math.max(0, row - 3));
        }
    }

    public void setAllExpanded(boolean expanded) {
        if (tree.getRoot() != null) {
            NavTree.setExpanded(tree.getRoot(), expanded);
        }
    }

    private static TreeItem<NavNode> firstCard(TreeItem<NavNode> item) {
        if (item.getValue() instanceof NavNode.MeasureNode) {
            return item;
        }
        for (TreeItem<NavNode> c : item.getChildren()) {
            TreeItem<NavNode> found = firstCard(c);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

}
