package jp.kyoseivision.ui.common;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.stage.Window;
import jp.kyoseivision.report.JapaneseFont;
import jp.kyoseivision.report.PdfWriter;
import jp.kyoseivision.report.ReportDocument;
import jp.kyoseivision.store.SafeFiles;

/**
 * Writes a PDF from the window: the document is made, laid out, painted and written off the JavaFX thread with a
 * progress bar (pages painted) and 中止; cancelled, no file is left (the safe writer's temporary file is dropped and
 * an existing file of that name is untouched).
 */
public final class PdfExport {
    private PdfExport() {
    }

    /**
     * Starts the export of {@code document} to {@code target} in {@code font}; {@code done} gets what was written
     * (pages, missing characters) on the JavaFX thread. Errors are shown under 印刷・PDFの書き出しができませんでした.
     */
    public static Task<PdfWriter.Written> start(Window owner, I18n i18n, Path target,
            Supplier<ReportDocument> document, Supplier<JapaneseFont> font, Consumer<PdfWriter.Written> done) {
        return Background.run(owner, i18n, i18n.t("print.exporting"), i18n.t("print.failed.header"), progress -> {
            ReportDocument doc = document.get();
            progress.check();
            JapaneseFont f = font.get();
            progress.check();
            return SafeFiles.produce(target, out -> PdfWriter.write(doc, f, progress.watch(out),
                    progress::update));
        }, done);
    }
}
