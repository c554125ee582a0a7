package jp.kyoseivision.reliability;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import jp.kyoseivision.store.FileLockedException;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.StoreException;

/**
 * The second process of the lock test. {@code hold FILE}: opens FILE for editing, prints HOLDING, waits to be
 * killed. {@code probe FILE}: tries to open FILE for editing; prints OPENED, or LOCKED with the holder's process id
 * and then READONLY with the number of 3rd-vision cards it could read, or REFUSED with the message key.
 */
public final class LockProbe {
    private LockProbe() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path file = Path.of(args[1]);
        if (args[0].equals("hold")) {
            PlanFile f = PlanFile.open(file);
            out.println("HOLDING " + ProcessHandle.current().pid());
            Thread.sleep(120_000);
            f.close();
            return;
        }
        try (PlanFile f = PlanFile.open(file)) {
            out.println("OPENED");
        } catch (FileLockedException e) {
            if (e.holder() == null) {
                out.println("REFUSED " + e.key());
                return;
            }
            out.println("LOCKED " + e.holder().pid());
            out.println("MESSAGE " + e.getMessage());
            try (PlanFile ro = PlanFile.openReadOnly(file)) {
                out.println("READONLY " + ro.read().revision("v3-adopted").orElseThrow().measures().size());
            }
        } catch (StoreException e) {
            out.println("REFUSED " + e.key());
            out.println("MESSAGE " + e.message(java.util.Locale.ENGLISH));
        }
    }
}
