package jp.kyoseivision.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.kyoseivision.edit.CardEdits;
import jp.kyoseivision.edit.Edited;
import jp.kyoseivision.edit.MeasureChange;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.KpiActual;
import jp.kyoseivision.model.KpiValue;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Sphere;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An edit of one card in place writes only the rows it changed (issue 16: a budget cell is one measure_budget row,
 * not the card's six child tables deleted and re-inserted); undo writes the inverse rows and the file's tables are
 * as before, rowids included.
 */
class TargetedWriteTest {
    @TempDir
    Path dir;

    /** A card of the bundled sample with budgets of several years and KPIs (the children the old write redid). */
    private static Measure richCard(Sphere s) {
        return s.revisions().flatMap(r -> r.measures().stream())
                .filter(m -> m.budget().size() >= 2 && !m.kpis().isEmpty()).findFirst().orElseThrow();
    }

    /** A card of the bundled sample with a KPI that has actuals. */
    private static Measure cardWithActuals(Sphere s) {
        return s.revisions().flatMap(r -> r.measures().stream())
                .filter(m -> m.kpis().stream().anyMatch(k -> !k.actuals().isEmpty())).findFirst().orElseThrow();
    }

    @Test
    void oneBudgetCellWritesOneMeasureBudgetRowAndUndoRestoresEveryTable() throws Exception {
        Sphere s0 = Sample.load();
        Path f = dir.resolve("budget.kyosei");
        Measure card = richCard(s0);
        int fy = card.budget().firstKey();
        long was = card.budget().get(fy);
        try (PlanFile pf = PlanFile.create(f, s0)) {
            Map<String, List<String>> before = dump(f);
            Edited e = CardEdits.setBudget(s0, card.id(), fy, was + 1234);
            assertThat(e.cards()).containsExactly(card.id());
            pf.save(s0, e.sphere(), e.cards());

            Map<String, List<String>> after = dump(f);
            for (String table : before.keySet()) {
                if (!table.equals("measure_budget")) {
                    assertThat(after.get(table)).as(table).isEqualTo(before.get(table));
                }
            }
            List<String> gone = new ArrayList<>(before.get("measure_budget"));
            gone.removeAll(after.get("measure_budget"));
            List<String> added = new ArrayList<>(after.get("measure_budget"));
            added.removeAll(before.get("measure_budget"));
            assertThat(gone).hasSize(1);
            assertThat(added).hasSize(1);
            // the same row (same rowid) with the new amount
            assertThat(gone.get(0)).endsWith("|" + was);
            assertThat(added.get(0)).isEqualTo(gone.get(0).replaceAll("\\|" + was + "$", "|" + (was + 1234)));
            assertThat(pf.read()).isEqualTo(e.sphere());

            pf.save(e.sphere(), s0, e.cards()); // undo
            assertThat(dump(f)).isEqualTo(before);
            assertThat(pf.read()).isEqualTo(s0);
        }
    }

    @Test
    void aKpiActualWritesOneKpiActualRowAndKeepsTheKpiRows() throws Exception {
        Sphere s0 = Sample.load();
        Path f = dir.resolve("kpi.kyosei");
        Measure card = cardWithActuals(s0);
        Kpi kpi = card.kpis().stream().filter(k -> !k.actuals().isEmpty()).findFirst().orElseThrow();
        KpiActual a = kpi.actuals().get(0);
        KpiActual changed = new KpiActual(a.fy(), KpiValue.of("12345.6"), a.recordedGrade(),
                a.overviewGrade(), a.progress(), a.nextSteps());
        try (PlanFile pf = PlanFile.create(f, s0)) {
            Map<String, List<String>> before = dump(f);
            Edited e = CardEdits.setActual(s0, kpi.id(), a.fy(), changed);
            pf.save(s0, e.sphere(), e.cards());
            Map<String, List<String>> after = dump(f);
            for (String table : before.keySet()) {
                if (!table.equals("kpi_actual")) {
                    assertThat(after.get(table)).as(table).isEqualTo(before.get(table));
                }
            }
            List<String> added = new ArrayList<>(after.get("kpi_actual"));
            added.removeAll(before.get("kpi_actual"));
            assertThat(added).hasSize(1).allMatch(r -> r.contains("12345.6"));
            assertThat(after.get("kpi_actual")).hasSameSizeAs(before.get("kpi_actual"));
            assertThat(pf.read()).isEqualTo(e.sphere());
            pf.save(e.sphere(), s0, e.cards());
            assertThat(dump(f)).isEqualTo(before);
        }
    }

    @Test
    void aTextFieldWritesTheMeasureRowOnly() throws Exception {
        Sphere s0 = Sample.load();
        Path f = dir.resolve("text.kyosei");
        Measure card = richCard(s0);
        try (PlanFile pf = PlanFile.create(f, s0)) {
            Map<String, List<String>> before = dump(f);
            Edited e = CardEdits.change(s0, card.id(), m -> MeasureChange.effect(m, "利用者が増える"));
            pf.save(s0, e.sphere(), e.cards());
            Map<String, List<String>> after = dump(f);
            for (String table : before.keySet()) {
                if (!table.equals("measure")) {
                    assertThat(after.get(table)).as(table).isEqualTo(before.get(table));
                }
            }
            List<String> added = new ArrayList<>(after.get("measure"));
            added.removeAll(before.get("measure"));
            assertThat(added).hasSize(1).allMatch(r -> r.contains("利用者が増える"));
            pf.save(e.sphere(), s0, e.cards());
            assertThat(dump(f)).isEqualTo(before);
        }
    }

    @Test
    void everyKindOfCardChangeReadsBackAndUndoes() throws Exception {
        Sphere s0 = Sample.load();
        Path f = dir.resolve("all.kyosei");
        Measure card = richCard(s0);
        String town = s0.municipalities().get(0).id();
        try (PlanFile pf = PlanFile.create(f, s0)) {
            Map<String, List<String>> before = dump(f);
            Edited e = CardEdits.change(s0, card.id(), m -> {
                TreeMap<Integer, Long> b = new TreeMap<>(m.budget());
                b.remove(b.firstKey());
                b.put(2030, 7L);
                List<Kpi> kpis = new ArrayList<>(m.kpis().subList(1, m.kpis().size()));
                kpis.add(new Kpi("k-new-1", "新しい指標", "件", null, null, null, List.of(), null));
                Measure x = MeasureChange.budget(MeasureChange.name(m, m.name() + "（改）"), b);
                x = MeasureChange.kpis(x, kpis);
                x = MeasureChange.sdgs(x, List.of(1, 17));
                x = MeasureChange.participants(x, m.participants().contains(town)
                        ? m.participants().stream().filter(t -> !t.equals(town)).toList() : List.of(town));
                return x;
            });
            pf.save(s0, e.sphere(), e.cards());
            assertThat(pf.read()).isEqualTo(e.sphere());
            assertThat(pf.integrityProblems()).isEmpty();
            pf.save(e.sphere(), s0, e.cards());
            assertThat(pf.read()).isEqualTo(s0);
            assertThat(dump(f).keySet()).isEqualTo(before.keySet());
        }
    }

    @Test
    void aCardEditThatBreaksAReferenceIsRefusedAsTheFullCheckWould() {
        Sphere s0 = Sample.load();
        Measure card = richCard(s0);
        assertThatThrownBy(() -> CardEdits.change(s0, card.id(),
                m -> MeasureChange.participants(m, List.of("no-such-town"))))
                .isInstanceOfSatisfying(jp.kyoseivision.model.ValidationException.class,
                        x -> assertThat(x.key()).isEqualTo("model.ref"));
        // a new KPI with the id of another card's KPI
        Measure other = s0.revisions().flatMap(r -> r.measures().stream())
                .filter(m -> !m.id().equals(card.id()) && !m.kpis().isEmpty()).findFirst().orElseThrow();
        Kpi taken = other.kpis().get(0);
        assertThatThrownBy(() -> CardEdits.change(s0, card.id(), m -> {
            List<Kpi> kpis = new ArrayList<>(m.kpis());
            kpis.add(new Kpi(taken.id(), "重複", "件", null, null, null, List.of(), null));
            return MeasureChange.kpis(m, kpis);
        })).isInstanceOfSatisfying(jp.kyoseivision.model.ValidationException.class,
                x -> assertThat(x.key()).isEqualTo("model.duplicate"));
    }

    /** Every table's rows with their rowids, in rowid order: what "the file's content" means here. */
    static Map<String, List<String>> dump(Path f) throws Exception {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT rowid, * FROM " + t + " ORDER BY rowid")) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder b = new StringBuilder();
                        for (int i = 1; i <= n; i++) {
                            b.append(i > 1 ? "|" : "").append(rs.getString(i));
                        }
                        rows.add(b.toString());
                    }
                }
                out.put(t, rows);
            }
        }
        return out;
    }
}
