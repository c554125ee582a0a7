package jp.kyoseivision.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import jp.kyoseivision.model.Sphere;

/**
 * Undo and redo: every change is one {@link Edit} holding the sphere before and after it (for an edit of cards in
 * place also which cards: undo and redo then write only their rows) and a description the Edit menu shows
 * (元に戻す: 事業費の変更 …). Undoing writes the "before" sphere back, redoing the "after" one.
 */
public final class EditHistory {
    /** How many edits are kept for undo. */
    public static final int LIMIT = 500;

    /** One undoable change. */
    public record Edit(String description, Sphere before, Sphere after, java.util.Set<String> cards) {
        /** An edit written by the whole compare (it did not say what it touched). */
        public Edit(String description, Sphere before, Sphere after) {
            this(description, before, after, null);
        }
    }

    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();

    public void push(Edit e) {
        undo.push(e);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
    }

    public Optional<Edit> nextUndo() {
        return Optional.ofNullable(undo.peek());
    }

    public Optional<Edit> nextRedo() {
        return Optional.ofNullable(redo.peek());
    }

    /** Marks the next undo as done (call after it was written); returns it. */
    public Edit undone() {
        Edit e = undo.pop();
        redo.push(e);
        return e;
    }

    /** Marks the next redo as done (call after it was written); returns it. */
    public Edit redone() {
        Edit e = redo.pop();
        undo.push(e);
        return e;
    }

    public void clear() {
        undo.clear();
        redo.clear();
    }
}
