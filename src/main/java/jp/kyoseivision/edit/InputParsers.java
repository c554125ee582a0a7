package jp.kyoseivision.edit;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.regex.Pattern;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.text.LocalizedException;

/**
 * What officers type, read as numbers: full-width digits and commas are accepted (１，２３４ = 1,234 = 1234),
 * anything else is refused with a message in Japanese and English — never guessed, never dropped.
 */
public final class InputParsers {
    private static final Pattern GROUPED_INT = Pattern.compile("\\d{1,3}(,\\d{3})+|\\d+");
    private static final Pattern GROUPED_DECIMAL = Pattern.compile("-?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");

    private InputParsers() {
    }

    /** Full-width to half-width (NFKC), ideographic and other spaces removed at both ends. */
    public static String normalize(String text) {
        String n = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).strip();
        // NFKC leaves the Japanese minus and the full-width hyphen variants; read them as minus
        return n.replace('−', '-').replace('－', '-').replace('ー', '-');
    }

    /**
     * The number an officer typed, in ASCII, or {@code null} when it holds anything else. Read character by
     * character, not through NFKC (which turns ①, ㊿, ² and 𝟏 into digits, so 48221① would become 482211):
     * only ASCII and full-width digits, the separators , ， 、 and spaces (read as a comma, so the grouping is
     * still checked), a decimal point . ． and a minus (- − － ー ‐) are taken.
     */
    public static String typedNumber(String text) {
        String t = text == null ? "" : text.strip();
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9' || c == ',' || c == '.' || c == '-') {
                sb.append(c);
            } else if (c >= '０' && c <= '９') {
                sb.append((char) ('0' + (c - '０')));
            } else if (c == '，' || c == '、' || c == ' ' || c == '\u3000') {
                sb.append(',');
            } else if (c == '．') {
                sb.append('.');
            } else if (c == '−' || c == '－' || c == 'ー' || c == '‐') {
                sb.append('-');
            } else {
                return null;
            }
        }
        return sb.toString();
    }

    /**
     * A budget amount: whole thousand yen, 0 to {@link Measure#MAX_BUDGET}. Empty text is {@code null} (no amount
     * for that year).
     */
    public static Long thousandYen(String text) {
        String n = typedNumber(text);
        if (n == null) {
            throw new LocalizedException("input.thousandYen", text == null ? "" : text.strip());
        }
        if (n.isEmpty()) {
            return null;
        }
        if (n.startsWith("-")) {
            throw new LocalizedException("input.thousandYen.negative", text);
        }
        if (!GROUPED_INT.matcher(n).matches()) {
            throw new LocalizedException("input.thousandYen", text);
        }
        String digits = n.replace(",", "").replaceFirst("^0+(?=\\d)", "");
        if (digits.length() > 13 || Long.parseLong(digits) > Measure.MAX_BUDGET) {
            throw new LocalizedException("input.thousandYen.tooLarge", text.strip(),
                    jp.kyoseivision.text.Numbers.grouped(Measure.MAX_BUDGET));
        }
        return Long.parseLong(digits);
    }

    /** A KPI value: a decimal number (unit separate), e.g. 27,932 or ８８．２. Empty text is {@code null}. */
    public static BigDecimal decimal(String text) {
        String n = typedNumber(text);
        if (n == null) {
            throw new LocalizedException("input.decimal", text.strip());
        }
        if (n.isEmpty()) {
            return null;
        }
        if (!GROUPED_DECIMAL.matcher(n).matches()) {
            throw new LocalizedException("input.decimal", text);
        }
        return new BigDecimal(n.replace(",", ""));
    }

    /** A fiscal year as the Western year (2024); 令和6 / R6 are also read. */
    public static Integer fiscalYear(String text) {
        String n = normalize(text).replace("年度", "").replace("年", "");
        if (n.isEmpty()) {
            return null;
        }
        try {
            if (n.startsWith("令和") || n.startsWith("R") || n.startsWith("r")) {
                String y = n.replaceFirst("^(令和|R|r)", "");
                return 2018 + ("元".equals(y) ? 1 : Integer.parseInt(y));
            }
            if (n.startsWith("平成") || n.startsWith("H") || n.startsWith("h")) {
                String y = n.replaceFirst("^(平成|H|h)", "");
                return 1988 + ("元".equals(y) ? 1 : Integer.parseInt(y));
            }
            int fy = Integer.parseInt(n);
            if (fy >= 1900 && fy <= 2200) {
                return fy;
            }
        } catch (NumberFormatException e) {
            // falls through to the message
        }
        throw new LocalizedException("input.fiscalYear", text);
    }
}
