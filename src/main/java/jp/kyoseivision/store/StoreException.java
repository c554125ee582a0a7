package jp.kyoseivision.store;

import jp.kyoseivision.text.LocalizedException;

/** A plan file could not be opened, read or written; the message names the file and the reason. */
public class StoreException extends LocalizedException {
    private static final long serialVersionUID = 1L;

    public StoreException(String key, Object... args) {
        super(key, args);
    }

    public StoreException(Throwable cause, String key, Object... args) {
        super(cause, key, args);
    }
}
