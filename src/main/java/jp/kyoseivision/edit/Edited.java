package jp.kyoseivision.edit;

import java.util.Set;
import jp.kyoseivision.model.Sphere;

/**
 * What an edit did: the next sphere, and the cards whose content it changed in place (fields, budget years, KPIs
 * and their actuals; not their place, id or number), so the file writes only the rows of those cards that differ
 * and the window redraws only those cards. {@code cards == null} means "not said": the file compares the two
 * whole spheres (structural edits: adding, moving, deleting cards, new revisions …).
 */
public record Edited(Sphere sphere, Set<String> cards) {
    public Edited {
        cards = cards == null ? null : Set.copyOf(cards);
    }

    /** An edit that does not say what it touched: written by comparing the whole spheres. */
    public static Edited whole(Sphere sphere) {
        return new Edited(sphere, null);
    }

    /** Whether the edit names the cards it changed (and changed nothing else). */
    public boolean targeted() {
        return cards != null;
    }
}
