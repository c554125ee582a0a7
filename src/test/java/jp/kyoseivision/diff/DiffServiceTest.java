package jp.kyoseivision.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.kyoseivision.model.ChangeKind;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.Sample;
import jp.kyoseivision.store.VisionSample;
import jp.kyoseivision.text.LocalizedException;
import org.junit.jupiter.api.Test;

/** The bundled 2nd → 3rd comparison against the official 具体的な取組比較表 of seed 001 (lines 892–1160). */
class DiffServiceTest {
    private static final Sphere SAMPLE = VisionSample.load();

    /**
     * Old No. → new No. of every card that continues, as the printed table pairs them (seed 001 lines 896–1010):
     * 1→1, 3→2, … 25→23 (変更①), … 32→31.
     */
    static final int[][] CONTINUING = {{1, 1}, {3, 2}, {4, 3}, {5, 4}, {6, 5}, {7, 6}, {8, 7}, {10, 8}, {11, 9},
        {12, 10}, {13, 11}, {14, 12}, {15, 13}, {16, 14}, {17, 15}, {18, 16}, {19, 17}, {20, 18}, {21, 19}, {22, 20},
        {23, 21}, {24, 22}, {25, 23}, {26, 24}, {27, 25}, {28, 26}, {29, 27}, {30, 28}, {31, 30}, {32, 31}};

    @Test
    void secondToThirdReproducesTheOfficialClassification() {
        RevisionDiff d = DiffService.compare(SAMPLE, "2", "3");
        assertThat(d.from().id()).isEqualTo("v2-adopted");
        assertThat(d.to().id()).isEqualTo("v3-adopted");
        // seed 001 lines 1102–1112: 削除① 削除② 変更① 追加① 削除③ 追加②, in this order down the table
        assertThat(d.cards().stream().filter(CardDiff::shaded).map(c -> tuple(c.kind(),
                c.old() == null ? null : c.old().measure().number() + " " + c.old().measure().name(),
                c.now() == null ? null : c.now().measure().number() + " " + c.now().measure().name())))
                .containsExactly(
                        tuple(ChangeKind.DELETED, "2 新型コロナウイルスワクチン接種事業", null),
                        tuple(ChangeKind.DELETED, "9 世界遺産「平泉」を核とした観光地域づくり事業", null),
                        tuple(ChangeKind.RENAMED, "25 世界遺産拡張登録推進事業", "23 世界遺産価値向上推進事業"),
                        tuple(ChangeKind.ADDED, null, "29 多文化共生推進事業"),
                        tuple(ChangeKind.DELETED, "33 農村地域づくり支援事業", null),
                        tuple(ChangeKind.ADDED, null, "32 ＤＸ地域活性化事業"));
        // every other card continues under its name (not shaded); its texts and budgets were revised, so CHANGED
        assertThat(d.counts()).isEqualTo(Map.of(ChangeKind.ADDED, 2, ChangeKind.DELETED, 3, ChangeKind.RENAMED, 1,
                ChangeKind.CHANGED, 29, ChangeKind.BUDGET_PENDING, 0, ChangeKind.UNCHANGED, 0));
        assertThat(pairs(d)).containsExactly(CONTINUING);
        assertThat(d.cards()).allSatisfy(c -> assertThat(c.method()).isIn(MatchMethod.LINEAGE, null));
        // the official reasons (seed 001 lines 1118–1160) sit on the six shaded rows and nowhere else
        assertThat(d.cards()).allSatisfy(c -> assertThat(c.reason() != null).isEqualTo(c.shaded()));
    }

    @Test
    void nameVariantsListedAsAliasesAreNotRenames() {
        // the 3rd vision prints 起業・創業支援事業 (seed 001 card 17) where the comparison table keeps
        // 起業・創業応援事業 (line 960): the name field changed, the measure was not renamed
        CardDiff c = row(DiffService.compare(SAMPLE, "2", "3"), 19);
        assertThat(c.kind()).isEqualTo(ChangeKind.CHANGED);
        FieldChange name = c.changes().get(0);
        assertThat(name.field()).isEqualTo(Field.NAME);
        assertThat(name.inline()).containsExactly(new Segment(Segment.Op.EQUAL, "起業・創業"),
                new Segment(Segment.Op.DELETE, "応"), new Segment(Segment.Op.INSERT, "支"),
                new Segment(Segment.Op.EQUAL, "援事業"));
    }

    @Test
    void withoutLineageNameMatchingFindsTheSamePairsAndNothingElse() {
        Sphere fresh = Spheres.mapCards(SAMPLE, Spheres::freshLineage);
        RevisionDiff d = DiffService.compare(fresh, "v2-adopted", "v3-adopted");
        assertThat(d.counts()).isEqualTo(DiffService.compare(SAMPLE, "2", "3").counts());
        assertThat(pairs(d)).containsExactly(CONTINUING);
        assertThat(d.cards()).allSatisfy(c -> assertThat(c.method()).isIn(MatchMethod.NAME, null));
        CardDiff renamed = row(d, 25);
        assertThat(renamed.kind()).isEqualTo(ChangeKind.RENAMED);
        assertThat(renamed.now().measure().name()).isEqualTo("世界遺産価値向上推進事業");
        // 4 of 12 characters differ (拡張登録 → 価値向上): similarity 1 − 4/12
        assertThat(renamed.score()).isCloseTo(8.0 / 12, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(d.cards().stream().filter(c -> c.kind() == ChangeKind.DELETED).map(c -> c.old().id()))
                .containsExactly("v2-m02", "v2-m09", "v2-m33");
    }

    @Test
    void aHigherThresholdLeavesTheRenamedMeasureUnmatched() {
        Sphere fresh = Spheres.mapCards(SAMPLE, Spheres::freshLineage);
        RevisionDiff d = DiffService.compare(fresh, DiffService.resolve(fresh, "2"), DiffService.resolve(fresh, "3"),
                0.7);
        assertThat(d.count(ChangeKind.RENAMED)).isZero();
        assertThat(d.count(ChangeKind.DELETED)).isEqualTo(4);
        assertThat(d.count(ChangeKind.ADDED)).isEqualTo(3);
    }

    @Test
    void comparisonTableLabelsTheShadedRowsAsTheOfficialTable() {
        ComparisonTable t = ComparisonTable.of(DiffService.compare(SAMPLE, "2", "3"), Locale.JAPANESE);
        assertThat(t.headers()).containsExactly("旧No.", "旧 施策名", "新No.", "新 施策名", "区分", "変更項目", "理由");
        assertThat(t.rows()).hasSize(35);
        assertThat(t.rows().stream().filter(ComparisonTable.Row::shaded)
                .map(r -> r.cells().get(ComparisonTable.KIND)))
                .containsExactly("削除①", "削除②", "変更①", "追加①", "削除③", "追加②");
        ComparisonTable.Row first = t.rows().get(1);
        assertThat(first.cells().subList(0, 5)).containsExactly("2", "新型コロナウイルスワクチン接種事業", "", "", "削除①");
        assertThat(first.reason()).startsWith("令和６年度以降は新型コロナウイルスワクチン接種が定期接種となる");
        assertThat(t.title()).isEqualTo("具体的な取組比較表：第２次一関・平泉定住自立圏共生ビジョン（策定）→ "
                + "第３次一関・平泉定住自立圏共生ビジョン（策定）");
    }

    @Test
    void budgetTotalsPerYearAddUpTheThirdVisionCards() {
        RevisionDiff d = DiffService.compare(SAMPLE, "2", "3");
        // the 2nd vision was bundled without budgets (seed 000 is a KPI report); the 3rd's 2024 column sums to
        // 4,292,261 thousand yen over its 32 cards (card 1: 48,221, seed 001 line 1718). 2019–2023 and 2024–2028 do
        // not overlap: the lines pair plan years, 1年目 2019 with 1年目 2024, with no change and no percentage
        assertThat(d.byPlanYear()).isTrue();
        BudgetLine year1 = d.budgetTotals().get(0);
        assertThat(year1).isEqualTo(new BudgetLine(2019, 2024, null, 4_292_261L, 1));
        assertThat(year1.percent()).isNull();
        assertThat(year1.difference()).isNull();
        assertThat(year1.changed()).isFalse();
        assertThat(d.budgetTotals()).extracting(BudgetLine::planYear).containsExactly(1, 2, 3, 4, 5);
        assertThat(d.budgetTotals()).extracting(BudgetLine::fy).containsExactly(2024, 2025, 2026, 2027, 2028);
    }

    @Test
    void aRevisionIsNamedByEditionOrIdAndAnUnknownOneIsRefusedInBothLanguages() {
        assertThat(DiffService.resolve(SAMPLE, "3").id()).isEqualTo("v3-adopted");
        assertThat(DiffService.resolve(SAMPLE, "v2-adopted").id()).isEqualTo("v2-adopted");
        assertThatThrownBy(() -> DiffService.resolve(SAMPLE, "9")).isInstanceOf(LocalizedException.class)
                .hasMessage("改定「9」がありません（計画の次数（例：3）または改定のID（例：v3-adopted）を指定してください）")
                .satisfies(e -> assertThat(((LocalizedException) e).message(java.util.Locale.ENGLISH)).isEqualTo(
                        "No revision \"9\" (give a plan edition, e.g. 3, or a revision id, e.g. v3-adopted)"));
    }

    static CardDiff row(RevisionDiff d, int oldNumber) {
        return d.cards().stream().filter(c -> c.old() != null && c.old().measure().number() == oldNumber)
                .findFirst().orElseThrow();
    }

    static List<int[]> pairs(RevisionDiff d) {
        return d.cards().stream().filter(c -> c.old() != null && c.now() != null)
                .map(c -> new int[] {c.old().measure().number(), c.now().measure().number()}).toList();
    }
}
