package jp.kyoseivision.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import jp.kyoseivision.importer.BudgetExport;
import jp.kyoseivision.importer.BudgetImport;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.FileChecksums;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.SafeFiles;
import jp.kyoseivision.store.Sample;

/**
 * Issue 14's bad input for the budget import, by class: one cell of the 3rd vision's exported table replaced by
 * exotic digits, a huge amount, formula-like text, an over-long name or a control character; an xlsx whose amount is
 * a formula saved without its result; and the export itself written where links were planted (at the target and at
 * the old predictable temporary name). Each bad table must be refused with the plan file byte-identical; the
 * symlinked exports must leave the link's target untouched and import back without a change.
 */
public final class HostileBudget {
    /** The classes of bad input. */
    public enum Kind {
        EXOTIC_DIGITS("48221①", "①", "㊿", "１２³", "𝟏𝟐", "٤٨", "4⁸"),
        HUGE_AMOUNT("1000000000001", "9,007,199,254,740,993", "99999999999999999999", "9223372036854775807",
                "1e15"),
        FORMULA("=1+1", "+SUM(A1)", "@A1", "-1+1", "=HYPERLINK(\"\"x\"\")", "＝１"),
        LONG_NAME,
        CONTROL("1\u001b2", "48221\u0007", "\u0085"),
        XLSX_FORMULA_NO_VALUE,
        SYMLINKED_OUTPUT;

        final String[] values;

        Kind(String... values) {
            this.values = values;
        }
    }

    /** The outcome of one class. */
    public record Tally(int cases, int refused, int applied, int failures) {
    }

    /** What the run found, per class. */
    public record Result(Map<Kind, Tally> byKind, List<String> problems) {
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("hostile budget tables:");
            byKind.forEach((k, t) -> sb.append(String.format("%n  %-22s %5d cases, %5d refused, %5d applied, %d failures",
                    k, t.cases(), t.refused(), t.applied(), t.failures())));
            problems.forEach(p -> sb.append("\n").append(p));
            return sb.toString();
        }
    }

    private HostileBudget() {
    }

    public static Result run(Path dir, int casesPerKind, long seed) throws IOException {
        Files.createDirectories(dir);
        Sphere sample = Sample.load();
        Plan third = sample.planByEdition(3).orElseThrow();
        List<List<String>> rows = BudgetExport.rows(third, Locale.JAPANESE);
        Path target = dir.resolve("hostile-budget.kyosei");
        Files.deleteIfExists(target);
        PlanFile.create(target, sample).close();
        Random rnd = new Random(seed);
        Map<Kind, Tally> byKind = new EnumMap<>(Kind.class);
        List<String> problems = new ArrayList<>();
        try (PlanFile pf = PlanFile.open(target)) {
            for (Kind kind : Kind.values()) {
                int refused = 0;
                int applied = 0;
                int failures = problems.size();
                for (int i = 0; i < casesPerKind; i++) {
                    String label = kind + " case " + i;
                    String before = FileChecksums.sha256(target);
                    Path in;
                    if (kind == Kind.SYMLINKED_OUTPUT) {
                        in = symlinked(dir, third, i, label, problems);
                    } else if (kind == Kind.XLSX_FORMULA_NO_VALUE) {
                        in = dir.resolve("hostile.xlsx");
                        Files.write(in, formulaWithoutValue(third, 2 + rnd.nextInt(rows.size() - 2),
                                2 + rnd.nextInt(rows.get(1).size() - 2)));
                    } else {
                        List<List<String>> t = new ArrayList<>();
                        rows.forEach(r -> t.add(new ArrayList<>(r)));
                        int r = 2 + rnd.nextInt(rows.size() - 2);
                        if (kind == Kind.LONG_NAME) {
                            t.get(r).set(1, t.get(r).get(1) + "長".repeat(20_000));
                        } else {
                            t.get(r).set(2 + rnd.nextInt(t.get(r).size() - 2), kind.values[rnd.nextInt(kind.values.length)]);
                        }
                        in = dir.resolve("hostile.csv");
                        StringBuilder csv = new StringBuilder();
                        for (List<String> row : t) {
                            csv.append(String.join(",", row.stream().map(c -> c.contains(",") || c.contains("\"")
                                    ? "\"" + c + "\"" : c).toList())).append("\r\n");
                        }
                        Files.writeString(in, csv, StandardCharsets.UTF_8);
                    }
                    try {
                        Sphere current = pf.read();
                        BudgetImport.Result r = BudgetImport.check(current, 3, in);
                        if (r.refused()) {
                            refused++;
                            if (!before.equals(FileChecksums.sha256(target))) {
                                problems.add(label + ": refused but the file changed");
                            }
                            if (kind == Kind.SYMLINKED_OUTPUT) {
                                problems.add(label + ": our own export was refused: " + r.problems().get(0).message());
                            }
                            continue;
                        }
                        if (kind != Kind.SYMLINKED_OUTPUT) {
                            problems.add(label + ": applied, but it must be refused: " + r.changes());
                        } else if (!r.changes().isEmpty()) {
                            problems.add(label + ": our own export imports with changes: " + r.changes());
                        }
                        Sphere expected = r.applyTo(current);
                        pf.save(current, expected);
                        applied++;
                    } catch (RuntimeException e) {
                        problems.add(label + ": " + e + " at " + e.getStackTrace()[0]);
                    }
                }
                byKind.put(kind, new Tally(casesPerKind, refused, applied, problems.size() - failures));
            }
        }
        return new Result(byKind, problems);
    }

    /** Exports the table where a link to another file was planted; checks that file is untouched. */
    private static Path symlinked(Path dir, Plan plan, int i, String label, List<String> problems) throws IOException {
        String ext = i % 2 == 0 ? "csv" : "xlsx";
        Path out = dir.resolve("out-" + i + "." + ext);
        Path victim = dir.resolve("victim-" + i + ".txt");
        Files.deleteIfExists(out);
        Files.deleteIfExists(dir.resolve(out.getFileName() + ".tmp"));
        Files.writeString(victim, "someone else's file " + i);
        String before = FileChecksums.sha256(victim);
        Files.createSymbolicLink(dir.resolve(out.getFileName() + ".tmp"), victim);
        if (i % 3 == 0) {
            Files.createSymbolicLink(out, victim);
        }
        SafeFiles.write(out, o -> BudgetExport.write(plan, Locale.JAPANESE, out.getFileName().toString(), o));
        if (!before.equals(FileChecksums.sha256(victim))) {
            problems.add(label + ": the export wrote through a planted link");
        }
        if (Files.isSymbolicLink(out)) {
            problems.add(label + ": the export left the link at the target");
        }
        return out;
    }

    /** The xlsx export with one amount cell turned into a formula saved without its result. */
    private static byte[] formulaWithoutValue(Plan plan, int row, int column) throws IOException {
        ByteArrayOutputStream x = new ByteArrayOutputStream();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(export(plan)))) {
            var r = wb.getSheetAt(0).getRow(row);
            var c = r.getCell(column) == null ? r.createCell(column) : r.getCell(column);
            c.setCellFormula("40000+8221");
            wb.write(x);
        }
        String marker = "<f>40000+8221</f>";
        return jp.kyoseivision.importer.XlsxTestFiles.editSheet(x.toByteArray(),
                s -> s.replaceAll("(" + java.util.regex.Pattern.quote(marker) + ")<v>[^<]*</v>", "$1"));
    }

    private static byte[] export(Plan plan) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BudgetExport.xlsx(plan, Locale.JAPANESE, out);
        return out.toByteArray();
    }
}
