package jp.kyoseivision.ui.card;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import jp.kyoseivision.edit.CardSearch;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.ui.common.I18n;

/**
 * Why a card matched the search: for each field that holds the words, the field's name and the words in their
 * context, highlighted. Shown above the card while a search is active.
 */
public final class MatchBanner {
    private static final int CONTEXT = 30;

    private MatchBanner() {
    }

    public static Node of(Measure m, String query, I18n i18n) {
        List<CardSearch.Hit> hits = new CardSearch(query, null, null).hits(m);
        VBox box = new VBox(2);
        box.setId("search-hits");
        box.getStyleClass().add("search-hits");
        if (hits.isEmpty()) {
            return box;
        }
        for (CardSearch.Hit h : hits) {
            int from = Math.max(0, h.start() - CONTEXT);
            int to = Math.min(h.text().length(), h.end() + CONTEXT);
            Text field = new Text(i18n.t("search.hit." + h.field()) + i18n.t("search.hit.sep"));
            field.getStyleClass().add("search-hit-field");
            Text before = new Text((from > 0 ? "…" : "") + oneLine(h.text().substring(from, h.start())));
            Text match = new Text(h.text().substring(h.start(), h.end()));
            match.getStyleClass().add("search-hit-match");
            match.setId("search-hit-" + h.field());
            Text after = new Text(oneLine(h.text().substring(h.end(), to)) + (to < h.text().length() ? "…" : ""));
            for (Text t : List.of(field, before, after)) {
                t.getStyleClass().add("search-hit-text");
            }
            box.getChildren().add(new TextFlow(field, before, match, after));
        }
        return box;
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ");
    }
}
