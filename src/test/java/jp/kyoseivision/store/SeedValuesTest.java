package jp.kyoseivision.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The bundled samples against values read from the seed documents independently of the bundle (seed-values.tsv:
 * seed, line, locator, value, comment). A locator names an object by its id and a path below it
 * ({@code s1-m05-k2.target.value.number}, {@code kp-p04.projects[0].projects[12].isNew}); the value is the JSON the
 * bundle must hold there (a long text may be given by its first characters).
 */
class SeedValuesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern STEP = Pattern.compile("([A-Za-z]+)(?:\\[(\\d+)])?");

    record Row(String seed, String line, String locator, String value, String comment) {
    }

    @Test
    void everyIndependentlyReadValueIsInTheBundle() throws IOException {
        List<Row> rows = rows();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(60);
        Map<String, JsonNode> byId = new HashMap<>();
        for (String sample : Sample.ids()) {
            index(JSON.readTree(Sample.text(sample).orElseThrow()), byId);
        }
        List<String> wrong = new ArrayList<>();
        for (Row r : rows) {
            JsonNode at = resolve(byId, r.locator());
            String why = mismatch(at, r.value());
            if (why != null) {
                wrong.add(r.seed() + " L" + r.line() + " " + r.locator() + ": " + why);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theCheckCoversEverySeedDocument() throws IOException {
        Map<String, Integer> perSeed = new HashMap<>();
        rows().forEach(r -> perSeed.merge(r.seed(), 1, Integer::sum));
        assertThat(perSeed.getOrDefault("002", 0)).isGreaterThanOrEqualTo(20);
        assertThat(perSeed.getOrDefault("003", 0)).isGreaterThanOrEqualTo(12);
        assertThat(perSeed.getOrDefault("004", 0)).isGreaterThanOrEqualTo(20);
    }

    private static String mismatch(JsonNode at, String expected) throws IOException {
        JsonNode want;
        try {
            want = JSON.readTree(expected);
        } catch (IOException notJson) {
            want = JSON.getNodeFactory().textNode(expected);
        }
        if (want == null) {
            want = JSON.getNodeFactory().textNode(expected);
        }
        if (at != null && at.isMissingNode() && (want.isBoolean() && !want.booleanValue()
                || want.isArray() && want.isEmpty())) {
            return null; // the format leaves out false and empty lists (docs/json-format.md)
        }
        if (at == null || at.isMissingNode()) {
            return "nothing there (expected " + expected + ")";
        }
        if (want.isNumber() && at.isNumber()) {
            return want.decimalValue().toString().equals(at.decimalValue().toString()) ? null
                    : "is " + at + ", expected " + expected;
        }
        if (want.isTextual() && at.isTextual()) {
            String w = want.textValue();
            String a = at.textValue();
            boolean prefix = w.length() >= 10 && a.startsWith(w.endsWith("…") ? w.substring(0, w.length() - 1) : w);
            return a.equals(w) || prefix ? null : "is \"" + a + "\", expected \"" + w + "\"";
        }
        return at.equals(want) ? null : "is " + at + ", expected " + expected;
    }

    private static JsonNode resolve(Map<String, JsonNode> byId, String locator) {
        // the id is the longest dotted prefix naming an object (ids contain no dots in the samples)
        int dot = locator.indexOf('.');
        String id = dot < 0 ? locator : locator.substring(0, dot);
        JsonNode node = byId.get(id);
        if (node == null || dot < 0) {
            return node;
        }
        for (String step : locator.substring(dot + 1).split("\\.")) {
            Matcher m = STEP.matcher(step);
            if (!m.matches()) {
                return null;
            }
            JsonNode parent = node;
            node = node.get(m.group(1));
            if (node == null && parent.isObject() && m.group(2) == null) {
                return com.fasterxml.jackson.databind.node.MissingNode.getInstance(); // left out: its default
            }
            if (node != null && m.group(2) != null) {
                node = node.get(Integer.parseInt(m.group(2)));
            }
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    private static void index(JsonNode node, Map<String, JsonNode> byId) {
        if (node.isObject()) {
            JsonNode id = node.get("id");
            if (id != null && id.isTextual()) {
                byId.putIfAbsent(id.textValue(), node);
            }
            node.forEach(child -> index(child, byId));
        } else if (node.isArray()) {
            node.forEach(child -> index(child, byId));
        }
    }

    static List<Row> rows() throws IOException {
        try (InputStream in = SeedValuesTest.class.getResourceAsStream("seed-values.tsv")) {
            List<Row> rows = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R");
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                String[] c = lines[i].split("\t", -1);
                rows.add(new Row(c[0], c[1], c[2], c[3], c.length > 4 ? c[4] : ""));
            }
            return rows;
        }
    }
}
