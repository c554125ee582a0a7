package jp.kyoseivision.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.text.LocalizedException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteException;

/**
 * An open plan file ({@code .kyosei}): one SQLite database holding one sphere.
 *
 * <p>The path is resolved once ({@link #resolve}: symbolic links followed), so the edit lock and the journal check
 * sit beside the real file. Opening checks the file read-only first (SQLite header, {@code application_id}, schema
 * version, the schema itself against what the migrations create, {@code quick_check}) and refuses with a message
 * naming the file and the reason before anything could be written; only a file that passes is opened for writing
 * and migrated. Every connection runs with {@code trusted_schema=OFF}, {@code cell_size_check=ON} and
 * {@code mmap_size=0}. Every write is one transaction.
 */
public final class PlanFile implements AutoCloseable {
    /** "KYSV" — marks the SQLite file as ours ({@code PRAGMA application_id}). */
    public static final int APPLICATION_ID = 0x4B595356;
    public static final String EXTENSION = ".kyosei";
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /** How long a connection waits for another one's lock (a backup tool, an antivirus) before "in use". */
    static final int BUSY_TIMEOUT_MS = 5000;
    /** Characters sqlite-jdbc reads as part of the URL, not the file name ({@code ?} starts its parameters). */
    private static final String MISREAD = "?";

    private static final byte[] JOURNAL_MAGIC = {(byte) 0xd9, (byte) 0xd5, 0x05, (byte) 0xf9, 0x20, (byte) 0xa1,
        0x63, (byte) 0xd7};

    private final Path path;
    private final Connection connection;
    /** The one-writer lock; null when the file is open read-only. */
    private final EditLock lock;

    private PlanFile(Path path, Connection connection, EditLock lock) {
        this.path = path;
        this.connection = connection;
        this.lock = lock;
    }

    /** True when the file was opened with {@link #openReadOnly}: every save fails, nothing is written. */
    public boolean isReadOnly() {
        return lock == null;
    }

    public Path path() {
        return path;
    }

    /** Opens an existing plan file for editing, migrating its schema when it is older than this build. */
    public static PlanFile open(Path path) {
        return open(path, true);
    }

    /**
     * As {@link #open}, leaving {@code PRAGMA quick_check} (which reads every page: ≈ 0.1 s at 10,000 cards) to
     * {@link #checkPages}: for the window's two-step open (issue 16), which reads the first screen (with every cell
     * checked as it is read, {@code cell_size_check}) and runs the check before the whole read. Every other check of
     * {@link #inspect} runs here as in {@link #open}.
     */
    public static PlanFile openCheckingPagesLater(Path path) {
        return open(path, false);
    }

    /** The {@code quick_check} {@link #openCheckingPagesLater} left out; refused as damaged as {@link #open} does. */
    public void checkPages() {
        try (Statement s = connection.createStatement()) {
            quickCheck(path, s);
            connection.rollback(); // ends the read transaction
        } catch (SQLException e) {
            throw failure(e, "store.corrupt", path);
        }
    }

    private static PlanFile open(Path path, boolean checkPages) {
        Path file = resolve(path);
        if (!Files.isRegularFile(file)) {
            throw new StoreException("store.notFound", file);
        }
        EditLock lock = EditLock.acquire(file); // first: a live writer's journal is not ours to roll back
        Connection c = null;
        try {
            recoverHotJournal(file);
            inspect(file, checkPages);
            c = connect(file, false);
            boolean migrating = Migrations.version(c) < Migrations.CURRENT;
            if (migrating) { // the table rebuilds of a migration run with foreign keys off, checked before commit
                foreignKeys(c, false);
            }
            c.setAutoCommit(false);
            if (migrating) {
                Migrations.migrate(c);
                Migrations.checkForeignKeys(c);
            }
            c.commit();
            if (migrating) {
                foreignKeys(c, true);
            }
            return new PlanFile(file, c, lock);
        } catch (SQLException e) {
            closeQuietly(c);
            lock.close();
            throw failure(e, "store.openFailed", file);
        } catch (RuntimeException | Error e) {
            closeQuietly(c);
            lock.close();
            throw e;
        }
    }

    private static void foreignKeys(Connection c, boolean on) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = " + (on ? "ON" : "OFF"));
        }
    }

    /** Opens an existing plan file for reading only: nothing is written, not even a migration. */
    public static PlanFile openReadOnly(Path path) {
        Path file = resolve(path);
        inspect(file);
        Connection c = connect(file, true);
        try {
            c.setAutoCommit(false);
        } catch (SQLException e) {
            closeQuietly(c);
            throw failure(e, "store.openFailed", file);
        }
        return new PlanFile(file, c, null);
    }

    /** Creates a new plan file holding {@code sphere}; refuses when the file exists already. */
    public static PlanFile create(Path path, Sphere sphere) {
        Path asked = path.toAbsolutePath().normalize();
        checkName(asked);
        if (Files.exists(asked, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new StoreException("store.exists", asked);
        }
        try {
            if (asked.getParent() != null) {
                Files.createDirectories(asked.getParent());
            }
        } catch (IOException e) {
            throw new StoreException(e, "store.createFailed", asked, e.getMessage());
        }
        Path file = resolve(asked);
        if (Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new StoreException("store.exists", file);
        }
        EditLock lock = EditLock.acquire(file);
        Connection c;
        try {
            c = connect(file, false);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
        try {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA application_id = " + APPLICATION_ID);
            }
            Migrations.migrate(c);
            SphereWriter.replaceAll(c, sphere);
            c.commit();
            return new PlanFile(file, c, lock);
        } catch (SQLException | RuntimeException | Error e) {
            closeQuietly(c);
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the half-made file is ours and new; nothing of the user's is lost
            }
            lock.close();
            if (e instanceof StoreException se) {
                throw se;
            }
            if (e instanceof Error err) {
                throw err;
            }
            throw new StoreException(e, "store.createFailed", file, e.getMessage());
        }
    }

    /**
     * Checks, without writing anything, that {@code file} is a plan file this build can open; throws a
     * {@link StoreException} naming the file and the reason otherwise.
     */
    public static void inspect(Path path) {
        inspect(path, true);
    }

    private static void inspect(Path path, boolean checkPages) {
        Path file = resolve(path);
        if (!Files.isRegularFile(file)) {
            throw new StoreException("store.notFound", file);
        }
        if (!Files.isReadable(file)) {
            throw new StoreException("store.unreadable", file);
        }
        checkHeader(file);
        if (hasHotJournal(file)) {
            // a live writer's journal looks the same as a crash's: SQLite's lock tells them apart
            failIfBusy(file);
            // a crash left a transaction half written: only a writable open can roll it back (see open)
            throw new StoreException("store.hotJournal", file);
        }
        try (Connection c = connect(file, true); Statement s = c.createStatement()) {
            int appId;
            try (var rs = s.executeQuery("PRAGMA application_id")) {
                appId = rs.getInt(1);
            }
            if (appId != APPLICATION_ID) {
                throw new StoreException("store.foreign", file);
            }
            int version = Migrations.version(c);
            if (version > Migrations.CURRENT) {
                throw new StoreException("store.newer", file, version, Migrations.CURRENT);
            }
            // before any table is read: a trigger or view added to the schema is code from outside
            List<String> differences = schemaDifferences(c, version);
            if (!differences.isEmpty()) {
                throw new StoreException("store.schema", file, PlanSchema.summary(differences));
            }
            if (checkPages) {
                quickCheck(file, s);
            }
        } catch (SQLException e) {
            throw failure(e, "store.corrupt", file);
        }
    }

    /**
     * What differs between the file's schema and the one this build's migrations create for its version; empty
     * when they are the same. Reads {@code sqlite_schema} only.
     */
    public static List<String> schemaDifferences(Path path) {
        Path file = resolve(path);
        try (Connection c = connect(file, true)) {
            return schemaDifferences(c, Migrations.version(c));
        } catch (SQLException e) {
            throw failure(e, "store.corrupt", file);
        }
    }

    private static List<String> schemaDifferences(Connection c, int version) throws SQLException {
        return PlanSchema.differences(PlanSchema.expected(Math.max(0, version)), PlanSchema.read(c));
    }

    private static void quickCheck(Path file, Statement s) throws SQLException {
        try (var rs = s.executeQuery("PRAGMA quick_check")) {
            String result = rs.next() ? rs.getString(1) : "no result";
            if (!"ok".equals(result)) {
                throw new StoreException("store.corrupt", file, result);
            }
        }
    }

    /**
     * Copies the data of a refused file into a new, clean plan file {@code target} when its tables are intact
     * (every table as this build creates it, whatever triggers, views or indexes were added): reads only the known
     * tables, through the model's validation, over a read-only connection (triggers never run on reads), then
     * creates {@code target} from scratch. {@code damaged} is never written. Returns the new file's path.
     */
    public static Path salvage(Path damaged, Path target) {
        Path file = resolve(damaged);
        if (!Files.isRegularFile(file)) {
            throw new StoreException("store.notFound", file);
        }
        checkHeader(file);
        if (hasHotJournal(file)) {
            throw new StoreException("store.hotJournal", file);
        }
        Sphere sphere;
        try (Connection c = connect(file, true); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            int version = Migrations.version(c);
            if (version < 1 || version > Migrations.CURRENT) { // an older schema is read as it is (SphereReader)
                throw new StoreException("store.salvageRefused", file, "user_version " + version);
            }
            List<String> tables = PlanSchema.tableDifferences(PlanSchema.expected(version), PlanSchema.read(c));
            if (!tables.isEmpty()) {
                throw new StoreException("store.salvageRefused", file, PlanSchema.summary(tables));
            }
            quickCheck(file, s);
            sphere = readSphere(c, file);
        } catch (SQLException e) {
            throw failure(e, "store.corrupt", file);
        }
        try (PlanFile created = create(target, sphere)) {
            return created.path();
        }
    }

    /** Checks the raw header bytes (SQLite magic, our {@code application_id} at offset 68) without SQLite. */
    private static void checkHeader(Path file) {
        byte[] head = new byte[100];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, head.length);
            if (n < head.length || !Arrays.equals(Arrays.copyOf(head, SQLITE_HEADER.length), SQLITE_HEADER)) {
                throw new StoreException("store.notSqlite", file);
            }
        } catch (IOException e) {
            throw new StoreException(e, "store.unreadable", file);
        }
        int appId = java.nio.ByteBuffer.wrap(head, 68, 4).getInt();
        if (appId != APPLICATION_ID) {
            throw new StoreException("store.foreign", file);
        }
    }

    /** The rollback journal SQLite keeps beside the file during a transaction. */
    public static Path journalOf(Path file) {
        return file.resolveSibling(file.getFileName() + "-journal");
    }

    /**
     * True when a crash left a rollback journal that SQLite will play back: it starts with the journal magic. A
     * journal whose header is still zero was never synced, so the file itself was not touched yet (SQLite ignores
     * it and overwrites it with the next transaction).
     */
    public static boolean hasHotJournal(Path file) {
        Path j = journalOf(file);
        if (!Files.isRegularFile(j)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(j)) {
            return Arrays.equals(in.readNBytes(JOURNAL_MAGIC.length), JOURNAL_MAGIC);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * After a crash in the middle of a transaction, restores the file to its last committed state: SQLite rolls the
     * hot journal back on the first read of a writable connection. Only done for a file whose header says it is ours.
     */
    private static void recoverHotJournal(Path file) {
        if (!Files.isRegularFile(file) || !hasHotJournal(file)) {
            return;
        }
        checkHeader(file);
        try (Connection c = connect(file, false); Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
            rs.next();
        } catch (SQLException e) {
            throw failure(e, "store.corrupt", file);
        }
    }

    /**
     * The path a plan file is known by: absolute, with symbolic links resolved ({@code toRealPath}) when it exists,
     * else the real folder and the name; so the edit lock, the journal check and SQLite all meet at the real file
     * whatever spelling the user chose. Refuses names the SQLite driver would misread.
     */
    public static Path resolve(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path real = abs;
        try {
            if (Files.exists(abs)) {
                real = abs.toRealPath();
            } else if (abs.getParent() != null && Files.isDirectory(abs.getParent())) {
                real = abs.getParent().toRealPath().resolve(abs.getFileName());
            }
        } catch (IOException e) {
            real = abs; // gone meanwhile or not allowed to look: the checks that follow say which
        }
        checkName(real);
        return real;
    }

    /** sqlite-jdbc takes everything after a {@code ?} in the URL as settings: such names are refused, not misread. */
    private static void checkName(Path file) {
        String s = file.toString();
        for (char ch : MISREAD.toCharArray()) {
            if (s.indexOf(ch) >= 0) {
                throw new StoreException("store.badName", file, String.valueOf(ch));
            }
        }
    }

    /** Throws "in use, try again" when another connection holds {@code file} beyond the busy timeout. */
    private static void failIfBusy(Path file) {
        try (Connection c = connect(file, true); Statement s = c.createStatement();
                var rs = s.executeQuery("PRAGMA schema_version")) {
            rs.next();
        } catch (SQLException e) {
            if (busy(e)) {
                throw new StoreException(e, "store.busy", file);
            }
        }
    }

    /** SQLITE_BUSY / SQLITE_LOCKED: another connection (a backup tool, an antivirus) holds the file. */
    static boolean busy(SQLException e) {
        if (e instanceof SQLiteException se) {
            int primary = se.getResultCode().code & 0xff;
            return primary == 5 || primary == 6;
        }
        return false;
    }

    /** The refusal for a failed SQLite call: "in use, try again" when another connection holds it, else {@code key}. */
    private static StoreException failure(SQLException e, String key, Path file) {
        if (busy(e)) {
            return new StoreException(e, "store.busy", file);
        }
        return new StoreException(e, key, file, e.getMessage());
    }

    private static Connection connect(Path file, boolean readOnly) {
        checkName(file);
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.enforceForeignKeys(true);
        cfg.setBusyTimeout(BUSY_TIMEOUT_MS);
        if (readOnly) {
            cfg.setReadOnly(true);
        } else {
            // rollback journal: safe on network drives and leaves no -wal/-shm files beside the document
            cfg.setJournalMode(SQLiteConfig.JournalMode.DELETE);
            cfg.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        }
        Connection c = null;
        try {
            c = DriverManager.getConnection("jdbc:sqlite:" + file, cfg.toProperties());
            // SQLite's advice for files from outside (sqlite.org/security.html): functions with side effects are
            // never run from the schema, every cell's size is checked as it is read, no memory-mapped I/O
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA trusted_schema = OFF");
                s.execute("PRAGMA cell_size_check = ON");
                s.execute("PRAGMA mmap_size = 0");
            }
            return c;
        } catch (SQLException e) {
            closeQuietly(c);
            throw failure(e, "store.openFailed", file);
        }
    }

    /** Reads the whole sphere. */
    public Sphere read() {
        try {
            Sphere sphere = readSphere(connection, path);
            connection.rollback(); // ends the read transaction, releasing SQLite's shared lock
            return sphere;
        } catch (SQLException e) {
            throw failure(e, "store.readFailed", path);
        }
    }

    /**
     * Reads only what the measure sheets of plan {@code plan} (its id or edition; {@code null}: the newest) print: its current
     * revision's cards; the other revisions come back empty, opinions and change reasons not at all
     * ({@link PlanOnlyRead}). For export-pdf, which prints one revision of a file that may hold many.
     */
    public Sphere readForSheets(String plan) {
        try {
            Sphere sphere;
            try {
                sphere = current(connection, path, mem -> PlanOnlyRead.read(mem, plan));
            } catch (LocalizedException e) {
                throw new StoreException(e, "store.invalidData", path, e);
            } catch (RuntimeException e) {
                throw new StoreException(e, "store.invalidData", path, e.getMessage());
            } finally {
                connection.rollback(); // drops the temporary views and ends the read transaction
            }
            return sphere;
        } catch (SQLException e) {
            throw failure(e, "store.readFailed", path);
        }
    }

    /**
     * Reads what the window shows first (issue 16): the newest plan's current revision with all its cards, every
     * plan and revision row, the other revisions empty, no opinions or change reasons ({@link PlanOnlyRead}, as
     * {@link #readForSheets} for the newest edition). The window shows it read-only while {@link #read} reads the
     * whole sphere. Fails as {@link #read} does on what it reads.
     */
    public Sphere readFirstScreen() {
        return readForSheets(null);
    }

    /** Reads through {@code reader}, over a migrated in-memory copy when the file has an older schema. */
    private static <T> T current(Connection c, Path file, SqlRead<T> reader) throws SQLException {
        if (Migrations.version(c) >= Migrations.CURRENT) {
            return reader.read(c);
        }
        // a file opened read-only (or salvaged) keeps its older schema: it is read from a copy brought up to date
        try (Connection mem = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            mem.unwrap(org.sqlite.SQLiteConnection.class).getDatabase().restore("main", file.toString(), null);
            try (Statement s = mem.createStatement()) {
                s.execute("PRAGMA trusted_schema = OFF");
            }
            mem.setAutoCommit(false);
            Migrations.migrate(mem);
            T out = reader.read(mem);
            mem.rollback();
            return out;
        }
    }

    /** A read of the sphere from a connection. */
    private interface SqlRead<T> {
        T read(Connection c) throws SQLException;
    }

    private static Sphere readSphere(Connection c, Path file) throws SQLException {
        try {
            return current(c, file, SphereReader::read);
        } catch (SQLException e) {
            throw e;
        } catch (LocalizedException e) {
            throw new StoreException(e, "store.invalidData", file, e);
        } catch (RuntimeException e) {
            throw new StoreException(e, "store.invalidData", file, e.getMessage());
        }
    }

    /** Replaces the whole content of the file with {@code sphere}, in one transaction. */
    public void replace(Sphere sphere) {
        inTransaction(c -> SphereWriter.replaceAll(c, sphere));
    }

    /**
     * Saves an edit: writes what differs between {@code before} (what the file holds now) and {@code after}, in
     * one transaction. On failure nothing is changed and a {@link StoreException} says why.
     */
    public void save(Sphere before, Sphere after) {
        inTransaction(c -> SphereSync.write(c, before, after));
    }

    /**
     * Saves an edit that changed only the content of the cards {@code measureIds} in place (a field, a budget
     * year, a KPI actual): writes only those cards' rows that differ, in one transaction, without comparing the
     * rest of the spheres. {@code save(after, before, measureIds)} undoes it exactly.
     */
    public void save(Sphere before, Sphere after, java.util.Collection<String> measureIds) {
        inTransaction(c -> CardSync.write(c, before, after, measureIds));
    }

    /** A unit of work on the open connection. */
    @FunctionalInterface
    public interface Work {
        void run(Connection c) throws SQLException;
    }

    /**
     * Runs {@code work} as one transaction: all of it is saved, or none of it. An {@link Error} (out of memory, a
     * stack overflow) rolls back too before it goes on, so the next transaction cannot commit half of this one.
     */
    public void inTransaction(Work work) {
        try {
            work.run(connection);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly();
            if (e instanceof StoreException se) {
                throw se;
            }
            if (e instanceof SQLException sql && busy(sql)) {
                throw new StoreException(e, "store.busyWrite", path);
            }
            throw new StoreException(e, "store.writeFailed", path, e.getMessage());
        } catch (Error e) {
            rollbackQuietly();
            throw e;
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the rollback failing leaves the file as SQLite's journal recovers it: unchanged
        }
    }

    /** Integrity problems found by SQLite ({@code integrity_check}, {@code foreign_key_check}); empty when clean. */
    public java.util.List<String> integrityProblems() {
        java.util.List<String> out = new java.util.ArrayList<>();
        try (Statement s = connection.createStatement()) {
            try (var rs = s.executeQuery("PRAGMA integrity_check")) {
                while (rs.next()) {
                    if (!"ok".equals(rs.getString(1))) {
                        out.add(rs.getString(1));
                    }
                }
            }
            try (var rs = s.executeQuery("PRAGMA foreign_key_check")) {
                while (rs.next()) {
                    out.add("foreign key: " + rs.getString(1) + " rowid " + rs.getLong(2) + " -> " + rs.getString(3));
                }
            }
            connection.rollback();
        } catch (SQLException e) {
            out.add(e.getMessage());
        }
        return out;
    }

    /**
     * Writes a consistent copy of the whole file to {@code target} (SQLite {@code VACUUM INTO}); the target must
     * not exist. Used by 名前を付けて保存 and for backups.
     */
    public void copyTo(Path target) {
        Path t = resolve(target);
        if (Files.exists(t, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new StoreException("store.exists", t);
        }
        try {
            connection.commit();
            connection.setAutoCommit(true);
            try (var ps = connection.prepareStatement("VACUUM INTO ?")) {
                ps.setString(1, t.toString());
                ps.execute();
            } finally {
                connection.setAutoCommit(false);
            }
        } catch (SQLException e) {
            try {
                Files.deleteIfExists(t);
            } catch (IOException ignored) {
                // the partial copy is new; the original is untouched
            }
            throw new StoreException(e, "store.createFailed", t, e.getMessage());
        }
    }

    public int schemaVersion() {
        try {
            return Migrations.version(connection);
        } catch (SQLException e) {
            throw new StoreException(e, "store.readFailed", path, e.getMessage());
        }
    }

    @Override
    public void close() {
        closeQuietly(connection);
        if (lock != null) {
            lock.close();
        }
    }

    private static void closeQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing is best effort; every change was committed or rolled back before
        }
    }
}
