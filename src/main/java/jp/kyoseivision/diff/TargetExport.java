package jp.kyoseivision.diff;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.KpiPoint;
import jp.kyoseivision.sheets.PrintBook;
import jp.kyoseivision.sheets.PrintSheet;
import jp.kyoseivision.text.Texts;

/**
 * The numeric targets of a comparison ({@code diff --targets}, 数値目標の推移) as JSON ({@code kyosei-vision-targets}
 * version 1, docs/diff-format.md), CSV (the {@link TargetTable}, RFC 4180, callers choose the encoding) or a
 * workbook sheet.
 */
public final class TargetExport {
    public static final String FORMAT = "kyosei-vision-targets";
    public static final int VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final int[] WIDTHS = {34, 16, 16, 34, 16, 16, 24};

    private TargetExport() {
    }

    public static void json(RevisionDiff d, Writer out) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", VERSION);
        root.set("from", revision(d.fromPlan(), d.from()));
        root.set("to", revision(d.toPlan(), d.to()));
        root.put("sameSeries", d.sameSeries());
        ArrayNode rows = root.putArray("targets");
        for (TargetSeries.Row r : TargetSeries.compare(d.from(), d.to())) {
            ObjectNode o = rows.addObject();
            o.set("from", target(r.older()));
            o.set("to", target(r.newer()));
            if (r.paired()) {
                o.put("similarity", BigDecimal.valueOf(r.similarity()).setScale(3, RoundingMode.HALF_UP));
                o.put("sameUnit", r.sameUnit());
                o.put("changed", r.changed());
            }
        }
        MAPPER.writeValue(new NonClosing(out), root);
        out.write("\n");
        out.flush();
    }

    public static void csv(TargetTable t, Writer out) throws IOException {
        StringBuilder b = new StringBuilder();
        jp.kyoseivision.text.CsvCells.line(b, t.headers());
        for (TargetTable.Row r : t.rows()) {
            jp.kyoseivision.text.CsvCells.line(b, r.cells());
        }
        out.append(b);
        out.flush();
    }

    public static void xlsx(TargetTable t, Locale locale, OutputStream out) throws IOException {
        try (PrintBook book = new PrintBook(locale)) {
            PrintSheet sheet = book.sheet(Texts.format(locale, "diff.targets.sheet"), WIDTHS);
            sheet.title(t.title());
            sheet.note(t.note());
            sheet.blank();
            sheet.header(t.headers());
            for (TargetTable.Row row : t.rows()) {
                PrintSheet.Line x = sheet.row();
                for (int i = 0; i < row.cells().size(); i++) {
                    x.text(i, row.cells().get(i), PrintSheet.Look.TEXT);
                }
            }
            sheet.finish(true, -1, t.title(), "");
            book.write(out);
        }
    }

    private static ObjectNode revision(jp.kyoseivision.model.Plan p, jp.kyoseivision.model.Revision r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("planId", p.id());
        o.put("series", p.series());
        o.put("edition", p.edition());
        o.put("planTitle", p.title());
        o.put("startFy", p.startFy());
        o.put("endFy", p.endFy());
        o.put("revisionId", r.id());
        o.put("revisionName", r.name());
        return o;
    }

    private static ObjectNode target(TargetSeries.Target t) {
        if (t == null) {
            return null;
        }
        Kpi k = t.kpi();
        ObjectNode o = MAPPER.createObjectNode();
        o.put("kpiId", k.id());
        if (t.group() != null) {
            o.put("groupId", t.group().id());
            o.put("group", t.group().name());
        }
        o.put("name", k.name());
        if (k.qualifier() != null) {
            o.put("qualifier", k.qualifier());
        }
        o.put("unit", k.unit());
        o.set("baseline", point(k.baseline()));
        o.set("target", point(k.target()));
        return o;
    }

    private static ObjectNode point(KpiPoint p) {
        if (p == null) {
            return null;
        }
        ObjectNode o = MAPPER.createObjectNode();
        o.put("fy", p.fy());
        if (p.period() != null) {
            o.put("period", p.period());
        }
        if (p.value().hasNumber()) {
            o.put("value", p.value().number());
        }
        if (p.value().note() != null) {
            o.put("note", p.value().note());
        }
        return o;
    }

    /** Lets Jackson write to a writer the caller keeps open. */
    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
