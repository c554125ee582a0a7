package jp.kyoseivision.cli;

import java.nio.file.Path;
import jp.kyoseivision.report.FontLocator;
import jp.kyoseivision.report.JapaneseFont;
import jp.kyoseivision.store.Preferences;
import jp.kyoseivision.store.Settings;
import picocli.CommandLine.Option;

/**
 * {@code --font PATH} of the commands that write PDF. Without it, the font chosen in the window's 設定… (the same
 * settings file), else the first usable Japanese TrueType font of the system ({@link FontLocator}).
 */
final class PdfFontOption {
    @Option(names = "--font", paramLabel = "PATH",
            description = "a Japanese TrueType font file (.ttf/.ttc); default: the one chosen in the app's "
                    + "preferences, else found among the system's fonts")
    Path font;

    JapaneseFont find() {
        return FontLocator.find(font != null ? font : preferred());
    }

    private static Path preferred() {
        String chosen = Preferences.load(Settings.load()).pdfFont();
        return chosen.isEmpty() ? null : Path.of(chosen);
    }
}
