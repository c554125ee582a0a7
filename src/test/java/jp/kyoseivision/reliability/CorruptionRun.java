package jp.kyoseivision.reliability;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import jp.kyoseivision.store.FileChecksums;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.Sample;
import jp.kyoseivision.text.LocalizedException;

/**
 * Damages a real plan file (the bundled sample) at many positions — alternately flipping one byte and truncating
 * the file — and opens each damaged copy with {@link PlanFile#open}. Each must be refused with a
 * {@link LocalizedException}, or open and read back (the damage hit free space or a value that still validates);
 * in every case the file's SHA-256 is the same after as before: a damaged file is never overwritten.
 */
public final class CorruptionRun {
    /** What the run found. */
    public record Result(int cases, int refused, int opened, int failures, List<String> problems) {
        @Override
        public String toString() {
            return String.format("corrupt: %d cases, %d refused, %d opened and read, %d failures%s", cases, refused,
                    opened, failures, problems.isEmpty() ? "" : "\n" + String.join("\n", problems));
        }
    }

    private CorruptionRun() {
    }

    public static Result run(Path dir, int cases, long seed) throws IOException {
        Files.createDirectories(dir);
        Path good = dir.resolve("good.kyosei");
        if (!Files.exists(good)) {
            PlanFile.create(good, Sample.load()).close();
        }
        long size = Files.size(good);
        Random rnd = new Random(seed);
        int refused = 0;
        int opened = 0;
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            Path f = dir.resolve("bad-" + i + ".kyosei");
            Files.deleteIfExists(f);
            Files.copy(good, f);
            long pos = rnd.nextLong(size);
            String what;
            try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
                if (i % 2 == 0) {
                    raf.seek(pos);
                    int b = raf.read();
                    int flipped = b ^ (1 + rnd.nextInt(255));
                    raf.seek(pos);
                    raf.write(flipped);
                    what = "byte " + pos + " flipped";
                } else {
                    raf.setLength(pos);
                    what = "truncated at " + pos;
                }
            }
            String before = FileChecksums.sha256(f);
            try (PlanFile pf = PlanFile.open(f)) {
                pf.read();
                opened++;
            } catch (LocalizedException e) {
                refused++;
            } catch (RuntimeException e) {
                problems.add(what + ": " + e);
            }
            String after = FileChecksums.sha256(f);
            if (!before.equals(after)) {
                problems.add(what + ": the file was changed");
            } else {
                Files.delete(f);
            }
            Files.deleteIfExists(f.resolveSibling(f.getFileName() + ".lock"));
        }
        return new Result(cases, refused, opened, problems.size(), problems);
    }
}
