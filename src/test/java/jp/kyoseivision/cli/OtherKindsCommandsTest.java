package jp.kyoseivision.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.kyoseivision.OtherKinds;
import jp.kyoseivision.edit.SphereEdits;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.Sample;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands on plans of the other kinds (issue 19): an action plan without levels (seed 004) and a 総合戦略 of two
 * levels (seed 002) are exported, compared, graded and printed; their plans are named by id on {@code --plan}.
 */
class OtherKindsCommandsTest {
    @TempDir
    Path dir;
    Locale before;

    @BeforeEach
    void japanese() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.JAPANESE);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    /** {@code s} with a new revision of its first plan in which the first item's name changed. */
    private static Sphere withNextRevision(Sphere s, String from, String name) {
        Sphere next = SphereEdits.newRevision(s, from, name, LocalDate.of(2026, 4, 1));
        Plan p = next.plans().get(0);
        Measure m = p.current().orElseThrow().measures().get(0);
        Measure renamed = new Measure(m.id(), m.lineageId(), m.number(), m.name() + "（改定）", m.aliases(), m.content(),
                m.participants(), m.kpis(), m.budget(), m.projects(), m.effect(), m.roleSharing(), m.sdgs(), m.notes(),
                m.code(), m.page(), m.sections());
        return SphereEdits.replaceMeasure(next, renamed);
    }

    private Path file(String name, Sphere s) {
        Path f = dir.resolve(name);
        PlanFile.create(f, s).close();
        return f;
    }

    @Test
    void anActionPlanWithoutLevelsIsExportedComparedGradedAndPrinted() throws Exception {
        Sphere s = withNextRevision(OtherKinds.actionPlan(), "kp-r7", "令和8年度版");
        Path f = file("kp.kyosei", s);
        String next = s.plans().get(0).current().orElseThrow().id();

        CliTest.Result json = CliTest.run("export-json", f.toString(), "--plan", "kp");
        assertThat(json.code()).as(json.err()).isZero();
        assertThat(json.out()).contains("\"levels\" : [ ]", "子育て寄り添いプロジェクト");

        CliTest.Result diff = CliTest.run("diff", f.toString(), "--from", "kp-r7", "--to", next);
        assertThat(diff.code()).as(diff.err()).isZero();
        JsonNode rows = new ObjectMapper().readTree(diff.out()).get("cards");
        List<String> kinds = new ArrayList<>();
        rows.forEach(r -> kinds.add(r.get("kind").asText()));
        assertThat(kinds).containsExactly("RENAMED");
        assertThat(rows.get(0).get("to").has("policyArea")).isFalse(); // no node above an action plan's project

        CliTest.Result kpi = CliTest.run("kpi-report", f.toString(), "--plan", "kp", "--year", "2024");
        assertThat(kpi.code()).as(kpi.err()).isZero();
        JsonNode result = new ObjectMapper().readTree(kpi.out()).get("kpis").get(0).get("results").get(0);
        // 62.5 % of the target 65 %: 96.2 %, no letter (the plan prints no grading rule)
        assertThat(result.get("percent").decimalValue()).isEqualByComparingTo(OtherKinds.P01_2024_PERCENT);
        assertThat(result.get("computed").isNull()).isTrue();
        assertThat(result.get("noGradeReason").asText()).isEqualTo("NO_BANDS");

        Path pdf = dir.resolve("kp.pdf");
        CliTest.Result print = CliTest.run("export-pdf", f.toString(), "--plan", "kp", "-o", pdf.toString());
        assertThat(print.code()).as(print.err()).isZero();
        assertThat(Files.size(pdf)).isPositive();
    }

    @Test
    void aStrategyOfTwoLevelsIsExportedComparedGradedAndPrinted() throws Exception {
        Sphere s = withNextRevision(OtherKinds.sogoSenryaku(), "s1-r1", "改訂");
        Path f = file("s1.kyosei", s);
        String next = s.plans().get(0).current().orElseThrow().id();

        CliTest.Result diff = CliTest.run("diff", f.toString(), "--from", "s1-r1", "--to", next);
        assertThat(diff.code()).as(diff.err()).isZero();
        JsonNode row = new ObjectMapper().readTree(diff.out()).get("cards").get(0);
        assertThat(row.get("kind").asText()).isEqualTo("RENAMED");
        // the node above the item's holder is the 基本目標, the holder the 施策展開の基本的方向
        assertThat(row.get("to").get("policyArea").asText())
                .isEqualTo("市民が力を発揮できる仕事を創出し、若者や女性が集うまちを目指します");
        assertThat(row.get("to").get("direction").asText()).isEqualTo("安定した雇用を創出する");

        CliTest.Result kpi = CliTest.run("kpi-report", f.toString(), "--plan", "s1", "--format", "csv");
        assertThat(kpi.code()).as(kpi.err()).isZero();
        assertThat(kpi.out()).contains("産地直売施設（道の駅）入込客数");

        Path pdf = dir.resolve("s1.pdf");
        CliTest.Result print = CliTest.run("export-pdf", f.toString(), "--plan", "1", "-o", pdf.toString());
        assertThat(print.code()).as(print.err()).isZero();
        assertThat(Files.size(pdf)).isPositive();
    }

    @Test
    void anEditionTwoSeriesShareMeansTheSpheresOwnPlanAndAnIdNamesTheOther() throws Exception {
        Sphere sample = Sample.load();
        Plan s1 = OtherKinds.sogoSenryaku().plans().get(0);
        // a 総合戦略 numbered 3 like the 3rd vision (its ids made unique in the sphere)
        Plan third = new Plan("s3", s1.series(), 3, "第３期一関市まち・ひと・しごと創生総合戦略", 2025, 2029, s1.kind(),
                s1.ownerMunicipalityId(), s1.grading(), List.of(), List.of());
        List<Plan> plans = new ArrayList<>(sample.plans());
        plans.add(third);
        Sphere both = new Sphere(sample.name(), sample.municipalities(), sample.centralMunicipalityId(), plans,
                sample.opinionKinds(), sample.opinions(), sample.changeReasons());
        assertThat(both.planByEdition(3).orElseThrow().id()).isEqualTo("v3");
        assertThat(both.planByIdOrEdition("s3").orElseThrow().title()).isEqualTo("第３期一関市まち・ひと・しごと創生総合戦略");
        Path f = file("both.kyosei", both);
        CliTest.Result byEdition = CliTest.run("export-json", f.toString(), "--plan", "3");
        assertThat(byEdition.code()).as(byEdition.err()).isZero();
        assertThat(byEdition.out()).contains("\"id\" : \"v3\"").doesNotContain("\"id\" : \"s3\"");
        CliTest.Result byId = CliTest.run("export-json", f.toString(), "--plan", "s3");
        assertThat(byId.out()).contains("\"id\" : \"s3\"").doesNotContain("\"id\" : \"v3\"");
    }
}
