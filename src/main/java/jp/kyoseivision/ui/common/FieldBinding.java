package jp.kyoseivision.ui.common;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Binds a text control to its {@link FieldModel}: the text both ways, commit on leaving the field or on Enter in
 * a one-line field, Escape takes back what was typed, the error marks the field (and fills {@code errorLabel}),
 * and a read-only model makes the control read-only. The same for every field of every form.
 */
public final class FieldBinding {
    private FieldBinding() {
    }

    public static <T extends TextInputControl> T bind(T control, FieldModel model, Label errorLabel) {
        control.setId(model.id());
        keepCaretInText(control);
        control.textProperty().bindBidirectional(model.textProperty());
        control.editableProperty().bind(model.editableProperty());
        control.focusTraversableProperty().set(true);
        listenWeakly(control, model.editableProperty(), (o, a, b) -> readOnlyStyle(control, b));
        readOnlyStyle(control, model.editableProperty().get());
        control.focusedProperty().addListener((o, was, now) -> {
            if (was && !now) {
                model.commit();
            }
        });
        if (control instanceof TextField f) {
            f.setOnAction(e -> model.commit());
        }
        control.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && model.pending()) {
                model.revert();
                e.consume();
            }
        });
        listenWeakly(control, model.errorProperty(), (o, a, b) -> showError(control, b, errorLabel));
        showError(control, model.error(), errorLabel);
        return control;
    }

    /**
     * Listens to a view model's property for as long as {@code owner} (a control of one rendering) lives: the model
     * outlives many renderings (one per edit), and a plain listener would keep every old form in memory.
     */
    public static <T> void listenWeakly(javafx.scene.Node owner, javafx.beans.value.ObservableValue<T> source,
            javafx.beans.value.ChangeListener<? super T> listener) {
        @SuppressWarnings("unchecked")
        java.util.List<Object> kept = (java.util.List<Object>) owner.getProperties()
                .computeIfAbsent("kyosei.listeners", k -> new java.util.ArrayList<>());
        kept.add(listener);
        source.addListener(new javafx.beans.value.WeakChangeListener<>(listener));
    }

    /**
     * Keeps the caret inside the text when the text is replaced from outside the control (cleared by Escape,
     * reformatted on commit): JavaFX can leave it past the end, and the next Backspace then throws.
     */
    public static void keepCaretInText(TextInputControl c) {
        c.textProperty().addListener((o, a, b) -> {
            int len = b == null ? 0 : b.length();
            if (c.getCaretPosition() > len || c.getAnchor() > len) {
                c.selectRange(Math.min(c.getAnchor(), len), Math.min(c.getCaretPosition(), len));
            }
            javafx.application.Platform.runLater(() -> {
                int now = c.getLength();
                if (c.getCaretPosition() > now || c.getAnchor() > now) {
                    c.positionCaret(now);
                }
            });
        });
    }

    private static void readOnlyStyle(TextInputControl c, boolean editable) {
        c.getStyleClass().remove("read-only");
        if (!editable) {
            c.getStyleClass().add("read-only");
        }
    }

    private static void showError(TextInputControl c, String message, Label errorLabel) {
        boolean bad = message != null && !message.isEmpty();
        c.getStyleClass().remove("invalid");
        if (bad) {
            c.getStyleClass().add("invalid");
        }
        // one tooltip per control, its text changed: a new Tooltip per refusal left a popup window behind each time
        if (!bad) {
            c.setTooltip(null);
        } else if (c.getTooltip() == null) {
            c.setTooltip(new Tooltip(message));
        } else {
            c.getTooltip().setText(message);
        }
        if (errorLabel != null) {
            errorLabel.setText(bad ? message : "");
        }
    }
}
