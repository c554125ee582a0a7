package jp.kyoseivision.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Sphere;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16 (memory): a text that many rows hold is kept once when a file is read. */
class SphereReaderTest {
    @TempDir
    Path dir;

    @Test
    void equalTextsAreReadAsOneObjectAndTheSphereIsUnchanged() {
        Path file = dir.resolve("一関・平泉.kyosei");
        Sphere sample = Sample.load();
        PlanFile.create(file, sample).close();
        Sphere read;
        try (PlanFile f = PlanFile.openReadOnly(file)) {
            read = f.read();
        }
        assertThat(read).isEqualTo(sample);
        // card 1 of the 2nd and of the 3rd vision: 休日・夜間診療体制確保事業, in two rows of the measure table
        Measure v2 = read.revision("v2-adopted").orElseThrow().measures().get(0);
        Measure v3 = read.revision("v3-adopted").orElseThrow().measures().get(0);
        assertThat(v2.name()).isEqualTo("休日・夜間診療体制確保事業").isSameAs(v3.name());
        // the unit of their first KPI (a KPI row each): one text, not a copy per row
        assertThat(v2.kpis().get(0).unit()).isEqualTo(v3.kpis().get(0).unit()).isSameAs(v3.kpis().get(0).unit());
    }
}
