package jp.kyoseivision.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import jp.kyoseivision.TestData;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.FileChecksums;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.Sample;
import jp.kyoseivision.store.SphereJson;
import jp.kyoseivision.text.LocalizedException;

/**
 * Imports mutated copies of the bundled sample's JSON (characters deleted, duplicated or changed; values replaced —
 * among them formula-like text, huge numbers, exotic digits, lone surrogates, control characters and over-long
 * texts; lines deleted or duplicated) the way 取り込み does: {@link SphereJson#read} first, then one replace transaction.
 * Each must be refused whole with a {@link LocalizedException} — the target file byte-identical — or imported whole:
 * the file then reads back exactly as the parsed sphere. A refusal must be in plain words (no Java class names).
 */
public final class JsonFuzz {
    private static final String CHARS = "{}[]\",:0123456789-.eE tfnrul\\令和あ\u0000\n";
    private static final String[] VALUES = {"null", "\"\"", "-1", "0", "1e309", "99999999999999999999", "1.5",
        "\"x\"", "[]", "{}", "true", "\"令和\"", "\"2024-13-45\"", "-9223372036854775809", "2147483648",
        // issue 14: formula-like text, huge numbers, exotic digits, invalid Unicode, control characters, long fields
        "\"=HYPERLINK(\\\"http://x\\\")\"", "\"+SUM(1)\"", "1e400", "1e999999999", "-1e-999999999",
        "1" + "0".repeat(150), "0.0000001", "1000000000001", "9007199254740993", "\"48221①\"", "\"㊿\"",
        "\"\\ud800\"", "\"a\\udc00b\"", "\"\\u0000\"", "\"x\\u001b[2J\"", "\"\\t\\r\\n\"",
        "\"" + "長".repeat(201) + "\"", "\"" + "あ".repeat(10_001) + "\""};

    /** Text that must never reach the officer: Jackson's unknown place, its own and Java's class names. */
    private static final String[] RAW = {"line:column ?", "StreamReadConstraints", "java.lang", "java.math",
        "jp.kyoseivision.", "Exception"};

    /** What the run found. */
    public record Result(int cases, int refused, int imported, int unchanged, int failures, List<String> problems) {
        @Override
        public String toString() {
            return String.format("fuzz: %d mutated imports, %d refused, %d imported whole (%d of them equal to the "
                    + "sample), %d failures%s", cases, refused, imported, unchanged, failures,
                    problems.isEmpty() ? "" : "\n" + String.join("\n", problems));
        }
    }

    private JsonFuzz() {
    }

    public static Result run(Path dir, int cases, long seed) throws IOException {
        Files.createDirectories(dir);
        Sphere sample = Sample.load();
        String json = SphereJson.toJson(sample);
        Path target = dir.resolve("target.kyosei");
        Files.deleteIfExists(target);
        PlanFile.create(target, TestData.small()).close();
        Random rnd = new Random(seed);
        int refused = 0;
        int imported = 0;
        int unchanged = 0;
        List<String> problems = new ArrayList<>();
        try (PlanFile pf = PlanFile.open(target)) {
            for (int i = 0; i < cases; i++) {
                String mutated = mutate(json, rnd);
                String before = FileChecksums.sha256(target);
                Sphere parsed;
                try {
                    parsed = SphereJson.fromJson(mutated);
                } catch (LocalizedException e) {
                    refused++;
                    if (!before.equals(FileChecksums.sha256(target))) {
                        problems.add("case " + i + ": refused but the file changed");
                    }
                    String en = e.message(java.util.Locale.ENGLISH);
                    for (String raw : RAW) {
                        if (en.contains(raw)) {
                            problems.add("case " + i + ": not in plain words (" + raw + "): " + en);
                            break;
                        }
                    }
                    continue;
                } catch (RuntimeException e) {
                    problems.add("case " + i + ": " + e + " at " + e.getStackTrace()[0]);
                    continue;
                }
                try {
                    pf.replace(parsed);
                    if (!pf.read().equals(parsed)) {
                        problems.add("case " + i + ": imported but reads back differently");
                    }
                    imported++;
                    if (parsed.equals(sample)) {
                        unchanged++;
                    }
                } catch (LocalizedException e) {
                    // valid to the model but refused by the database: the transaction must have rolled back whole
                    refused++;
                    if (!before.equals(FileChecksums.sha256(target))) {
                        problems.add("case " + i + ": refused on write but the file changed: " + e.getMessage());
                    }
                }
            }
        }
        return new Result(cases, refused, imported, unchanged, problems.size(), problems);
    }

    static String mutate(String s, Random rnd) {
        int n = s.length();
        int pos = rnd.nextInt(n);
        switch (rnd.nextInt(6)) {
            case 0 -> {
                return s.substring(0, pos) + s.substring(Math.min(n, pos + 1 + rnd.nextInt(20)));
            }
            case 1 -> {
                int end = Math.min(n, pos + 1 + rnd.nextInt(40));
                return s.substring(0, end) + s.substring(pos, end) + s.substring(end);
            }
            case 2 -> {
                return s.substring(0, pos) + CHARS.charAt(rnd.nextInt(CHARS.length())) + s.substring(pos + 1);
            }
            case 3 -> {
                int colon = s.indexOf("\": ", pos);
                if (colon < 0) {
                    colon = s.indexOf("\": ");
                }
                int start = colon + 3;
                int end = start;
                if (s.charAt(start) == '"') {
                    end = s.indexOf('"', start + 1) + 1;
                    while (s.charAt(end - 2) == '\\') {
                        end = s.indexOf('"', end) + 1;
                    }
                } else {
                    while (end < n && ",}]\n".indexOf(s.charAt(end)) < 0) {
                        end++;
                    }
                }
                return s.substring(0, start) + VALUES[rnd.nextInt(VALUES.length)] + s.substring(end);
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
