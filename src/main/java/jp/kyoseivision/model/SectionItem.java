package jp.kyoseivision.model;

/** One entry of a {@link Section}: an optional printed number ("1", "▶"), a heading and/or a text. */
public record SectionItem(String number, String heading, String text) {
    public SectionItem {
        Checks.line(number, "section.number");
        Checks.longText(heading, "section.heading");
        Checks.longText(text, "section.text");
        if ((heading == null || heading.isBlank()) && (text == null || text.isBlank())) {
            throw new ValidationException("model.required", "section.text");
        }
    }
}
