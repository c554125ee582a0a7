package jp.kyoseivision.text;

import java.util.Locale;

/**
 * An exception whose message comes from the {@code messages} bundle, so it can be shown to the user in the UI's
 * language. {@link #getMessage()} gives it in {@link Texts#language()}; {@link #message(Locale)} in a given one.
 */
public class LocalizedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient Object[] args;

    public LocalizedException(String key, Object... args) {
        this(null, key, args);
    }

    public LocalizedException(Throwable cause, String key, Object... args) {
        super(key, cause);
        this.key = key;
        this.args = args == null ? new Object[0] : args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    public String message(Locale locale) {
        return Texts.format(locale, key, args);
    }

    @Override
    public String getMessage() {
        return Texts.message(key, args);
    }
}
