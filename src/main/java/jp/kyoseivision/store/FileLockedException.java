package jp.kyoseivision.store;

import java.nio.file.Path;

/** The plan file is being edited by someone else (or another window); it may be opened read-only. */
public class FileLockedException extends StoreException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final transient EditLock.Holder holder;

    public FileLockedException(Path file, EditLock.Holder holder) {
        super("store.locked", file, holder.user(), holder.host(), holder.pid(), localTime(holder.since()));
        this.file = file;
        this.holder = holder;
    }

    /** The lock file {@code lock} exists but cannot be read: left by a failed start, or not ours. */
    public FileLockedException(Path file, Path lock) {
        super("store.lockUnreadable", file, lock);
        this.file = file;
        this.holder = null;
    }

    /** When the lock was taken, in this computer's time: 2026-11-29 12:45 (the lock file holds a UTC instant). */
    static String localTime(String instant) {
        try {
            var t = java.time.Instant.parse(instant).atZone(java.time.ZoneId.systemDefault());
            return t.toLocalDate() + " " + t.toLocalTime().withSecond(0).withNano(0);
        } catch (RuntimeException e) {
            return String.valueOf(instant);
        }
    }

    public Path file() {
        return file;
    }

    /** Who holds the lock; null when the lock file could not be read ({@code store.lockUnreadable}). */
    public EditLock.Holder holder() {
        return holder;
    }
}
