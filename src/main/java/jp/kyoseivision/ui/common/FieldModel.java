package jp.kyoseivision.ui.common;

import java.util.Objects;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import jp.kyoseivision.text.LocalizedException;
import jp.kyoseivision.text.Texts;

/**
 * One field of a form, owned by its view model: the text shown, the text the file holds, the error to show at
 * the field, and the commit. The same rule everywhere: {@link #commit()} runs when the field is left or Enter is
 * pressed; an unchanged text does nothing; a changed one is handed to the committer, which saves it as one
 * undoable edit and returns the text to show (e.g. 1000 → 1,000), or throws a {@link LocalizedException} that is
 * shown at the field while the typed text stays (nothing typed is dropped silently). A newer saved value (after
 * undo, or another edit) replaces the text only when the officer has nothing pending in the field.
 */
public final class FieldModel {
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final BooleanProperty editable = new SimpleBooleanProperty(true);
    private final String id;
    private UnaryOperator<String> committer;
    private String saved = "";

    public FieldModel(String id, UnaryOperator<String> committer) {
        this.id = id;
        this.committer = committer;
    }

    /** The node id of the field ({@code edit-name}, {@code kpi-number-2024} …), for tests and screen readers. */
    public String id() {
        return id;
    }

    public StringProperty textProperty() {
        return text;
    }

    public String text() {
        return text.get() == null ? "" : text.get();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String error() {
        return error.get();
    }

    /** False while the file is read-only or the revision locked: the view shows the field read-only. */
    public BooleanProperty editableProperty() {
        return editable;
    }

    public void setCommitter(UnaryOperator<String> committer) {
        this.committer = committer;
    }

    /** The text the file holds. */
    public String saved() {
        return saved;
    }

    /** The text differs from what the file holds (typed and not saved yet, or refused). */
    public boolean pending() {
        return !text().equals(saved);
    }

    /** What the file holds now; replaces the shown text unless something typed is pending. */
    public void load(String savedText) {
        String now = Objects.toString(savedText, "");
        boolean keep = pending();
        saved = now;
        if (!keep) {
            text.set(now);
            error.set("");
        }
    }

    /** Drops what was typed and shows what the file holds (Escape). */
    public void revert() {
        text.set(saved);
        error.set("");
    }

    /**
     * Commits every one of {@code fields} (all of them, even after a refusal, so each shows its own state); true when
     * none was refused. A copy is walked, so a commit that adds or removes fields does not disturb the walk.
     */
    public static boolean commitAll(java.util.Collection<FieldModel> fields) {
        boolean ok = true;
        for (FieldModel f : new java.util.ArrayList<>(fields)) {
            ok &= f.commit();
        }
        return ok;
    }

    /** Commits the text: saved (and shown as saved) or refused with the reason at the field. */
    public boolean commit() {
        if (!pending()) {
            error.set("");
            return true;
        }
        if (!editable.get()) {
            revert();
            return false;
        }
        try {
            String shown = committer.apply(text());
            saved = shown == null ? text() : shown;
            text.set(saved);
            error.set("");
            return true;
        } catch (LocalizedException e) {
            error.set(e.getMessage());
            return false;
        } catch (RuntimeException e) {
            // a write that failed: the text stays and the field says why; the details go to the log
            java.util.logging.Logger.getLogger(FieldModel.class.getName()).log(java.util.logging.Level.WARNING,
                    "commit of " + id + " failed", e);
            error.set(Texts.message("ui.commitFailed", String.valueOf(e.getMessage())));
            return false;
        }
    }
}
