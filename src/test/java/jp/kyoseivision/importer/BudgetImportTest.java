package jp.kyoseivision.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.Sample;
import jp.kyoseivision.text.LocalizedException;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Budget tables of the bundled 3rd vision (seed 001), read and written as CSV and xlsx. */
class BudgetImportTest {
    @TempDir
    Path dir;

    private final Sphere sample = Sample.load();
    private final Plan third = BudgetImport.plan(sample, 3);

    private Measure card(Sphere s, int number) {
        return BudgetImport.plan(s, 3).current().orElseThrow().measures().stream().filter(m -> m.number() == number)
                .findFirst().orElseThrow();
    }

    private Path write(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private Path csv(String name, String text, Charset cs) throws Exception {
        return write(name, text.getBytes(cs));
    }

    @Test
    void exportHoldsTheBudgetsAsPrinted() {
        List<List<String>> rows = BudgetExport.rows(third, Locale.JAPANESE);
        assertThat(rows.get(1)).containsExactly("番号", "施策名", "令和6年度 (2024)", "令和7年度 (2025)",
                "令和8年度 (2026)", "令和9年度 (2027)", "令和10年度 (2028)");
        assertThat(rows).hasSize(2 + 32);
        // 001 L1722: 事業費(千円) 48,221 48,221 48,221 48,221 48,221 (card 1)
        assertThat(rows.get(2).subList(2, 7)).containsOnly("48221");
        // 001 L3285: 事業費(千円) 242,227 796,530 241,930 241,930 241,930 (card 24)
        assertThat(rows.get(2 + 23)).startsWith("24").element(3).isEqualTo("796530");
        // 001 L3850: 6,089 6,089 0 0 0 (card 32): a printed 0 stays 0, it is not "no budget"
        assertThat(rows.get(2 + 31).subList(2, 7)).containsExactly("6089", "6089", "0", "0", "0");
    }

    @Test
    void exportThenImportChangesNothingInCsvAndXlsxInBothLanguages() throws Exception {
        for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
            Path c = csv("t-" + locale + ".csv", BudgetExport.csv(third, locale), StandardCharsets.UTF_8);
            BudgetImport.Result rc = BudgetImport.check(sample, 3, c);
            assertThat(rc.problems()).isEmpty();
            assertThat(rc.changes()).isEmpty();
            ByteArrayOutputStream x = new ByteArrayOutputStream();
            BudgetExport.xlsx(third, locale, x);
            BudgetImport.Result rx = BudgetImport.check(sample, 3, write("t-" + locale + ".xlsx", x.toByteArray()));
            assertThat(rx.problems()).isEmpty();
            assertThat(rx.changes()).isEmpty();
            assertThat(rx.applyTo(sample)).isEqualTo(sample);
        }
    }

    @Test
    void everyProblemOfTheFileIsListedWithRowAndHeading() throws Exception {
        String text = String.join("\r\n",
                "番号,施策名,令和6年度 (2024),令和7年度 (2025),令和11年度 (2029)",
                "1,,48221,12.5,",
                "2,,-5,1000,",
                "99,,1,1,",
                ",存在しない事業,1,1,",
                "1,,1,1,",
                "3,地域医療連携事業,abc,1,",
                "4,,1,1,7") + "\r\n";
        BudgetImport.Result r = BudgetImport.check(sample, 3, csv("bad.csv", text, StandardCharsets.UTF_8));
        List<String> ja = r.problems().stream().map(p -> p.message(Locale.JAPANESE)).toList();
        assertThat(ja).containsExactly(
                "1行目「令和11年度 (2029)」：2029年度は計画期間（2024〜2028年度）の外です",
                "2行目「令和7年度 (2025)」：「12.5」は金額として読めません。千円単位の整数で入力してください（例：1,234 または １２３４）",
                "3行目「令和6年度 (2024)」：「-5」は負の値です。事業費は0以上の千円単位の整数で入力してください",
                "4行目「番号」：番号 99 のカードはこの計画にありません（1〜32）",
                "5行目「施策名」：施策名「存在しない事業」のカードはこの計画にありません",
                "6行目：このカード（1 " + card(sample, 1).name() + "）は 2行目にもあります",
                "7行目「施策名」：番号 3 のカードは「" + card(sample, 3).name() + "」です。施策名「地域医療連携事業」と一致しません",
                "7行目「令和6年度 (2024)」：「abc」は金額として読めません。千円単位の整数で入力してください（例：1,234 または １２３４）");
        assertThat(r.problems().get(1).message(Locale.ENGLISH)).isEqualTo(
                "row 2, \"令和7年度 (2025)\": \"12.5\" is not an amount. Enter whole thousand yen (e.g. 1,234)");
        assertThat(r.changes()).isEmpty();
        assertThatThrownBy(() -> r.applyTo(sample)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shiftJisCsvAsExcelOnWindowsSavesIt() throws Exception {
        // 令和 headings, full-width digits and commas, a title row and a total row, as a finance sheet has them
        String text = "第３次共生ビジョン　事業費（千円）\r\n"
                + "番号,施策名,令和7年度,R8\r\n"
                + "1," + card(sample, 1).name() + ",\"１，２３４\",５０，０００\r\n"
                + "2,,\"54,653\",\r\n"
                + ",合計,,\r\n";
        Path p = csv("sjis.csv", text, Charset.forName("windows-31j"));
        assertThat(new String(Files.readAllBytes(p), StandardCharsets.UTF_8)).isNotEqualTo(text); // really SJIS
        BudgetImport.Result r = BudgetImport.check(sample, 3, p);
        assertThat(r.problems()).isEmpty();
        // card 2 FY2025 54,653 is as printed (001 L1788: 49,949 54,653 61,733 57,149 57,149): unchanged; its FY2026
        // cell is empty, so that year's budget is removed
        assertThat(r.changes()).extracting(c -> c.number() + ":" + c.fy() + ":" + c.before() + "→" + c.after())
                .containsExactly("1:2025:48221→1234", "1:2026:48221→50000", "2:2026:61733→null");
        Sphere after = r.applyTo(sample);
        assertThat(card(after, 1).budget()).containsEntry(2024, 48221L).containsEntry(2025, 1234L)
                .containsEntry(2026, 50000L);
        assertThat(card(after, 2).budget()).doesNotContainKey(2026).containsEntry(2027, 57149L);
        assertThat(card(after, 3)).isEqualTo(card(sample, 3));
    }

    @Test
    void utf8WithAndWithoutByteOrderMark() throws Exception {
        String text = "施策名,2024\n" + card(sample, 5).name() + ",2000\n";
        for (String bom : List.of("", "\uFEFF")) {
            BudgetImport.Result r = BudgetImport.check(sample, 3, csv("u" + bom.length() + ".csv", bom + text,
                    StandardCharsets.UTF_8));
            assertThat(r.problems()).isEmpty();
            // 001 L2028: 事業費(千円) 1,000 1,000 1,000 1,000 1,000 (card 5)
            assertThat(r.changes()).singleElement().extracting(BudgetChange::before, BudgetChange::after)
                    .containsExactly(1000L, 2000L);
        }
    }

    @Test
    void xlsxWithReiwaHeadingsNumbersAndTextCells() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("説明").createRow(0).createCell(0).setCellValue("この表は予算担当課から");
            XSSFSheet s = wb.createSheet("事業費");
            s.createRow(0).createCell(0).setCellValue("令和7年度当初予算（千円）");
            row(s, 2, "No.", "施策名", "令和６年度\n(2024)", "R7", "令和8年度予算", "備考");
            XSSFRow a = s.createRow(3);
            a.createCell(0).setCellValue(24);
            a.createCell(2).setCellValue(242227);
            a.createCell(3).setCellValue(800000);
            a.createCell(4).setCellFormula("241930+70");
            a.createCell(5).setCellValue("増額");
            XSSFRow b = s.createRow(4);
            b.createCell(1).setCellValue(card(sample, 7).name());
            b.createCell(2).setCellValue("8,636");
            b.createCell(3).setCellValue(8636);
            b.createCell(4).setCellValue(8636);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
        }
        BudgetImport.Result r = BudgetImport.check(sample, 3, write("reiwa.xlsx", out.toByteArray()));
        assertThat(r.problems()).isEmpty();
        // 001 L3285: card 24 FY2025 796,530, FY2026 241,930
        assertThat(r.changes()).extracting(c -> c.number() + ":" + c.fy() + ":" + c.before() + "→" + c.after())
                .containsExactly("24:2025:796530→800000", "24:2026:241930→242000");
        assertThat(r.notices()).extracting(e -> e.message(Locale.JAPANESE))
                .contains("シート「事業費」を読みました", "列「備考」は使いません");
    }

    private static void row(XSSFSheet s, int r, String... cells) {
        XSSFRow row = s.createRow(r);
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i]);
        }
    }

    @Test
    void brokenEmptyAndWrongFilesAreRefusedWithOneClearReason() throws Exception {
        ByteArrayOutputStream x = new ByteArrayOutputStream();
        BudgetExport.xlsx(third, Locale.JAPANESE, x);
        byte[] good = x.toByteArray();
        byte[] garbage = new byte[4096];
        new java.util.Random(9).nextBytes(garbage);
        record Case(String name, byte[] bytes, String key) {
        }
        for (Case c : List.of(new Case("half.xlsx", Arrays.copyOf(good, good.length / 2), "budget.file.brokenXlsx"),
                new Case("zip-only.xlsx", Arrays.copyOf(good, 30), "budget.file.brokenXlsx"),
                new Case("garbage.xlsx", garbage, "budget.file.brokenXlsx"),
                new Case("garbage.csv", garbage, "budget.file.notText"),
                new Case("empty.csv", new byte[0], "budget.file.empty"),
                new Case("blank.csv", ",,\r\n\r\n , \r\n".getBytes(StandardCharsets.UTF_8), "budget.file.empty"),
                new Case("plan.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII), "budget.file.type"),
                new Case("utf16.csv", "\uFEFF番号,2024".getBytes(StandardCharsets.UTF_16LE), "budget.file.utf16"),
                new Case("quote.csv", "番号,2024\r\n1,\"12\r\n".getBytes(StandardCharsets.UTF_8), "budget.csv.quote"),
                new Case("noheader.csv", "a,b\r\n1,2\r\n".getBytes(StandardCharsets.UTF_8), "budget.header.missing"))) {
            BudgetImport.Result r = BudgetImport.check(sample, 3, write(c.name(), c.bytes()));
            assertThat(r.problems()).as(c.name()).singleElement()
                    .satisfies(p -> assertThat(p.reason().key()).isEqualTo(c.key()));
            // one language at a time: the Japanese and the English message, neither holding the other
            String ja = r.problems().get(0).message(java.util.Locale.JAPANESE);
            String en = r.problems().get(0).message(java.util.Locale.ENGLISH);
            assertThat(ja).as(c.name()).isNotEqualTo(en).doesNotContain(en).doesNotContain(" / ");
            assertThat(en).as(c.name()).doesNotContain(ja);
        }
    }

    @Test
    void headingsInEveryAcceptedForm() {
        for (String h : List.of("2024", "２０２４", "2024年度", "令和6年度", "令和６年度", "R6", "r6", "FY2024",
                "令和6年度 (2024)", "令和6年度（2024）", "FY2024 (R6)", "令和6年度\n(2024)", "令和6年度予算")) {
            assertThat(Headings.fiscalYear(h)).as(h).isEqualTo(2024);
        }
        assertThat(Headings.fiscalYear("令和元年度 (2019)")).isEqualTo(2019);
        assertThat(Headings.fiscalYear("備考")).isNull();
        assertThat(Headings.fiscalYear("事業費(千円)")).isNull();
        assertThatThrownBy(() -> Headings.fiscalYear("令和7年度 (2024)")).isInstanceOf(LocalizedException.class)
                .hasMessageContaining("一致しません");
        assertThatThrownBy(() -> Headings.fiscalYear("令和x年度")).isInstanceOf(LocalizedException.class);
    }

    @Test
    void appliedToARealFileAsOneSave() throws Exception {
        Path f = dir.resolve("s.kyosei");
        PlanFile.create(f, sample).close();
        Path in = csv("one.csv", "番号,2025\n24,800000\n32,\n", StandardCharsets.UTF_8);
        try (PlanFile pf = PlanFile.open(f)) {
            Sphere before = pf.read();
            BudgetImport.Result r = BudgetImport.check(before, 3, in);
            assertThat(r.changes()).hasSize(2);
            pf.save(before, r.applyTo(before));
        }
        try (PlanFile pf = PlanFile.openReadOnly(f)) {
            Sphere read = pf.read();
            assertThat(card(read, 24).budget().get(2025)).isEqualTo(800000L);
            // 001 L3850: card 32 FY2025 6,089 — emptied by the file, so removed
            assertThat(card(read, 32).budget()).doesNotContainKey(2025).containsEntry(2024, 6089L);
        }
    }


    @Test
    void oldXlsAWorkbookNamedCsvAndAPasswordProtectedWorkbook() throws Exception {
        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (var wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
            var s = wb.createSheet("予算");
            s.createRow(0).createCell(0).setCellValue("番号");
            s.getRow(0).createCell(1).setCellValue("R7");
            s.createRow(1).createCell(0).setCellValue(5);
            s.getRow(1).createCell(1).setCellValue(1500);
            wb.write(xls);
        }
        // 001 L2028: card 5 事業費(千円) 1,000 ×5
        for (String name : List.of("old.xls", "misnamed.csv")) {
            BudgetImport.Result r = BudgetImport.check(sample, 3, write(name, xls.toByteArray()));
            assertThat(r.problems()).as(name).isEmpty();
            assertThat(r.changes()).singleElement().extracting(BudgetChange::before, BudgetChange::after)
                    .containsExactly(1000L, 1500L);
        }
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        BudgetExport.xlsx(third, Locale.JAPANESE, plain);
        var fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem();
        var info = new org.apache.poi.poifs.crypt.EncryptionInfo(org.apache.poi.poifs.crypt.EncryptionMode.agile);
        org.apache.poi.poifs.crypt.Encryptor enc = info.getEncryptor();
        enc.confirmPassword("himitsu");
        try (OutputStream os = enc.getDataStream(fs)) {
            os.write(plain.toByteArray());
        }
        ByteArrayOutputStream locked = new ByteArrayOutputStream();
        fs.writeFilesystem(locked);
        BudgetImport.Result r = BudgetImport.check(sample, 3, write("locked.xlsx", locked.toByteArray()));
        assertThat(r.problems()).singleElement()
                .satisfies(p -> assertThat(p.reason().key()).isEqualTo("budget.file.encrypted"));
    }

    /** Issue 14 item 11: the card-number column takes typed digits only; ① is not card 1. */
    @Test
    void aCardNumberWrittenWithACircledDigitIsRefusedNotReadAsOne() throws Exception {
        for (String number : new String[] {"①", "㊿", "1²"}) {
            BudgetImport.Result r = BudgetImport.check(sample, 3, write("circled.csv",
                    ("番号,令和6年度\r\n" + number + ",1000\r\n").getBytes(StandardCharsets.UTF_8)));
            assertThat(r.problems()).as(number).singleElement()
                    .satisfies(p -> assertThat(p.reason().key()).isEqualTo("budget.row.badNumber"));
        }
        // full-width digits, as an officer types them, still name the card (seed 001 L1722: card 1, 48,221)
        BudgetImport.Result ok = BudgetImport.check(sample, 3, write("fullwidth.csv",
                "番号,令和6年度\r\n１,48221\r\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(ok.problems()).isEmpty();
    }
}
