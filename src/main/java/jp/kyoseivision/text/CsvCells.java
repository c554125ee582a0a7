package jp.kyoseivision.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The one CSV cell writer of every CSV the application writes (comparison table, budget table, KPI report): RFC 4180
 * quoting (a cell with a comma, a double quote or a line break is quoted, quotes doubled) and formula neutralising
 * as OWASP advises against CSV injection. A cell that starts with {@code = + - @}, a tab, a carriage return or a line
 * feed — or with the full-width {@code ＝ ＋ － ＠}, which Japanese Excel also reads as the start of a formula when
 * typed — gets a single quote ({@code '}) in front, so {@code =HYPERLINK(…)} or {@code +SUM(1)} in a card's name
 * is shown as text, never run. Numbers stay numbers: {@code -5}, {@code -1,234} and {@code -0.5} are written as they
 * are, so Excel still adds them up.
 */
public final class CsvCells {
    /** What a real number looks like in our tables: optional minus, digits (grouped or not), optional decimals. */
    private static final Pattern NUMBER = Pattern.compile("-?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");
    private static final String TRIGGERS = "=+-@\t\r\n＝＋－＠";

    private CsvCells() {
    }

    /** Whether a spreadsheet would read {@code value} as the start of a formula (and it is not a plain number). */
    public static boolean formulaLike(String value) {
        return !value.isEmpty() && TRIGGERS.indexOf(value.charAt(0)) >= 0 && !NUMBER.matcher(value).matches();
    }

    /** One cell as written to the file: neutralised, then quoted where RFC 4180 needs it. */
    public static String cell(String value) {
        String v = value == null ? "" : value;
        if (formulaLike(v)) {
            v = "'" + v;
        }
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
            return v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }

    /** Appends one record: the cells separated by commas, ended by CRLF. */
    public static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    /**
     * The value a cell read back from a CSV stands for: the single quote this class puts in front of a formula-like
     * value is taken off again (Excel keeps it visible in CSV), so an exported table imports as it was written.
     */
    public static String unneutralised(String cell) {
        if (cell.length() > 1 && cell.charAt(0) == '\'' && formulaLike(cell.substring(1))) {
            return cell.substring(1);
        }
        return cell;
    }
}
