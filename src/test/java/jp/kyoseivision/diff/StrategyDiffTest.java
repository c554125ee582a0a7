package jp.kyoseivision.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import jp.kyoseivision.model.ChangeKind;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.Sample;
import org.junit.jupiter.api.Test;

/**
 * The 総合戦略 phase 1 (seed 002, plan s1) → phase 2 (seed 003, plan s2): a restructured strategy of one series. No
 * item shares a lineage: 施策 are paired by name anywhere in the revision, path fields named by the plans' levels.
 */
class StrategyDiffTest {
    private static final Sphere SAMPLE = Sample.load();

    private static CardDiff pair(RevisionDiff d, String oldId) {
        return d.cards().stream().filter(c -> c.old() != null && c.old().id().equals(oldId)).findFirst()
                .orElseThrow();
    }

    @Test
    void itemsThatContinuePairByNameAcrossTheWholeRevision() {
        RevisionDiff d = DiffService.compare(SAMPLE, "s1", "s2");
        assertThat(d.from().id()).isEqualTo("s1-r1");
        assertThat(d.to().id()).isEqualTo("s2-r1");
        assertThat(d.sameSeries()).isTrue();
        // 002 L598 「I-②-2 移住定住の促進」 → 003 L83 「移住・定住の促進」
        CardDiff settle = pair(d, "s1-m05");
        assertThat(settle.now().id()).isEqualTo("s2-m11");
        assertThat(settle.now().measure().name()).isEqualTo("移住・定住の促進");
        assertThat(settle.method()).isEqualTo(MatchMethod.NAME);
        assertThat(settle.kind()).isEqualTo(ChangeKind.RENAMED);
        // 002 L721 「Ⅱ－①－1 結婚支援」 → 003 L87 「結婚の支援」
        CardDiff marriage = pair(d, "s1-m08");
        assertThat(marriage.now().measure().name()).isEqualTo("結婚の支援");
        assertThat(marriage.score()).isEqualTo(0.8); // one character of five inserted
        // 23 items of phase 1, 29 of phase 2: 8 continue under a changed name, the rest stand alone
        assertThat(d.count(ChangeKind.RENAMED)).isEqualTo(8);
        assertThat(d.count(ChangeKind.DELETED)).isEqualTo(23 - 8);
        assertThat(d.count(ChangeKind.ADDED)).isEqualTo(29 - 8);
        assertThat(d.cards()).noneMatch(c -> c.method() == MatchMethod.LINEAGE);
    }

    @Test
    void pathFieldsCarryThePlansOwnLevelNamesAndSectionsAreCompared() {
        RevisionDiff d = DiffService.compare(SAMPLE, "s1", "s2");
        CardDiff settle = pair(d, "s1-m05");
        FieldNames names = FieldNames.of(d, Locale.JAPANESE);
        assertThat(names.field(Field.POLICY_AREA)).isEqualTo("基本目標");
        // 002's second level 施策展開の基本的方向; 003 leaves its second level unnamed
        assertThat(names.field(Field.DIRECTION)).isEqualTo("施策展開の基本的方向／2階層目");
        assertThat(names.field(Field.NAME)).isEqualTo("施策名");
        FieldChange goal = settle.changes().stream().filter(c -> c.field() == Field.POLICY_AREA).findFirst()
                .orElseThrow();
        assertThat(goal.oldValue()).isEqualTo("市民が力を発揮できる仕事を創出し、若者や女性が集うまちを目指します");
        assertThat(goal.newValue()).startsWith("地域の稼ぐ力を高め、");
        // 003 prints no codes: phase 1's I-②-2 is not a change
        assertThat(settle.changedFields()).doesNotContain(Field.CODE).contains(Field.SECTION);
        // phase 1 prints 現状と課題 and 主な取組; phase 2 主な取組 only (003 L83: ▶ 移住体験ツアー …)
        List<String> sections = settle.changes().stream().filter(c -> c.field() == Field.SECTION)
                .map(FieldChange::qualifier).distinct().toList();
        assertThat(sections).containsExactly("現状と課題", "主な取組");
        FieldChange added = settle.changes().stream().filter(c -> c.field() == Field.SECTION
                && c.newValue() != null && c.newValue().contains("移住体験ツアー")).findFirst().orElseThrow();
        assertThat(added.inline()).isNotEmpty();
    }

    @Test
    void theTableIsNamedForTheItemAndListsTheLevelNames() {
        RevisionDiff d = DiffService.compare(SAMPLE, "s1", "s2");
        ComparisonTable t = ComparisonTable.of(d, Locale.JAPANESE);
        assertThat(t.title()).startsWith("施策比較表：一関市まち・ひと・しごと創生総合戦略（平成31年3月改定）→ ");
        assertThat(t.headers()).contains("旧 施策名", "新 施策名");
        ComparisonTable.Row marriage = t.rows().stream().filter(r -> r.cells().get(ComparisonTable.OLD_NAME)
                .equals("結婚支援")).findFirst().orElseThrow();
        assertThat(marriage.cells().get(ComparisonTable.FIELDS)).contains("基本目標", "施策展開の基本的方向／2階層目")
                .doesNotContain("政策分野").doesNotContain("取組分野");
        assertThat(t.note()).doesNotContain("別の系列");
    }

    @Test
    void twoSeriesPairByNameOnlyAndSaySo() {
        RevisionDiff d = DiffService.compare(SAMPLE, "v3-adopted", "s2-r1");
        assertThat(d.sameSeries()).isFalse();
        assertThat(d.cards()).noneMatch(c -> c.method() == MatchMethod.LINEAGE);
        assertThat(ComparisonTable.of(d, Locale.JAPANESE).note()).contains("別の系列の計画との比較です");
        assertThat(DiffJson.json(d)).contains("\"sameSeries\" : false");
        // the vision's own comparison stays as it was: no such member
        assertThat(DiffJson.json(DiffService.compare(SAMPLE, "2", "3"))).doesNotContain("sameSeries");
    }

    @Test
    void goalTargetsSideBySideWithUnitsAndPeriods() {
        RevisionDiff d = DiffService.compare(SAMPLE, "s1", "s2");
        TargetTable t = TargetTable.of(d, Locale.JAPANESE);
        // 002 L273 年間転出超過者数 448 (H26) → 329 (R1); 003 L35 転出超過者数 644 (R1) → 322 (R7)
        TargetTable.Row out = t.rows().stream().filter(r -> r.cells().get(TargetTable.NEW_NAME).equals("転出超過者数"))
                .findFirst().orElseThrow();
        assertThat(out.cells()).containsExactly("年間転出超過者数", "448人 (H26)", "329人 (R1)", "転出超過者数",
                "644人 (R1)", "322人 (R7)", "似た名称（一致度 0.75）");
        assertThat(t.note()).contains("評価することはしません");
        assertThat(t.paired()).isEqualTo(3);
        // unpaired phase-1 targets on their own lines, the newer side empty
        assertThat(t.rows().get(t.rows().size() - 1).cells()).containsExactly("市民センターの利用人数", "492千人 (H26)",
                "541千人 (R1)", "", "", "", "対応なし");
    }
}
