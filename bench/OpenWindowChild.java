import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import jp.kyoseivision.store.Settings;
import jp.kyoseivision.ui.MainViewModel;
import jp.kyoseivision.ui.MainWindow;
import jp.kyoseivision.ui.common.I18n;
import org.controlsfx.control.StatusBar;

/**
 * One open of the main window measured in this fresh JVM (run by bench/OpenWindowBench.java): the window is made
 * and shown as the application does, then {@code openPath(file)}; every pulse checks what is on screen. Prints
 * one line: ms from the JVM's start to the open call; from the open call to the first pulse that laid out the
 * tree with the file (the window usable: the newest plan's cards can be read); to the first pulse after the whole
 * file is read (busy bar stopped); RSS at that moment; RSS 3 s later (the open-time backup has run); heap used after
 * a GC then; TreeItems and tree rows made.
 * {@code xvfb-run -a java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dkyosei.home=DIR -cp JAR:CLASSES OpenWindowChild FILE}
 * (OpenWindowBench compiles it once; {@code HISTO=FILE} also writes a class histogram of the heap after the GC)
 */
public class OpenWindowChild {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        long[] t = new long[4]; // open call, tree shown, loaded (nanoTime)
        long[] rssAtLoaded = new long[1];
        CountDownLatch loaded = new CountDownLatch(1);
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long[] sinceJvm = new long[1];
        Object[] keep = new Object[1];
        Platform.runLater(() -> {
            Stage stage = new Stage();
            Settings settings = Settings.load();
            Locale.setDefault(Locale.JAPANESE);
            MainViewModel vm = new MainViewModel(new I18n(Locale.JAPANESE), settings);
            MainWindow window = new MainWindow(stage, vm);
            stage.show();
            keep[0] = window;
            TreeView<?> tree = (TreeView<?>) stage.getScene().lookup("#nav-tree");
            StatusBar bar = (StatusBar) stage.getScene().lookup("#status-bar");
            AnimationTimer pulses = new AnimationTimer() { // a pulse every frame while measuring
                @Override
                public void handle(long now) {
                }
            };
            pulses.start();
            stage.getScene().addPostLayoutPulseListener(() -> {
                long now = System.nanoTime();
                boolean treeShown = tree.getRoot() != null && !tree.getRoot().getChildren().isEmpty();
                if (treeShown && t[1] == 0) {
                    t[1] = now;
                }
                if (treeShown && t[2] == 0 && bar.getProgress() == 0) {
                    t[2] = now;
                    pulses.stop();
                    try {
                        rssAtLoaded[0] = rssKb();
                    } catch (java.io.IOException e) {
                        rssAtLoaded[0] = -1;
                    }
                    loaded.countDown();
                }
            });
            sinceJvm[0] = System.currentTimeMillis() - jvmStart;
            t[0] = System.nanoTime();
            window.openPath(file);
        });
        if (!loaded.await(120, TimeUnit.SECONDS)) {
            System.out.println("timeout");
            System.exit(1);
        }
        Thread.sleep(3000); // the open-time backup (VACUUM INTO and its check) runs meanwhile
        long rssLater = rssKb();
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        if (System.getenv("NMT") != null) { // where the RSS goes (run with -XX:NativeMemoryTracking=summary)
            new ProcessBuilder("jcmd", String.valueOf(ProcessHandle.current().pid()), "VM.native_memory", "summary")
                    .redirectOutput(new java.io.File(System.getenv("NMT"))).start().waitFor();
        }
        if (System.getenv("HISTO") != null) { // where the heap goes: the biggest classes
            new ProcessBuilder("jcmd", String.valueOf(ProcessHandle.current().pid()), "GC.class_histogram")
                    .redirectOutput(new java.io.File(System.getenv("HISTO"))).start().waitFor();
        }
        int[] items = new int[2];
        CountDownLatch counted = new CountDownLatch(1);
        Platform.runLater(() -> {
            MainWindow w = (MainWindow) keep[0];
            TreeView<?> tree = (TreeView<?>) w.stage().getScene().lookup("#nav-tree");
            items[0] = count(tree.getRoot());
            items[1] = tree.getExpandedItemCount();
            counted.countDown();
        });
        counted.await();
        System.out.printf("%d %.1f %.1f %.0f %.0f %.0f %d %d%n", sinceJvm[0], (t[1] - t[0]) / 1e6, (t[2] - t[0]) / 1e6,
                rssAtLoaded[0] / 1e3, rssLater / 1e3, heap / 1e6, items[0], items[1]);
        System.exit(0);
    }

    /** TreeItems made so far (children asked for), without making more. */
    private static int count(javafx.scene.control.TreeItem<?> item) {
        if (item == null) {
            return 0;
        }
        int n = 1;
        java.util.List<?> children;
        try { // a row whose child rows are made when first asked for (issue 16): only those made are counted
            children = (java.util.List<?>) item.getClass().getMethod("madeSoFar").invoke(item);
        } catch (ReflectiveOperationException e) {
            children = item.getChildren(); // a plain TreeItem
        }
        for (Object c : children) {
            n += count((javafx.scene.control.TreeItem<?>) c);
        }
        return n;
    }

    private static long rssKb() throws java.io.IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS"))
                .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(-1L);
    }
}
