package jp.kyoseivision.model;

import java.time.LocalDate;

/**
 * A public comment or a council member's opinion on a revision, with the city's answer (回答・考え方).
 *
 * <p>What it concerns is the item ({@code measureId}), else the node ({@code nodeId}: for the vision a 取組分野),
 * else the summary-level node ({@code areaNodeId}: for the vision a 政策分野), else the plan as a whole (その他).
 * {@code areaNodeId} may also be set beside an item or node: the area the source list prints for it, which then
 * counts instead of the item's own. (Format 2 and schema 2 called these {@code directionId} and
 * {@code policyAreaId}.)
 *
 * @param kindId      the id of its {@link OpinionKind} in {@link Sphere#opinionKinds()}
 * @param number      the number printed in the source list
 * @param source      the consultation it came from, e.g. 第３次ビジョン（案）パブリックコメント, or a meeting's name
 * @param fromDate    the first day of the consultation period, or the meeting's date
 * @param toDate      the last day of the period (the meeting's date again for a meeting)
 * @param revisionId  the revision the opinion is about
 * @param page        the page it cites in the plan, as printed, or {@code null}
 * @param topic       the item or policy area column as printed (項目 / 政策分野)
 * @param changeFromMeasureId with status {@link OpinionStatus#REFLECTED}: the older card of the change it caused
 *                    (the card pair of the comparison view), or {@code null} for a card it added
 * @param changeToMeasureId   the newer card of that change, or {@code null} for a card it removed
 */
public record Opinion(String id, String kindId, Integer number, String source, LocalDate fromDate, LocalDate toDate,
        String revisionId, String areaNodeId, String nodeId, String measureId, String page, String topic,
        String text, String answer, OpinionStatus status, String changeFromMeasureId, String changeToMeasureId) {
    public Opinion {
        Checks.id(id, "opinion.id");
        Checks.id(kindId, "opinion.kindId");
        for (String[] ref : new String[][] {{revisionId, "opinion.revisionId"}, {areaNodeId, "opinion.areaNodeId"},
            {nodeId, "opinion.nodeId"}, {measureId, "opinion.measureId"},
            {changeFromMeasureId, "opinion.changeFromMeasureId"}, {changeToMeasureId, "opinion.changeToMeasureId"}}) {
            if (ref[0] != null) {
                Checks.id(ref[0], ref[1]);
            }
        }
        if (toDate != null && (fromDate == null || toDate.isBefore(fromDate))) {
            throw new ValidationException("model.opinion.dates", String.valueOf(fromDate), String.valueOf(toDate));
        }
        Checks.required(text, "opinion.text");
        Checks.longText(text, "opinion.text");
        Checks.longText(answer, "opinion.answer");
        Checks.line(source, "opinion.source");
        Checks.line(page, "opinion.page");
        Checks.line(topic, "opinion.topic");
        status = status == null ? (answer == null || answer.isBlank() ? OpinionStatus.OPEN : OpinionStatus.ANSWERED)
                : status;
        if ((changeFromMeasureId != null || changeToMeasureId != null) && status != OpinionStatus.REFLECTED) {
            throw new ValidationException("model.opinion.changeNotReflected", id);
        }
    }

    /** True when it points at the change it caused (the card pair). */
    public boolean hasChange() {
        return changeFromMeasureId != null || changeToMeasureId != null;
    }

    /** This opinion about another item, node and area node (each may be null). */
    public Opinion withConcern(String areaNode, String node, String measure) {
        return new Opinion(id, kindId, number, source, fromDate, toDate, revisionId, areaNode, node, measure,
                page, topic, text, answer, status, changeFromMeasureId, changeToMeasureId);
    }

    /** This opinion with another answer and status; a status other than 反映済 drops the change it pointed at. */
    public Opinion withAnswer(String newAnswer, OpinionStatus newStatus) {
        boolean keep = newStatus == OpinionStatus.REFLECTED;
        return new Opinion(id, kindId, number, source, fromDate, toDate, revisionId, areaNodeId, nodeId,
                measureId, page, topic, text, newAnswer, newStatus, keep ? changeFromMeasureId : null,
                keep ? changeToMeasureId : null);
    }

    /** This opinion pointing at the change it caused (status becomes 反映済), or at none. */
    public Opinion withChange(String fromMeasure, String toMeasure) {
        OpinionStatus s = fromMeasure != null || toMeasure != null ? OpinionStatus.REFLECTED : status;
        return new Opinion(id, kindId, number, source, fromDate, toDate, revisionId, areaNodeId, nodeId,
                measureId, page, topic, text, answer, s, fromMeasure, toMeasure);
    }

    /** This opinion without any link to card {@code measure} (its card, or either side of its change). */
    public Opinion unlinked(String measure) {
        if (!measure.equals(measureId) && !measure.equals(changeFromMeasureId) && !measure.equals(changeToMeasureId)) {
            return this;
        }
        return new Opinion(id, kindId, number, source, fromDate, toDate, revisionId, areaNodeId, nodeId,
                measure.equals(measureId) ? null : measureId, page, topic, text, answer, status,
                measure.equals(changeFromMeasureId) ? null : changeFromMeasureId,
                measure.equals(changeToMeasureId) ? null : changeToMeasureId);
    }
}
