package jp.kyoseivision.diff;

import java.util.List;
import jp.kyoseivision.model.ChangeKind;
import jp.kyoseivision.model.ChangeReason;

/**
 * One row of a comparison: a card pair (or a card only on one side) with its classification, its field changes,
 * its budget per fiscal year old vs new, and the reason recorded for this pair of revisions.
 *
 * @param old    the card in the older revision, {@code null} when ADDED
 * @param now    the card in the newer revision, {@code null} when DELETED
 * @param method how the pair was found, {@code null} for a card on one side only
 * @param score  name similarity of the pair (1 for lineage and identical names), 0 for one-sided rows
 * @param reason the recorded reason, or {@code null}
 */
public record CardDiff(ChangeKind kind, PlacedCard old, PlacedCard now, MatchMethod method, double score,
        List<FieldChange> changes, List<BudgetLine> budget, ChangeReason reason) {
    public CardDiff {
        changes = List.copyOf(changes);
        budget = List.copyOf(budget);
    }

    /**
     * Rows the official comparison table shades (網掛): cards added, deleted or renamed. A card that continues
     * under its name is not shaded, even when its texts, KPIs or budget were revised.
     */
    public boolean shaded() {
        return kind == ChangeKind.ADDED || kind == ChangeKind.DELETED || kind == ChangeKind.RENAMED;
    }

    /** The card shown for the row: the newer one, or the older when deleted. */
    public PlacedCard card() {
        return now != null ? now : old;
    }

    /** The fields that differ, each once, in display order. */
    public List<Field> changedFields() {
        return changes.stream().map(FieldChange::field).distinct().sorted().toList();
    }

    public CardDiff withReason(ChangeReason r) {
        return new CardDiff(kind, old, now, method, score, changes, budget, r);
    }
}
