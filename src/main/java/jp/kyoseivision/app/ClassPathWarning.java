package jp.kyoseivision.app;

import java.util.logging.Filter;
import java.util.logging.Logger;

/**
 * The runnable jar puts JavaFX on the class path (it holds every platform's JavaFX, which a module path cannot take
 * from one jar), and JavaFX 21 then logs, at every start, "Unsupported JavaFX configuration: classes were loaded
 * from 'unnamed module @…'" on its "javafx" logger. That configuration is the one this jar is built and tested for
 * (JarContentsIT, JarStartIT), and the officer cannot act on the line, so exactly that record is dropped; any
 * other JavaFX warning still shows. The app images and installers load JavaFX as modules from their runtime and
 * never log it.
 */
final class ClassPathWarning {
    static final String PREFIX = "Unsupported JavaFX configuration: classes were loaded from 'unnamed module";

    /** java.util.logging holds loggers weakly: keep this one, or its filter goes with it. */
    private static final Logger JAVAFX = Logger.getLogger("javafx");

    private ClassPathWarning() {
    }

    static void silence() {
        if (ClassPathWarning.class.getModule().isNamed()) {
            return; // started as a module: JavaFX is named too and logs nothing of the kind
        }
        Filter previous = JAVAFX.getFilter();
        JAVAFX.setFilter(record -> !isClassPathWarning(record.getMessage())
                && (previous == null || previous.isLoggable(record)));
    }

    static boolean isClassPathWarning(String message) {
        return message != null && message.startsWith(PREFIX);
    }
}
