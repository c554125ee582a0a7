package jp.kyoseivision.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Messages for errors and the command line, looked up in the {@code messages} resource bundle
 * (Japanese default, English complete). UI labels live in the UI's own bundle.
 */
public final class Texts {
    public static final String BUNDLE = "jp.kyoseivision.text.messages";

    private Texts() {
    }

    /** The message for {@code key} in {@code locale}, formatted with {@link MessageFormat}. */
    public static String format(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        if (args == null || args.length == 0) {
            return pattern;
        }
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            // a nested message (e.g. the reason inside "invalid JSON at …") is shown in the same language
            if (shown[i] instanceof LocalizedException le) {
                shown[i] = le.message(locale);
            } else if (shown[i] instanceof java.util.List<?> list) {
                // a list of problems: one per line, each in the same language
                StringBuilder sb = new StringBuilder();
                for (Object o : list) {
                    sb.append("\n- ").append(o instanceof LocalizedException le ? le.message(locale) : o);
                }
                shown[i] = sb.toString();
            }
        }
        return new MessageFormat(pattern, locale).format(shown);
    }

    /**
     * The language messages are shown in: the UI language chosen in 設定… (the window sets it at start), or the
     * command line's {@code --lang}. One language at a time, Japanese unless English was chosen.
     */
    private static volatile Locale language = Locale.JAPANESE;

    public static void setLanguage(Locale locale) {
        language = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.JAPANESE;
    }

    public static Locale language() {
        return language;
    }

    /** The message for {@code key} in the current {@link #language()}. */
    public static String message(String key, Object... args) {
        return format(language, key, args);
    }

    public static ResourceBundle bundle(Locale locale) {
        Locale l = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, l, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
