package jp.kyoseivision.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.kyoseivision.model.Node;
import jp.kyoseivision.model.PlanKind;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.Sphere;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema 3 (issue 19): a file of schema 2 or 1 holding the bundled sample opens migrated, every perspective, policy
 * area and direction a node with its id, every card, KPI and opinion as before; a file whose old ids clash across
 * the three tables is refused in words and left as it was.
 */
class SchemaV3MigrationTest {
    @TempDir
    Path dir;

    private final Sphere sample = VisionSample.asBeforeFormat3();

    /** The sample written as schema {@code version} (1 or 2) wrote it; schema 1 without its opinions. */
    private Path oldFile(int version) throws Exception {
        Path f = dir.resolve("v" + version + ".kyosei");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f)) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA application_id = " + PlanFile.APPLICATION_ID);
            }
            Migrations.migrate(c, version);
            LegacySchema.writeVisionContent(c, sample);
            if (version == 2) {
                LegacySchema.writeOpinionsV2(c, sample);
            }
            c.commit();
        }
        return f;
    }

    private static List<String> ids(Path f, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement s = c.createStatement();
                var rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    @Test
    void aVersion2FileOpensMigratedWithEveryIdCountAndValueKept() throws Exception {
        Path f = oldFile(2);
        List<String> groups = ids(f, "SELECT id FROM perspective UNION ALL SELECT id FROM policy_area "
                + "UNION ALL SELECT id FROM direction");
        List<String> cards = ids(f, "SELECT id FROM measure ORDER BY id");
        List<String> kpis = ids(f, "SELECT id FROM kpi ORDER BY id");
        List<String> opinions = ids(f, "SELECT id FROM opinion ORDER BY ord");
        // the sample as printed: 2 × (3 perspectives + 10 policy areas) and 17 + 17 directions (001, 000)
        assertThat(groups).hasSize(60).contains("v3-p1", "v3-a01", "v3-d01", "v2-d17");
        Sphere migrated;
        try (PlanFile pf = PlanFile.open(f)) {
            assertThat(pf.schemaVersion()).isEqualTo(3);
            migrated = pf.read();
            assertThat(pf.integrityProblems()).isEmpty();
        }
        assertThat(PlanFile.schemaDifferences(f)).isEmpty(); // exactly what a new file has
        assertThat(migrated).isEqualTo(sample); // every id, order, text, figure and link
        assertThat(ids(f, "SELECT id FROM node")).containsExactlyInAnyOrderElementsOf(groups);
        assertThat(ids(f, "SELECT id FROM measure ORDER BY id")).isEqualTo(cards);
        assertThat(ids(f, "SELECT id FROM kpi ORDER BY id")).isEqualTo(kpis);
        assertThat(ids(f, "SELECT id FROM opinion ORDER BY ord")).isEqualTo(opinions);
        // the tree: 政策の視点 → 政策分野 → 取組分野 (name = 取組分野's title, text = its agreement, its roles)
        Revision r3 = migrated.revision("v3-adopted").orElseThrow();
        Node d1 = r3.nodesAt(2).get(0);
        assertThat(r3.pathOfNode(d1.id())).extracting(Node::name).containsExactly("生活機能の強化", "医療",
                "地域保健医療体制の充実");
        assertThat(d1.text()).startsWith("行政や関係機関が設置する高齢、障がい、子育て等の各分野の相談窓口の連携を図る");
        assertThat(d1.roles()).extracting(jp.kyoseivision.model.Role::municipalityId)
                .containsExactly("ichinoseki", "hiraizumi");
        assertThat(r3.measures()).hasSize(32);
        assertThat(migrated.plans()).allSatisfy(p -> {
            assertThat(p.kind()).isEqualTo(PlanKind.VISION);
            assertThat(p.series()).isEqualTo("vision");
            assertThat(p.ownerMunicipalityId()).isNull();
        });
        // what opinions concern moved with them: 001 No.2 concerns the direction 文化と地域資源を活かした観光の振興
        assertThat(migrated.opinions().stream().filter(o -> o.id().equals("op-pc-02")).findFirst().orElseThrow()
                .nodeId()).isEqualTo("v3-d05");
    }

    @Test
    void aVersion2FileOpenedReadOnlyIsReadAsMigratedAndNotWritten() throws Exception {
        Path f = oldFile(2);
        String before = FileChecksums.sha256(f);
        try (PlanFile pf = PlanFile.openReadOnly(f)) {
            assertThat(pf.schemaVersion()).isEqualTo(2);
            assertThat(pf.read()).isEqualTo(sample);
            assertThat(pf.readForSheets("3").revision("v3-adopted").orElseThrow().measures()).hasSize(32);
        }
        assertThat(FileChecksums.sha256(f)).isEqualTo(before);
    }

    @Test
    void aVersion1FileOpensMigratedThroughBothSteps() throws Exception {
        Path f = oldFile(1);
        try (PlanFile pf = PlanFile.open(f)) {
            assertThat(pf.schemaVersion()).isEqualTo(3);
            Sphere migrated = pf.read();
            assertThat(migrated.plans()).isEqualTo(sample.plans());
            assertThat(migrated.changeReasons()).isEqualTo(sample.changeReasons());
        }
        assertThat(PlanFile.schemaDifferences(f)).isEmpty();
    }

    @Test
    void oldIdsThatClashAcrossPerspectivesAreasAndDirectionsAreRefusedAndTheFileKept() throws Exception {
        Path f = oldFile(2);
        // crafted: the policy area 医療 of the 3rd vision takes the id of its perspective (each table alone is valid)
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE policy_area SET id = 'v3-p1' WHERE id = 'v3-a01'");
            s.executeUpdate("UPDATE direction SET policy_area_id = 'v3-p1' WHERE policy_area_id = 'v3-a01'");
        }
        String before = FileChecksums.sha256(f);
        StoreException e = assertThrows(StoreException.class, () -> PlanFile.open(f).close());
        assertThat(e.key()).isEqualTo("store.migrate.nodeIdClash");
        assertThat(e.message(Locale.JAPANESE)).contains("政策の視点・政策分野・取組分野に同じ識別子があります（v3-p1）")
                .contains("ファイルは変更していません");
        assertThat(e.message(Locale.ENGLISH)).contains("share an id (v3-p1)");
        assertThat(FileChecksums.sha256(f)).isEqualTo(before);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement s = c.createStatement();
                var rs = s.executeQuery("PRAGMA user_version")) {
            assertThat(rs.getInt(1)).isEqualTo(2);
        }
    }
}
