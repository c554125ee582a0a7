package jp.kyoseivision.ui.card;

import java.util.function.Consumer;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Tooltip;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.ui.common.I18n;

/**
 * 「意見 3件」 on a card (the form and the card as printed): how many opinions on the card's revision concern it (as
 * their card, or as the change they caused); the link opens the 意見 window showing only them.
 */
final class OpinionLink {
    private OpinionLink() {
    }

    static long count(Sphere s, String revisionId, String measureId) {
        return s.opinions().stream().filter(o -> revisionId.equals(o.revisionId())
                && (measureId.equals(o.measureId()) || measureId.equals(o.changeFromMeasureId())
                        || measureId.equals(o.changeToMeasureId()))).count();
    }

    /** The card's title with the link at its end (on the title's line: the form below does not move). */
    static javafx.scene.Node beside(javafx.scene.control.Label title, I18n i18n, Sphere s, String revisionId,
            String measureId, Consumer<String> open) {
        Hyperlink link = of(i18n, s, revisionId, measureId, open);
        if (link == null) {
            return title;
        }
        link.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        title.setMaxWidth(Double.MAX_VALUE);
        javafx.scene.layout.HBox.setHgrow(title, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(12, title, link);
        row.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        return row;
    }

    /** The link, or null when nothing opens the 意見 window. */
    static Hyperlink of(I18n i18n, Sphere s, String revisionId, String measureId, Consumer<String> open) {
        if (open == null) {
            return null;
        }
        Hyperlink l = new Hyperlink(i18n.t("card.opinions", count(s, revisionId, measureId)));
        l.setId("card-opinions");
        l.setTooltip(new Tooltip(i18n.t("card.opinions.tip")));
        l.setOnAction(e -> open.accept(measureId));
        return l;
    }
}
