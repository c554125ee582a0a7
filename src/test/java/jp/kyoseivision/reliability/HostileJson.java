package jp.kyoseivision.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kyoseivision.TestData;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.FileChecksums;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.Sample;
import jp.kyoseivision.store.SphereJson;
import jp.kyoseivision.text.CsvCells;
import jp.kyoseivision.text.LocalizedException;

/**
 * Issue 14's bad input for the JSON import, by class: one value of the bundled sample's JSON (a text or a number,
 * chosen at random) replaced by formula-like text, a huge number, exotic digits, invalid Unicode, a control character
 * or an over-long text, then imported the way 取り込み does. Invalid Unicode, control characters, texts past every
 * limit and numbers past the bounds must be refused (file byte-identical, message in plain words); formula-like text
 * may be imported, but then every CSV the app writes must show it as text.
 */
public final class HostileJson {
    /** The classes of bad input, each with the values it puts in. */
    public enum Kind {
        FORMULA(false, "\"=HYPERLINK(\\\"http://x\\\",\\\"y\\\")\"", "\"+SUM(1)\"", "\"-2+3\"", "\"@A1\"",
                "\"\\t=1\"", "\"＝１＋１\""),
        HUGE_NUMBER(true, "1e400", "1e999999999", "-1e999999999", "1e10000000", "1" + "0".repeat(150), "0.0000001",
                "1000000000001", "9007199254740993", "9223372036854775808"),
        EXOTIC_DIGITS(false, "\"48221①\"", "\"①\"", "\"㊿\"", "\"１２³\"", "\"𝟏𝟐\"", "\"٤٨\""),
        INVALID_UNICODE(false, "\"\\ud800\"", "\"a\\udc00b\"", "\"\\udbff\\ud800\""),
        CONTROL(false, "\"\\u0000\"", "\"x\\u001b[2J\"", "\"a\\u0007b\"", "\"\\u0085\""),
        LONG_TEXT(false, "\"" + "長".repeat(10_001) + "\"", "\"" + "あ".repeat(1_000_001) + "\"");

        final boolean number;
        final String[] values;

        Kind(boolean number, String... values) {
            this.number = number;
            this.values = values;
        }
    }

    /** The outcome of one class. */
    public record Tally(int cases, int refused, int imported, int failures) {
    }

    /** What the run found, per class. */
    public record Result(Map<Kind, Tally> byKind, List<String> problems) {
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("hostile JSON values:");
            byKind.forEach((k, t) -> sb.append(String.format("%n  %-16s %5d cases, %5d refused, %5d imported, %d failures",
                    k, t.cases(), t.refused(), t.imported(), t.failures())));
            problems.forEach(p -> sb.append("\n").append(p));
            return sb.toString();
        }
    }

    private static final Pattern TEXT = Pattern.compile("\" : (\"(?:[^\"\\\\]|\\\\.)*\")");
    private static final Pattern NUMBER = Pattern.compile("\" : (-?\\d[\\d.eE+-]*)");

    private HostileJson() {
    }

    public static Result run(Path dir, int casesPerKind, long seed) throws IOException {
        Files.createDirectories(dir);
        Sphere sample = Sample.load();
        String json = SphereJson.toJson(sample);
        List<int[]> texts = spans(TEXT, json);
        List<int[]> numbers = spans(NUMBER, json);
        Path target = dir.resolve("hostile-target.kyosei");
        Files.deleteIfExists(target);
        PlanFile.create(target, TestData.small()).close();
        Random rnd = new Random(seed);
        Map<Kind, Tally> byKind = new EnumMap<>(Kind.class);
        List<String> problems = new ArrayList<>();
        try (PlanFile pf = PlanFile.open(target)) {
            for (Kind kind : Kind.values()) {
                int refused = 0;
                int imported = 0;
                int failures = problems.size();
                for (int i = 0; i < casesPerKind; i++) {
                    List<int[]> where = kind.number || kind == Kind.EXOTIC_DIGITS ? numbers : texts;
                    int[] span = where.get(rnd.nextInt(where.size()));
                    String value = kind.values[rnd.nextInt(kind.values.length)];
                    String mutated = json.substring(0, span[0]) + value + json.substring(span[1]);
                    String label = kind + " case " + i + " (" + abbreviate(value) + " at " + span[0] + ")";
                    String before = FileChecksums.sha256(target);
                    Sphere parsed;
                    try {
                        parsed = SphereJson.fromJson(mutated);
                    } catch (LocalizedException e) {
                        refused++;
                        String en = e.message(Locale.ENGLISH);
                        if (!before.equals(FileChecksums.sha256(target))) {
                            problems.add(label + ": refused but the file changed");
                        }
                        if (en.contains("line:column ?") || en.contains("Exception") || en.contains("java.")
                                || en.contains("jp.kyoseivision.") || en.length() > 2_000) {
                            problems.add(label + ": not in plain words: " + abbreviate(en));
                        }
                        continue;
                    } catch (RuntimeException e) {
                        problems.add(label + ": " + e + " at " + e.getStackTrace()[0]);
                        continue;
                    }
                    if (kind != Kind.FORMULA && kind != Kind.HUGE_NUMBER) {
                        problems.add(label + ": imported, but it must be refused");
                    }
                    try {
                        pf.replace(parsed);
                        if (!pf.read().equals(parsed)) {
                            problems.add(label + ": imported but reads back differently");
                        }
                        imported++;
                        formulaCellsAreText(parsed, label, problems);
                    } catch (LocalizedException e) {
                        refused++;
                        if (!before.equals(FileChecksums.sha256(target))) {
                            problems.add(label + ": refused on write but the file changed");
                        }
                    }
                }
                byKind.put(kind, new Tally(casesPerKind, refused, imported, problems.size() - failures));
            }
        }
        return new Result(byKind, problems);
    }

    /** No CSV the app writes from {@code s} has a cell a spreadsheet would run as a formula. */
    private static void formulaCellsAreText(Sphere s, String label, List<String> problems) {
        for (var plan : s.plans()) {
            if (plan.current().isEmpty()) {
                continue;
            }
            String csv = jp.kyoseivision.importer.BudgetExport.csv(plan, Locale.JAPANESE).substring(1);
            for (String line : csv.split("\r\n")) {
                for (String cell : line.split(",")) {
                    String c = cell.startsWith("\"") ? cell.substring(1) : cell;
                    if (CsvCells.formulaLike(c)) {
                        problems.add(label + ": a formula reached the budget CSV: " + abbreviate(cell));
                    }
                }
            }
        }
    }

    private static List<int[]> spans(Pattern p, String json) {
        List<int[]> out = new ArrayList<>();
        Matcher m = p.matcher(json);
        while (m.find()) {
            out.add(new int[] {m.start(1), m.end(1)});
        }
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…(" + s.length() + ")" : s;
    }
}
