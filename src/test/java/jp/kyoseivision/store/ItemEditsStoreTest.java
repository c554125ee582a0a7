package jp.kyoseivision.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import jp.kyoseivision.edit.CardEdits;
import jp.kyoseivision.edit.Edited;
import jp.kyoseivision.edit.ItemEdits;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Project;
import jp.kyoseivision.model.Sphere;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The edits of the item forms of the other plan kinds (a section entry of 002, a project's 担当課 of 004) reach the
 * file as edits of one card in place: after reopening the file holds them, undo (the edit written backwards) gives
 * the card back, and the rows of the card's other parts are not written again.
 */
class ItemEditsStoreTest {
    @TempDir
    Path dir;

    private static List<Long> rowids(Path file, String sql) throws Exception {
        List<Long> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    private static Sphere reopened(Path file) {
        try (PlanFile f = PlanFile.openReadOnly(file)) {
            return f.read();
        }
    }

    @Test
    void aSectionEntryOf002IsSavedAloneAndUndone() throws Exception {
        Path file = dir.resolve("s.kyosei");
        PlanFile.create(file, Sample.load()).close();
        String projects = "SELECT rowid FROM project WHERE measure_id = 's1-m01' ORDER BY rowid";
        String row = "SELECT rowid FROM measure WHERE id = 's1-m01'";
        List<Long> projectRows = rowids(file, projects);
        List<Long> measureRow = rowids(file, row);
        Sphere before;
        Measure was;
        try (PlanFile f = PlanFile.open(file)) {
            before = f.read();
            was = before.measure("s1-m01").orElseThrow();
            Edited e = CardEdits.change(before, "s1-m01",
                    m -> ItemEdits.setEntry(m, "現状と課題", 0, null, "本市の農業は小規模な経営体が中心です。"));
            assertThat(e.cards()).containsExactly("s1-m01");
            f.save(before, e.sphere(), e.cards());
        }
        Measure saved = reopened(file).measure("s1-m01").orElseThrow();
        assertThat(saved.sections().get(0).label()).isEqualTo("現状と課題");
        assertThat(saved.sections().get(0).items().get(0).text()).isEqualTo("本市の農業は小規模な経営体が中心です。");
        assertThat(saved.sections().get(0).items().subList(1, saved.sections().get(0).items().size()))
                .isEqualTo(was.sections().get(0).items().subList(1, was.sections().get(0).items().size()));
        assertThat(saved.sections().get(1)).isEqualTo(was.sections().get(1));
        assertThat(saved.code()).isEqualTo("I-①-1");
        // the card's row and its projects' rows were not written again
        assertThat(rowids(file, row)).isEqualTo(measureRow);
        assertThat(rowids(file, projects)).isEqualTo(projectRows);
        // undo: the edit written backwards
        try (PlanFile f = PlanFile.open(file)) {
            Sphere now = f.read();
            f.save(now, before, List.of("s1-m01"));
        }
        assertThat(reopened(file).measure("s1-m01").orElseThrow()).isEqualTo(was);
    }

    @Test
    void aProjectsDepartmentsOf004AreSavedAloneAndUndone() throws Exception {
        Path file = dir.resolve("k.kyosei");
        PlanFile.create(file, Sample.load("kitakami").orElseThrow()).close();
        String sections = "SELECT rowid FROM section WHERE measure_id = 'kp-p01' ORDER BY rowid";
        List<Long> sectionRows = rowids(file, sections);
        Sphere before;
        Measure was;
        try (PlanFile f = PlanFile.open(file)) {
            before = f.read();
            was = before.measure("kp-p01").orElseThrow();
            Edited e = CardEdits.change(before, "kp-p01", m -> ItemEdits.changeProject(m, 0, 0,
                    p -> ItemEdits.departments(p, "国保年金課、こども家庭センター")));
            f.save(before, e.sphere(), e.cards());
        }
        Project p = reopened(file).measure("kp-p01").orElseThrow().projects().get(0).projects().get(0);
        // seed 004: 子ども医療費助成事業 of 国保年金課, ● in R7, R8, R9
        assertThat(p.name()).isEqualTo("子ども医療費助成事業");
        assertThat(p.departments()).containsExactly("国保年金課", "こども家庭センター");
        assertThat(p.years()).containsExactly(2025, 2026, 2027);
        assertThat(p.number()).isEqualTo(1);
        assertThat(rowids(file, sections)).isEqualTo(sectionRows);
        try (PlanFile f = PlanFile.open(file)) {
            Sphere now = f.read();
            f.save(now, before, List.of("kp-p01"));
        }
        assertThat(reopened(file).measure("kp-p01").orElseThrow()).isEqualTo(was);
    }
}
