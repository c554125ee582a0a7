package jp.kyoseivision.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.kyoseivision.model.Opinion;
import jp.kyoseivision.model.OpinionKind;
import jp.kyoseivision.model.OpinionStatus;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.model.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: opinion kinds as data (schema 2, JSON format 2). A plan file of schema 1 and a JSON document of format 1
 * (the sample as shipped before, kept in the test resources) still open and import, every opinion id kept.
 */
class OpinionSchemaTest {
    /** The bundled sample as it was in JSON format 1. */
    static final String FORMAT1 = "sample-format1.json";

    @TempDir
    Path dir;

    static InputStream format1() {
        return OpinionSchemaTest.class.getResourceAsStream(FORMAT1);
    }

    /** A plan file of schema 1 holding the sample as it was: the version-1 tables written as version 1 wrote them. */
    /** The sample as a version-1 file could hold it: its two visions (schema 1 knows no other plan kind). */
    static Sphere visions() {
        Sphere s = Sample.load();
        return new Sphere(s.name(), s.municipalities(), s.centralMunicipalityId(),
                s.plans().stream().filter(p -> p.series().equals("vision")).toList(), s.opinionKinds(),
                s.opinions(), s.changeReasons());
    }

    Path version1File() throws Exception {
        Sphere sample = visions();
        JsonNode old;
        try (InputStream in = format1()) {
            old = new ObjectMapper().readTree(in);
        }
        Path f = dir.resolve("v1.kyosei");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f)) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA application_id = " + PlanFile.APPLICATION_ID);
            }
            Migrations.migrate(c, 1);
            LegacySchema.writeVisionContent(c, sample.withOpinions(sample.opinionKinds(), java.util.List.of()));
            int ord = 0;
            for (JsonNode o : old.at("/sphere/opinions")) {
                Sql.update(c, "INSERT INTO opinion (id, ord, kind, number, date, source, revision_id, measure_id, page, "
                        + "topic, text, answer, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        o.get("id").asText(), ord++, o.get("kind").asText(), o.get("number").asInt(), text(o, "date"),
                        text(o, "source"), text(o, "revisionId"), text(o, "measureId"), text(o, "page"),
                        text(o, "topic"), text(o, "text"), text(o, "answer"), text(o, "status"));
            }
            c.commit();
        }
        return f;
    }

    private static String text(JsonNode o, String field) {
        return o.hasNonNull(field) ? o.get(field).asText() : null;
    }

    private static Map<String, Opinion> byId(Sphere s) {
        return s.opinions().stream().collect(Collectors.toMap(Opinion::id, Function.identity()));
    }

    private static Map<String, Long> kindCounts(Sphere s) {
        return s.opinions().stream().collect(Collectors.groupingBy(Opinion::kindId, Collectors.counting()));
    }

    @Test
    void aVersion1FileIsMigratedKeepingEveryIdAndMappingTheKinds() throws Exception {
        Path f = version1File();
        List<String> idsBefore = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT id FROM opinion ORDER BY ord")) {
            while (rs.next()) {
                idsBefore.add(rs.getString(1));
            }
        }
        assertThat(idsBefore).hasSize(61);
        Sphere readOnly;
        try (PlanFile pf = PlanFile.openReadOnly(f)) { // read as it is, not migrated
            assertThat(pf.schemaVersion()).isEqualTo(1);
            readOnly = pf.read();
        }
        Sphere migrated;
        try (PlanFile pf = PlanFile.open(f)) {
            assertThat(pf.schemaVersion()).isEqualTo(Migrations.CURRENT);
            migrated = pf.read();
            assertThat(pf.integrityProblems()).isEmpty();
        }
        PlanFile.inspect(f); // the migrated schema is exactly what a new file has
        assertThat(PlanFile.schemaDifferences(f)).isEmpty();
        assertThat(migrated.opinions()).extracting(Opinion::id).containsExactlyElementsOf(idsBefore);
        assertThat(readOnly).isEqualTo(migrated);
        assertThat(migrated.opinionKinds()).isEqualTo(OpinionKind.defaults());
        assertThat(kindCounts(migrated)).containsExactlyInAnyOrderEntriesOf(Map.of(OpinionKind.PUBLIC_COMMENT, 31L,
                OpinionKind.COUNCIL_MEMBER, 11L, OpinionKind.COUNCIL_MEETING, 19L));
        Map<String, Opinion> ops = byId(migrated);
        // 001: No.2 p.13 文化と地域資源を活かした観光の振興 is a direction of 産業振興, not a card
        assertThat(ops.get("op-pc-02").nodeId()).isEqualTo("v3-d05");
        assertThat(ops.get("op-pc-02").measureId()).isNull();
        // 000: No.8 福祉 (no page, no card): the policy area printed
        assertThat(ops.get("op-2024-1-08").areaNodeId()).isEqualTo("v3-a02");
        assertThat(ops.get("op-2024-1-01").fromDate()).isEqualTo(java.time.LocalDate.of(2024, 6, 5));
        assertThat(ops.get("op-pc-01").measureId()).isEqualTo("v3-m01");
        assertThat(ops.get("op-cm-11").status()).isEqualTo(OpinionStatus.REFLECTED);
        // the sphere's cards and reasons are those of the sample
        // (a version-1 file held no plan-level targets: the 3rd vision's population targets came with schema 3)
        assertThat(migrated.revisions().map(r -> r.nodes()).toList())
                .isEqualTo(visions().revisions().map(r -> r.nodes()).toList());
        assertThat(migrated.plans().stream().map(p -> p.id() + p.title()).toList())
                .isEqualTo(visions().plans().stream().map(p -> p.id() + p.title()).toList());
        assertThat(migrated.changeReasons()).isEqualTo(Sample.load().changeReasons());
    }

    @Test
    void aFormat1DocumentImportsAsTheVersion1FileMigrates() throws Exception {
        Sphere fromJson;
        try (InputStream in = format1()) {
            fromJson = SphereJson.read(in);
        }
        Sphere migrated;
        try (PlanFile pf = PlanFile.open(version1File())) {
            migrated = pf.read();
        }
        assertThat(fromJson).isEqualTo(migrated);
        // written again it is a document of the current format, read back the same
        String again = SphereJson.toJson(fromJson);
        assertThat(again).contains("\"formatVersion\" : " + SphereJson.FORMAT_VERSION).doesNotContain("\"kind\" : \""); // an opinion's old kind (the plan's kind is an object)
        assertThat(SphereJson.fromJson(again)).isEqualTo(fromJson);
    }

    @Test
    void theBundledSampleKeepsKindsPeriodsAndTheChangeAnOpinionCaused() throws Exception {
        Sphere sample = Sample.load();
        Map<String, Opinion> ops = byId(sample);
        // 001:109 実施期間 令和６年１月９日（火）から１月31日（水）まで
        assertThat(ops.get("op-pc-01").fromDate()).isEqualTo(java.time.LocalDate.of(2024, 1, 9));
        assertThat(ops.get("op-pc-01").toDate()).isEqualTo(java.time.LocalDate.of(2024, 1, 31));
        // 001 懇談会委員意見 No.11: 病院群輪番制病院運営事業（県と共同実施） — the card pair of 2nd → 3rd
        assertThat(ops.get("op-cm-11").changeFromMeasureId()).isEqualTo("v2-m01");
        assertThat(ops.get("op-cm-11").changeToMeasureId()).isEqualTo("v3-m01");
        Path f = dir.resolve("s.kyosei");
        try (PlanFile pf = PlanFile.create(f, sample)) {
            assertThat(pf.read()).isEqualTo(sample);
            // kinds are rows: one renamed and one added, saved as an edit and read back
            List<OpinionKind> kinds = new ArrayList<>(sample.opinionKinds());
            kinds.set(1, new OpinionKind(OpinionKind.COUNCIL_MEMBER, "懇談会委員からの意見・提言"));
            kinds.add(new OpinionKind("hearing", "住民説明会"));
            Sphere edited = sample.withOpinions(kinds, sample.opinions());
            pf.save(sample, edited);
            assertThat(pf.read()).isEqualTo(edited);
            pf.save(edited, sample);
            assertThat(pf.read()).isEqualTo(sample);
        }
    }

    @Test
    void theSchemaRefusesAnOpinionOfAnUnknownKind() throws Exception {
        Path f = dir.resolve("k.kyosei");
        try (PlanFile pf = PlanFile.create(f, Sample.load())) {
            assertThatThrownBy(() -> pf.inTransaction(c -> Sql.update(c, "UPDATE opinion SET kind_id = 'RUMOUR' "
                    + "WHERE id = 'op-pc-01'"))).isInstanceOf(StoreException.class);
            assertThatThrownBy(() -> pf.inTransaction(c -> Sql.update(c, "UPDATE opinion SET to_date = '2023-12-31' "
                    + "WHERE id = 'op-pc-01'"))).isInstanceOf(StoreException.class);
            assertThat(pf.read()).isEqualTo(Sample.load());
        }
    }

    @Test
    void theModelRefusesWhatTheSchemaWould() {
        Sphere s = Sample.load();
        Opinion pc1 = byId(s).get("op-pc-01");
        // a kind in use cannot be removed
        ValidationException noKind = org.junit.jupiter.api.Assertions.assertThrows(ValidationException.class,
                () -> s.withOpinions(s.opinionKinds().subList(1, 3), s.opinions()));
        assertThat(noKind.key()).isEqualTo("model.ref");
        assertThat(noKind.message(Locale.ENGLISH)).contains("PUBLIC_COMMENT");
        // a change only for a reflected opinion
        ValidationException notReflected = org.junit.jupiter.api.Assertions.assertThrows(ValidationException.class,
                () -> new Opinion("x", "PUBLIC_COMMENT", 1, null, null, null, null, null, null, null, null, null,
                        "意見", "回答", OpinionStatus.ANSWERED, "v2-m01", "v3-m01"));
        assertThat(notReflected.key()).isEqualTo("model.opinion.changeNotReflected");
        assertThat(notReflected.message(Locale.JAPANESE)).contains("反映済");
        ValidationException dates = org.junit.jupiter.api.Assertions.assertThrows(ValidationException.class,
                () -> new Opinion("x", "PUBLIC_COMMENT", 1, "期間", java.time.LocalDate.of(2024, 1, 31),
                        java.time.LocalDate.of(2024, 1, 9), null, null, null, null, null, null, "意見", null, null,
                        null, null));
        assertThat(dates.key()).isEqualTo("model.opinion.dates");
        // a direction of another revision is not one this opinion can concern
        ValidationException otherRevision = org.junit.jupiter.api.Assertions.assertThrows(ValidationException.class,
                () -> s.withOpinions(s.opinionKinds(), s.opinions().stream()
                        .map(o -> o == pc1 ? o.withConcern(null, "v2-d01", null) : o).toList()));
        assertThat(otherRevision.message(Locale.ENGLISH)).contains("opinion.nodeId", "v2-d01");
        // a change pointing at a card that does not exist
        assertThatThrownBy(() -> s.withOpinions(s.opinionKinds(), s.opinions().stream()
                .map(o -> o == pc1 ? o.withChange("v2-m99", "v3-m01") : o).toList()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("v2-m99");
    }

    @Test
    void deletingACardUnlinksTheChangeThatPointedAtIt() throws SQLException {
        Sphere s = Sample.load();
        Sphere without = jp.kyoseivision.edit.SphereEdits.deleteMeasure(s, "v2-m01");
        Opinion cm11 = byId(without).get("op-cm-11");
        assertThat(cm11.changeFromMeasureId()).isNull();
        assertThat(cm11.changeToMeasureId()).isEqualTo("v3-m01");
        assertThat(cm11.text()).isEqualTo(byId(s).get("op-cm-11").text());
    }
}
