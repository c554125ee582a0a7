package jp.kyoseivision.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.KpiActual;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Node;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.text.LocalizedException;

/**
 * KPI results entered each autumn: one KPI's actual for one fiscal year, set or cleared, as a sphere edit. The KPI
 * may be an item's (成果指標), a node's (002's 基本目標 数値目標) or the plan's own target (the 3rd vision's 人口).
 */
public final class KpiEdits {
    private KpiEdits() {
    }

    /**
     * The sphere with KPI {@code kpiId}'s actual for {@code fy} replaced by {@code actual}, or removed when it is
     * {@code null}. An unknown KPI is refused.
     */
    public static Sphere withActual(Sphere s, String kpiId, int fy, KpiActual actual) {
        Optional<Measure> card = cardOf(s, kpiId);
        if (card.isPresent()) {
            return SphereEdits.replaceMeasure(s, withActual(card.get(), kpiId, fy, actual));
        }
        Revision r = s.revisions().filter(rev -> holds(rev, kpiId)).findFirst()
                .orElseThrow(() -> new LocalizedException("edit.noKpi", kpiId));
        return SphereEdits.mapRevision(s, r.id(), rev -> {
            Revision top = new Revision(rev.id(), rev.name(), rev.date(), rev.dateText(), rev.status(),
                    rev.basedOnId(), rev.note(), withActual(rev.kpis(), kpiId, fy, actual), rev.sections(),
                    rev.nodes(), rev.items());
            return SphereEdits.mapNodes(top, n -> n.kpis().stream().noneMatch(k -> k.id().equals(kpiId)) ? n
                    : new Node(n.id(), n.code(), n.name(), n.aliases(), n.subtitle(), n.text(), n.page(), n.roles(),
                            withActual(n.kpis(), kpiId, fy, actual), n.sections(), n.children(), n.measures()));
        });
    }

    /** Whether {@code kpiId} is an item's KPI (written as an edit of that card in place), not a node's or plan's. */
    public static boolean onCard(Sphere s, String kpiId) {
        return cardOf(s, kpiId).isPresent();
    }

    private static boolean holds(Revision r, String kpiId) {
        return r.kpis().stream().anyMatch(k -> k.id().equals(kpiId))
                || r.allNodes().anyMatch(n -> n.kpis().stream().anyMatch(k -> k.id().equals(kpiId)));
    }

    private static Optional<Measure> cardOf(Sphere s, String kpiId) {
        return s.revisions().flatMap(r -> r.measures().stream())
                .filter(m -> m.kpis().stream().anyMatch(k -> k.id().equals(kpiId))).findFirst();
    }

    /** The card that holds KPI {@code kpiId}; an unknown KPI (or one not on a card) is refused. */
    static Measure owner(Sphere s, String kpiId) {
        return cardOf(s, kpiId).orElseThrow(() -> new LocalizedException("edit.noKpi", kpiId));
    }

    /** The card {@code owner} with its KPI {@code kpiId}'s actual for {@code fy} replaced or removed. */
    static Measure withActual(Measure owner, String kpiId, int fy, KpiActual actual) {
        return MeasureChange.kpis(owner, withActual(owner.kpis(), kpiId, fy, actual));
    }

    /** {@code list} with KPI {@code kpiId}'s actual for {@code fy} replaced or removed; everything else kept. */
    private static List<Kpi> withActual(List<Kpi> list, String kpiId, int fy, KpiActual actual) {
        List<Kpi> kpis = new ArrayList<>();
        for (Kpi k : list) {
            if (!k.id().equals(kpiId)) {
                kpis.add(k);
                continue;
            }
            List<KpiActual> actuals = new ArrayList<>(k.actuals().stream().filter(a -> a.fy() != fy).toList());
            if (actual != null) {
                actuals.add(actual);
            }
            // the qualifier (男性), the milestones (2040) and the municipality are kept with the new actuals
            kpis.add(k.withActuals(actuals));
        }
        return kpis;
    }
}
