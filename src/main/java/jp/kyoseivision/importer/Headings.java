package jp.kyoseivision.importer;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kyoseivision.edit.InputParsers;
import jp.kyoseivision.text.LocalizedException;

/**
 * Column headings of a budget table: the card number, the card name, and fiscal years written as 2024, 2024年度,
 * 令和6年度, R6, FY2024, 令和6年度 (2024) or FY2024 (R6), full-width or not.
 */
final class Headings {
    private static final List<String> NUMBER = List.of("番号", "no", "no.", "№", "#", "通番", "カード番号",
            "施策番号", "取組番号", "number");
    private static final List<String> NAME = List.of("施策名", "施策", "名称", "取組", "取組名", "具体的な取組",
            "事業名", "カード名", "name", "measure", "card");
    private static final List<String> TOTAL = List.of("合計", "計", "総計", "小計", "total", "subtotal");
    private static final Pattern WITH_PAREN = Pattern.compile("^(.+?)\\((.+)\\)$");
    private static final Pattern YEAR_LIKE = Pattern.compile(".*年度.*|^(fy|r|h|令和|平成)\\d.*|^\\d{4}$");

    private Headings() {
    }

    /** Compact form for comparing: NFKC, no spaces at all, lower case. */
    static String key(String heading) {
        return InputParsers.normalize(heading).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    static boolean isNumber(String heading) {
        return NUMBER.contains(key(heading));
    }

    static boolean isName(String heading) {
        return NAME.contains(key(heading));
    }

    /** 合計, 計, 小計 …, also followed by what it totals in brackets: 小計（医療）, Subtotal (Medical). */
    static boolean isTotal(String cell) {
        String k = key(cell);
        Matcher m = WITH_PAREN.matcher(k);
        return TOTAL.contains(k) || m.matches() && TOTAL.contains(m.group(1));
    }

    /**
     * The fiscal year a heading names, or {@code null} when it is not a year heading. A heading that looks like a
     * year but cannot be read, or whose two forms disagree (令和7年度 (2024)), throws the reason.
     */
    static Integer fiscalYear(String heading) {
        String k = key(heading);
        if (k.isEmpty()) {
            return null;
        }
        Matcher m = WITH_PAREN.matcher(k);
        if (m.matches()) {
            Integer a = year(m.group(1));
            Integer b = year(m.group(2));
            if (a != null && b != null) {
                if (!a.equals(b)) {
                    throw new LocalizedException("budget.header.yearMismatch", m.group(1), m.group(2));
                }
                return a;
            }
        }
        Integer y = year(k);
        if (y == null && YEAR_LIKE.matcher(k).matches()) {
            throw new LocalizedException("input.fiscalYear", heading.strip());
        }
        return y;
    }

    private static Integer year(String k) {
        String s = k.startsWith("fy") ? k.substring(2) : k;
        // 令和6年度予算, 2024年度事業費(千円): the amount's name after the year says nothing more
        s = s.replaceAll("\\(千円\\)$|千円$", "").replaceAll("(当初)?(予算額|予算|事業費|見込額|見込)$", "");
        try {
            return InputParsers.fiscalYear(s);
        } catch (LocalizedException | NumberFormatException e) {
            return null;
        }
    }

    /** The heading as the officer wrote it, on one line, for messages. */
    static String shown(String heading) {
        return heading.replaceAll("\\s+", " ").strip();
    }
}
