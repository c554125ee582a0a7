package jp.kyoseivision.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.ui.card.CardEditor;
import jp.kyoseivision.ui.card.CardFormModel;
import jp.kyoseivision.ui.card.CardView;
import jp.kyoseivision.ui.card.DirectionEditor;
import jp.kyoseivision.ui.card.MatchBanner;
import jp.kyoseivision.ui.card.NodeEditor;
import jp.kyoseivision.ui.card.NodeFormModel;
import jp.kyoseivision.model.PlanFeature;
import jp.kyoseivision.ui.nav.NavTree;
import jp.kyoseivision.ui.card.StructureEditor;
import jp.kyoseivision.ui.card.SummaryView;
import jp.kyoseivision.ui.common.I18n;
import jp.kyoseivision.ui.nav.NavNode;

/**
 * The centre of the main window: what the selected row stands for — the card form (or the card as printed when
 * it cannot be edited), a direction, an area, a plan summary. It renders from the sphere and the row; the card
 * forms' view models are kept per card, so what was typed and refused survives the re-render after an edit.
 */
final class ContentPane {
    private final MainViewModel vm;
    private final I18n i18n;
    private final ScrollPane centre = new ScrollPane();
    private final CardView cardView;
    private final SummaryView summaryView;
    private final CardEditor cardEditor;
    private final DirectionEditor directionEditor;
    private final StructureEditor structureEditor;
    private final Runnable unlock;
    private final java.util.function.Supplier<String> query;
    /** The forms of the cards shown lately (a refused entry waits in its form until corrected or taken back). */
    private final Map<String, CardFormModel> forms = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CardFormModel> eldest) {
            return size() > 32;
        }
    };
    private String shownKey;
    private final NodeEditor nodeEditor;
    /** The forms of the group nodes shown lately (as {@link #forms}). */
    private final Map<String, NodeFormModel> nodeForms = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, NodeFormModel> eldest) {
            return size() > 32;
        }
    };

    ContentPane(MainViewModel vm, java.util.function.Consumer<Throwable> onError, Runnable unlock,
            java.util.function.Supplier<String> query, java.util.function.Consumer<String> openOpinions) {
        this.vm = vm;
        this.i18n = vm.i18n();
        this.unlock = unlock;
        this.query = query;
        cardView = new CardView(i18n);
        summaryView = new SummaryView(i18n);
        cardEditor = new CardEditor(i18n, vm, onError);
        cardView.setOnOpinions(openOpinions);
        cardEditor.setOnOpinions(openOpinions);
        directionEditor = new DirectionEditor(i18n, vm, onError);
        structureEditor = new StructureEditor(i18n, vm, onError);
        nodeEditor = new NodeEditor(i18n);
        centre.setId("centre");
        centre.setFitToWidth(true);
        centre.setContent(summaryView.placeholder());
        vm.fileProperty().addListener((o, a, b) -> {
            forms.clear();
            nodeForms.clear();
        });
    }

    ScrollPane node() {
        return centre;
    }

    /** The form of the card shown now, if a card form is shown. */
    java.util.Optional<CardFormModel> shownForm() {
        return java.util.Optional.ofNullable(shownKey == null ? null : forms.get(shownKey));
    }

    /** Renders {@code n}; the same row again (after an edit) keeps the scroll position and the focused field. */
    void show(NavNode n) {
        Sphere sphere = vm.sphereProperty().get();
        if (n == null || sphere == null) {
            centre.setContent(summaryView.placeholder());
            shownKey = null;
            return;
        }
        boolean again = n.key().equals(shownKey);
        if (again && refreshInPlace(n)) {
            return;
        }
        editedCard = null;
        if (!vm.isRead(n)) { // issue 16: a row of the file not read yet (only the first screen is)
            centre.setContent(loadingPlaceholder());
            shownKey = n.key();
            return;
        }
        double scroll = centre.getVvalue();
        Node focused = centre.getScene() == null ? null : centre.getScene().getFocusOwner();
        String focusId = again && focused != null && isInside(focused, centre.getContent()) ? focused.getId() : null;
        Node content = render(sphere, n);
        String q = query.get();
        if (n instanceof NavNode.MeasureNode m && q != null && !q.isBlank()) {
            content = new VBox(MatchBanner.of(m.measure(), q, i18n), content);
        }
        centre.setContent(content);
        shownKey = n.key();
        if (again) {
            centre.layout();
            centre.setVvalue(scroll);
            if (focusId != null) {
                Node target = content.lookup("#" + focusId);
                if (target != null) {
                    Platform.runLater(target::requestFocus);
                }
            }
        } else {
            centre.setVvalue(0);
        }
    }

    private Node render(Sphere sphere, NavNode n) {
        if (n instanceof NavNode.MeasureNode m) {
            boolean otherKind = !m.plan().kind().has(PlanFeature.PROJECTS_BY_MUNICIPALITY);
            if (vm.locked(m.revision()) && !otherKind) {
                return withBanner(m.revision(), cardView.render(sphere, m));
            }
            if (vm.locked(m.revision())) {
                // a plan of another kind has no printed card view here: its form, read-only
                CardFormModel form = forms.computeIfAbsent(m.measure().id(), id -> new CardFormModel(vm, id));
                return withBanner(m.revision(), cardEditor.render(sphere, m, form, false));
            }
            CardFormModel form = forms.computeIfAbsent(m.measure().id(), id -> new CardFormModel(vm, id));
            Node editor = cardEditor.render(sphere, m, form);
            editedCard = m;
            return editor;
        } else if (NavTree.groupNode(n) != null && !NavTree.plan(n).kind().has(PlanFeature.ROLES)) {
            // a group of a plan of another kind (総合戦略 …): its own texts and numeric targets
            jp.kyoseivision.model.Revision rev = NavTree.revision(n);
            NodeFormModel form = nodeForms.computeIfAbsent(n.key(), id -> new NodeFormModel(vm, id));
            Node shown = nodeEditor.render(sphere, n, form, !vm.locked(rev));
            return vm.locked(rev) ? withBanner(rev, shown) : shown;
        } else if (n instanceof NavNode.DirectionNode d) {
            return vm.locked(d.revision()) ? withBanner(d.revision(), summaryView.direction(sphere, d))
                    : directionEditor.render(sphere, d);
        } else if (n instanceof NavNode.PlanNode p) {
            Node summary = summaryView.plan(sphere, p.plan(), p.revision());
            return p.revision() == null || vm.locked(p.revision()) ? summary
                    : structureEditor.plan(n, p.plan(), summary);
        } else if (n instanceof NavNode.RevisionNode r) {
            Node summary = summaryView.plan(sphere, r.plan(), r.revision());
            return vm.locked(r.revision()) ? summary : structureEditor.plan(n, r.plan(), summary);
        } else if (n instanceof NavNode.PerspectiveNode p && !vm.locked(p.revision())) {
            return structureEditor.perspective(p);
        } else if (n instanceof NavNode.AreaNode a && !vm.locked(a.revision())) {
            return structureEditor.area(a);
        }
        return summaryView.placeholder();
    }

    /** The card whose form is shown now (null: no card form), as it was when the form was drawn or refreshed. */
    private NavNode.MeasureNode editedCard;

    /**
     * After an edit of the shown card in place that changed only what its text and budget fields hold (a name,
     * 取組内容, a budget cell …, or their undo): the form is not drawn again while the officer works in it — the
     * fields take the saved values (what is typed and pending stays), the title and total follow. False when the
     * form must be drawn anew (anything else changed, a search banner is shown, it is not a card edit in place).
     */
    /** The id of the node holding the card ({@code null} for an item right under the revision). */
    private static String holderId(NavNode.MeasureNode m) {
        return m.direction() == null ? null : m.direction().id();
    }

    private boolean refreshInPlace(NavNode n) {
        if (!(n instanceof NavNode.MeasureNode m) || editedCard == null || vm.changedCards() == null
                || !vm.changedCards().contains(m.measure().id()) || !onlyFieldsDiffer(editedCard.measure(), m.measure())
                || !java.util.Objects.equals(holderId(editedCard), holderId(m)) || vm.locked(m.revision())
                || (query.get() != null && !query.get().isBlank())) {
            return false;
        }
        CardFormModel form = forms.get(m.measure().id());
        java.util.Set<Integer> drawn = new java.util.HashSet<>(m.plan().fiscalYears());
        drawn.addAll(editedCard.measure().budget().keySet());
        if (form == null || !drawn.containsAll(m.measure().budget().keySet())) {
            return false; // a budget year without a field yet: the form is drawn anew
        }
        form.load(m.measure(), m.plan().fiscalYears(), true, m.plan().kind().sections());
        Node title = centre.getContent() == null ? null : centre.getContent().lookup("#edit-title");
        if (title instanceof Label l) {
            l.setText((m.measure().code() == null ? i18n.t("card.number", m.measure().number()) : m.measure().code())
                    + "　" + m.measure().name());
        }
        editedCard = m;
        return true;
    }

    /** Whether {@code b} is {@code a} with only the fields of the form's text boxes changed (name, texts, budget). */
    private static boolean onlyFieldsDiffer(jp.kyoseivision.model.Measure a, jp.kyoseivision.model.Measure b) {
        var x = jp.kyoseivision.edit.MeasureChange.name(a, b.name());
        x = jp.kyoseivision.edit.MeasureChange.content(x, b.content());
        x = jp.kyoseivision.edit.MeasureChange.effect(x, b.effect());
        x = jp.kyoseivision.edit.MeasureChange.roleSharing(x, b.roleSharing());
        x = jp.kyoseivision.edit.MeasureChange.notes(x, b.notes());
        x = jp.kyoseivision.edit.MeasureChange.budget(x, b.budget());
        return x.equals(b);
    }

    private Node loadingPlaceholder() {
        Label l = new Label(i18n.t("placeholder.loading"));
        l.setId("loading-placeholder");
        l.setWrapText(true);
        VBox box = new VBox(l);
        box.setPadding(new javafx.geometry.Insets(24));
        return box;
    }

    /**
     * What cannot be edited, shown as printed with why: a file open read-only (no way to edit here), or an adopted
     * revision (with 編集ロックを解除).
     */
    private Node withBanner(jp.kyoseivision.model.Revision r, Node shown) {
        boolean readOnly = vm.readOnlyProperty().get();
        boolean loading = vm.loadingProperty().get(); // issue 16: the first screen, until the whole file is read
        Label banner = new Label(loading ? i18n.t("edit.loadingBanner")
                : readOnly ? i18n.t("edit.readOnlyBanner") : i18n.t("edit.lockedBanner", r.name()));
        banner.setWrapText(true);
        HBox bar = new HBox(12, banner);
        if (!readOnly) {
            Button unlockButton = new Button(i18n.t("menu.plan.unlock"));
            unlockButton.setId("unlock-button");
            unlockButton.setOnAction(e -> unlock.run());
            unlockButton.setMinWidth(Button.USE_PREF_SIZE);
            bar.getChildren().add(unlockButton);
        }
        bar.getStyleClass().add("lock-banner");
        bar.setId(loading ? "loading-banner" : readOnly ? "read-only-banner" : "lock-banner");
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return new VBox(bar, shown);
    }

    /** Puts the keyboard focus in the first field of what is shown (after adding a card, unlocking …). */
    void focusFirstField() {
        Platform.runLater(() -> {
            Node content = centre.getContent();
            if (content == null) {
                return;
            }
            for (Node n : content.lookupAll(".text-input")) {
                if (n instanceof TextInputControl t && t.isEditable() && !t.isDisabled() && t.isVisible()) {
                    t.requestFocus();
                    t.selectAll();
                    return;
                }
            }
        });
    }

    /** Focuses the field with {@code id} in what is shown, if there is one. */
    void focus(String id) {
        Platform.runLater(() -> {
            Node n = centre.getContent() == null ? null : centre.getContent().lookup("#" + id);
            if (n != null) {
                n.requestFocus();
            }
        });
    }

    private static boolean isInside(Node node, Node container) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == container) {
                return true;
            }
        }
        return false;
    }
}
