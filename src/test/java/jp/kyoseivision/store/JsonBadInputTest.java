package jp.kyoseivision.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.function.Consumer;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.ValidationException;
import jp.kyoseivision.text.LocalizedException;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, items 4, 8, 12 and 14 on the JSON import: huge numbers, invalid Unicode, control characters and over-long
 * texts are refused with the JSON path of the record; Jackson's limits are said in plain words.
 */
class JsonBadInputTest {
    private static final String CARD1 = "\"name\" : \"休日・夜間診療体制確保事業\"";
    private static final String CARD1_PATH = "$.sphere.plans[0].revisions[0].nodes[0].children[0]"
            + ".children[0].measures[0]";
    private static final String KPI_PATH = "$.sphere.plans[1].revisions[0].nodes[0].children[0]"
            + ".children[0].measures[0].kpis[0].baseline.value";
    private final String json = SphereJson.toJson(Sample.load());

    /** {@code s} with the first {@code what} replaced by {@code with}, taken literally. */
    private static String once(String s, String what, String with) {
        int i = s.indexOf(what);
        return s.substring(0, i) + with + s.substring(i + what.length());
    }

    private static void refused(String json, Consumer<String> english) {
        assertThatThrownBy(() -> SphereJson.fromJson(json)).isInstanceOfSatisfying(LocalizedException.class, e -> {
            String en = e.message(Locale.ENGLISH);
            assertThat(en).doesNotContain("line:column ?", "StreamReadConstraints", "java.", "jp.kyoseivision",
                    "Exception");
            english.accept(en);
        });
    }

    @Test
    void hugeKpiValuesAreRefusedWithTheirPath() {
        assertThat(json).contains("\"number\" : 84");
        for (String huge : new String[] {"1e400", "1e999999999", "1e10000000", "0.0000001", "1234567890123456"}) {
            refused(json.replaceFirst("\"number\" : 84", "\"number\" : " + huge),
                    en -> assertThat(en).as(huge).contains(KPI_PATH, "out of range",
                            "at most 15 digits before the decimal point and 6 after"));
        }
        // the largest allowed still imports
        assertThat(SphereJson.fromJson(json.replaceFirst("\"number\" : 84", "\"number\" : 999999999999999.999999")))
                .isNotNull();
    }

    @Test
    void aTruncatedOrMistypedDocumentIsSaidInTheReadersLanguageOnly() {
        // an export cut off (a copy stopped half-way) and a stray character: where, and why in Japanese words only
        for (String bad : new String[] {json.substring(0, 20000), once(json, "\"number\" : 84", "\"number\" : 84,,")}) {
            assertThatThrownBy(() -> SphereJson.fromJson(bad)).isInstanceOfSatisfying(LocalizedException.class, e -> {
                String ja = e.message(Locale.JAPANESE);
                assertThat(ja).startsWith("JSONの構文エラー（").contains("行", "列");
                assertThat(ja.replace("JSON", "")).as(ja).doesNotContainPattern("[A-Za-z]{3,}");
                assertThat(e.message(Locale.ENGLISH)).startsWith("JSON syntax error (line ");
            });
        }
        assertThatThrownBy(() -> SphereJson.fromJson(json.substring(0, 20000)))
                .isInstanceOfSatisfying(LocalizedException.class, e -> {
                    assertThat(e.message(Locale.JAPANESE)).contains("途中で終わっています");
                    assertThat(e.message(Locale.ENGLISH)).contains("the document ends too early");
                });
    }

    @Test
    void overlongNumbersAreRefusedInPlainWordsWithTheirPlace() {
        refused(json.replaceFirst("\"number\" : 84", "\"number\" : 1" + "0".repeat(200)),
                en -> assertThat(en).contains("a number is too long (at most 100 characters)", "line "));
        // reading through an explicit parser still refuses what follows the document
        refused(json + "{}", en -> assertThat(en).contains("JSON syntax error"));
        refused("[".repeat(100), en -> assertThat(en).contains("nested too deeply (at most 64 levels)"));
    }

    @Test
    void aLoneSurrogateOrAControlCharacterInANameIsRefusedWithThePath() {
        refused(json.replace(CARD1, "\"name\" : \"休日\\ud800夜間\""),
                en -> assertThat(en).contains(CARD1_PATH, "measure.name", "unpaired surrogate U+D800"));
        refused(json.replace(CARD1, "\"name\" : \"休日\\u0000夜間\""),
                en -> assertThat(en).contains(CARD1_PATH, "measure.name", "control character (U+0000)"));
        refused(json.replace(CARD1, "\"name\" : \"休日\\n夜間\""),
                en -> assertThat(en).contains("measure.name", "control character (U+000A)"));
        refused(json.replace(CARD1, "\"name\" : \"休日\\u001b[2J\""),
                en -> assertThat(en).contains("control character (U+001B)"));
    }

    @Test
    void tabsAndLineBreaksStayAllowedInMultiLineTexts() {
        String withTab = once(json, "\"content\" : \"", "\"content\" : \"\\t一行目\\r\\n");
        assertThat(SphereJson.fromJson(withTab)).isNotNull();
        refused(once(json, "\"content\" : \"", "\"content\" : \"\\u0007"),
                en -> assertThat(en).contains("measure.content", "U+0007"));
    }

    @Test
    void overlongTextsAreRefusedWithThePath() {
        refused(json.replace(CARD1, "\"name\" : \"" + "長".repeat(201) + "\""),
                en -> assertThat(en).contains(CARD1_PATH, "measure.name is too long (201 characters, at most 200)"));
        refused(once(json, "\"content\" : \"", "\"content\" : \"" + "あ".repeat(10_001)),
                en -> assertThat(en).contains("measure.content is too long"));
        refused(once(json, "\"content\" : \"", "\"content\" : \"" + "あ".repeat(1_000_001)),
                en -> assertThat(en).contains("a text is too long (at most 1000000 characters)"));
    }

    @Test
    void theFieldRefusesWhatTheImportRefuses() {
        Measure m = Sample.load().plans().get(0).current().orElseThrow().measures().get(0);
        for (String bad : new String[] {"a\u0000b", "\ud800", "x".repeat(201), "名\u200b前\u0085"}) {
            if (bad.equals("名\u200b前\u0085") || !bad.isEmpty()) {
                assertThatThrownBy(() -> new Measure(m.id(), m.lineageId(), m.number(), bad, m.aliases(), m.content(),
                        m.participants(), m.kpis(), m.budget(), m.projects(), m.effect(), m.roleSharing(), m.sdgs(),
                        m.notes())).as(bad).isInstanceOf(ValidationException.class);
            }
        }
    }

    /** Found by the hostile-value fuzz: Jackson read "٤٨" as 48 (Integer.parseInt) and a date "\u0000" as no date. */
    @Test
    void numbersWrittenAsTextAndBlankDatesAreRefused() {
        assertThat(json).contains("\"edition\" : 2");
        refused(json.replaceFirst("\"edition\" : 2", "\"edition\" : \"٢\""),
                en -> assertThat(en).contains("\"٢\" is not a number"));
        refused(json.replaceFirst("\"edition\" : 2", "\"edition\" : \"2\""),
                en -> assertThat(en).contains("\"2\" is not a number"));
        refused(json.replaceFirst("\"fromDate\" : \"2024-06-05\"", java.util.regex.Matcher.quoteReplacement(
                "\"fromDate\" : \"\\u0000\"")), en -> assertThat(en).contains("$.sphere.opinions["));
        refused(json.replaceFirst("\"fromDate\" : \"2024-06-05\"", "\"fromDate\" : \"\""),
                en -> assertThat(en).contains("$.sphere.opinions["));
    }
}
