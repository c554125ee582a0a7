package jp.kyoseivision.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The UI's texts: bundle {@code jp.kyoseivision.ui.ui}, Japanese by default, English complete. */
public final class I18n {
    public static final String BUNDLE = "jp.kyoseivision.ui.ui";
    private final Locale locale;
    private final ResourceBundle bundle;

    public I18n(Locale locale) {
        this.locale = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.JAPANESE;
        this.bundle = ResourceBundle.getBundle(BUNDLE, "en".equals(this.locale.getLanguage()) ? Locale.ENGLISH
                : Locale.ROOT, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String t(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public boolean english() {
        return "en".equals(locale.getLanguage());
    }
}
