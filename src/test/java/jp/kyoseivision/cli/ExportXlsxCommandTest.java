package jp.kyoseivision.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import jp.kyoseivision.store.FileChecksums;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.Sample;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export-xlsx FILE --plan N --table cards|kpis|budget|opinions -o OUT}. */
class ExportXlsxCommandTest {
    @TempDir
    Path dir;

    private Path file;

    @BeforeEach
    void sample() {
        file = dir.resolve("sample.kyosei");
        PlanFile.create(file, Sample.load()).close();
    }

    @Test
    void everyTableIsWritten() throws Exception {
        for (String table : new String[] {"cards", "kpis", "budget", "opinions"}) {
            Path out = dir.resolve(table + ".xlsx");
            CliTest.Result r = CliTest.run("export-xlsx", file.toString(), "--plan", "3", "--table", table, "-o",
                    out.toString(), "--lang", "ja");
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).contains("に書き出しました");
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
                assertThat(wb.getSheetAt(0).getLastRowNum()).as(table).isGreaterThan(10);
                assertThat(wb.getSheetAt(0).getPrintSetup().getPaperSize()).isEqualTo((short) 9); // A4
            }
        }
    }

    @Test
    void aWrongTableOrFileNameIsRefusedAndNothingIsChanged() throws Exception {
        Path out = dir.resolve("old.xlsx");
        Files.writeString(out, "前のファイル");
        String before = FileChecksums.sha256(out);
        String sphere = FileChecksums.sha256(file);
        CliTest.Result r = CliTest.run("export-xlsx", file.toString(), "--plan", "3", "--table", "projects", "-o",
                out.toString(), "--lang", "ja");
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("表「projects」はありません").doesNotContain("Exception");
        Path csv = dir.resolve("cards.csv");
        r = CliTest.run("export-xlsx", file.toString(), "--plan", "3", "--table", "cards", "-o", csv.toString(),
                "--lang", "en");
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("must end in .xlsx");
        assertThat(csv).doesNotExist();
        assertThat(FileChecksums.sha256(out)).isEqualTo(before);
        assertThat(FileChecksums.sha256(file)).isEqualTo(sphere);
    }
}
