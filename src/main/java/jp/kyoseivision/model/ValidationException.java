package jp.kyoseivision.model;

import jp.kyoseivision.text.LocalizedException;

/** A model value that breaks a rule; the message key is in the {@code messages} bundle. */
public class ValidationException extends LocalizedException {
    private static final long serialVersionUID = 1L;

    public ValidationException(String key, Object... args) {
        super(key, args);
    }
}
