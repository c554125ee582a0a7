package jp.kyoseivision.ui.kpi;

import jp.kyoseivision.ui.common.I18n;

import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;

/** Prints a chart on one A4 landscape page through the OS printer, scaled to fit, as it is on screen now. */
public final class ChartPrint {
    private ChartPrint() {
    }

    /** Asks for the printer (the OS dialog) and prints; returns what to tell the officer. */
    public static String print(Node chart, Window owner, I18n i18n) {
        Printer printer = Printer.getDefaultPrinter();
        PrinterJob job = printer == null ? null : PrinterJob.createPrinterJob(printer);
        if (job == null) {
            return i18n.t("print.noPrinter");
        }
        if (!job.showPrintDialog(owner)) {
            return "";
        }
        PageLayout page = job.getPrinter().createPageLayout(Paper.A4, PageOrientation.LANDSCAPE,
                Printer.MarginType.DEFAULT);
        WritableImage img = ChartExport.snapshot(chart);
        ImageView view = new ImageView(img);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.setFitWidth(img.getWidth() * fit(img.getWidth(), img.getHeight(), page.getPrintableWidth(),
                page.getPrintableHeight()));
        boolean done = job.printPage(page, view) && job.endJob();
        return done ? i18n.t("print.done", 1) : i18n.t("print.failed.header");
    }

    /** The scale that fits a {@code w} × {@code h} image into {@code pw} × {@code ph}, keeping its proportions. */
    public static double fit(double w, double h, double pw, double ph) {
        return Math.min(pw / w, ph / h);
    }
}
