package jp.kyoseivision.store;

import java.nio.file.Path;

/** The plan file is being edited by someone else (or another window); it may be opened read-only. */
public class FileLockedException extends StoreException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final transient EditLock.Holder holder;

    public FileLockedException(Path file, EditLock.Holder holder) {
        super("store.locked", file, holder.user(), holder.host(), holder.pid(), holder.since());
        this.file = file;
        this.holder = holder;
    }

    public Path file() {
        return file;
    }

    public EditLock.Holder holder() {
        return holder;
    }
}
