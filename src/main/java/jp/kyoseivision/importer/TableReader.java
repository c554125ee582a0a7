package jp.kyoseivision.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import jp.kyoseivision.text.LocalizedException;

/**
 * Reads a table file by what it holds, not only by its name: a workbook saved with a .csv name is still read as a
 * workbook. Anything else (PDF, ODS, a Word file, an empty or oversized file) is refused with a message saying what
 * to save it as.
 */
public final class TableReader {
    /** Larger files are not budget tables of one plan (the sample's is 3 KB). */
    static final long MAX_BYTES = 20L * 1024 * 1024;
    static final int MAX_ROWS = 10_000;
    private static final List<String> TEXT = List.of("csv", "txt");
    private static final List<String> WORKBOOK = List.of("xlsx", "xlsm", "xls");

    private TableReader() {
    }

    /** The sheets of the file (one for CSV); throws {@link LocalizedException} when it cannot be read as a table. */
    public static List<RawTable> read(Path file) {
        String ext = extension(file);
        if (!TEXT.contains(ext) && !WORKBOOK.contains(ext)) {
            throw new LocalizedException("budget.file.type", file.getFileName());
        }
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                throw new LocalizedException("store.notFound", file.toAbsolutePath());
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new LocalizedException("budget.file.tooLarge", size, MAX_BYTES);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new LocalizedException(e, "budget.file.unreadable", file.toAbsolutePath(), e.getMessage());
        }
        return read(bytes, ext);
    }

    static List<RawTable> read(byte[] bytes, String ext) {
        if (bytes.length == 0) {
            throw new LocalizedException("budget.file.empty");
        }
        boolean zip = bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        boolean ole2 = bytes.length >= 4 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF
                && (bytes[2] & 0xFF) == 0x11 && (bytes[3] & 0xFF) == 0xE0;
        if (zip || ole2) {
            return XlsxReader.read(bytes, MAX_ROWS);
        }
        if (WORKBOOK.contains(ext)) {
            throw new LocalizedException("budget.file.brokenXlsx", "not a ZIP package");
        }
        return List.of(CsvReader.read(bytes, MAX_ROWS));
    }

    static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
