package jp.kyoseivision.report;

import java.time.LocalDate;
import java.util.List;

/**
 * A printable document: sections (each from a new page), an optional cover and contents page, and the footer of
 * every page (the plan and revision on the left, the page number in the middle, the print date on the right).
 *
 * @param title      the document title (cover, PDF metadata)
 * @param coverLines lines under the title on the cover; {@code null} = no cover page
 * @param contents   whether a contents page (section titles with page numbers) follows the cover
 * @param footer     the footer's left text, e.g. 第３次一関・平泉定住自立圏共生ビジョン　策定
 * @param printDate  the print date shown on every page
 */
public record ReportDocument(String title, Orientation orientation, List<String> coverLines, boolean contents,
        String footer, LocalDate printDate, List<Section> sections) {
    public ReportDocument {
        title = title == null ? "" : title;
        orientation = orientation == null ? Orientation.PORTRAIT : orientation;
        coverLines = coverLines == null ? null : List.copyOf(coverLines);
        footer = footer == null ? "" : footer;
        printDate = printDate == null ? LocalDate.now() : printDate;
        sections = List.copyOf(sections);
    }
}
