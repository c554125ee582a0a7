package jp.kyoseivision.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.SafeFiles;
import jp.kyoseivision.text.LocalizedException;
import picocli.CommandLine.Model.CommandSpec;

/** What the report commands share: reading a plan file without writing to it, and writing their output. */
final class CliOutput {
    private CliOutput() {
    }

    /** Writes the content of a report to a stream. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The whole sphere of {@code file}, opened read-only (nothing is written, not even a migration). */
    /** The {@code --plan} help: a plan's id or its edition. */
    static final String PLAN_HELP = "the plan: its id (e.g. v3, s1, kp) or its edition (e.g. 3); an edition that two "
            + "series share means the sphere's own plan";

    /**
     * The plan named by {@code idOrEdition} (an id such as s1 or kp, or an edition such as 3); {@code null}: the
     * newest of the sphere's own plans (those of one municipality come after them).
     */
    static jp.kyoseivision.model.Plan plan(Sphere s, String idOrEdition) {
        if (idOrEdition == null) {
            return s.plans().stream().max(java.util.Comparator
                    .comparing((jp.kyoseivision.model.Plan p) -> p.ownerMunicipalityId() == null)
                    .thenComparingInt(jp.kyoseivision.model.Plan::edition))
                    .orElseThrow(() -> new LocalizedException("store.noEdition", "?"));
        }
        return s.planByIdOrEdition(idOrEdition)
                .orElseThrow(() -> new LocalizedException("store.noEdition", idOrEdition));
    }

    static Sphere read(Path file) {
        try (PlanFile pf = PlanFile.openReadOnly(file)) {
            return pf.read();
        }
    }

    /** Prints text to standard output (UTF-8, whatever the console's default). */
    static void print(CommandSpec spec, String text) {
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
    }

    /**
     * Writes {@code output} through the store's safe writer (a new temporary file with a random name, forced to disk
     * and moved into place), so a failed write never leaves half a file, a stray temporary file or raw Java text.
     * Returns the absolute target.
     */
    static Path write(Path output, Content content) {
        return SafeFiles.write(output, content::writeTo);
    }

    /** Prints a warning (e.g. characters a PDF font lacked) on standard error. */
    static void warn(CommandSpec spec, LocalizedException warning) {
        spec.commandLine().getErr().println(warning.message(java.util.Locale.JAPANESE));
        spec.commandLine().getErr().println(warning.message(java.util.Locale.ENGLISH));
        spec.commandLine().getErr().flush();
    }

    /** Writes a PDF to {@code output} safely, printing the warning about replaced characters; returns it. */
    static jp.kyoseivision.report.PdfWriter.Written pdf(CommandSpec spec, Path output,
            jp.kyoseivision.report.ReportDocument doc, jp.kyoseivision.report.JapaneseFont font) {
        var w = SafeFiles.produce(output, out -> jp.kyoseivision.report.PdfWriter.write(doc, font, out));
        w.warning().ifPresent(x -> warn(spec, x));
        return w;
    }
}
