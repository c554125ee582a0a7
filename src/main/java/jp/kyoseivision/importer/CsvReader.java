package jp.kyoseivision.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import jp.kyoseivision.text.CsvCells;
import jp.kyoseivision.text.LocalizedException;

/**
 * CSV as Excel writes it (RFC 4180: commas, double quotes, quoted line breaks): UTF-8 with or without a byte order
 * mark, or Shift_JIS (Windows-31J, what Excel on Japanese Windows saves as 「CSV (コンマ区切り)」). The encoding is
 * decided strictly: text that is not valid UTF-8 is read as Windows-31J, and text valid in neither is refused.
 */
final class CsvReader {
    private static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    private CsvReader() {
    }

    static RawTable read(byte[] bytes, int maxRows) {
        List<List<String>> rows = parse(decode(bytes), maxRows);
        // the quote our own CSV export puts before a formula-like cell is not part of the value
        return new RawTable("", rows.stream().map(r -> r.stream().map(CsvCells::unneutralised).toList()).toList());
    }

    static String decode(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return strict(StandardCharsets.UTF_8, b, 3)
                    .orElseThrow(() -> new LocalizedException("budget.file.encoding"));
        }
        if (b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE
                || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)) {
            throw new LocalizedException("budget.file.utf16");
        }
        for (byte x : b) {
            if (x == 0) {
                throw new LocalizedException("budget.file.notText");
            }
        }
        return strict(StandardCharsets.UTF_8, b, 0).or(() -> strict(WINDOWS_31J, b, 0))
                .orElseThrow(() -> new LocalizedException("budget.file.encoding"));
    }

    private static java.util.Optional<String> strict(Charset cs, byte[] b, int offset) {
        try {
            return java.util.Optional.of(cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, offset, b.length - offset)).toString());
        } catch (CharacterCodingException e) {
            return java.util.Optional.empty();
        }
    }

    /** Records of the text; a quoted field may hold commas, doubled quotes and line breaks. */
    static List<List<String>> parse(String text, int maxRows) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int quoteRow = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                cell.setLength(0);
                quoted = true;
                quoteRow = rows.size() + 1;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                if (rows.size() > maxRows) {
                    throw new LocalizedException("budget.file.tooManyRows", maxRows);
                }
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new LocalizedException("budget.csv.quote", quoteRow);
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
