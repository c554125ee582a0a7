package jp.kyoseivision.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * Reads the jars that {@code mvn package} built (failsafe runs this after package, in {@code mvn verify}): the one
 * runnable jar must carry what JavaFX and sqlite-jdbc load on each platform it is for, and nothing for others;
 * the app-image jar must carry neither JavaFX nor natives (the image's runtime and org.sqlite.lib.path give them).
 */
class JarContentsIT {
    private static final Path JAR = Path.of(System.getProperty("kyosei.jar", "target/kyosei-vision.jar"));
    private static final Path APP_JAR = Path.of(System.getProperty("kyosei.appJar", "target/kyosei-vision-app.jar"));

    /** What JavaFX 21's NativeLibLoader looks up at the jar root on each platform, and the platform's classes. */
    private static final List<String> WINDOWS = List.of("glass.dll", "prism_d3d.dll", "prism_sw.dll",
            "prism_common.dll", "javafx_font.dll", "javafx_iio.dll", "decora_sse.dll", "msvcp140.dll",
            "vcruntime140.dll", "com/sun/glass/ui/win/WinApplication.class", "com/sun/prism/d3d/D3DPipeline.class");
    private static final List<String> MAC = List.of("libglass.dylib", "libprism_es2.dylib", "libprism_sw.dylib",
            "libprism_common.dylib", "libjavafx_font.dylib", "libjavafx_iio.dylib", "libdecora_sse.dylib",
            "com/sun/glass/ui/mac/MacApplication.class");
    private static final List<String> LINUX = List.of("libglass.so", "libglassgtk3.so", "libprism_es2.so",
            "libprism_sw.so", "libprism_common.so", "libjavafx_font.so", "libjavafx_font_freetype.so",
            "libjavafx_font_pango.so", "libjavafx_iio.so", "libdecora_sse.so",
            "com/sun/glass/ui/gtk/GtkApplication.class");

    private static final Set<String> SQLITE_NATIVES = Set.of(
            "org/sqlite/native/Windows/x86_64/sqlitejdbc.dll",
            "org/sqlite/native/Mac/x86_64/libsqlitejdbc.dylib",
            "org/sqlite/native/Mac/aarch64/libsqlitejdbc.dylib",
            "org/sqlite/native/Linux/x86_64/libsqlitejdbc.so");

    @Test
    void theRunnableJarCarriesJavaFxForWindowsMacAndLinux() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            for (List<String> platform : List.of(WINDOWS, MAC, LINUX)) {
                for (String name : platform) {
                    ZipEntry e = jar.getEntry(name);
                    assertThat(e).as("%s in %s", name, JAR).isNotNull();
                    assertThat(e.getSize()).as(name).isPositive();
                }
            }
            assertThat(jar.getEntry("javafx/application/Application.class")).isNotNull();
            assertThat(jar.getEntry("javafx/embed/swing/SwingFXUtils.class")).isNotNull();
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
                    .isEqualTo("jp.kyoseivision.app.Launcher");
        }
    }

    /** The x64 and aarch64 dylibs share names at the jar root; the jar holds aarch64 (installer/README.md). */
    @Test
    void theMacNativesAreForAppleSilicon() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            for (String name : MAC) {
                if (!name.endsWith(".dylib")) {
                    continue;
                }
                byte[] head;
                try (InputStream in = jar.getInputStream(jar.getEntry(name))) {
                    head = in.readNBytes(8);
                }
                // a thin 64-bit Mach-O, little-endian: magic 0xFEEDFACF, then cputype CPU_TYPE_ARM64 (0x0100000C)
                assertThat(littleEndianInt(head, 0)).as("%s is a 64-bit Mach-O", name).isEqualTo(0xFEEDFACF);
                assertThat(littleEndianInt(head, 4)).as("%s is for arm64", name).isEqualTo(0x0100000C);
            }
        }
    }

    @Test
    void sqliteNativesAreExactlyTheFourPlatforms() throws IOException {
        assertThat(nativesUnder(JAR, "org/sqlite/native/")).isEqualTo(new TreeSet<>(SQLITE_NATIVES));
    }

    @Test
    void theAppImageJarHasNeitherJavaFxNorNatives() throws IOException {
        assertThat(Files.isRegularFile(APP_JAR)).as(APP_JAR.toString()).isTrue();
        Set<String> unwanted = new TreeSet<>();
        try (JarFile jar = new JarFile(APP_JAR.toFile())) {
            jar.stream().map(ZipEntry::getName)
                    .filter(n -> n.startsWith("javafx/") || n.startsWith("com/sun/javafx/")
                            || n.startsWith("com/sun/glass/") || n.startsWith("com/sun/prism/") || isNative(n))
                    .forEach(unwanted::add);
            assertThat(jar.getEntry("jp/kyoseivision/app/Launcher.class")).isNotNull();
            assertThat(jar.getEntry("org/sqlite/JDBC.class")).isNotNull();
            assertThat(jar.getEntry("org/controlsfx/control/StatusBar.class")).isNotNull();
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
                    .isEqualTo("jp.kyoseivision.app.Launcher");
        }
        assertThat(unwanted).isEmpty();
    }

    private static Set<String> nativesUnder(Path jarFile, String prefix) throws IOException {
        try (JarFile jar = new JarFile(jarFile.toFile())) {
            Set<String> found = new TreeSet<>();
            jar.stream().map(ZipEntry::getName).filter(n -> n.startsWith(prefix) && isNative(n)).forEach(found::add);
            return found;
        }
    }

    private static boolean isNative(String name) {
        return name.endsWith(".so") || name.endsWith(".dll") || name.endsWith(".dylib") || name.endsWith(".jnilib");
    }

    private static int littleEndianInt(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xff) << 24;
    }
}
