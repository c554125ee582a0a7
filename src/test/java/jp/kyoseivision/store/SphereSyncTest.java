package jp.kyoseivision.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import jp.kyoseivision.edit.SphereEdits;
import jp.kyoseivision.model.Node;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.RevisionStatus;
import jp.kyoseivision.model.Role;
import jp.kyoseivision.model.Sphere;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every edit written as a difference reads back exactly; writing it backwards (undo) restores the file. */
class SphereSyncTest {
    @TempDir
    Path dir;

    private Sphere check(PlanFile pf, Sphere before, Sphere after) {
        pf.save(before, after);
        assertThat(pf.read()).isEqualTo(after);
        assertThat(pf.integrityProblems()).isEmpty();
        return after;
    }

    private static Measure card(Sphere s, String id) {
        return SphereEdits.locate(s, id).map(l -> l.direction().measures().get(l.index())).orElseThrow();
    }

    @Test
    void editsReadBackAndUndoRestores() {
        Sphere s0 = Sample.load();
        try (PlanFile pf = PlanFile.create(dir.resolve("e.kyosei"), s0)) {
            // budget of card 1, FY2025: 48,221 (seed 001 L1722) → 50,000
            Measure c1 = card(s0, "v3-m01");
            TreeMap<Integer, Long> budget = new TreeMap<>(c1.budget());
            budget.put(2025, 50_000L);
            Measure c1b = new Measure(c1.id(), c1.lineageId(), c1.number(), c1.name(), c1.aliases(), c1.content(),
                    c1.participants(), c1.kpis(), budget, c1.projects(), c1.effect(), c1.roleSharing(), List.of(3),
                    c1.notes());
            Sphere s1 = check(pf, s0, SphereEdits.replaceMeasure(s0, c1b));
            Sphere s2 = check(pf, s1, SphereEdits.moveMeasure(s1, "v3-m05", "v3-d01", 0));
            assertThat(card(s2, "v3-m05").number()).isEqualTo(1);
            assertThat(card(s2, "v3-m01").number()).isEqualTo(2);
            Sphere s3 = check(pf, s2, SphereEdits.deleteMeasure(s2, "v3-m32"));
            assertThat(s3.opinions()).noneMatch(o -> "v3-m32".equals(o.measureId()));
            assertThat(s3.changeReasons()).hasSize(5);
            Sphere s4 = check(pf, s3, SphereEdits.duplicateMeasure(s3, "v3-m01", "（複製）"));
            Node d1 = s4.revision("v3-adopted").orElseThrow().nodesAt(2).get(0);
            Sphere s5 = check(pf, s4, SphereEdits.updateDirection(s4, Node.leaf(d1.id(), d1.name(), "協定の内容を改定",
                    List.of(new Role("hiraizumi", "平泉町の役割のみ")), d1.measures())));
            Sphere s6 = check(pf, s5, SphereEdits.newRevision(s5, "v3-adopted", "2025年度改定", LocalDate.of(2025, 4, 1)));
            Sphere s7 = check(pf, s6, SphereEdits.newEdition(s6, "v3-adopted", "第４次一関・平泉定住自立圏共生ビジョン", "案"));
            Sphere s8 = check(pf, s7, SphereEdits.setStatus(s7, "v3-adopted", RevisionStatus.DRAFT));
            // undo everything, newest first
            check(pf, s8, s7);
            check(pf, s7, s6);
            check(pf, s6, s5);
            check(pf, s5, s4);
            check(pf, s4, s3);
            check(pf, s3, s2);
            check(pf, s2, s1);
            check(pf, s1, s0);
            assertThat(SphereJson.toJson(pf.read())).isEqualTo(Sample.text());
        }
    }

    @Test
    void aBudgetEditTouchesOnlyThatCard() throws Exception {
        Sphere s0 = Sample.load();
        try (PlanFile pf = PlanFile.create(dir.resolve("f.kyosei"), s0)) {
            Measure c = card(s0, "v3-m24");
            TreeMap<Integer, Long> budget = new TreeMap<>(c.budget());
            budget.put(2025, 796_531L); // seed 001 L3285 prints 796,530
            Measure changed = new Measure(c.id(), c.lineageId(), c.number(), c.name(), c.aliases(), c.content(),
                    c.participants(), c.kpis(), budget, c.projects(), c.effect(), c.roleSharing(), c.sdgs(), c.notes());
            Sphere s1 = SphereEdits.replaceMeasure(s0, changed);
            long[] changes = new long[1];
            pf.inTransaction(c2 -> {
                long before = totalChanges(c2);
                SphereSync.write(c2, s0, s1);
                changes[0] = totalChanges(c2) - before;
            });
            // one measure row + its children (1 KPI, 5 budget years, project groups …): far from the ~4,000 rows
            assertThat(changes[0]).isBetween(1L, 40L);
            assertThat(card(pf.read(), "v3-m24").budget().get(2025)).isEqualTo(796_531L);
        }
    }

    private static long totalChanges(java.sql.Connection c) throws java.sql.SQLException {
        try (Statement st = c.createStatement(); var rs = st.executeQuery("SELECT total_changes()")) {
            return rs.getLong(1);
        }
    }
}
