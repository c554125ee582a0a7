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
        return SphereEdits.replaceMeasure(s, withActual(owner(s, kpiId), kpiId, fy, actual));
    }

    /** The card that holds KPI {@code kpiId}; an unknown KPI is refused. */
    static Measure owner(Sphere s, String kpiId) {
        return s.revisions().flatMap(r -> r.measures().stream())
                .filter(m -> m.kpis().stream().anyMatch(k -> k.id().equals(kpiId))).findFirst()
                .orElseThrow(() -> new LocalizedException("edit.noKpi", kpiId));
    }

    /** The card {@code owner} with its KPI {@code kpiId}'s actual for {@code fy} replaced or removed. */
    static Measure withActual(Measure owner, String kpiId, int fy, KpiActual actual) {
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
        return MeasureChange.kpis(owner, kpis);
    }
}
