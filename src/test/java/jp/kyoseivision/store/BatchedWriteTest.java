package jp.kyoseivision.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.concurrent.atomic.AtomicInteger;
import jp.kyoseivision.cli.Cli;
import jp.kyoseivision.cli.SyntheticSphere;
import jp.kyoseivision.model.Sphere;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

/**
 * A whole sphere (import-json, a new file) is written with each insert prepared once and sent in batches (issue 16:
 * one statement prepared per row took most of an import), and what is written is what was written before: the
 * JSON round trip stays byte for byte, on the sample and on a synthetic file.
 */
class BatchedWriteTest {
    @TempDir
    Path dir;

    private static String cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        assertThat(code).as(err.toString()).isZero();
        return out.toString();
    }

    @Test
    void importJsonRoundTripsByteForByte() throws Exception {
        for (String name : new String[] {"sample", "synthetic"}) {
            Path json = dir.resolve(name + ".json");
            if (name.equals("sample")) {
                Files.writeString(json, Sample.text());
            } else {
                Files.write(json, SphereJson.toJson(SyntheticSphere.generate(600, 2, 2, 7))
                        .getBytes(StandardCharsets.UTF_8));
            }
            Path f = dir.resolve(name + ".kyosei");
            cli("import-json", f.toString(), json.toString());
            Path again = dir.resolve(name + "-again.json");
            cli("export-json", f.toString(), "-o", again.toString());
            assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(json));
            // and replacing a file's content the same way
            cli("import-json", f.toString(), json.toString(), "--replace");
            cli("export-json", f.toString(), "-o", again.toString());
            assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(json));
        }
    }

    @Test
    void eachInsertIsPreparedOnce() throws Exception {
        Path f = dir.resolve("counted.kyosei");
        PlanFile.create(f, Sample.load()).close();
        Sphere big = SyntheticSphere.generate(500, 2, 1, 3);
        AtomicInteger prepared = new AtomicInteger();
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.enforceForeignKeys(true);
        try (Connection real = DriverManager.getConnection("jdbc:sqlite:" + f, cfg.toProperties())) {
            Connection counted = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {Connection.class}, (p, m, args) -> {
                        if (m.getName().equals("prepareStatement")) {
                            prepared.incrementAndGet();
                        }
                        try {
                            return m.invoke(real, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
            counted.setAutoCommit(false);
            SphereWriter.replaceAll(counted, big);
            counted.commit();
        }
        // one per statement text (about 30 inserts and 6 deletes), not one per row (tens of thousands of rows)
        assertThat(prepared.get()).isLessThan(60);
        try (PlanFile pf = PlanFile.open(f)) {
            assertThat(SphereJson.toJson(pf.read())).isEqualTo(SphereJson.toJson(big));
        }
    }
}
