package jp.kyoseivision.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * One writer per plan file: a lock file {@code X.kyosei.lock} beside the document, created atomically when the file
 * is opened for editing and deleted when it is closed. It names the holder (user, host, process id, the process's
 * start time, since when), so a colleague opening the same file on a shared drive is told who has it. A lock left
 * by a crash is stale when it names this host and a process that is no longer running (or a different process that
 * got the same id); it is then deleted and taken. A lock from another host is never cleared automatically: only
 * its holder knows whether it still edits.
 *
 * <p>A lock that cannot be read — empty or garbled, too long, not a regular file (a FIFO, a link to a device) — is
 * "stale or foreign": refused with its own message ({@code store.lockUnreadable}), and cleared after 30 seconds
 * only when it is a regular file. It is read at most {@value #MAX_LOCK_BYTES} bytes, never through a link. A lock
 * this process failed to write (a full disk) is deleted at once.
 */
public final class EditLock implements AutoCloseable {
    /** A lock file that cannot be parsed (its writer died while writing it) is stale after this long. */
    private static final Duration GARBLED_STALE_AFTER = Duration.ofSeconds(30);
    /** A lock file names five short values: anything longer is not ours. */
    public static final int MAX_LOCK_BYTES = 4096;

    /** Who holds a lock. */
    public record Holder(String user, String host, long pid, String processStart, String since) {
    }

    private final Path lockFile;
    private final String content;

    private EditLock(Path lockFile, String content) {
        this.lockFile = lockFile;
        this.content = content;
    }

    public static Path lockFileOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".lock");
    }

    /** Takes the lock of {@code file}, clearing a stale one; throws {@link FileLockedException} when it is held. */
    public static EditLock acquire(Path file) {
        Path lock = lockFileOf(file);
        String content = describe(me());
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                create(lock, content.getBytes(StandardCharsets.UTF_8));
                return new EditLock(lock, content);
            } catch (FileAlreadyExistsException e) {
                Optional<Holder> holder = read(lock);
                if (isStale(lock, holder)) {
                    deleteIfUnchanged(lock, holder);
                    continue;
                }
                if (holder.isEmpty()) {
                    throw new FileLockedException(file, lock);
                }
                throw new FileLockedException(file, holder.get());
            } catch (IOException e) {
                throw new StoreException(e, "store.lockFailed", file, lock, e.getMessage());
            }
        }
        throw new StoreException("store.lockFailed", file, lock, "lock file keeps changing");
    }

    /**
     * Creates the lock file exclusively and writes it through to the disk; a lock file this call created but could
     * not fill (a full disk, a quota) is deleted again, so it cannot stand in the way as an unreadable lock.
     */
    private static void create(Path lock, byte[] bytes) throws IOException {
        FileChannel ch = FileChannel.open(lock, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try (ch) {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(lock);
            } catch (IOException again) {
                e.addSuppressed(again);
            }
            throw e;
        }
    }

    /** The holder named in the lock file of {@code file}, when there is one. */
    public static Optional<Holder> holder(Path file) {
        return read(lockFileOf(file));
    }

    /** Releases the lock: deletes the lock file if it is still ours. */
    @Override
    public void close() {
        try {
            if (content.equals(text(lockFile))) {
                Files.delete(lockFile);
            }
        } catch (IOException ignored) {
            // a lock file we cannot delete is cleared as stale the next time (our process will be gone)
        }
    }

    static Holder me() {
        ProcessHandle self = ProcessHandle.current();
        return new Holder(System.getProperty("user.name", "?"), hostName(), self.pid(), startOf(self),
                Instant.now().toString());
    }

    private static String startOf(ProcessHandle p) {
        return p.info().startInstant().map(Instant::toString).orElse("");
    }

    /**
     * This computer's name, without asking the network: Windows always sets %COMPUTERNAME%; Linux has /etc/hostname.
     * Only when neither is there (macOS) does Java's resolver run, which may ask a DNS server and can take seconds
     * on a badly configured network.
     */
    static String hostName() {
        return hostName(System.getenv(), Path.of("/etc/hostname"));
    }

    static String hostName(java.util.Map<String, String> env, Path etcHostname) {
        for (String var : new String[] {"COMPUTERNAME", "HOSTNAME"}) {
            String v = env.get(var);
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        try {
            if (Files.isRegularFile(etcHostname) && Files.size(etcHostname) < 256) {
                String v = Files.readString(etcHostname, StandardCharsets.UTF_8).strip();
                if (!v.isEmpty()) {
                    return v;
                }
            }
        } catch (IOException | RuntimeException e) {
            // fall through to the resolver
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "?";
        }
    }

    private static String describe(Holder h) {
        return "pid=" + h.pid() + "\nhost=" + h.host() + "\nuser=" + h.user() + "\nprocessStart=" + h.processStart()
                + "\nsince=" + h.since() + "\n";
    }

    /**
     * The text of a lock file: null unless it is a regular file (not followed through a link) of at most
     * {@value #MAX_LOCK_BYTES} bytes — a FIFO would block, a link to {@code /dev/zero} would never end.
     */
    private static String text(Path lock) throws IOException {
        if (!Files.isRegularFile(lock, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(lock, LinkOption.NOFOLLOW_LINKS)) {
            byte[] b = in.readNBytes(MAX_LOCK_BYTES + 1);
            return b.length > MAX_LOCK_BYTES ? null : new String(b, StandardCharsets.UTF_8);
        }
    }

    private static Optional<Holder> read(Path lock) {
        try {
            String text = text(lock);
            if (text == null) {
                return Optional.empty();
            }
            Properties p = new Properties();
            p.load(new StringReader(text));
            String pid = p.getProperty("pid");
            String host = p.getProperty("host");
            if (pid == null || host == null || p.getProperty("since") == null) {
                return Optional.empty();
            }
            return Optional.of(new Holder(p.getProperty("user", "?"), host, Long.parseLong(pid.trim()),
                    p.getProperty("processStart", ""), p.getProperty("since")));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Stale: a process of this host that has ended (or whose id now belongs to another process), or garbled. */
    static boolean isStale(Path lock, Optional<Holder> holder) {
        if (holder.isEmpty()) {
            if (Files.exists(lock, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(lock, LinkOption.NOFOLLOW_LINKS)) {
                return false; // a FIFO, a link, a folder: not written by us, never deleted by us
            }
            try {
                FileTime t = Files.getLastModifiedTime(lock, LinkOption.NOFOLLOW_LINKS);
                return t.toInstant().isBefore(Instant.now().minus(GARBLED_STALE_AFTER));
            } catch (IOException e) {
                return true; // gone meanwhile
            }
        }
        Holder h = holder.get();
        if (!h.host().equals(hostName())) {
            return false;
        }
        Optional<ProcessHandle> p = ProcessHandle.of(h.pid());
        if (p.isEmpty() || !p.get().isAlive()) {
            return true;
        }
        String start = startOf(p.get());
        return !h.processStart().isEmpty() && !start.isEmpty() && !start.equals(h.processStart());
    }

    private static void deleteIfUnchanged(Path lock, Optional<Holder> seen) {
        try {
            if (read(lock).equals(seen)) {
                Files.deleteIfExists(lock);
            }
        } catch (IOException ignored) {
            // the next attempt sees what is there now
        }
    }
}
