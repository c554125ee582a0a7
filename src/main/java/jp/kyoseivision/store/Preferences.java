package jp.kyoseivision.store;

import java.nio.file.Files;
import java.nio.file.Path;
import jp.kyoseivision.text.LocalizedException;

/**
 * The user's preferences kept in {@link Settings} (設定…): UI language, how years are shown (和暦 first or 西暦
 * first), the TrueType font used for PDF export, and the automatic backups. Other features read the same keys.
 * Values are checked before anything is stored; a bad value is refused with a message in Japanese and English.
 *
 * @param language "ja" or "en" (key {@value #LANGUAGE})
 * @param westernYears true: 2024年度 (令和6年度); false: 令和6年度 (2024) (key {@value #YEARS})
 * @param pdfFont path of a .ttf/.otf font for PDF export, empty for the built-in search (key {@value #PDF_FONT})
 * @param backupIntervalMinutes minutes between automatic backups, 0 = off (key {@value #BACKUP_INTERVAL})
 * @param backupKeep how many backups of a file are kept (key {@value #BACKUP_KEEP})
 */
public record Preferences(String language, boolean westernYears, String pdfFont, int backupIntervalMinutes,
        int backupKeep) {
    public static final String LANGUAGE = "ui.language";
    public static final String YEARS = "ui.years";
    public static final String PDF_FONT = "pdf.font";
    public static final String BACKUP_INTERVAL = "backup.intervalMinutes";
    public static final String BACKUP_KEEP = "backup.keep";
    /** Minutes between backups while editing unless the user chose otherwise (docs/reliability.md). */
    public static final int DEFAULT_INTERVAL = 5;
    public static final int DEFAULT_KEEP = Backups.KEEP_LAST;
    static final int MAX_INTERVAL = 24 * 60;
    static final int MAX_KEEP = 999;

    public Preferences {
        if (!language.equals("ja") && !language.equals("en")) {
            throw new LocalizedException("prefs.language", language);
        }
        pdfFont = pdfFont == null ? "" : pdfFont.strip();
        if (!pdfFont.isEmpty() && !Files.isRegularFile(Path.of(pdfFont))) {
            throw new LocalizedException("prefs.fontMissing", pdfFont);
        }
        if (backupIntervalMinutes < 0 || backupIntervalMinutes > MAX_INTERVAL) {
            throw new LocalizedException("prefs.interval", backupIntervalMinutes, MAX_INTERVAL);
        }
        if (backupKeep < 1 || backupKeep > MAX_KEEP) {
            throw new LocalizedException("prefs.keep", backupKeep, MAX_KEEP);
        }
    }

    /** The stored preferences; a missing or unreadable value gives its default. */
    public static Preferences load(Settings s) {
        String lang = "en".equals(s.get(LANGUAGE, "ja")) ? "en" : "ja";
        String font = s.get(PDF_FONT, "");
        return new Preferences(lang, "western".equals(s.get(YEARS, "japanese")),
                Files.isRegularFile(Path.of(font)) ? font : "",
                clamp(number(s.get(BACKUP_INTERVAL, ""), DEFAULT_INTERVAL), 0, MAX_INTERVAL),
                clamp(number(s.get(BACKUP_KEEP, ""), DEFAULT_KEEP), 1, MAX_KEEP));
    }

    /** Writes every value to {@code s} (saved at once). */
    public void save(Settings s) {
        s.put(LANGUAGE, language);
        s.put(YEARS, westernYears ? "western" : "japanese");
        s.put(PDF_FONT, pdfFont);
        s.put(BACKUP_INTERVAL, String.valueOf(backupIntervalMinutes));
        s.put(BACKUP_KEEP, String.valueOf(backupKeep));
    }

    /** Whole number typed by the user (full-width digits allowed, as a Japanese IME gives them). */
    public static int parseCount(String text, String field) {
        String t = java.text.Normalizer.normalize(text == null ? "" : text, java.text.Normalizer.Form.NFKC).strip();
        if (!t.matches("\\d{1,6}")) {
            throw new LocalizedException("prefs.notNumber", field, text == null ? "" : text);
        }
        return Integer.parseInt(t);
    }

    private static int number(String v, int def) {
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            return def;
        }
    }

    private static int clamp(int v, int min, int max) {
        return Math.max(min, Math.min(max, v));
    }
}
