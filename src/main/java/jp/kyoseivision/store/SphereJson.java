package jp.kyoseivision.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.text.LocalizedException;

/**
 * The JSON interchange (docs/json-format.md): a whole sphere in one document. Reading parses and validates the
 * whole document before returning, so an import is all-or-nothing; errors name the JSON path and the reason.
 * Writing is deterministic (stable property and key order), so export → import → export is byte-identical.
 */
public final class SphereJson {
    public static final String FORMAT = "kyosei-vision";
    public static final int FORMAT_VERSION = 3;
    /** Version 2: the fixed 共生ビジョン shape (perspectives, policy areas, directions); read as {@link FormatV2} maps it. */
    static final int VERSION_2 = 2;
    /** Version 1: opinion kinds were a fixed list ({@code kind}); read as {@link FormatV1} maps it. */
    static final int FIRST_VERSION = 1;

    /**
     * What one document may hold before it is refused unread (docs/json-format.md, "Limits"): numbers of at most 100
     * characters (a KPI value has at most 15 + 6 digits, checked by the model), strings of at most 1,000,000
     * characters (a card's longest text is 10,000, also checked by the model, with the field's path), nesting 64
     * deep (the format needs 12) and 200,000,000 characters in all.
     */
    static final StreamReadConstraints LIMITS = StreamReadConstraints.builder().maxNumberLength(100)
            .maxStringLength(1_000_000).maxNestingDepth(64).maxDocumentLength(200_000_000L).build();

    private static final ObjectMapper MAPPER = JsonMapper.builder(
            com.fasterxml.jackson.core.JsonFactory.builder().streamReadConstraints(LIMITS).build())
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // the document is read as a tree first: keep 53.0 as written (the tree would make it 53)
            .disable(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            // a number or a date is written as one: "48" (Integer.parseInt also reads "٤٨" and "４８") and a blank
            // date ("" or "\u0000", which Jackson would trim to nothing and read as no date) are refused
            .disable(com.fasterxml.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfigDefaults(c -> c.setCoercion(
                    com.fasterxml.jackson.databind.cfg.CoercionInputShape.EmptyString,
                    com.fasterxml.jackson.databind.cfg.CoercionAction.Fail))
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            // a project writes only what it has: no false marks, no empty lists (docs/json-format.md)
            .withConfigOverride(jp.kyoseivision.model.Project.class, o -> o.setInclude(
                    JsonInclude.Value.construct(JsonInclude.Include.NON_DEFAULT, JsonInclude.Include.NON_DEFAULT)))
            .build();

    private SphereJson() {
    }

    /** The document envelope. */
    public record Document(String format, int formatVersion, Sphere sphere) {
    }

    public static void write(Sphere sphere, OutputStream out) {
        try {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(
                    new DefaultIndenter("  ", "\n"));
            MAPPER.writer(printer).writeValue(out, new Document(FORMAT, FORMAT_VERSION, sphere));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String toJson(Sphere sphere) {
        var out = new java.io.ByteArrayOutputStream();
        write(sphere, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    public static Sphere fromJson(String json) {
        return read(new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** Parses and validates a whole document; throws {@link LocalizedException} with path and reason. */
    public static Sphere read(InputStream in) {
        JsonNode root;
        JsonParser parser = null;
        try {
            parser = MAPPER.createParser(in);
            root = MAPPER.readTree(parser);
        } catch (JsonProcessingException e) {
            // a limit is found while reading a token: Jackson gives no place then, the parser knows it
            throw syntax(e, parser == null ? null : parser.currentLocation());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null || !root.isObject()) {
            throw new LocalizedException("json.invalid", "$", "not a JSON object");
        }
        JsonNode format = root.get("format");
        if (format == null || !FORMAT.equals(format.asText())) {
            throw new LocalizedException("json.notOurs", format == null ? "" : format.asText());
        }
        JsonNode version = root.get("formatVersion");
        if (version == null || !version.canConvertToInt()) {
            throw new LocalizedException("json.invalid", "$.formatVersion", "missing or not an integer");
        }
        if (version.asInt() < 1) {
            throw new LocalizedException("json.invalid", "$.formatVersion",
                    new LocalizedException("json.reason.formatVersion", version.asText(), FORMAT_VERSION));
        }
        if (version.asInt() > FORMAT_VERSION) {
            throw new LocalizedException("json.newer", version.asInt(), FORMAT_VERSION);
        }
        if (!root.hasNonNull("sphere")) {
            throw new LocalizedException("json.invalid", "$.sphere", "missing");
        }
        // every record that fails is named: it is taken out of the parsed tree (ours alone) and the rest read again
        ObjectNode work = (ObjectNode) root;
        boolean v1 = version.asInt() == FIRST_VERSION;
        if (v1) {
            FormatV1.upgradeTree(work);
        }
        if (version.asInt() <= VERSION_2) {
            FormatV2.upgradeTree(work);
        }
        java.util.List<LocalizedException> problems = new java.util.ArrayList<>();
        while (problems.size() < JsonProblems.MAX) {
            try {
                Document doc = MAPPER.treeToValue(work, Document.class);
                if (problems.isEmpty()) {
                    return v1 ? FormatV1.linkTopics(doc.sphere()) : doc.sphere();
                }
                break;
            } catch (JsonMappingException e) {
                // once records were taken out, a failure outside any record (the sphere's cross-checks) may be
                // only a consequence of that: the problems already found are reported, not it
                if (!problems.isEmpty() && !JsonProblems.inRecord(e)) {
                    break;
                }
                problems.add(new LocalizedException(e, "json.invalid", path(e), reason(e)));
                if (!JsonProblems.removeFailedRecord(work, e)) {
                    break;
                }
            } catch (JsonProcessingException e) {
                if (problems.isEmpty()) {
                    throw syntax(e, null);
                }
                break;
            } catch (LocalizedException e) {
                if (problems.isEmpty()) {
                    throw new LocalizedException(e, "json.invalid", "$", e);
                }
                break;
            }
        }
        throw problems.size() == 1 ? problems.get(0) : new JsonProblems(problems);
    }

    /**
     * A document that cannot be parsed: where (line and column, when Jackson knows them) and why, the limits said in
     * plain words instead of Jackson's text (which names its own classes).
     */
    static LocalizedException syntax(JsonProcessingException e, com.fasterxml.jackson.core.JsonLocation where) {
        Object why = limit(e);
        if (why == null && e instanceof com.fasterxml.jackson.core.io.JsonEOFException) {
            why = new LocalizedException("json.syntax.eof"); // a file cut off: said in the reader's language
        } else if (why == null) {
            // Jackson's own words are English: the English text keeps them, the Japanese says it in Japanese
            why = new LocalizedException("json.syntax.detail", plainText(e.getOriginalMessage()));
        }
        var loc = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation() : where;
        if (loc == null || loc.getLineNr() <= 0) {
            return new LocalizedException(e, "json.syntax.noPlace", why);
        }
        return new LocalizedException(e, "json.syntax", loc.getLineNr(), Math.max(1, loc.getColumnNr()), why);
    }

    /** A limit of {@link #LIMITS} in plain words, or null when {@code e} is not about one. */
    private static LocalizedException limit(JsonProcessingException e) {
        if (!(e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException)) {
            return null;
        }
        String m = String.valueOf(e.getOriginalMessage());
        if (m.contains("Number")) {
            return new LocalizedException("json.limit.number", LIMITS.getMaxNumberLength());
        }
        if (m.contains("String")) {
            return new LocalizedException("json.limit.string", LIMITS.getMaxStringLength());
        }
        if (m.contains("nesting") || m.contains("Depth")) {
            return new LocalizedException("json.limit.depth", LIMITS.getMaxNestingDepth());
        }
        if (m.contains("Document") || m.contains("document")) {
            return new LocalizedException("json.limit.document", LIMITS.getMaxDocumentLength());
        }
        return new LocalizedException("json.limit.other");
    }

    /** Jackson's text without the Java type names it quotes (`java.lang.Integer`, `jp.kyoseivision.model.Plan`). */
    static String plainText(String m) {
        if (m == null) {
            return "";
        }
        int cut = m.indexOf('\n');
        String first = cut > 0 ? m.substring(0, cut) : m;
        first = first.replaceAll("`[^`]*`", "").replaceAll("\\(class [^)]*\\)", "")
                .replaceAll("\\b(java|javax|jp|com)\\.[\\w.$]+", "").replaceAll("\\s+", " ").strip();
        return first.length() > 200 ? first.substring(0, 200) + "…" : first;
    }

    /** The JSON path of a mapping error, as {@code $.sphere.plans[1].revisions[0].title}. */
    static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder("$");
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                sb.append('.').append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** The reason: our own validation message when there is one (shown in the reader's language), else Jackson's. */
    private static Object reason(JsonMappingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LocalizedException le) {
                return le;
            }
        }
        LocalizedException plain = plainReason(e);
        if (plain != null) {
            return plain;
        }
        return plainText(e.getOriginalMessage());
    }

    /** A value repeated in a message: at most 100 characters, its length said when cut. */
    private static String cut(String v) {
        return v.length() <= 100 ? v : v.substring(0, 100) + "…（" + v.length() + "）";
    }

    /** What a JSON value of this Java type looks like, for "expected …" messages. */
    private static LocalizedException kind(Class<?> t) {
        String k;
        if (Number.class.isAssignableFrom(t) || t == int.class || t == long.class || t == double.class) {
            k = "number";
        } else if (t == String.class) {
            k = "text";
        } else if (t == Boolean.class || t == boolean.class) {
            k = "boolean";
        } else if (java.util.Collection.class.isAssignableFrom(t) || t.isArray()) {
            k = "list";
        } else if (t == java.time.LocalDate.class) {
            k = "date";
        } else if (t.isEnum()) {
            k = "text";
        } else {
            k = "object";
        }
        return new LocalizedException("json.kind." + k);
    }

    /** Jackson's own type errors said in words an officer understands (Japanese and English), when recognised. */
    private static LocalizedException plainReason(JsonMappingException e) {
        if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException u) {
            return new LocalizedException("json.reason.unknownField", u.getPropertyName());
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException f && f.getTargetType() != null) {
            Class<?> t = f.getTargetType();
            Object v = f.getValue();
            if (t.isEnum()) {
                return new LocalizedException("json.reason.enum", cut(String.valueOf(v)), java.util.Arrays.stream(t.getEnumConstants())
                        .map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")));
            }
            boolean whole = t == Long.class || t == long.class || t == Integer.class || t == int.class;
            if (whole && v instanceof Number) {
                return new LocalizedException("json.reason.wholeNumber", cut(String.valueOf(v)));
            }
            if (whole || Number.class.isAssignableFrom(t)) {
                return new LocalizedException("json.reason.number", cut(String.valueOf(v)));
            }
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mi && mi.getTargetType() != null
                && !(e instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException)) {
            // a number written as text ("四万", "٤٨"): said with the text, as for any other value that is no number
            java.util.regex.Matcher text = java.util.regex.Pattern.compile("^Cannot coerce String value \\(\"(.*)\"\\)")
                    .matcher(String.valueOf(e.getOriginalMessage()));
            Class<?> t = mi.getTargetType();
            if (text.find() && (Number.class.isAssignableFrom(t) || t.isPrimitive() && t != boolean.class)) {
                return new LocalizedException("json.reason.number", cut(text.group(1)));
            }
            return new LocalizedException("json.reason.type", kind(t));
        }
        String m = e.getOriginalMessage();
        java.util.regex.Matcher big = m == null ? null
                : java.util.regex.Pattern.compile("^Numeric value \\(([^)]*)\\) out of range").matcher(m);
        if (big != null && big.find()) {
            return new LocalizedException("json.reason.range", cut(big.group(1)));
        }
        return null;
    }
}
