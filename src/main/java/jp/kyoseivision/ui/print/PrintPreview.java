package jp.kyoseivision.ui.print;

import jp.kyoseivision.ui.common.I18n;
import jp.kyoseivision.ui.common.PdfExport;
import jp.kyoseivision.ui.common.Views;
import jp.kyoseivision.ui.nav.NavNode;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.effect.DropShadow;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.report.FontLocator;
import jp.kyoseivision.report.JapaneseFont;
import jp.kyoseivision.report.PageImages;
import jp.kyoseivision.report.ReportDocument;
import jp.kyoseivision.store.Settings;

/**
 * The print preview: the PDF's own pages rendered as images (PDFBox's renderer), so the preview, the PDF and the
 * paper are the same pages. Choose the scope (selected card, its policy area, all cards), cover and contents, and
 * the font; then print through the OS printer (one page image per sheet of paper) or save the PDF.
 */
public final class PrintPreview {
    /** Settings key of the font the officer chose (a file path); empty = found automatically. */
    static final String FONT_KEY = "pdf.font";
    private static final float PREVIEW_DPI = 96f;
    private static final float PRINT_DPI = 200f;

    private final I18n i18n;
    private final Settings settings;
    private final Sphere sphere;
    private final NavNode node;
    private final Stage stage = new Stage();
    private final ChoiceBox<PrintScope> scope = new ChoiceBox<>();
    private final CheckBox cover;
    private final ComboBox<Path> font = new ComboBox<>();
    private final VBox pages = new VBox(16);
    private final Label status = new Label();
    private final Button print;
    private final Button savePdf;
    private volatile int generation;

    public PrintPreview(Stage owner, I18n i18n, Settings settings, Sphere sphere, NavNode node, PrintScope initial) {
        this.i18n = i18n;
        this.settings = settings;
        this.sphere = sphere;
        this.node = node;
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setTitle(i18n.t("print.title"));

        scope.setId("print-scope");
        scope.getItems().setAll(PrintScope.available(node));
        scope.setConverter(Views.converter(s -> s.label(i18n)));
        scope.setValue(scope.getItems().contains(initial) ? initial : scope.getItems().get(0));
        cover = new CheckBox(i18n.t("print.cover"));
        cover.setId("print-cover");
        font.setId("print-font");
        font.getItems().setAll(FontLocator.candidates());
        Path chosen = chosenFont(settings);
        if (chosen != null && !font.getItems().contains(chosen)) {
            font.getItems().add(0, chosen);
        }
        font.setValue(chosen != null ? chosen : font.getItems().isEmpty() ? null : font.getItems().get(0));
        font.setConverter(Views.converter(p -> p.getFileName().toString()));
        Button otherFont = new Button(i18n.t("print.font.other"));
        otherFont.setOnAction(e -> chooseFont());
        print = new Button(i18n.t("print.print"));
        print.setId("print-print");
        print.setDefaultButton(true);
        print.setOnAction(e -> printPages());
        savePdf = new Button(i18n.t("print.savePdf"));
        savePdf.setId("print-save-pdf");
        savePdf.setOnAction(e -> savePdf());
        Button close = new Button(i18n.t("print.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        status.setId("print-status");

        ToolBar bar = new ToolBar(new Label(i18n.t("print.scope")), scope, cover, new Separator(),
                new Label(i18n.t("print.font")), font, otherFont);
        javafx.scene.layout.Region spring = new javafx.scene.layout.Region();
        javafx.scene.layout.HBox.setHgrow(spring, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.layout.HBox bottom = new javafx.scene.layout.HBox(8, status, spring, print, savePdf, close);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(6, 8, 6, 8));
        pages.setId("print-pages");
        pages.setAlignment(Pos.TOP_CENTER);
        pages.setPadding(new Insets(16));
        pages.setStyle("-fx-background-color: #8a8f96;");
        ScrollPane scroll = new ScrollPane(pages);
        scroll.setFitToWidth(true);
        BorderPane root = new BorderPane(scroll);
        root.setTop(bar);
        root.setBottom(bottom);
        stage.setScene(jp.kyoseivision.ui.common.WindowPlacement.scene(root, 960, 900));
        jp.kyoseivision.ui.common.WindowPlacement.apply(stage, settings, "print", 960, 900);
        jp.kyoseivision.ui.common.AppIcons.apply(stage);

        scope.valueProperty().addListener((o, a, b) -> refresh());
        cover.selectedProperty().addListener((o, a, b) -> refresh());
        font.valueProperty().addListener((o, a, b) -> {
            refresh();
            try {
                settings.put(FONT_KEY, b == null ? "" : b.toString());
            } catch (jp.kyoseivision.text.LocalizedException e) {
                status.setText(e.message(i18n.locale())); // the font is used now, only not remembered
            }
        });
    }

    public static Path chosenFont(Settings settings) {
        String s = settings.get(FONT_KEY, "");
        return s.isBlank() ? null : Path.of(s);
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
        refresh();
    }

    private ReportDocument document() {
        return scope.getValue().document(sphere, node, cover.isSelected(), i18n.locale());
    }

    private JapaneseFont jpFont() {
        return FontLocator.find(font.getValue());
    }

    /** Lays the pages out again and renders them in the background; older renders are dropped. */
    private void refresh() {
        int gen = ++generation;
        pages.getChildren().clear();
        status.setText(i18n.t("print.rendering"));
        print.setDisable(true);
        savePdf.setDisable(true);
        ReportDocument doc;
        JapaneseFont f;
        try {
            doc = document();
            f = jpFont();
        } catch (RuntimeException e) {
            status.setText(e.getMessage());
            return;
        }
        // pages appear one by one as they are rendered; a newer refresh makes older renders stop
        Task<Integer> task = new Task<>() {
            @Override
            protected Integer call() {
                try (PageImages images = new PageImages(doc, f)) {
                    for (int i = 0; i < images.count() && gen == generation; i++) {
                        Image img = fx(images.render(i, PREVIEW_DPI));
                        Platform.runLater(() -> addPage(gen, img));
                    }
                    return images.count();
                }
            }
        };
        task.setOnSucceeded(e -> {
            if (gen != generation) {
                return;
            }
            status.setText(i18n.t("print.pages", task.getValue(), f.name()));
            print.setDisable(false);
            savePdf.setDisable(false);
        });
        task.setOnFailed(e -> {
            if (gen == generation) {
                status.setText(String.valueOf(task.getException().getMessage()));
            }
        });
        Thread t = new Thread(task, "print-preview");
        t.setDaemon(true);
        t.start();
    }

    private void addPage(int gen, Image img) {
        if (gen != generation) {
            return;
        }
        ImageView v = new ImageView(img);
        v.setPreserveRatio(true);
        v.setFitWidth(img.getWidth());
        v.setEffect(new DropShadow(6, javafx.scene.paint.Color.gray(0, 0.5)));
        pages.getChildren().add(v);
    }

    /** A rendered page as a JavaFX image (no javafx-swing needed). */
    public static WritableImage fx(BufferedImage b) {
        int w = b.getWidth();
        int h = b.getHeight();
        int[] argb = b.getRGB(0, 0, w, h, null, 0, w);
        WritableImage img = new WritableImage(w, h);
        img.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return img;
    }

    private void chooseFont() {
        FileChooser fc = new FileChooser();
        fc.setTitle(i18n.t("print.font.choose"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.t("print.font.filter"), "*.ttf", "*.ttc",
                "*.TTF", "*.TTC"));
        File f = jp.kyoseivision.ui.common.FileDialogs.open(fc, stage);
        if (f != null) {
            Path p = f.toPath();
            try {
                FontLocator.load(p); // refuse a CFF font here, with the reason, before it becomes the choice
            } catch (RuntimeException e) {
                status.setText(e.getMessage());
                return;
            }
            if (!font.getItems().contains(p)) {
                font.getItems().add(0, p);
            }
            font.setValue(p);
        }
    }

    private void savePdf() {
        Optional<Path> chosen = Views.askPdfTarget(stage, i18n.t("print.savePdf.title"), i18n.t("print.savePdf.name"));
        if (chosen.isPresent()) {
            Path target = chosen.get();
            PrintScope chosenScope = scope.getValue();
            boolean withCover = cover.isSelected();
            Path fontFile = font.getValue();
            // made and written off the JavaFX thread with progress and 中止 (issue 16)
            PdfExport.start(stage, i18n, target, () -> chosenScope.document(sphere, node, withCover, i18n.locale()),
                    () -> FontLocator.find(fontFile), written -> {
                String saved = i18n.t("print.saved", target, written.pages());
                status.setText(written.warning().map(w -> saved + " " + w.message(i18n.locale())).orElse(saved));
            });
        }
    }

    /** Sends every page to the OS printer: one rendered page image per sheet of A4, scaled to the printable area. */
    private void printPages() {
        Printer printer = Printer.getDefaultPrinter();
        PrinterJob job = PrinterJob.createPrinterJob();
        if (printer == null || job == null) {
            status.setText(i18n.t("print.noPrinter"));
            return;
        }
        if (!job.showPrintDialog(stage)) {
            return;
        }
        ReportDocument doc = document();
        JapaneseFont f = jpFont();
        PageLayout layout = job.getPrinter().createPageLayout(Paper.A4, doc.orientation()
                == jp.kyoseivision.report.Orientation.LANDSCAPE ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
                Printer.MarginType.HARDWARE_MINIMUM);
        print.setDisable(true);
        Task<Integer> task = new Task<>() {
            @Override
            protected Integer call() {
                int n = 0;
                try (PageImages images = new PageImages(doc, f)) {
                    for (int i = 0; i < images.count(); i++) {
                        ImageView v = new ImageView(fx(images.render(i, PRINT_DPI)));
                        v.setPreserveRatio(true);
                        v.setFitWidth(layout.getPrintableWidth());
                        v.setFitHeight(layout.getPrintableHeight());
                        updateMessage(i18n.t("print.printing", i + 1, images.count()));
                        if (!job.printPage(layout, v)) {
                            break;
                        }
                        n++;
                    }
                }
                job.endJob();
                return n;
            }
        };
        status.textProperty().bind(task.messageProperty());
        task.setOnSucceeded(e -> {
            status.textProperty().unbind();
            status.setText(i18n.t("print.done", task.getValue()));
            print.setDisable(false);
        });
        task.setOnFailed(e -> {
            status.textProperty().unbind();
            job.cancelJob();
            status.setText(String.valueOf(task.getException().getMessage()));
            print.setDisable(false);
        });
        Thread t = new Thread(task, "print");
        t.setDaemon(true);
        t.start();
    }
}
