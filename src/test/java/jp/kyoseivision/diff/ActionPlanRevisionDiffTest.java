package jp.kyoseivision.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.kyoseivision.edit.CardEdits;
import jp.kyoseivision.edit.MeasureChange;
import jp.kyoseivision.edit.SphereEdits;
import jp.kyoseivision.model.ChangeKind;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Project;
import jp.kyoseivision.model.ProjectGroup;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.Sample;
import org.junit.jupiter.api.Test;

/**
 * 北上市's action plan (seed 004, plan kp): the next year's edition made as a new revision of the plan (計画 ▸
 * 新しい改定版を作成), then edited as the officer rolls the 3-year rollout forward; the comparison pairs the
 * projects by lineage and lists each project's changed details.
 */
class ActionPlanRevisionDiffTest {
    private static final Sphere KITAKAMI = Sample.load("kitakami").orElseThrow();

    /** kp-r7 copied as 令和8年度版, and kp-p01 子育て寄り添いプロジェクト edited in it. */
    private static Sphere edited() {
        Sphere s = SphereEdits.newRevision(KITAKAMI, "kp-r7", "令和8年度版", LocalDate.of(2026, 3, 31));
        Revision next = s.plan("kp").orElseThrow().revisions().get(1);
        Measure p01 = next.measures().stream().filter(m -> m.lineageId().equals("kp-p01")).findFirst().orElseThrow();
        List<Project> projects = new ArrayList<>();
        for (Project p : p01.projects().get(0).projects()) {
            if (p.name().equals("不妊治療費助成事業")) {
                // 004 L54: ● R7 R8 R9 → rolled forward one year
                p = new Project(p.name(), p.number(), p.isNew(), p.reposted(), p.departments(), p.summary(),
                        List.of(2026, 2027, 2028), p.note());
            } else if (p.name().equals("保育料軽減事業")) {
                // 004 L53: 子育て支援課 → handed to こども家庭センター
                p = new Project(p.name(), p.number(), p.isNew(), p.reposted(), List.of("こども家庭センター"),
                        p.summary(), p.years(), p.note());
            }
            projects.add(p);
        }
        projects.add(new Project("こども誰でも通園制度事業", 11, true, false, List.of("子育て支援課"),
                "保育所等に通っていない子どもの時間単位での預かり", List.of(2026, 2027, 2028), null));
        return CardEdits.change(s, p01.id(), m -> MeasureChange.projects(m, List.of(new ProjectGroup(null, projects))))
                .sphere();
    }

    @Test
    void theNextEditionOfTheRollingPlanComparesByLineage() {
        Sphere s = edited();
        Revision next = s.plan("kp").orElseThrow().revisions().get(1);
        RevisionDiff d = DiffService.compare(s, "kp-r7", next.id());
        assertThat(d.cards()).hasSize(10).allMatch(c -> c.method() == MatchMethod.LINEAGE);
        assertThat(d.count(ChangeKind.UNCHANGED)).isEqualTo(9);
        CardDiff p01 = d.cards().get(0);
        assertThat(p01.kind()).isEqualTo(ChangeKind.CHANGED);
        assertThat(p01.now().measure().name()).isEqualTo("子育て寄り添いプロジェクト");
        // editing the projects keeps the item's 現状・課題 and 推進方針 (MeasureChange dropped them) and its code
        assertThat(p01.now().measure().sections()).extracting(jp.kyoseivision.model.Section::label)
                .containsExactly("現状・課題", "推進方針");
        assertThat(p01.now().measure().code()).isEqualTo("1");

        // a project added, marked 新規: the action plan lists its projects as its own, not as 【共通】
        FieldChange added = change(p01, Field.PROJECTS, null);
        assertThat(added.added()).containsExactly("こども誰でも通園制度事業");
        assertThat(added.removed()).isEmpty();
        // the years marked ● (004 L54: R7 R8 R9) rolled forward
        FieldChange years = change(p01, Field.PROJECT_YEARS, "不妊治療費助成事業");
        assertThat(years.removed()).containsExactly("R7");
        assertThat(years.added()).containsExactly("R10");
        assertThat(years.oldValue()).isEqualTo("R7・R8・R9");
        // 担当課 (004 L53: 子育て支援課)
        FieldChange dept = change(p01, Field.PROJECT_DEPARTMENTS, "保育料軽減事業");
        assertThat(dept.removed()).containsExactly("子育て支援課");
        assertThat(dept.added()).containsExactly("こども家庭センター");
        assertThat(p01.changedFields()).containsExactly(Field.PROJECTS, Field.PROJECT_DEPARTMENTS,
                Field.PROJECT_YEARS);

        FieldNames names = FieldNames.of(d, Locale.JAPANESE);
        assertThat(names.field(Field.PROJECTS)).isEqualTo("3カ年の取組の展開");
        assertThat(ComparisonTable.of(d, Locale.JAPANESE).rows().get(0).cells().get(ComparisonTable.FIELDS))
                .isEqualTo("3カ年の取組の展開、担当課、実施年度");
        assertThat(ComparisonTable.of(d, Locale.JAPANESE).title()).startsWith("プロジェクト比較表：");
    }

    @Test
    void aNewProjectMarkedNewAndItsSummaryAreCompared() {
        Sphere s = edited();
        Revision next = s.plan("kp").orElseThrow().revisions().get(1);
        // the new project then loses its 新規 mark and gets a longer summary in a further edit
        Measure p01 = next.measures().get(0);
        List<Project> projects = p01.projects().get(0).projects().stream().map(p -> !p.isNew() ? p
                : new Project(p.name(), p.number(), false, false, p.departments(), p.summary() + "（月10時間まで）",
                        p.years(), null)).toList();
        Sphere again = SphereEdits.newRevision(s, next.id(), "令和9年度版", LocalDate.of(2027, 3, 31));
        Revision third = again.plan("kp").orElseThrow().revisions().get(2);
        again = CardEdits.change(again, third.measures().get(0).id(),
                m -> MeasureChange.projects(m, List.of(new ProjectGroup(null, projects)))).sphere();
        RevisionDiff d = DiffService.compare(again, next.id(), third.id());
        CardDiff row = d.cards().get(0);
        FieldChange mark = change(row, Field.PROJECT_NEW, "こども誰でも通園制度事業");
        assertThat(mark.oldValue()).isEqualTo("新規");
        assertThat(mark.newValue()).isNull();
        FieldChange summary = change(row, Field.PROJECT_SUMMARY, "こども誰でも通園制度事業");
        assertThat(summary.inline()).contains(new Segment(Segment.Op.INSERT, "（月10時間まで）"));
    }

    @Test
    void aKpiTargetRevisedInTheNextEditionIsAChange() {
        Sphere s = SphereEdits.newRevision(KITAKAMI, "kp-r7", "令和8年度版", LocalDate.of(2026, 3, 31));
        Revision next = s.plan("kp").orElseThrow().revisions().get(1);
        Measure p01 = next.measures().get(0);
        // 004: 子育て環境の充実度 64.1% (R1) → target raised, and a breakdown given
        var k = p01.kpis().get(0);
        var raised = new jp.kyoseivision.model.Kpi(k.id(), k.name(), "就学前児童の保護者", k.unit(), k.municipalityId(),
                k.baseline(), new jp.kyoseivision.model.KpiPoint(2025, "R7目標",
                        jp.kyoseivision.model.KpiValue.of("75")), k.milestones(), k.better(), k.actuals(), k.note());
        List<jp.kyoseivision.model.Kpi> kpis = new ArrayList<>(p01.kpis());
        kpis.set(0, raised);
        s = CardEdits.change(s, p01.id(), m -> MeasureChange.kpis(m, kpis)).sphere();
        CardDiff row = DiffService.compare(s, "kp-r7", next.id()).cards().get(0);
        assertThat(change(row, Field.KPI_QUALIFIER, "1").newValue()).isEqualTo("就学前児童の保護者");
        FieldChange target = change(row, Field.KPI_TARGET, "1");
        assertThat(target.newValue()).isEqualTo("75 (R7目標)");
        assertThat(target.oldValue()).endsWith("(2025)");
    }

    private static FieldChange change(CardDiff c, Field f, String qualifier) {
        return c.changes().stream().filter(x -> x.field() == f && java.util.Objects.equals(x.qualifier(), qualifier))
                .findFirst().orElseThrow(() -> new AssertionError(f + " " + qualifier + " in " + c.changes()));
    }
}
