package jp.kyoseivision.edit;

import java.util.ArrayList;
import java.util.List;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.KpiActual;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.text.LocalizedException;

/** KPI results entered each autumn: one KPI's actual for one fiscal year, set or cleared, as a sphere edit. */
public final class KpiEdits {
    private KpiEdits() {
    }

    /**
     * The sphere with KPI {@code kpiId}'s actual for {@code fy} replaced by {@code actual}, or removed when it is
     * {@code null}. An unknown KPI is refused.
     */
    public static Sphere withActual(Sphere s, String kpiId, int fy, KpiActual actual) {
        Measure owner = s.revisions().flatMap(r -> r.measures().stream())
                .filter(m -> m.kpis().stream().anyMatch(k -> k.id().equals(kpiId))).findFirst()
                .orElseThrow(() -> new LocalizedException("edit.noKpi", kpiId));
        List<Kpi> kpis = new ArrayList<>();
        for (Kpi k : owner.kpis()) {
            if (!k.id().equals(kpiId)) {
                kpis.add(k);
                continue;
            }
            List<KpiActual> actuals = new ArrayList<>(k.actuals().stream().filter(a -> a.fy() != fy).toList());
            if (actual != null) {
                actuals.add(actual);
            }
            kpis.add(new Kpi(k.id(), k.name(), k.unit(), k.baseline(), k.target(), k.better(), actuals, k.note()));
        }
        return SphereEdits.replaceMeasure(s, MeasureChange.kpis(owner, kpis));
    }
}
