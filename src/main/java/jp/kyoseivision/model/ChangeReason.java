package jp.kyoseivision.model;

/**
 * The reason given for a change between two revisions (新旧対照表の理由): a card deleted ({@code toMeasureId}
 * null), added ({@code fromMeasureId} null) or changed (both set); {@code label} is the printed mark (削除①) or
 * {@code null}.
 */
public record ChangeReason(String fromRevisionId, String toRevisionId, String fromMeasureId, String toMeasureId,
        String reason, String label) {
    public ChangeReason {
        Checks.id(fromRevisionId, "change.fromRevisionId");
        Checks.id(toRevisionId, "change.toRevisionId");
        if (fromMeasureId == null && toMeasureId == null) {
            throw new ValidationException("model.change.noMeasure");
        }
        if (fromMeasureId != null) {
            Checks.id(fromMeasureId, "change.fromMeasureId");
        }
        if (toMeasureId != null) {
            Checks.id(toMeasureId, "change.toMeasureId");
        }
        Checks.required(reason, "change.reason");
        Checks.longText(reason, "change.reason");
        Checks.line(label, "change.label");
    }

    /** A reason without a printed label. */
    public ChangeReason(String fromRevisionId, String toRevisionId, String fromMeasureId, String toMeasureId,
            String reason) {
        this(fromRevisionId, toRevisionId, fromMeasureId, toMeasureId, reason, null);
    }

    public ChangeKind kind() {
        if (fromMeasureId == null) {
            return ChangeKind.ADDED;
        }
        return toMeasureId == null ? ChangeKind.DELETED : ChangeKind.CHANGED;
    }
}
