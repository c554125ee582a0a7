package jp.kyoseivision.ui.card;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import jp.kyoseivision.edit.SphereEdits;
import jp.kyoseivision.model.Node;
import jp.kyoseivision.text.LocalizedException;
import jp.kyoseivision.ui.MainViewModel;
import jp.kyoseivision.ui.common.FieldModel;
import jp.kyoseivision.ui.common.I18n;

/**
 * The view model of a group node's form (a 基本目標, a 施策展開の基本的方向, a group of the 第2期 総合戦略 …): a
 * {@link FieldModel} for its name and one for its text, each change committed as one undoable edit. It lives as long
 * as the node is shown, across re-renders, so a refused entry stays in its field until corrected or taken back.
 */
public final class NodeFormModel {
    private final MainViewModel vm;
    private final I18n i18n;
    private final String nodeId;
    private final Map<String, FieldModel> fields = new LinkedHashMap<>();

    public NodeFormModel(MainViewModel vm, String nodeId) {
        this.vm = vm;
        this.i18n = vm.i18n();
        this.nodeId = nodeId;
        fields.put("edit-node-name", new FieldModel("edit-node-name", typed -> {
            String v = typed.strip();
            if (v.isEmpty()) {
                throw new LocalizedException("input.required");
            }
            commit(n -> n.withTexts(v, n.text(), n.roles()));
            return v;
        }));
        fields.put("edit-node-text", new FieldModel("edit-node-text", typed -> {
            String v = typed.isBlank() ? null : typed;
            commit(n -> n.withTexts(n.name(), v, n.roles()));
            return typed;
        }));
    }

    public String nodeId() {
        return nodeId;
    }

    public FieldModel field(String id) {
        return fields.get(id);
    }

    /** Fills the fields from the node as the file holds it (fields with pending input keep it). */
    public void load(Node n, boolean editable) {
        fields.get("edit-node-name").load(n.name());
        fields.get("edit-node-text").load(n.text());
        fields.values().forEach(f -> f.editableProperty().set(editable));
    }

    /** Commits every field holding something typed. */
    public boolean commitPending() {
        return FieldModel.commitAll(fields.values());
    }

    /** The node as the file holds it now. */
    public Node current() {
        return vm.sphereProperty().get().revisions().flatMap(r -> r.allNodes()).filter(x -> x.id().equals(nodeId))
                .findFirst().orElseThrow(() -> new LocalizedException("edit.noNode", nodeId));
    }

    /** One undoable edit of the node; nothing when it does not change it. */
    public void commit(UnaryOperator<Node> change) {
        Node now = current();
        Node next = change.apply(now);
        if (next.equals(now)) {
            return;
        }
        vm.apply(i18n.t("edit.nodeChange") + "（" + next.name() + "）", s -> SphereEdits.updateDirection(s, next));
    }
}
