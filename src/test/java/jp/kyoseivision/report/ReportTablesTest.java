package jp.kyoseivision.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import jp.kyoseivision.diff.ComparisonTable;
import jp.kyoseivision.diff.DiffService;
import jp.kyoseivision.kpi.KpiResults;
import jp.kyoseivision.kpi.KpiTables;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.Sample;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The comparison table and the KPI report printed by the measure sheets' engine. */
class ReportTablesTest {
    private final Sphere sample = Sample.load();

    private static String text(ReportDocument doc) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(PdfWriter.toBytes(doc, TestFonts.japanese()))) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isGreaterThan(pdf.getPage(0).getMediaBox().getHeight());
            return new PDFTextStripper().getText(pdf).replaceAll("[\\s\\u3000]", "");
        }
    }

    @Test
    void theComparisonTableShowsEveryCardMarksTheOfficialChangesAndPrintsTheirReasons() throws Exception {
        ComparisonTable t = ComparisonTable.of(DiffService.compare(sample, "2", "3"), Locale.JAPANESE);
        String text = text(ReportTables.comparison(t, "第３次一関・平泉定住自立圏共生ビジョン　策定"));
        // seed 001 L892–1115 (labels 削除①②③, 変更①, 追加①②): 削除① No.2 新型コロナウイルスワクチン接種事業, with its reason
        assertThat(text).contains("■削除①").contains("新型コロナウイルスワクチン接種事業")
                .contains("令和６年度以降は新型コロナウイルスワクチン接種が定期接種となる");
        assertThat(text).contains("■変更①").contains("世界遺産価値向上推進事業").contains("■追加②")
                .contains("ＤＸ地域活性化事業");
        // every card of both editions appears (33 old, 32 new)
        for (var m : sample.planByEdition(3).orElseThrow().current().orElseThrow().measures()) {
            assertThat(text).contains(m.name().replaceAll("[\\s\\u3000]", ""));
        }
    }

    @Test
    void theKpiReportPrintsSummaryResultsAndFindings() throws Exception {
        Plan v2 = sample.planByEdition(2).orElseThrow();
        KpiResults r = KpiResults.of(v2);
        IntPredicate all = fy -> true;
        String text = text(ReportTables.kpi(v2.title(), List.of(KpiTables.summary(r, all, Locale.JAPANESE),
                KpiTables.results(r, all, Locale.JAPANESE), KpiTables.findings(r, all, Locale.JAPANESE)), v2.title()));
        // seed 000 L153: KPI 5 子育て環境整備事業, 11,819 in R5 against 27,600, printed B: a contradiction, marked
        assertThat(text).contains("子育て環境整備事業").contains("11,819").contains("■");
        assertThat(text).contains("地域子育て支援拠点事業の利用者数");
    }
}
