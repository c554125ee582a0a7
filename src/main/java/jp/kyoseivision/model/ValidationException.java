package jp.kyoseivision.model;

import jp.kyoseivision.text.LocalizedException;

/** A model value that breaks a rule; the message key is in the {@code messages} bundle. */
public class ValidationException extends LocalizedException {
    private static final long serialVersionUID = 1L;

    /** The longest value a message repeats; a longer one (a 10,000-character id) is cut and its length said. */
    static final int MAX_SHOWN = 100;

    public ValidationException(String key, Object... args) {
        super(key, shown(args));
    }

    private static Object[] shown(Object[] args) {
        if (args == null) {
            return null;
        }
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof String s && s.length() > MAX_SHOWN) {
                out[i] = s.substring(0, MAX_SHOWN) + "…（" + s.length() + "）";
            }
        }
        return out;
    }
}
