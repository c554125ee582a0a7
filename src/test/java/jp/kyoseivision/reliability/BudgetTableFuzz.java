package jp.kyoseivision.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import jp.kyoseivision.importer.BudgetExport;
import jp.kyoseivision.importer.BudgetImport;
import jp.kyoseivision.importer.ImportProblem;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.FileChecksums;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.Sample;

/**
 * Imports mutated copies of the 3rd vision's budget table (docs/budget-import.md) into a real file the way
 * import-budget does: {@link BudgetImport#check} on the whole file, then one save. CSV cases get characters deleted,
 * duplicated or changed, cells replaced (12.5, -1, １，２３４, 2^63, text …), lines deleted or duplicated, and are written
 * as UTF-8 or Shift_JIS; every tenth case flips or cuts bytes of the xlsx export instead. Each must be refused with
 * at least one problem in both languages — the file byte-identical — or applied whole and read back as computed.
 * Anything thrown is a failure.
 */
public final class BudgetTableFuzz {
    private static final String CHARS = ",\"\r\n0123456789-.１，２ー令和年度()R番号施策名合計 \u0000①²㊿\u001b=+@";
    private static final String[] CELLS = {"", "12.5", "-1", "0", "１，２３４", "1,234", "99999999999999999999",
        "9223372036854775807", "abc", "-", "令和7年度", "2029", "R6", "\"", "=1+1", "１２３", " 42 ", "1e3",
        // issue 14: footnote marks and other digits, amounts past the bound, formulas, very long text
        "48221①", "①", "㊿", "4²", "𝟏𝟐", "٤٨", "1,000,000,000,000", "1000000000001", "9007199254740993", "+SUM(1)",
        "@A1", "'=1+1", "＝１", "長".repeat(20_000)};

    /** What the run found. */
    public record Result(int cases, int refused, int applied, int unchanged, int failures, List<String> problems) {
        @Override
        public String toString() {
            return String.format("budget fuzz: %d mutated tables, %d refused, %d applied whole (%d without change), "
                    + "%d failures%s", cases, refused, applied, unchanged, failures,
                    problems.isEmpty() ? "" : "\n" + String.join("\n", problems));
        }
    }

    private BudgetTableFuzz() {
    }

    public static Result run(Path dir, int cases, long seed) throws IOException {
        Files.createDirectories(dir);
        Sphere sample = Sample.load();
        String csv = BudgetExport.csv(sample.planByEdition(3).orElseThrow(), Locale.JAPANESE).substring(1);
        ByteArrayOutputStream x = new ByteArrayOutputStream();
        BudgetExport.xlsx(sample.planByEdition(3).orElseThrow(), Locale.JAPANESE, x);
        byte[] xlsx = x.toByteArray();
        Path target = dir.resolve("budget-target.kyosei");
        Files.deleteIfExists(target);
        PlanFile.create(target, sample).close();
        Random rnd = new Random(seed);
        int refused = 0;
        int applied = 0;
        int unchanged = 0;
        List<String> problems = new ArrayList<>();
        try (PlanFile pf = PlanFile.open(target)) {
            for (int i = 0; i < cases; i++) {
                Path in;
                if (i % 10 == 9) {
                    in = dir.resolve("case.xlsx");
                    Files.write(in, mutate(xlsx, rnd));
                } else {
                    in = dir.resolve("case.csv");
                    Charset cs = rnd.nextBoolean() ? StandardCharsets.UTF_8 : Charset.forName("windows-31j");
                    String text = TextMutations.mutate(csv, rnd, CHARS, CELLS);
                    Files.write(in, (cs == StandardCharsets.UTF_8 && rnd.nextBoolean() ? "\uFEFF" + text : text)
                            .getBytes(cs));
                }
                String before = FileChecksums.sha256(target);
                try {
                    Sphere current = pf.read();
                    BudgetImport.Result r = BudgetImport.check(current, 3, in);
                    if (r.refused()) {
                        refused++;
                        for (ImportProblem p : r.problems()) {
                            if (p.message(Locale.JAPANESE).isBlank() || p.message(Locale.ENGLISH).isBlank()
                                    || p.message(Locale.ENGLISH).contains("budget.")) {
                                problems.add("case " + i + ": unclear problem: " + p.message());
                            }
                        }
                        if (!before.equals(FileChecksums.sha256(target))) {
                            problems.add("case " + i + ": refused but the file changed");
                        }
                        continue;
                    }
                    Sphere expected = r.applyTo(current);
                    pf.save(current, expected);
                    if (!pf.read().equals(expected)) {
                        problems.add("case " + i + ": applied but reads back differently");
                    }
                    applied++;
                    if (r.changes().isEmpty()) {
                        unchanged++;
                    }
                } catch (RuntimeException e) {
                    problems.add("case " + i + ": " + e + " at " + e.getStackTrace()[0]);
                }
            }
        }
        return new Result(cases, refused, applied, unchanged, problems.size(), problems);
    }

    private static byte[] mutate(byte[] b, Random rnd) {
        byte[] out = b.clone();
        if (rnd.nextBoolean()) {
            return java.util.Arrays.copyOf(out, rnd.nextInt(out.length));
        }
        for (int k = 0; k < 1 + rnd.nextInt(4); k++) {
            out[rnd.nextInt(out.length)] ^= (byte) (1 + rnd.nextInt(255));
        }
        return out;
    }

    /** Text mutations shared in spirit with {@link JsonFuzz}: characters, cells, lines. */
    static final class TextMutations {
        private TextMutations() {
        }

        static String mutate(String s, Random rnd, String chars, String[] cells) {
            int n = s.length();
            int pos = rnd.nextInt(n);
            switch (rnd.nextInt(5)) {
                case 0 -> {
                    return s.substring(0, pos) + s.substring(Math.min(n, pos + 1 + rnd.nextInt(10)));
                }
                case 1 -> {
                    int end = Math.min(n, pos + 1 + rnd.nextInt(30));
                    return s.substring(0, end) + s.substring(pos, end) + s.substring(end);
                }
                case 2 -> {
                    return s.substring(0, pos) + chars.charAt(rnd.nextInt(chars.length())) + s.substring(pos + 1);
                }
                case 3 -> {
                    // replace one cell: from pos to the next comma or line end
                    int start = s.lastIndexOf(',', pos) + 1;
                    int end = start;
                    while (end < n && s.charAt(end) != ',' && s.charAt(end) != '\r') {
                        end++;
                    }
                    return s.substring(0, start) + cells[rnd.nextInt(cells.length)] + s.substring(end);
                }
                default -> {
                    int lineStart = s.lastIndexOf('\n', pos) + 1;
                    int lineEnd = s.indexOf('\n', pos);
                    if (lineEnd < 0) {
                        return s.substring(0, lineStart);
                    }
                    String line = s.substring(lineStart, lineEnd + 1);
                    return rnd.nextBoolean() ? s.substring(0, lineStart) + s.substring(lineEnd + 1)
                            : s.substring(0, lineStart) + line + line + s.substring(lineEnd + 1);
                }
            }
        }
    }
}
