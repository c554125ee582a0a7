package jp.kyoseivision.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import jp.kyoseivision.model.ChangeKind;
import jp.kyoseivision.model.Node;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.KpiPoint;
import jp.kyoseivision.model.KpiValue;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.ProjectGroup;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A yearly revision made as a copy of the 3rd vision, edited, saved to a real file and read back: the diff shows
 * each edit in its field and nothing else.
 */
class EditedCopyDiffTest {
    @TempDir
    Path dir;

    @Test
    void editsInACopyShowFieldByField() {
        Sphere sample = Sample.load();
        Revision copy = Spheres.copy(sample.revision("v3-adopted").orElseThrow(), "r25");
        copy = Spheres.mapCards(copy, m -> m.id().equals("r25-v3-m01") ? edit(m) : m);
        copy = moveSecondCardToWelfare(copy);
        Sphere edited = Spheres.withRevision(sample, "v3", copy);
        Path f = dir.resolve("edited.kyosei");
        PlanFile.create(f, edited).close();
        Sphere read;
        try (PlanFile pf = PlanFile.open(f)) {
            read = pf.read();
        }

        RevisionDiff d = DiffService.compare(read, "v3-adopted", "r25");
        assertThat(d.count(ChangeKind.CHANGED)).isEqualTo(2);
        assertThat(d.count(ChangeKind.UNCHANGED)).isEqualTo(30);
        assertThat(d.cards()).noneMatch(CardDiff::shaded);

        // card 1, 休日・夜間診療体制確保事業 (seed 001 lines 1704–1754), edited in every kind of field
        CardDiff c = d.cards().stream().filter(x -> x.now().id().equals("r25-v3-m01")).findFirst().orElseThrow();
        assertThat(c.kind()).isEqualTo(ChangeKind.CHANGED);
        assertThat(c.method()).isEqualTo(MatchMethod.LINEAGE);
        assertThat(c.changes()).extracting(FieldChange::field, FieldChange::qualifier).containsExactly(
                tuple(Field.CONTENT, null), tuple(Field.PARTICIPANTS, null), tuple(Field.KPI_TARGET, "1"),
                tuple(Field.BUDGET, "2025"), tuple(Field.PROJECTS, "【一関市】"), tuple(Field.PROJECTS, "【平泉町】"),
                tuple(Field.SDGS, null), tuple(Field.NOTES, null));

        FieldChange content = c.changes().get(0);
        assertThat(content.inline()).filteredOn(s -> s.op() == Segment.Op.DELETE).isEmpty();
        assertThat(content.inline()).filteredOn(s -> s.op() == Segment.Op.INSERT).extracting(Segment::text)
                .containsExactly("、一関歯科医師会");
        assertThat(rebuild(content.inline(), Segment.Op.INSERT)).isEqualTo(content.oldValue());
        assertThat(rebuild(content.inline(), Segment.Op.DELETE)).isEqualTo(content.newValue());

        assertThat(c.changes().get(1).removed()).containsExactly("平泉町");
        assertThat(c.changes().get(1).added()).isEmpty();
        // seed 001 line 1741: target 84% (2028)
        assertThat(c.changes().get(2)).extracting(FieldChange::oldValue, FieldChange::newValue)
                .containsExactly("84 (2028)", "90 (2028)");
        // seed 001 line 1718: 48,221 in 2025, raised to 50,000: +1,779 = +3.7 %
        assertThat(c.changes().get(3)).extracting(FieldChange::oldValue, FieldChange::newValue)
                .containsExactly("48221", "50000");
        BudgetLine fy2025 = c.budget().get(1);
        assertThat(fy2025).isEqualTo(new BudgetLine(2025, 48_221L, 50_000L));
        assertThat(fy2025.difference()).isEqualTo(1_779L);
        assertThat(fy2025.percent()).isEqualTo(new BigDecimal("3.7"));
        assertThat(c.budget().get(0).changed()).isFalse();
        assertThat(c.changes().get(4).removed()).containsExactly("休日歯科応急診療事業");
        assertThat(c.changes().get(5).added()).containsExactly("救急医療啓発事業");
        assertThat(c.changes().get(6).added()).containsExactly("3");
        assertThat(c.changes().get(7).newValue()).isEqualTo("※事業費は見込額です。");

        // card 2, 地域医療確保対策事業, moved from 医療 to 福祉
        CardDiff moved = d.cards().stream().filter(x -> x.now().id().equals("r25-v3-m02")).findFirst().orElseThrow();
        assertThat(moved.changes()).extracting(FieldChange::field, FieldChange::oldValue, FieldChange::newValue)
                .containsExactly(tuple(Field.POLICY_AREA, "医療", "福祉"),
                        tuple(Field.DIRECTION, "医療従事者の確保対策", "総合的な子育て支援"));

        // totals: 2025 rises by the same 1,779
        BudgetLine total2025 = d.budgetTotals().get(1);
        assertThat(total2025.difference()).isEqualTo(1_779L);
        assertThat(total2025.oldAmount()).isEqualTo(5_029_899L);
    }

    private static String rebuild(List<Segment> segments, Segment.Op skip) {
        StringBuilder b = new StringBuilder();
        segments.stream().filter(s -> s.op() != skip).forEach(s -> b.append(s.text()));
        return b.toString();
    }

    private static Measure edit(Measure m) {
        TreeMap<Integer, Long> budget = new TreeMap<>(m.budget());
        budget.put(2025, 50_000L);
        Kpi k = m.kpis().get(0);
        Kpi kpi = new Kpi(k.id(), k.name(), k.unit(), k.baseline(), new KpiPoint(2028, KpiValue.of("90")), k.better(),
                k.actuals(), k.note());
        List<ProjectGroup> projects = List.of(
                ProjectGroup.ofNames("ichinoseki", List.of("休日・夜間当番医制運営事業", "病院群輪番制病院運営事業（県と共同実施）")),
                ProjectGroup.ofNames("hiraizumi", List.of("医療体制充実事業", "救急医療啓発事業")));
        return new Measure(m.id(), m.lineageId(), m.number(), m.name(), m.aliases(),
                m.content().replace("一関市医師会及び", "一関市医師会、一関歯科医師会及び"), List.of("ichinoseki"),
                List.of(kpi), budget, projects, m.effect(), m.roleSharing(), List.of(3), "※事業費は見込額です。");
    }

    /** Moves the 2nd card of the 医療 area into the first direction of 福祉. */
    private static Revision moveSecondCardToWelfare(Revision r) {
        Measure moving = r.measures().get(1);
        List<Node> ps = new ArrayList<>();
        for (Node p : r.nodes()) {
            List<Node> areas = new ArrayList<>();
            for (Node a : p.children()) {
                List<Node> ds = new ArrayList<>();
                for (Node d : a.children()) {
                    List<Measure> ms = new ArrayList<>(d.measures());
                    ms.remove(moving);
                    if (a.name().equals("福祉") && ds.isEmpty()) {
                        ms.add(0, moving);
                    }
                    ds.add(d.withMeasures(ms));
                }
                areas.add(a.withChildren(ds));
            }
            ps.add(p.withChildren(areas));
        }
        return new Revision(r.id(), r.name(), r.date(), r.status(), r.basedOnId(), r.note(), ps);
    }
}
