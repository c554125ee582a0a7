package jp.kyoseivision.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One laid-out page: what to draw, in points from the top-left corner. The PDF writer paints these; tests read them
 * to check that nothing leaves the page or overlaps.
 */
public final class Page {
    /** Something drawn on a page. */
    public sealed interface Mark {
    }

    /** A line of text; {@code y} is its top, {@code baseline} where the glyphs sit. */
    public record Text(float x, float y, float baseline, float size, float width, String text) implements Mark {
    }

    /** A ruled line. */
    public record Rule(float x1, float y1, float x2, float y2, float width) implements Mark {
    }

    /** A shaded rectangle (gray 0 = black … 1 = white). */
    public record Fill(float x, float y, float w, float h, float gray) implements Mark {
    }

    private final Orientation orientation;
    private final List<Mark> marks = new ArrayList<>();
    private final String section;

    Page(Orientation orientation, String section) {
        this.orientation = orientation;
        this.section = section;
    }

    void add(Mark m) {
        marks.add(m);
    }

    public Orientation orientation() {
        return orientation;
    }

    /** The title of the section this page belongs to ("" for cover and contents). */
    public String section() {
        return section;
    }

    public List<Mark> marks() {
        return Collections.unmodifiableList(marks);
    }

    /** All text on the page, top to bottom, one line per text mark. */
    public List<String> texts() {
        return marks.stream().filter(m -> m instanceof Text).map(m -> ((Text) m).text()).toList();
    }
}
