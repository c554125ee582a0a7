package jp.kyoseivision.ui.common;

import java.io.PrintWriter;
import java.io.StringWriter;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;
import jp.kyoseivision.store.AppLog;

/**
 * Message dialogs that fit the screen: the text wraps (never cut with "…"), the width stays within the screen,
 * and an unexpected error shows a short sentence with 「詳細をコピー」 while the trace goes to the log.
 */
public final class Dialogs {
    /** Widest a dialog's text grows before it wraps; well inside a 1366-pixel screen. */
    public static final double TEXT_WIDTH = 560;

    private Dialogs() {
    }

    /** A wrapped label for a dialog's content. */
    public static Label wrapped(String text, String id) {
        Label l = new Label(text);
        l.setId(id);
        l.setWrapText(true);
        l.setMaxWidth(TEXT_WIDTH);
        l.setMinHeight(Label.USE_PREF_SIZE);
        return l;
    }

    /** Makes an alert's header and content wrap within {@link #TEXT_WIDTH}. */
    public static <T extends javafx.scene.control.Dialog<?>> T fit(T d) {
        d.getDialogPane().setMaxWidth(TEXT_WIDTH + 80);
        d.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        d.setResizable(true);
        if (d.getDialogPane().getScene().getWindow() instanceof javafx.stage.Stage s) {
            AppIcons.apply(s); // Linux window managers show no owner's icon on a dialog
        }
        return d;
    }

    /** An error the user can act on: header and message in the UI language. */
    public static Alert error(Window owner, I18n i18n, String header, String message) {
        AppLog.warning("error shown: " + header + " — " + message);
        Alert a = new Alert(Alert.AlertType.ERROR);
        if (owner != null) {
            a.initOwner(owner);
        }
        a.setTitle(i18n.t("dialog.error.title"));
        a.setHeaderText(header);
        a.getDialogPane().setContent(wrapped(message, "error-message"));
        fit(a);
        return a;
    }

    /**
     * Something that should not have happened: logged with its trace, shown as a short sentence with the way to
     * copy the details for the helpdesk. The application stays usable.
     */
    public static void unexpected(Window owner, I18n i18n, Throwable t) {
        AppLog.error("unexpected error", t);
        if (!Platform.isFxApplicationThread()) {
            Platform.runLater(() -> unexpected(owner, i18n, t, false));
            return;
        }
        unexpected(owner, i18n, t, false);
    }

    private static void unexpected(Window owner, I18n i18n, Throwable t, boolean logged) {
        Alert a = new Alert(Alert.AlertType.ERROR);
        if (owner != null && owner.isShowing()) {
            a.initOwner(owner);
        }
        a.setTitle(i18n.t("dialog.error.title"));
        a.setHeaderText(i18n.t("dialog.unexpected.header"));
        a.getDialogPane().setId("dialog-unexpected");
        a.getDialogPane().setContent(wrapped(i18n.t("dialog.unexpected.text", AppLog.dir()), "unexpected-message"));
        ButtonType copy = new ButtonType(i18n.t("dialog.unexpected.copy"), ButtonBar.ButtonData.LEFT);
        a.getButtonTypes().setAll(copy, ButtonType.CLOSE);
        Button copyButton = (Button) a.getDialogPane().lookupButton(copy);
        copyButton.setId("copy-details");
        copyButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(details(t));
            Clipboard.getSystemClipboard().setContent(c);
            e.consume(); // the dialog stays open
        });
        fit(a);
        a.show();
    }

    static String details(Throwable t) {
        StringWriter w = new StringWriter();
        w.append("Kyosei Vision ").append(jp.kyoseivision.text.AppVersion.get()).append(", Java ")
                .append(System.getProperty("java.version")).append(", ").append(System.getProperty("os.name"))
                .append('\n');
        t.printStackTrace(new PrintWriter(w));
        return w.toString();
    }
}
