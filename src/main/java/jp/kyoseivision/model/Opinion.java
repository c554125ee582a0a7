package jp.kyoseivision.model;

import java.time.LocalDate;

/**
 * A public comment or a council member's opinion on a revision, with the city's answer (回答・考え方).
 *
 * @param number     the number printed in the source list
 * @param source     the meeting or period it came from, e.g. 第３次ビジョン（案）パブリックコメント
 * @param revisionId the revision the opinion is about
 * @param measureId  the card it concerns, or {@code null}
 * @param page       the page it cites in the plan, as printed, or {@code null}
 * @param topic      the item or policy area column as printed (項目 / 政策分野)
 */
public record Opinion(String id, OpinionKind kind, Integer number, LocalDate date, String source, String revisionId,
        String measureId, String page, String topic, String text, String answer, OpinionStatus status) {
    public Opinion {
        Checks.id(id, "opinion.id");
        if (kind == null) {
            throw new ValidationException("model.required", "opinion.kind");
        }
        if (revisionId != null) {
            Checks.id(revisionId, "opinion.revisionId");
        }
        if (measureId != null) {
            Checks.id(measureId, "opinion.measureId");
        }
        Checks.required(text, "opinion.text");
        Checks.longText(text, "opinion.text");
        Checks.longText(answer, "opinion.answer");
        Checks.line(source, "opinion.source");
        Checks.line(page, "opinion.page");
        Checks.line(topic, "opinion.topic");
        status = status == null ? (answer == null || answer.isBlank() ? OpinionStatus.OPEN : OpinionStatus.ANSWERED)
                : status;
    }
}
