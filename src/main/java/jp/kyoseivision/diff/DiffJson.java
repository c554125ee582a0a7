package jp.kyoseivision.diff;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Revision;

/**
 * A comparison as JSON, format {@code kyosei-vision-diff} version 2 (documented in docs/diff-format.md). Version 2
 * added the kind BUDGET_PENDING, budgets by plan year between editions ({@code budgetBy}) and the whole card in the
 * changes of an added or deleted card.
 */
public final class DiffJson {
    public static final String FORMAT = "kyosei-vision-diff";
    public static final int VERSION = 2;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DiffJson() {
    }

    /** The whole comparison as one string (for a small comparison; {@link #write} streams a large one). */
    public static String json(RevisionDiff d) {
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            write(d, out);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    /**
     * Writes the comparison to {@code out} card by card (the same text as {@link #json}): only one card's nodes are
     * held at a time, not the whole document and a string of it. {@code out} is flushed, not closed.
     */
    public static void write(RevisionDiff d, java.io.Writer out) throws java.io.IOException {
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new DefaultPrettyPrinter()); // as SerializationFeature.INDENT_OUTPUT writes
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("formatVersion", VERSION);
            g.writeFieldName("from");
            g.writeTree(revision(d.fromPlan(), d.from()));
            g.writeFieldName("to");
            g.writeTree(revision(d.toPlan(), d.to()));
            if (!d.sameSeries()) {
                // plans of two series: items were paired by name only (docs/diff-format.md)
                g.writeBooleanField("sameSeries", false);
            }
            ObjectNode summary = MAPPER.createObjectNode();
            d.counts().forEach((k, v) -> summary.put(k.name().toLowerCase(java.util.Locale.ROOT), v));
            g.writeFieldName("summary");
            g.writeTree(summary);
            g.writeStringField("budgetBy", d.byPlanYear() ? "PLAN_YEAR" : "FISCAL_YEAR");
            ArrayNode totals = MAPPER.createArrayNode();
            budget(totals, d.budgetTotals());
            g.writeFieldName("budgetTotals");
            g.writeTree(totals);
            g.writeArrayFieldStart("cards");
            for (CardDiff c : d.cards()) {
                g.writeTree(card(c));
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write("\n");
        out.flush();
    }

    private static ObjectNode card(CardDiff c) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("kind", c.kind().name());
        o.put("shaded", c.shaded());
        if (c.method() != null) {
            o.put("match", c.method().name());
            o.put("score", BigDecimal.valueOf(c.score()).setScale(3, RoundingMode.HALF_UP));
        }
        o.set("from", card(c.old()));
        o.set("to", card(c.now()));
        ArrayNode changes = o.putArray("changes");
        for (FieldChange f : c.changes()) {
            ObjectNode x = changes.addObject();
            x.put("field", f.field().name());
            if (f.qualifier() != null) {
                x.put("qualifier", f.qualifier());
            }
            x.put("from", f.oldValue());
            x.put("to", f.newValue());
            strings(x, "removed", f.removed());
            strings(x, "added", f.added());
            if (!f.inline().isEmpty()) {
                ArrayNode segs = x.putArray("inline");
                f.inline().forEach(s -> segs.addObject().put("op", s.op().name()).put("text", s.text()));
            }
        }
        budget(o.putArray("budget"), c.budget());
        o.put("reason", c.reason() == null ? null : c.reason().reason());
        return o;
    }

    private static ObjectNode revision(Plan p, Revision r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("planId", p.id());
        o.put("edition", p.edition());
        o.put("planTitle", p.title());
        o.put("revisionId", r.id());
        o.put("revisionName", r.name());
        o.put("date", r.date() == null ? null : r.date().toString());
        return o;
    }

    private static ObjectNode card(PlacedCard c) {
        if (c == null) {
            return null;
        }
        ObjectNode o = MAPPER.createObjectNode();
        o.put("measureId", c.id());
        o.put("lineageId", c.measure().lineageId());
        o.put("number", c.measure().number());
        o.put("name", c.measure().name());
        if (c.area() != null) {
            o.put("policyArea", c.area().name());
        }
        if (c.direction() != null) {
            o.put("direction", c.direction().name());
        }
        return o;
    }

    private static void strings(ObjectNode o, String name, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode a = o.putArray(name);
            values.forEach(a::add);
        }
    }

    private static void budget(ArrayNode a, List<BudgetLine> lines) {
        for (BudgetLine l : lines) {
            ObjectNode o = a.addObject();
            if (l.byPlanYear()) {
                o.put("planYear", l.planYear());
                o.put("fromFy", l.oldFy());
                o.put("toFy", l.newFy());
            } else {
                o.put("fy", l.fy());
            }
            o.put("from", l.oldAmount());
            o.put("to", l.newAmount());
            o.put("difference", l.difference());
            o.put("percent", l.percent());
        }
    }
}
