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
    void unknownPropertyIsRefusedWithItsPath() {
        String json = SphereJson.toJson(TestData.small()).replace("\"effect\" :", "\"effekt\" :");
        assertThatThrownBy(() -> SphereJson.fromJson(json)).isInstanceOf(LocalizedException.class)
                .hasMessageContaining("$.sphere.plans[0].revisions[0].perspectives[0].policyAreas[0].directions[0]"
                        + ".measures[0].effekt");
    }

    @Test
    void negativeBudgetIsRefusedWithThePathOfTheCardAndTheReason() {
        String json = SphereJson.toJson(TestData.small()).replaceFirst("\"2025\" : 48221", "\"2025\" : -48221");
        LocalizedException e = org.junit.jupiter.api.Assertions.assertThrows(LocalizedException.class,
                () -> SphereJson.fromJson(json));
        assertThat(e.message(Locale.ENGLISH)).contains("directions[0].measures[0]").contains("negative");
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
        String json = SphereJson.toJson(TestData.small()).replace("\"formatVersion\" : 1", "\"formatVersion\" : 7");
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
            Sphere other = new Sphere("別の圏域", original.municipalities(), null, original.plans(), java.util.List.of(),
                    java.util.List.of());
            // a sphere whose write fails half-way (a budget row breaking the CHECK) must leave the old content
            assertThatThrownBy(() -> pf.inTransaction(c -> {
                SphereWriter.replaceAll(c, other);
                Sql.update(c, "INSERT INTO measure_budget (measure_id, fy, amount) VALUES ('m1', 2030, -1)");
            })).isInstanceOf(StoreException.class);
            assertThat(pf.read()).isEqualTo(original);
        }
    }
}
