package jp.kyoseivision.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.PlanFile;
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
     * Writes {@code output} through a temporary file moved into place, so a failed write never leaves half a file
     * where an older one was. Returns the absolute target.
     */
    static Path write(Path output, Content content) throws IOException {
        Path target = output.toAbsolutePath();
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            content.writeTo(out);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw new LocalizedException(e, "cli.ioError", target, e.getMessage());
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }
}
