package jp.kyoseivision.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The generic way to print tables with this engine (the 2nd → 3rd comparison table, the KPI report, any list):
 * sections of headings, paragraphs and tables whose header row repeats on every continuation page, portrait or
 * landscape A4, rows optionally shaded (網掛). Build it, then write it with {@link PdfWriter} or show it with
 * {@link PageImages}:
 *
 * <pre>{@code
 * ReportDocument doc = TableDocument.builder("第２次→第３次 比較表")
 *         .orientation(Orientation.LANDSCAPE).footer("第３次一関・平泉定住自立圏共生ビジョン　案")
 *         .section("政策分野：医療")
 *         .table(List.of(TableDocument.column("第２次", 4), TableDocument.column("第３次", 4),
 *                        TableDocument.column("理由", 3)),
 *                List.of(Row.texts("…", "…", "…"), Row.texts("…", "…", "…").shaded(true)))
 *         .build();
 * SafeFiles.write(Path.of("compare.pdf"), out -> PdfWriter.write(doc, FontLocator.find(null), out));
 * }</pre>
 */
public final class TableDocument {
    /** Default text size of tables, in points. */
    public static final float TABLE_SIZE = 9.5f;

    private TableDocument() {
    }

    /** A column: its header text, relative width and the alignment of its body cells. */
    public record Column(String header, float width, Align align) {
    }

    public static Column column(String header, float width) {
        return new Column(header, width, Align.LEFT);
    }

    public static Column column(String header, float width, Align align) {
        return new Column(header, width, align);
    }

    public static Builder builder(String title) {
        return new Builder(title);
    }

    /** Collects sections and blocks; every {@link #section} starts on a new page. */
    public static final class Builder {
        private final String title;
        private Orientation orientation = Orientation.PORTRAIT;
        private String footer = "";
        private LocalDate printDate;
        private List<String> cover;
        private boolean contents;
        private final List<Section> sections = new ArrayList<>();
        private String sectionTitle;
        private List<Block> blocks;

        private Builder(String title) {
            this.title = title;
        }

        public Builder orientation(Orientation o) {
            this.orientation = o;
            return this;
        }

        /** The footer's left text (plan and revision); the page number and print date are added by the engine. */
        public Builder footer(String text) {
            this.footer = text;
            return this;
        }

        public Builder printDate(LocalDate d) {
            this.printDate = d;
            return this;
        }

        /** A cover page with the title and these lines under it. */
        public Builder cover(List<String> lines) {
            this.cover = List.copyOf(lines);
            return this;
        }

        /** A contents page listing the sections with their first page. */
        public Builder contents(boolean c) {
            this.contents = c;
            return this;
        }

        /** Starts a new section (a new page); its title goes to the contents and continuation pages. */
        public Builder section(String sectionTitle) {
            flush();
            this.sectionTitle = sectionTitle;
            this.blocks = new ArrayList<>();
            return this;
        }

        public Builder heading(String text) {
            current().add(new Block.Heading(text, 13f));
            return this;
        }

        public Builder paragraph(String text) {
            current().add(new Block.Paragraph(text, 10f));
            return this;
        }

        public Builder gap(float points) {
            current().add(new Block.Gap(points));
            return this;
        }

        /**
         * A table: one shaded header row from the columns (repeated on continuation pages), then the rows, each
         * with one cell per column or cells spanning several. A body cell left at {@link Align#LEFT} takes its
         * column's alignment.
         */
        public Builder table(List<Column> columns, List<Row> rows) {
            return table(columns, rows, TABLE_SIZE);
        }

        public Builder table(List<Column> columns, List<Row> rows, float size) {
            List<Row> all = new ArrayList<>();
            all.add(new Row(columns.stream().map(c -> Cell.label(c.header())).toList(), false));
            for (Row r : rows) {
                List<Cell> cells = new ArrayList<>();
                int col = 0;
                for (Cell c : r.cells()) {
                    Align a = c.align() == Align.LEFT && c.span() == 1 && col < columns.size()
                            ? columns.get(col).align() : c.align();
                    cells.add(c.align(a));
                    col += c.span();
                }
                all.add(new Row(cells, r.shaded()));
            }
            current().add(new Block.Table(columns.stream().map(Column::width).toList(), 1, all, size));
            return this;
        }

        /** Any block, for what the shortcuts above do not cover (a form table without header, …). */
        public Builder block(Block b) {
            current().add(b);
            return this;
        }

        private List<Block> current() {
            if (blocks == null) {
                section("");
            }
            return blocks;
        }

        private void flush() {
            if (blocks != null) {
                sections.add(new Section(sectionTitle, blocks));
            }
            blocks = null;
        }

        public ReportDocument build() {
            flush();
            return new ReportDocument(title, orientation, cover, contents, footer, printDate, sections);
        }
    }
}
