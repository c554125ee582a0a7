package jp.kyoseivision.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Locale;
import jp.kyoseivision.TestData;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.text.LocalizedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SphereJsonTest {
    @TempDir
    Path dir;

    @Test
    void exportImportExportIsIdentical() {
        String first = SphereJson.toJson(TestData.small());
        Path f = dir.resolve("round.kyosei");
        try (PlanFile pf = PlanFile.create(f, SphereJson.fromJson(first))) {
            assertThat(SphereJson.toJson(pf.read())).isEqualTo(first);
        }
        assertThat(first).contains("\"2024\" : 48221").contains("\"number\" : 88.2").contains("\"note\" : \"集計不可\"");
    }

    @Test
    void aKpiValueKeepsItsTrailingZeroThroughImportTheFileAndExport() {
        String json = SphereJson.toJson(TestData.small()).replaceFirst("\"number\" : 88.2", "\"number\" : 53.0");
        assertThat(json).contains("\"number\" : 53.0");
        Path f = dir.resolve("zero.kyosei");
        try (PlanFile pf = PlanFile.create(f, SphereJson.fromJson(json))) {
            assertThat(SphereJson.toJson(pf.read())).isEqualTo(json); // 53.0 %, as the officer typed it, not 53
        }
    }

    @Test
    void unknownPropertyIsRefusedWithItsPath() {
        String json = SphereJson.toJson(TestData.small()).replace("\"effect\" :", "\"effekt\" :");
        assertThatThrownBy(() -> SphereJson.fromJson(json)).isInstanceOf(LocalizedException.class)
                .hasMessageContaining("$.sphere.plans[0].revisions[0].nodes[0].children[0].children[0]"
                        + ".measures[0].effekt");
    }

    @Test
    void negativeBudgetIsRefusedWithThePathOfTheCardAndTheReason() {
        String json = SphereJson.toJson(TestData.small()).replaceFirst("\"2025\" : 48221", "\"2025\" : -48221");
        LocalizedException e = org.junit.jupiter.api.Assertions.assertThrows(LocalizedException.class,
                () -> SphereJson.fromJson(json));
        assertThat(e.message(Locale.ENGLISH)).contains("children[0].children[0].measures[0]").contains("negative");
        assertThat(e.message(Locale.JAPANESE)).contains("負の値");
    }

    @Test
    void fractionalThousandYenIsRefused() {
        String json = SphereJson.toJson(TestData.small()).replaceFirst("\"2025\" : 48221", "\"2025\" : 48221.5");
        assertThatThrownBy(() -> SphereJson.fromJson(json)).isInstanceOf(LocalizedException.class)
                .hasMessageContaining("budget");
    }

    @Test
    void newerFormatIsRefusedNamingBothVersions() {
        String json = SphereJson.toJson(TestData.small()).replace("\"formatVersion\" : " + SphereJson.FORMAT_VERSION,
                "\"formatVersion\" : 7");
        assertThatThrownBy(() -> SphereJson.fromJson(json)).isInstanceOf(LocalizedException.class)
                .hasMessageContaining("7").hasMessageContaining("formatVersion");
    }

    @Test
    void anotherJsonIsRefused() {
        assertThatThrownBy(() -> SphereJson.fromJson("{\"name\": \"x\"}")).isInstanceOf(LocalizedException.class)
                .hasMessageContaining("kyosei-vision");
        assertThatThrownBy(() -> SphereJson.fromJson("{\"format\": \"kyosei-vision\", \"formatVersion\": 1, "))
                .isInstanceOf(LocalizedException.class).hasMessageContaining("JSON");
    }

    @Test
    void aDanglingReferenceIsRefused() {
        String json = SphereJson.toJson(TestData.small()).replace("\"participants\" : [ \"ichinoseki\", \"hiraizumi\" ]",
                "\"participants\" : [ \"ichinoseki\", \"ohshu\" ]");
        assertThatThrownBy(() -> SphereJson.fromJson(json)).isInstanceOf(LocalizedException.class)
                .hasMessageContaining("ohshu");
    }

    @Test
    void replaceIsAllOrNothing() throws Exception {
        Path f = dir.resolve("keep.kyosei");
        Sphere original = TestData.small();
        try (PlanFile pf = PlanFile.create(f, original)) {
            Sphere other = new Sphere("別の圏域", original.municipalities(), null, original.plans(),
                    original.opinionKinds(), java.util.List.of(), java.util.List.of());
            // a sphere whose write fails half-way (a budget row breaking the CHECK) must leave the old content
            assertThatThrownBy(() -> pf.inTransaction(c -> {
                SphereWriter.replaceAll(c, other);
                Sql.update(c, "INSERT INTO measure_budget (measure_id, fy, amount) VALUES ('m1', 2030, -1)");
            })).isInstanceOf(StoreException.class);
            assertThat(pf.read()).isEqualTo(original);
        }
    }

    @Test
    void severalBadRecordsAreAllListedWithTheirPathsAndNothingIsRead() throws Exception {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var root = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(SphereJson.toJson(Sample.load()));
        var rev = root.at("/sphere/plans/1/revisions/0/nodes");
        // card 1 休日・夜間診療体制確保事業, 48,221 a year (seed 001 L1722); card 25 生活バス路線対策事業, 321,368 in 2026
        ((com.fasterxml.jackson.databind.node.ObjectNode) rev.at("/0/children/0/children/0/measures/0/budget"))
                .put("2024", -48221);
        ((com.fasterxml.jackson.databind.node.ObjectNode) rev.at("/1/children/0/children/0/measures/0/budget"))
                .put("2026", -321368);
        ((com.fasterxml.jackson.databind.node.ObjectNode) root.at("/sphere/opinions/3")).put("status", "RUMOUR");
        JsonProblems e = org.junit.jupiter.api.Assertions.assertThrows(JsonProblems.class,
                () -> SphereJson.fromJson(mapper.writeValueAsString(root)));
        assertThat(e.problems()).hasSize(3);
        assertThat(e.problems().get(0).message(Locale.ENGLISH))
                .contains("$.sphere.plans[1].revisions[0].nodes[0].children[0].children[0].measures[0]")
                .contains("negative");
        assertThat(e.problems().get(1).message(Locale.ENGLISH))
                .contains("$.sphere.plans[1].revisions[0].nodes[1].children[0].children[0].measures[0]");
        assertThat(e.problems().get(2).message(Locale.ENGLISH)).contains("$.sphere.opinions[3].status")
                .endsWith("\"RUMOUR\" is not an allowed value (allowed: OPEN, ANSWERED, REFLECTED)");
        assertThat(e.message(Locale.JAPANESE)).startsWith("JSONに 3 件の問題があるため、何も取り込んでいません：\n- ");
        assertThat(e.message(Locale.ENGLISH)).startsWith("nothing was imported: the JSON has 3 problems:\n- ");
    }

    @Test
    void oneBadRecordStillGivesTheSingleMessage() {
        String json = SphereJson.toJson(TestData.small()).replaceFirst("\"2025\" : 48221", "\"2025\" : -1");
        LocalizedException e = org.junit.jupiter.api.Assertions.assertThrows(LocalizedException.class,
                () -> SphereJson.fromJson(json));
        assertThat(e).isNotInstanceOf(JsonProblems.class);
        assertThat(e.key()).isEqualTo("json.invalid");
    }

    @Test
    void jacksonsTypeErrorsAreSaidInPlainJapaneseAndEnglish() {
        String base = SphereJson.toJson(TestData.small());
        LocalizedException fraction = org.junit.jupiter.api.Assertions.assertThrows(LocalizedException.class,
                () -> SphereJson.fromJson(base.replaceFirst("\"2025\" : 48221", "\"2025\" : 48221.5")));
        assertThat(fraction.message(Locale.JAPANESE)).endsWith("48221.5 は整数ではありません（小数は使えません）");
        LocalizedException text = org.junit.jupiter.api.Assertions.assertThrows(LocalizedException.class,
                () -> SphereJson.fromJson(base.replaceFirst("\"2025\" : 48221", "\"2025\" : \"四万\"")));
        assertThat(text.message(Locale.ENGLISH)).endsWith("\"四万\" is not a number");
        LocalizedException field = org.junit.jupiter.api.Assertions.assertThrows(LocalizedException.class,
                () -> SphereJson.fromJson(base.replace("\"effect\" :", "\"effekt\" :")));
        assertThat(field.message(Locale.JAPANESE)).endsWith("項目「effekt」はこの形式にありません（つづりを確認してください）");
    }

    // issue 14, item 13
    @Test
    void formatVersionZeroOrNegativeIsRefused() {
        for (String v : new String[] {"0", "-5"}) {
            String json = SphereJson.toJson(TestData.small()).replace("\"formatVersion\" : " + SphereJson.FORMAT_VERSION,
                    "\"formatVersion\" : " + v);
            LocalizedException e = org.junit.jupiter.api.Assertions.assertThrows(LocalizedException.class,
                    () -> SphereJson.fromJson(json));
            assertThat(e.key()).isEqualTo("json.invalid");
            assertThat(e.message(Locale.JAPANESE)).contains("$.formatVersion", "formatVersion " + v + " は使えません");
            assertThat(e.message(Locale.ENGLISH)).contains("formatVersion " + v + " is not valid");
        }
    }

    @Test
    void twoPlansWithTheSameEditionAreRefused() {
        // the bundled sample holds the 2nd and 3rd visions; make the 2nd claim to be the 3rd
        String json = Sample.text().replaceFirst("\"edition\" : 2,", "\"edition\" : 3,");
        assertThat(json).isNotEqualTo(Sample.text());
        LocalizedException e = org.junit.jupiter.api.Assertions.assertThrows(LocalizedException.class,
                () -> SphereJson.fromJson(json));
        assertThat(e.message(Locale.ENGLISH)).contains("plan.edition is duplicated: 3");
    }
}
