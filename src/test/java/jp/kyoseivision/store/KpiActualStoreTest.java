package jp.kyoseivision.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.KpiActual;
import jp.kyoseivision.model.KpiValue;
import jp.kyoseivision.model.Sphere;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving one KPI's actual on a real plan file holding the bundled data. */
class KpiActualStoreTest {
    @TempDir
    Path dir;

    static Kpi kpi(Sphere s, String id) {
        return s.revisions().flatMap(r -> r.measures().stream()).flatMap(m -> m.kpis().stream())
                .filter(k -> k.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void replacesOneActualAndLeavesTheRestAsItWas() throws Exception {
        Path f = dir.resolve("a.kyosei");
        Sphere before = Sample.load();
        PlanFile.create(f, before).close();
        try (PlanFile pf = PlanFile.open(f)) {
            // seed 000 L153: No.5 R5 11,819 [B]; the officer corrects it and writes the narratives
            KpiActual corrected = new KpiActual(2023, KpiValue.of("11820"), "D", "D", "利用者数は伸び悩んだ", "周知を強化する");
            KpiActualStore.save(pf, "v2-m05-k1", corrected);
            // a year with nothing yet: a note instead of a number (3rd vision, No.1 KPI)
            KpiActual note = new KpiActual(2024, KpiValue.note("集計不可"), null, null, null, null);
            KpiActualStore.save(pf, "v3-m01-k1", note);
        }
        try (PlanFile pf = PlanFile.openReadOnly(f)) {
            Sphere after = pf.read();
            Kpi no5 = kpi(after, "v2-m05-k1");
            assertThat(no5.actual(2023).orElseThrow()).isEqualTo(new KpiActual(2023,
                    new KpiValue(new BigDecimal("11820"), null), "D", "D", "利用者数は伸び悩んだ", "周知を強化する"));
            assertThat(no5.actual(2022)).isEqualTo(kpi(before, "v2-m05-k1").actual(2022));
            assertThat(kpi(after, "v3-m01-k1").actual(2024).orElseThrow().value().note()).isEqualTo("集計不可");
            assertThat(pf.integrityProblems()).isEmpty();
        }
    }

    @Test
    void anUnknownKpiIsRefusedAndNothingIsWritten() throws Exception {
        Path f = dir.resolve("b.kyosei");
        PlanFile.create(f, Sample.load()).close();
        String sum = FileChecksums.sha256(f);
        try (PlanFile pf = PlanFile.open(f)) {
            assertThatThrownBy(() -> KpiActualStore.save(pf, "no-such-kpi",
                    new KpiActual(2023, KpiValue.of("1"), null, null, null, null)))
                    .isInstanceOf(StoreException.class).hasMessageContaining("no-such-kpi");
        }
        assertThat(FileChecksums.sha256(f)).isEqualTo(sum);
    }

    @Test
    void deleteClearsTheYear() {
        Path f = dir.resolve("c.kyosei");
        PlanFile.create(f, Sample.load()).close();
        try (PlanFile pf = PlanFile.open(f)) {
            KpiActualStore.delete(pf, "v2-m12-k1", 2019);
            assertThat(kpi(pf.read(), "v2-m12-k1").actual(2019)).isEmpty();
            assertThat(kpi(pf.read(), "v2-m12-k1").actual(2023)).isPresent();
        }
    }
}
