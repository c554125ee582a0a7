package jp.kyoseivision.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import jp.kyoseivision.cli.SyntheticSphere;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.Sample;
import jp.kyoseivision.text.CsvCells;
import jp.kyoseivision.text.Texts;
import org.junit.jupiter.api.Test;

/**
 * A comparison stops at 中止 (the cancel check is asked before each pair of cards, and nothing more is compared once
 * it says yes), and its JSON and CSV are written as they are made, byte for byte what the one-string build gave.
 */
class DiffStreamingTest {
    /** Two editions of 1,000 cards, made per test (not kept in a static field of the shared test JVM). */
    private final Sphere large = SyntheticSphere.generate(1000, 2, 1, 3);

    @Test
    void cancelStopsTheComparisonAtTheNextPair() {
        Sphere s = large;
        AtomicInteger asked = new AtomicInteger();
        DiffService.compare(s, DiffService.resolve(s, "1"), DiffService.resolve(s, "2"),
                CardMatcher.DEFAULT_THRESHOLD, () -> asked.incrementAndGet() < 0);
        int whole = asked.get();
        assertThat(whole).as("asked per pair of cards: at least once per new card").isGreaterThanOrEqualTo(1000);

        AtomicInteger beforeCancel = new AtomicInteger();
        assertThatThrownBy(() -> DiffService.compare(s, DiffService.resolve(s, "1"), DiffService.resolve(s, "2"),
                CardMatcher.DEFAULT_THRESHOLD, () -> beforeCancel.incrementAndGet() >= 50))
                .isInstanceOf(CancellationException.class);
        assertThat(beforeCancel.get()).as("no pair compared after 中止").isEqualTo(50);
        assertThat(beforeCancel.get()).isLessThan(whole / 10);
    }

    @Test
    void cancelInTheLastStepStopsToo() {
        Sphere s = large;
        AtomicInteger total = new AtomicInteger();
        DiffService.compare(s, DiffService.resolve(s, "1"), DiffService.resolve(s, "2"),
                CardMatcher.DEFAULT_THRESHOLD, () -> total.incrementAndGet() < 0);
        AtomicInteger asked = new AtomicInteger();
        int stopAt = total.get() - 10; // within the card-by-card comparison
        assertThatThrownBy(() -> DiffService.compare(s, DiffService.resolve(s, "1"), DiffService.resolve(s, "2"),
                CardMatcher.DEFAULT_THRESHOLD, () -> asked.incrementAndGet() >= stopAt))
                .isInstanceOf(CancellationException.class);
        assertThat(asked.get()).isEqualTo(stopAt);
    }

    @Test
    void streamedJsonIsByteForByteTheOneStringBuild() throws Exception {
        for (RevisionDiff d : List.of(DiffService.compare(Sample.load(), "2", "3"),
                DiffService.compare(Sample.load(), "3", "2"), DiffService.compare(large, "1", "2"))) {
            byte[] before = oneString(d).getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream streamed = new ByteArrayOutputStream();
            Writer w = new OutputStreamWriter(streamed, StandardCharsets.UTF_8);
            DiffJson.write(d, w);
            assertThat(streamed.toByteArray()).isEqualTo(before);
            assertThat(DiffJson.json(d).getBytes(StandardCharsets.UTF_8)).isEqualTo(before);
        }
    }

    @Test
    void streamedCsvIsByteForByteTheOneStringBuild() throws Exception {
        for (RevisionDiff d : List.of(DiffService.compare(Sample.load(), "2", "3"), DiffService.compare(large, "1", "2"))) {
            for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
                ComparisonTable t = ComparisonTable.of(d, locale);
                ByteArrayOutputStream streamed = new ByteArrayOutputStream();
                Writer w = new OutputStreamWriter(streamed, StandardCharsets.UTF_8);
                CsvExport.write(t, locale, w);
                assertThat(streamed.toByteArray()).isEqualTo(oneStringCsv(t, locale).getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    // ---- the output as it was built before (issue 16): the whole document in memory, then one string ----

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private static String oneStringCsv(ComparisonTable t, Locale locale) {
        StringBuilder out = new StringBuilder();
        List<String> headers = new ArrayList<>(t.headers());
        headers.add(Texts.format(locale, "diff.table.shaded"));
        CsvCells.line(out, headers);
        for (ComparisonTable.Row r : t.rows()) {
            List<String> cells = new ArrayList<>(r.cells());
            cells.add(r.shaded() ? "○" : "");
            CsvCells.line(out, cells);
        }
        return out.toString();
    }

    private static String oneString(RevisionDiff d) throws Exception {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", DiffJson.FORMAT);
        root.put("formatVersion", DiffJson.VERSION);
        root.set("from", revision(d.fromPlan(), d.from()));
        root.set("to", revision(d.toPlan(), d.to()));
        ObjectNode summary = root.putObject("summary");
        d.counts().forEach((k, v) -> summary.put(k.name().toLowerCase(Locale.ROOT), v));
        root.put("budgetBy", d.byPlanYear() ? "PLAN_YEAR" : "FISCAL_YEAR");
        budget(root.putArray("budgetTotals"), d.budgetTotals());
        ArrayNode cards = root.putArray("cards");
        for (CardDiff c : d.cards()) {
            ObjectNode o = cards.addObject();
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
        }
        return MAPPER.writeValueAsString(root) + "\n";
    }

    private static ObjectNode revision(jp.kyoseivision.model.Plan p, jp.kyoseivision.model.Revision r) {
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
        o.put("policyArea", c.area().name());
        o.put("direction", c.direction().name());
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
