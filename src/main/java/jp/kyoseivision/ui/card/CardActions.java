package jp.kyoseivision.ui.card;

import jp.kyoseivision.ui.MainViewModel;
import jp.kyoseivision.ui.common.I18n;
import jp.kyoseivision.ui.nav.NavNode;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;
import jp.kyoseivision.edit.SphereEdits;
import jp.kyoseivision.kpi.NextEditionReview;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.RevisionStatus;
import jp.kyoseivision.model.Sphere;

/**
 * The commands of the 編集 and 計画 menus that act on the selected row: add, duplicate, delete and move cards;
 * a new revision or the next edition; adopting and unlocking. Each is one undoable edit; deleting and unlocking
 * ask first. {@code select} is told the key of the row to select afterwards.
 */
public final class CardActions {
    private final I18n i18n;
    private final MainViewModel vm;
    private final Supplier<NavNode> selected;
    private final Consumer<String> select;
    private final Consumer<Throwable> onError;
    private final Supplier<Window> owner;

    public CardActions(I18n i18n, MainViewModel vm, Supplier<NavNode> selected, Consumer<String> select,
            Consumer<Throwable> onError, Supplier<Window> owner) {
        this.i18n = i18n;
        this.vm = vm;
        this.selected = selected;
        this.select = select;
        this.onError = onError;
        this.owner = owner;
    }

    /** The revision of the selected row, if any. */
    public Optional<Revision> revision() {
        NavNode n = selected.get();
        if (n instanceof NavNode.MeasureNode m) {
            return Optional.of(m.revision());
        } else if (n instanceof NavNode.DirectionNode d) {
            return Optional.of(d.revision());
        } else if (n instanceof NavNode.AreaNode a) {
            return Optional.of(a.revision());
        } else if (n instanceof NavNode.PerspectiveNode p) {
            return Optional.of(p.revision());
        } else if (n instanceof NavNode.RevisionNode r) {
            return Optional.of(r.revision());
        } else if (n instanceof NavNode.PlanNode p) {
            return Optional.ofNullable(p.revision());
        }
        return Optional.empty();
    }

    private Optional<NavNode.MeasureNode> card() {
        return selected.get() instanceof NavNode.MeasureNode m ? Optional.of(m) : Optional.empty();
    }

    /** Refuses (with the message) when the revision is locked. */
    private boolean editable(Revision r) {
        if (vm.locked(r)) {
            onError.accept(new jp.kyoseivision.text.LocalizedException("edit.locked", r.name()));
            return false;
        }
        return true;
    }

    private void run(String description, java.util.function.UnaryOperator<Sphere> edit, String selectKey) {
        try {
            vm.apply(description, edit);
            if (selectKey != null) {
                select.accept(selectKey);
            }
        } catch (RuntimeException e) {
            onError.accept(e);
        }
    }

    public void addCard() {
        NavNode n = selected.get();
        String holder;
        int index;
        if (n instanceof NavNode.MeasureNode m) {
            // an item directly under the revision (a plan without levels) is added among the revision's items
            java.util.List<Measure> siblings = m.direction() == null ? m.revision().items() : m.direction().measures();
            holder = m.direction() == null ? m.revision().id() : m.direction().id();
            index = siblings.indexOf(m.measure()) + 1;
        } else if (n instanceof NavNode.DirectionNode dn) {
            holder = dn.direction().id();
            index = dn.direction().measures().size();
        } else {
            onError.accept(new jp.kyoseivision.text.LocalizedException("edit.selectDirection"));
            return;
        }
        if (!editable(revision().orElseThrow())) {
            return;
        }
        Measure blank = SphereEdits.blankMeasure(vm.sphereProperty().get(), i18n.t("edit.newCardName"));
        run(i18n.t("edit.addCard"), s -> SphereEdits.addMeasure(s, holder, index, blank), blank.id());
    }

    public void duplicateCard() {
        card().filter(m -> editable(m.revision())).ifPresent(m -> {
            Sphere before = vm.sphereProperty().get();
            run(i18n.t("edit.duplicateCard") + "（" + m.measure().name() + "）",
                    s -> SphereEdits.duplicateMeasure(s, m.measure().id(), i18n.t("edit.copySuffix")), null);
            // the copy sits right after the original
            SphereEdits.locate(vm.sphereProperty().get(), m.measure().id()).ifPresent(l -> {
                if (vm.sphereProperty().get() != before) {
                    select.accept(l.siblings().get(l.index() + 1).id());
                }
            });
        });
    }

    public void deleteCard() {
        card().filter(m -> editable(m.revision())).ifPresent(m -> {
            Alert a = new Alert(Alert.AlertType.CONFIRMATION, i18n.t("edit.deleteConfirm", m.measure().number(),
                    m.measure().name()), ButtonType.OK, ButtonType.CANCEL);
            a.initOwner(owner.get());
            a.setHeaderText(i18n.t("edit.deleteCard"));
            a.getDialogPane().setId("confirm-delete");
            if (a.showAndWait().filter(b -> b == ButtonType.OK).isPresent()) {
                run(i18n.t("edit.deleteCard") + "（No." + m.measure().number() + " " + m.measure().name() + "）",
                        s -> SphereEdits.deleteMeasure(s, m.measure().id()),
                        m.direction() == null ? m.revision().id() : m.direction().id());
            }
        });
    }

    /** Moves the selected card one place up or down within its direction, or into the neighbouring direction. */
    public void moveCard(int delta) {
        card().filter(m -> editable(m.revision())).ifPresent(m -> {
            java.util.List<jp.kyoseivision.model.Node> dirs = m.revision().allNodes()
                    .filter(x -> x.children().isEmpty()).toList();
            int di = m.direction() == null ? -1 : dirs.indexOf(m.direction());
            java.util.List<Measure> siblings = m.direction() == null ? m.revision().items() : m.direction().measures();
            int i = siblings.indexOf(m.measure()) + delta;
            String target = m.direction() == null ? m.revision().id() : m.direction().id();
            if (di < 0) {
                if (i < 0 || i >= siblings.size()) {
                    return; // an item directly under the revision moves among its siblings only
                }
            } else if (i < 0 && di > 0) {
                target = dirs.get(di - 1).id();
                i = dirs.get(di - 1).measures().size();
            } else if (i >= m.direction().measures().size() && di + 1 < dirs.size()) {
                target = dirs.get(di + 1).id();
                i = 0;
            } else if (i < 0 || i >= m.direction().measures().size()) {
                return;
            }
            String t = target;
            int at = i;
            run(i18n.t(delta < 0 ? "edit.moveUp" : "edit.moveDown") + "（" + m.measure().name() + "）",
                    s -> SphereEdits.moveMeasure(s, m.measure().id(), t, at), m.measure().id());
        });
    }

    public void newRevision() {
        revision().ifPresent(r -> {
            TextInputDialog d = new TextInputDialog(i18n.t("plan.newRevisionDefault",
                    java.time.LocalDate.now().getYear()));
            d.initOwner(owner.get());
            d.setTitle(i18n.t("plan.newRevision"));
            d.setHeaderText(i18n.t("plan.newRevisionHeader", r.name()));
            d.getDialogPane().setId("dialog-new-revision");
            d.showAndWait().map(String::strip).filter(s -> !s.isEmpty()).ifPresent(name -> {
                run(i18n.t("plan.newRevision") + "（" + name + "）",
                        s -> SphereEdits.newRevision(s, r.id(), name, java.time.LocalDate.now()), null);
                selectNewestRevision();
            });
        });
    }

    public void newEdition() {
        revision().ifPresent(r -> {
            Sphere s0 = vm.sphereProperty().get();
            Plan plan = s0.plans().stream().filter(p -> p.revisions().contains(r)).findFirst().orElseThrow();
            int next = s0.plans().stream().filter(p -> p.series().equals(plan.series())).mapToInt(Plan::edition).max()
                    .orElse(plan.edition()) + 1;
            TextInputDialog d = new TextInputDialog(plan.title().replaceFirst("第[０-９0-9]+次",
                    "第" + toFullWidth(next) + "次"));
            d.initOwner(owner.get());
            d.setTitle(i18n.t("plan.newEdition"));
            d.setHeaderText(i18n.t("plan.newEditionHeader", plan.title(), r.name()));
            d.getDialogPane().setId("dialog-new-edition");
            d.showAndWait().map(String::strip).filter(s -> !s.isEmpty()).ifPresent(title -> {
                run(i18n.t("plan.newEdition") + "（" + title + "）",
                        s -> SphereEdits.newEdition(s, r.id(), title, i18n.t("plan.draftName")), null);
                vm.sphereProperty().get().plans().stream()
                        .filter(p -> p.series().equals(plan.series()) && p.edition() == next).findFirst()
                        .ifPresent(p -> {
                            select.accept(p.id());
                            showReview(p, newEditionReview(p));
                        });
            });
        });
    }

    /**
     * The KPIs of the draft of plan {@code drafted} (the next edition just made) whose target or baseline is still
     * the previous plan's (targets
     * moved to the new plan's last year): what the officer is told to review after drafting the next edition.
     */
    List<NextEditionReview.Item> newEditionReview(Plan drafted) {
        Sphere s = vm.sphereProperty().get();
        return drafted.revisions().isEmpty() ? List.of() : NextEditionReview.of(s, drafted.revisions().get(0).id());
    }

    private void showReview(Plan plan, List<NextEditionReview.Item> items) {
        if (items.isEmpty()) {
            return;
        }
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(owner.get());
        a.setTitle(i18n.t("plan.newEdition.reviewTitle"));
        // the sentence wraps in the content (a header label would be cut with "…")
        a.setHeaderText(null);
        javafx.scene.control.Label head = new javafx.scene.control.Label(i18n.t("plan.newEdition.reviewHeader",
                items.size(), jp.kyoseivision.text.JapaneseYears.fiscalYear(plan.endFy(), i18n.locale())));
        head.setWrapText(true);
        head.setId("edition-review-header");
        TextArea list = new TextArea(items.stream().map(i -> "・" + i.text(i18n.locale()))
                .collect(java.util.stream.Collectors.joining("\n")));
        list.setId("edition-review-list");
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefRowCount(12);
        list.setPrefColumnCount(48);
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(8, head, list);
        box.setMaxWidth(680);
        head.setMaxWidth(680);
        a.getDialogPane().setContent(box);
        a.getDialogPane().setMaxWidth(720);
        a.getDialogPane().setId("dialog-edition-review");
        a.setResizable(true);
        a.showAndWait();
    }

    private void selectNewestRevision() {
        revision().ifPresent(r -> vm.sphereProperty().get().plans().stream()
                .filter(p -> p.revisions().stream().anyMatch(x -> x.id().equals(r.id()) || r.id().equals(x.basedOnId())))
                .findFirst().flatMap(Plan::current).ifPresent(cur -> select.accept(cur.id())));
    }

    public void adopt() {
        revision().filter(r -> r.status() == RevisionStatus.DRAFT).ifPresent(r -> run(
                i18n.t("plan.adopt") + "（" + r.name() + "）",
                s -> SphereEdits.setStatus(s, r.id(), RevisionStatus.ADOPTED), null));
    }

    public void unlock() {
        revision().filter(vm::locked).ifPresent(r -> {
            Alert a = new Alert(Alert.AlertType.CONFIRMATION, i18n.t("plan.unlockConfirm", r.name()), ButtonType.OK,
                    ButtonType.CANCEL);
            a.initOwner(owner.get());
            a.setHeaderText(i18n.t("plan.unlock"));
            a.getDialogPane().setId("confirm-unlock");
            if (a.showAndWait().filter(b -> b == ButtonType.OK).isPresent()) {
                vm.unlock(r);
            }
        });
    }

    private static String toFullWidth(int n) {
        StringBuilder sb = new StringBuilder();
        for (char c : String.valueOf(n).toCharArray()) {
            sb.append((char) ('０' + (c - '0')));
        }
        return sb.toString();
    }
}
