package jp.kyoseivision.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.KpiActual;
import jp.kyoseivision.model.KpiValue;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.Sample;
import jp.kyoseivision.text.LocalizedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving one KPI's actual, on a real plan file holding the bundled data. */
class KpiEditsTest {
    @TempDir
    Path dir;

    static Kpi kpi(Sphere s, String id) {
        return s.revisions().flatMap(r -> r.measures().stream()).flatMap(m -> m.kpis().stream())
                .filter(k -> k.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void replacesOneActualAndLeavesTheRestAsItWas() {
        Sphere before = Sample.load();
        try (PlanFile pf = PlanFile.create(dir.resolve("a.kyosei"), before)) {
            // seed 000 L153: No.5 R5 11,819 [B]; the officer corrects it and writes the narratives
            KpiActual corrected = new KpiActual(2023, KpiValue.of("11820"), "D", "D", "利用者数は伸び悩んだ", "周知を強化する");
            Sphere s1 = KpiEdits.withActual(before, "v2-m05-k1", 2023, corrected);
            // a year with nothing yet: a note instead of a number (3rd vision, No.1 KPI)
            Sphere s2 = KpiEdits.withActual(s1, "v3-m01-k1", 2024,
                    new KpiActual(2024, KpiValue.note("集計不可"), null, null, null, null));
            pf.save(before, s2);
            Sphere after = pf.read();
            Kpi no5 = kpi(after, "v2-m05-k1");
            assertThat(no5.actual(2023).orElseThrow().value().number()).isEqualTo(new BigDecimal("11820"));
            assertThat(no5.actual(2022)).isEqualTo(kpi(before, "v2-m05-k1").actual(2022));
            assertThat(kpi(after, "v3-m01-k1").actual(2024).orElseThrow().value().note()).isEqualTo("集計不可");
            assertThat(pf.integrityProblems()).isEmpty();
            // cleared years disappear; the rest stay (seed 000 L164: No.12 has R1–R5)
            Sphere s3 = KpiEdits.withActual(after, "v2-m12-k1", 2019, null);
            pf.save(after, s3);
            assertThat(kpi(pf.read(), "v2-m12-k1").actual(2019)).isEmpty();
            assertThat(kpi(pf.read(), "v2-m12-k1").actual(2023)).isPresent();
        }
    }

    @Test
    void anUnknownKpiIsRefused() {
        assertThatThrownBy(() -> KpiEdits.withActual(Sample.load(), "no-such-kpi", 2023,
                new KpiActual(2023, KpiValue.of("1"), null, null, null, null)))
                .isInstanceOf(LocalizedException.class).hasMessageContaining("no-such-kpi");
    }
}
