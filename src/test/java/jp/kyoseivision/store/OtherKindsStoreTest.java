package jp.kyoseivision.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import jp.kyoseivision.OtherKinds;
import jp.kyoseivision.edit.SphereEdits;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Project;
import jp.kyoseivision.model.ProjectGroup;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.text.LocalizedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plans of the other kinds (issue 19) in the plan file and in JSON format 3: every new field is stored and read
 * back, edits are written as differences, and format-2 documents (the fixed vision shape) still import.
 */
class OtherKindsStoreTest {
    @TempDir
    Path dir;

    @Test
    void aStrategyAndAnActionPlanAreStoredAndReadBackWhole() {
        for (Sphere s : List.of(OtherKinds.sogoSenryaku(), OtherKinds.actionPlan())) {
            Path f = dir.resolve(s.plans().get(0).id() + ".kyosei");
            try (PlanFile pf = PlanFile.create(f, s)) {
                assertThat(pf.read()).isEqualTo(s);
            }
            try (PlanFile pf = PlanFile.open(f)) {
                Sphere back = pf.read();
                assertThat(back).isEqualTo(s);
                assertThat(back.plans().get(0).kind()).isEqualTo(s.plans().get(0).kind());
                assertThat(pf.readForSheets(s.plans().get(0).id()).plans().get(0).current().orElseThrow().measures())
                        .isEqualTo(s.plans().get(0).current().orElseThrow().measures());
            }
        }
        // the values the seeds print, as read from the file
        try (PlanFile pf = PlanFile.open(dir.resolve("s1.kyosei"))) {
            var r = pf.read().revision("s1-r1").orElseThrow();
            assertThat(r.dateText()).isEqualTo("平成27年10月");
            assertThat(r.nodes().get(0).subtitle()).isEqualTo("～仕事や移住に関する願いに応え、社会減を解消する～");
            assertThat(r.nodes().get(0).kpis().get(0).baseline().value().number()).isEqualByComparingTo("448");
            assertThat(r.measures().get(0).code()).isEqualTo("I-①-1");
            assertThat(r.measures().get(0).sections().get(1).items().get(1).heading()).isEqualTo("インバウンド観光の推進");
            assertThat(r.measures().get(0).projects().get(0).projects().get(2).reposted()).isTrue();
        }
        try (PlanFile pf = PlanFile.open(dir.resolve("kp.kyosei"))) {
            Measure p1 = pf.read().revision("kp-r7").orElseThrow().items().get(0);
            Project p8 = p1.projects().get(0).projects().get(2);
            assertThat(p8.number()).isEqualTo(8);
            assertThat(p8.isNew()).isTrue();
            assertThat(p8.departments()).containsExactly("こども家庭センター");
            assertThat(p1.projects().get(0).projects().get(0).years()).containsExactly(2025, 2026, 2027);
            Kpi k4 = p1.kpis().get(1);
            assertThat(k4.qualifier()).isEqualTo("産後4か月頃");
            assertThat(k4.baseline().period()).isEqualTo("H30年度");
        }
    }

    @Test
    void editsOfItemsDirectlyUnderTheRevisionAreSavedAsDifferences() {
        Sphere s = OtherKinds.actionPlan();
        Path f = dir.resolve("kp.kyosei");
        try (PlanFile pf = PlanFile.create(f, s)) {
            Measure p1 = s.measure("kp-p01").orElseThrow();
            // the schedule of 保育人材確保事業 ends a year earlier; a card is added after the project
            ProjectGroup g = p1.projects().get(0);
            Project six = g.projects().get(1);
            Project shorter = new Project(six.name(), six.number(), six.isNew(), six.reposted(), six.departments(),
                    six.summary(), List.of(2025, 2026), six.note());
            Measure changed = new Measure(p1.id(), p1.lineageId(), p1.number(), p1.name(), p1.aliases(), p1.content(),
                    p1.participants(), p1.kpis(), p1.budget(), List.of(new ProjectGroup(null, List.of(g.projects().get(0),
                            shorter, g.projects().get(2)))), p1.effect(), p1.roleSharing(), p1.sdgs(), p1.notes(),
                    p1.code(), p1.page(), p1.sections());
            Sphere edited = SphereEdits.replaceMeasure(s, changed);
            pf.save(s, edited);
            assertThat(pf.read()).isEqualTo(edited);
            Sphere added = SphereEdits.addMeasure(edited, "kp-r7", 1,
                    SphereEdits.blankMeasure(edited, "学びの改革プロジェクト"));
            pf.save(edited, added);
            assertThat(pf.read()).isEqualTo(added);
            assertThat(added.revision("kp-r7").orElseThrow().items()).extracting(Measure::name)
                    .containsExactly("子育て寄り添いプロジェクト", "学びの改革プロジェクト");
        }
    }

    @Test
    void jsonFormat3RoundTripsTheOtherKindsLeavingFalseMarksAndEmptyListsOfProjectsOut() {
        for (Sphere s : List.of(OtherKinds.sogoSenryaku(), OtherKinds.actionPlan())) {
            String json = SphereJson.toJson(s);
            assertThat(SphereJson.fromJson(json)).isEqualTo(s);
            assertThat(SphereJson.toJson(SphereJson.fromJson(json))).isEqualTo(json);
            assertThat(json).contains("\"formatVersion\" : 3").doesNotContain("\"isNew\" : false")
                    .doesNotContain("\"reposted\" : false");
        }
        String kp = SphereJson.toJson(OtherKinds.actionPlan());
        assertThat(kp.split("\"isNew\" : true", -1)).hasSize(2); // one 新規 mark of three projects
        assertThat(kp).contains("\"levels\" : [ ]", "\"period\" : \"H30年度\"", "\"qualifier\" : \"産後4か月頃\"");
        String s1 = SphereJson.toJson(OtherKinds.sogoSenryaku());
        assertThat(s1.split("\"departments\"", -1)).hasSize(1); // no 担当課 printed: none written
    }

    @Test
    void aFormat2DocumentImportsAsTheSampleItWas() throws Exception {
        Sphere fromV2;
        try (InputStream in = OtherKindsStoreTest.class.getResourceAsStream("sample-format2.json")) {
            fromV2 = SphereJson.read(in);
        }
        assertThat(fromV2).isEqualTo(VisionSample.asBeforeFormat3());
    }

    @Test
    void aNodeWithAPropertyOfFormat2IsRefusedInAFormat3Document() {
        String json = Sample.text().replaceFirst("\"name\" : \"地域保健医療体制の充実\",",
                "\"name\" : \"地域保健医療体制の充実\", \"title\" : \"地域保健医療体制の充実\",");
        assertThat(json).isNotEqualTo(Sample.text());
        LocalizedException e = org.junit.jupiter.api.Assertions.assertThrows(LocalizedException.class,
                () -> SphereJson.fromJson(json));
        assertThat(e.message(Locale.ENGLISH)).contains("$.sphere.plans[0].revisions[0].nodes[0].children[0]"
                + ".children[0].title");
    }
}
