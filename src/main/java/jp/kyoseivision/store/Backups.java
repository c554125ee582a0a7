package jp.kyoseivision.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Backups of a plan file in {@code <backups folder>/<file name>-<8 hex digits of its path>/yyyyMMdd-HHmmss-SSS.kyosei}:
 * one folder per file, so two files of the same name in different folders never share (or prune) each other's
 * backups; a folder named by the file name alone (earlier versions) is still listed, never pruned. Consistent copies
 * ({@code VACUUM INTO}), each verified by opening it read-only and reading it whole. Kept: the newest 10 (設定…:
 * {@link Preferences#backupKeep()}), plus the newest of each day of the last 30 days; older ones are deleted after
 * each new backup.
 */
public final class Backups {
    public static final int KEEP_LAST = 10;
    public static final int KEEP_DAYS = 30;
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    /** One backup: its file and when it was taken (local time). */
    public record Backup(Path path, LocalDateTime taken) {
    }

    private Backups() {
    }

    /** The folder holding the backups of {@code file}: its name and a short hash of its whole path. */
    public static Path dirFor(Path file) {
        return AppDirs.backupsDir().resolve(folderName(file, System.getProperty("os.name", "")));
    }

    /**
     * {@code <file name>-<first 8 hex digits of SHA-256 of the absolute path>}; on Windows the path is compared
     * without case, as the file system does ({@code C:\Plans\A.kyosei} and {@code c:\plans\a.kyosei} are one file).
     */
    static String folderName(Path file, String osName) {
        String path = file.toAbsolutePath().normalize().toString();
        if (osName.toLowerCase(java.util.Locale.ROOT).startsWith("windows")) {
            path = path.toLowerCase(java.util.Locale.ROOT);
        }
        try {
            byte[] h = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(path.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return file.getFileName() + "-" + java.util.HexFormat.of().formatHex(h, 0, 4);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java has SHA-256
        }
    }

    /** Where earlier versions put the backups of every file named like {@code file}: listed, so none is lost. */
    static Path legacyDirFor(Path file) {
        return AppDirs.backupsDir().resolve(file.getFileName().toString());
    }

    /** Takes a verified backup of the open file now, then prunes; throws {@link StoreException} when it fails. */
    public static Backup take(PlanFile file) {
        return take(file, LocalDateTime.now());
    }

    /** {@link #take(PlanFile)} keeping the newest {@code keepLast} (at least one) besides one a day. */
    public static Backup take(PlanFile file, int keepLast) {
        return take(file, LocalDateTime.now(), keepLast);
    }

    static Backup take(PlanFile file, LocalDateTime now) {
        return take(file, now, KEEP_LAST);
    }

    static Backup take(PlanFile file, LocalDateTime now, int keepLast) {
        Path dir = dirFor(file.path());
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException(e, "backup.failed", file.path(), e.getMessage());
        }
        LocalDateTime t = now.truncatedTo(java.time.temporal.ChronoUnit.MILLIS); // as the name keeps it
        Path target = dir.resolve(NAME.format(t) + PlanFile.EXTENSION);
        while (Files.exists(target)) {
            t = t.plusNanos(1_000_000);
            target = dir.resolve(NAME.format(t) + PlanFile.EXTENSION);
        }
        try {
            file.copyTo(target);
        } catch (StoreException e) {
            throw new StoreException(e, "backup.failed", file.path(), e.getMessage());
        }
        verify(target);
        prune(dir, t.toLocalDate(), keepLast);
        return new Backup(target, t);
    }

    /** Opens the copy read-only and reads it whole; deletes it and throws when that fails. */
    private static void verify(Path copy) {
        try (PlanFile f = PlanFile.openReadOnly(copy)) {
            f.read();
        } catch (RuntimeException e) {
            try {
                Files.deleteIfExists(copy);
            } catch (IOException ignored) {
                // a bad copy that cannot be deleted is refused again when listed
            }
            throw new StoreException(e, "backup.verifyFailed", copy, e.getMessage());
        }
    }

    /** The backups of {@code file}, newest first. */
    public static List<Backup> list(Path file) {
        Path f;
        try {
            f = PlanFile.resolve(file); // a link finds the backups of the file it points at
        } catch (StoreException e) {
            f = file.toAbsolutePath().normalize();
        }
        List<Backup> out = new ArrayList<>(listDir(dirFor(f)));
        out.addAll(listDir(legacyDirFor(f)));
        out.sort(Comparator.comparing(Backup::taken).reversed());
        return out;
    }

    static List<Backup> listDir(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Backup> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                String n = p.getFileName().toString();
                if (!n.endsWith(PlanFile.EXTENSION)) {
                    continue;
                }
                try {
                    out.add(new Backup(p, LocalDateTime.parse(n.substring(0, n.length() - PlanFile.EXTENSION.length()),
                            NAME)));
                } catch (DateTimeParseException ignored) {
                    // not one of ours
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        out.sort(Comparator.comparing(Backup::taken).reversed());
        return out;
    }

    /** The newest backup of {@code file} that passes {@link PlanFile#inspect}, when there is one. */
    public static Optional<Backup> newestGood(Path file) {
        for (Backup b : list(file)) {
            try {
                PlanFile.inspect(b.path());
                return Optional.of(b);
            } catch (StoreException e) {
                // a damaged backup is skipped
            }
        }
        return Optional.empty();
    }

    /** Which of {@code newestFirst} to keep on {@code today}: the newest 10 and the newest of each of the last 30 days. */
    static Set<Path> toKeep(List<Backup> newestFirst, LocalDate today) {
        return toKeep(newestFirst, today, KEEP_LAST);
    }

    /** As {@link #toKeep(List, LocalDate)} with the newest {@code keepLast} instead of 10. */
    static Set<Path> toKeep(List<Backup> newestFirst, LocalDate today, int keepLast) {
        Set<Path> keep = new HashSet<>();
        Set<LocalDate> days = new HashSet<>();
        LocalDate oldestDay = today.minusDays(KEEP_DAYS - 1L);
        for (int i = 0; i < newestFirst.size(); i++) {
            Backup b = newestFirst.get(i);
            LocalDate day = b.taken().toLocalDate();
            if (i < Math.max(1, keepLast)) {
                keep.add(b.path());
                days.add(day);
            } else if (!day.isBefore(oldestDay) && days.add(day)) {
                keep.add(b.path());
            }
        }
        return keep;
    }

    static void prune(Path dir, LocalDate today) {
        prune(dir, today, KEEP_LAST);
    }

    static void prune(Path dir, LocalDate today, int keepLast) {
        List<Backup> all = listDir(dir);
        Set<Path> keep = toKeep(all, today, keepLast);
        for (Backup b : all) {
            if (!keep.contains(b.path())) {
                try {
                    Files.deleteIfExists(b.path());
                } catch (IOException ignored) {
                    // tried again after the next backup
                }
            }
        }
    }

    /** Restores {@code backup} into a new file {@code target} (which must not exist), checked like any open. */
    public static void restoreAsNew(Backup backup, Path target) {
        Path t = PlanFile.resolve(target);
        if (Files.exists(t, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new StoreException("store.exists", t);
        }
        PlanFile.inspect(backup.path());
        try {
            SafeFiles.write(t, out -> Files.copy(backup.path(), out));
        } catch (jp.kyoseivision.text.LocalizedException e) {
            throw new StoreException(e, "store.createFailed", t, e);
        }
    }

    /**
     * Replaces the closed plan file {@code file} with {@code backup}: copies it beside the file, deletes a leftover
     * rollback journal (it belongs to the old content and must never be played onto the restored one), then moves
     * the copy over the file in one step. The caller closes the file first and should back it up before.
     */
    public static void replaceWith(Backup backup, Path file) {
        Path f = PlanFile.resolve(file); // through a link: replace the real file, not the link, and its journal
        PlanFile.inspect(backup.path());
        try (EditLock lock = EditLock.acquire(f)) {
            // the copy is written beside the file under a new random name; the journal goes before the move
            SafeFiles.write(f, out -> {
                Files.copy(backup.path(), out);
                Files.deleteIfExists(PlanFile.journalOf(f));
            });
        } catch (StoreException e) {
            throw e;
        } catch (jp.kyoseivision.text.LocalizedException e) {
            throw new StoreException(e, "store.writeFailed", f, e);
        }
    }
}
