package jp.kyoseivision.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import jp.kyoseivision.text.LocalizedException;

/**
 * The one way the application writes a whole file (CLI outputs, PDF, chart images, settings, backups restored as
 * new files): the content goes to a new temporary file beside the target, created exclusively under an unguessable
 * name (so a link planted at a predictable {@code OUT.tmp} is never followed), is forced to disk, and then moved
 * over the target in one step. Whatever fails, the temporary file is deleted and the target is as it was; the
 * reason is said in plain words ({@code io.*} messages), never as raw Java text.
 */
public final class SafeFiles {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Writes the content of a file to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes the content of a file to a stream and says something about it (e.g. the number of pages). */
    @FunctionalInterface
    public interface Producer<T> {
        T writeTo(OutputStream out) throws IOException;
    }

    private SafeFiles() {
    }

    /** Writes {@code target} with {@code content}; returns the absolute target. */
    public static Path write(Path target, Content content) {
        produce(target, out -> {
            content.writeTo(out);
            return null;
        });
        return target.toAbsolutePath();
    }

    /** Writes {@code bytes} to {@code target}. */
    public static Path write(Path target, byte[] bytes) {
        return write(target, out -> out.write(bytes));
    }

    /**
     * Writes {@code target} with {@code content} and returns what the content said. A {@link LocalizedException}
     * thrown by the content is passed on unchanged (after the temporary file is removed).
     */
    public static <T> T produce(Path target, Producer<T> content) {
        Path abs = target.toAbsolutePath().normalize();
        Path dir = abs.getParent();
        if (dir == null || abs.getFileName() == null) {
            throw new LocalizedException("io.writeFailed", abs, new LocalizedException("io.reason.isDirectory"));
        }
        if (Files.isDirectory(abs, LinkOption.NOFOLLOW_LINKS)) {
            throw new LocalizedException("io.writeFailed", abs, new LocalizedException("io.reason.isDirectory"));
        }
        if (!Files.isDirectory(dir)) {
            throw new LocalizedException("io.writeFailed", abs, new LocalizedException("io.reason.noFolder", dir));
        }
        Path tmp = null;
        try {
            Temp t = newTemp(dir, abs.getFileName().toString());
            tmp = t.path();
            T result;
            try (FileChannel ch = t.channel(); OutputStream out = Channels.newOutputStream(ch)) {
                result = content.writeTo(out);
                out.flush();
                ch.force(true);
            }
            move(tmp, abs);
            tmp = null;
            syncFolder(dir);
            return result;
        } catch (IOException e) {
            throw new LocalizedException(e, "io.writeFailed", abs, reason(e));
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the first failure is the one reported; the temporary name is ours alone
                }
            }
        }
    }

    /** A temporary file just created, open for writing. */
    record Temp(Path path, FileChannel channel) {
    }

    /** A new empty file in {@code dir} under a random name; fails rather than reuse anything already there. */
    static Temp newTemp(Path dir, String name) throws IOException {
        String base = name.length() > 40 ? name.substring(0, 40) : name;
        for (int attempt = 0; ; attempt++) {
            byte[] r = new byte[8];
            RANDOM.nextBytes(r);
            Path tmp = dir.resolve("." + base + "." + HexFormat.of().formatHex(r) + ".tmp");
            try {
                // CREATE_NEW fails on anything present at the name, a symbolic link included: nothing is followed
                // the channel stays open: nothing can be swapped in between creating the file and writing it
                return new Temp(tmp, FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt >= 5) {
                    throw e;
                }
            }
        }
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the new directory entry durable where the system allows it (Linux, macOS); elsewhere nothing. */
    private static void syncFolder(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException ignored) {
            // Windows cannot open a folder as a channel; NTFS journals the rename itself
        }
    }

    /** Why a write failed, in words an officer understands. */
    static LocalizedException reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return new LocalizedException("io.reason.denied");
        }
        if (e instanceof NoSuchFileException) {
            return new LocalizedException("io.reason.noFolder", ((NoSuchFileException) e).getFile());
        }
        String m = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : String.valueOf(e.getMessage());
        String lower = m.toLowerCase(Locale.ROOT);
        if (lower.contains("no space") || lower.contains("disk full") || lower.contains("quota")) {
            return new LocalizedException("io.reason.full");
        }
        if (lower.contains("is a directory") || e instanceof java.nio.file.DirectoryNotEmptyException) {
            return new LocalizedException("io.reason.isDirectory");
        }
        if (lower.contains("read-only")) {
            return new LocalizedException("io.reason.readOnly");
        }
        if (lower.contains("being used by another process") || lower.contains("locked")) {
            return new LocalizedException("io.reason.inUse");
        }
        return new LocalizedException("io.reason.other", m.replaceAll("\\s+", " ").strip());
    }
}
