package jp.kyoseivision.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClassPathWarningTest {
    @Test
    void dropsExactlyJavaFxsClassPathWarning() {
        // the text JavaFX 21's PlatformImpl.startup builds when javafx.graphics is on the class path
        assertThat(ClassPathWarning.isClassPathWarning(
                "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @2f7c7260'")).isTrue();
        // anything else JavaFX warns about still reaches the console and the log
        assertThat(ClassPathWarning.isClassPathWarning(
                "Unsupported JavaFX configuration: classes were loaded from 'module javafx.graphics', "
                        + "isAutomatic: true, isOpen: false")).isFalse();
        assertThat(ClassPathWarning.isClassPathWarning("Loading FXML document with JavaFX API of version 21")).isFalse();
        assertThat(ClassPathWarning.isClassPathWarning(null)).isFalse();
    }
}
