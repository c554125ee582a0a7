package jp.kyoseivision.text;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Fiscal years and dates in 和暦 with 西暦, as officers read them: 令和6年度 (2024), 令和元年度 (2019),
 * 平成30年度 (2018). A fiscal year takes the era in force for most of it, as the plans do (FY2019 = 令和元年度).
 */
public final class JapaneseYears {
    private record Era(String kanji, String letter, int firstFy) {
    }

    private static final Era[] ERAS = {
        new Era("令和", "R", 2019), new Era("平成", "H", 1989), new Era("昭和", "S", 1926)};

    /** The user's 和暦/西暦 preference (設定…): false 令和6年度 (2024), true 2024年度 (令和6年度). */
    private static volatile boolean westernFirst;

    private JapaneseYears() {
    }

    /** Sets how Japanese texts show years from now on: 西暦 first when {@code western}, 和暦 first otherwise. */
    public static void setWesternFirst(boolean western) {
        westernFirst = western;
    }

    public static boolean westernFirst() {
        return westernFirst;
    }

    private static Era era(int fy) {
        for (Era e : ERAS) {
            if (fy >= e.firstFy()) {
                return e;
            }
        }
        return null;
    }

    /** 令和6年 for 2024; 令和元年 for 2019; the Western year alone before 1926. */
    public static String eraYear(int fy) {
        Era e = era(fy);
        if (e == null) {
            return fy + "年";
        }
        int n = fy - e.firstFy() + 1;
        return e.kanji() + (n == 1 ? "元" : String.valueOf(n)) + "年";
    }

    /** Short form used in tables of the documents: R6, H30. */
    public static String shortForm(int fy) {
        Era e = era(fy);
        return e == null ? String.valueOf(fy) : e.letter() + (fy - e.firstFy() + 1);
    }

    /** 令和6年度 (2024) in Japanese (2024年度 (令和6年度) when 西暦 first), FY2024 (R6) in English. */
    public static String fiscalYear(int fy, Locale locale) {
        if ("en".equals(locale.getLanguage())) {
            return "FY" + fy + " (" + shortForm(fy) + ")";
        }
        if (westernFirst) {
            return fy + "年度 (" + eraYear(fy) + "度)";
        }
        return eraYear(fy) + "度 (" + fy + ")";
    }

    /** 令和6年3月21日 (2024-03-21) in Japanese; 2024-03-21 in English. */
    public static String date(LocalDate d, Locale locale) {
        if (d == null) {
            return "";
        }
        if ("en".equals(locale.getLanguage())) {
            return d.toString();
        }
        // the calendar year's era changes on the day: 2019-04-30 is 平成31年, 2019-05-01 令和元年
        java.time.chrono.JapaneseDate jd = java.time.chrono.JapaneseDate.from(d);
        String era = jd.getEra().getDisplayName(java.time.format.TextStyle.FULL, Locale.JAPANESE);
        int y = jd.get(java.time.temporal.ChronoField.YEAR_OF_ERA);
        String eraYear = era + (y == 1 ? "元" : String.valueOf(y)) + "年";
        if (westernFirst) {
            return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日 (" + eraYear + ")";
        }
        return eraYear + d.getMonthValue() + "月" + d.getDayOfMonth() + "日 (" + d + ")";
    }
}
