package jp.kyoseivision.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import jp.kyoseivision.model.Node;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.model.ValidationException;
import jp.kyoseivision.store.Sample;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: an edit of one card in place rebuilds only the card's path and says which card it changed; the rest of
 * the sphere is shared (not copied, not checked again), and every other construction still checks everything.
 */
class CardEditsTest {
    @Test
    void aBudgetCellSharesEverythingOffTheCardsPath() {
        Sphere s = Sample.load();
        // card 1 of the 3rd vision (seed 001 L1722): 48,221 thousand yen in FY2025
        Measure card = s.measure("v3-m01").orElseThrow();
        assertThat(card.budget().get(2025)).isEqualTo(48_221L);
        Edited e = CardEdits.setBudget(s, "v3-m01", 2025, 50_000L);
        assertThat(e.cards()).containsExactly("v3-m01");
        assertThat(e.sphere().measure("v3-m01").orElseThrow().budget().get(2025)).isEqualTo(50_000L);
        assertThat(e.sphere()).isEqualTo(SphereEditsOld.replaceMeasure(s, MeasureChange.budget(card,
                new java.util.TreeMap<>(java.util.Map.of(2024, 48_221L, 2025, 50_000L, 2026, 48_221L, 2027, 48_221L,
                        2028, 48_221L)))));
        SphereEdits.Location at = SphereEdits.locate(s, "v3-m01").orElseThrow();
        for (int i = 0; i < s.plans().size(); i++) {
            Plan p = s.plans().get(i);
            if (p != at.plan()) {
                assertThat(e.sphere().plans().get(i)).isSameAs(p); // another edition: the very same object
            }
        }
        SphereEdits.Location now = SphereEdits.locate(e.sphere(), "v3-m01").orElseThrow();
        for (int i = 0; i < at.area().children().size(); i++) {
            Node d = at.area().children().get(i);
            if (d != at.direction()) {
                assertThat(now.area().children().get(i)).isSameAs(d); // a sibling direction: shared
            }
        }
        for (int i = 0; i < at.direction().measures().size(); i++) {
            if (i != at.index()) {
                assertThat(now.direction().measures().get(i)).isSameAs(at.direction().measures().get(i));
            }
        }
    }

    @Test
    void anUnchangedValueTouchesNothing() {
        Sphere s = Sample.load();
        Edited e = CardEdits.setBudget(s, "v3-m01", 2025, 48_221L);
        assertThat(e.sphere()).isSameAs(s);
        assertThat(e.cards()).isEmpty();
    }

    @Test
    void theFullCheckStillGuardsEveryOtherConstruction() {
        Sphere s = Sample.load();
        CardEdits.setBudget(s, "v3-m01", 2025, 1L);
        // an opinion pointing at a card that does not exist: refused by the whole-sphere check as before
        var o = s.opinions().get(0);
        var bad = o.withConcern(null, null, "no-such-card");
        assertThatThrownBy(() -> new Sphere(s.name(), s.municipalities(), s.centralMunicipalityId(), s.plans(),
                s.opinionKinds(), List.of(bad), s.changeReasons())).isInstanceOfSatisfying(ValidationException.class,
                        x -> assertThat(x.key()).isEqualTo("model.ref"));
    }

    @Test
    void anUnknownCardIsRefused() {
        Sphere s = Sample.load();
        assertThatThrownBy(() -> CardEdits.setBudget(s, "no-such-card", 2025, 1L))
                .isInstanceOfSatisfying(jp.kyoseivision.text.LocalizedException.class,
                        x -> assertThat(x.key()).isEqualTo("edit.noMeasure"));
    }

    /** The card replaced by the old route (every revision rebuilt, the whole sphere checked), for comparison. */
    private static final class SphereEditsOld {
        static Sphere replaceMeasure(Sphere s, Measure updated) {
            return SphereEdits.mapDirections(s, d -> SphereEdits.withMeasures(d, d.measures().stream()
                    .map(m -> m.id().equals(updated.id()) ? updated : m).toList()));
        }
    }
}
