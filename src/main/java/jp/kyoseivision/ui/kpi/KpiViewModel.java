package jp.kyoseivision.ui.kpi;

import jp.kyoseivision.ui.MainViewModel;
import jp.kyoseivision.ui.common.I18n;
import jp.kyoseivision.ui.print.PrintPreview;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import jp.kyoseivision.kpi.ActualInput;
import jp.kyoseivision.kpi.KpiLine;
import jp.kyoseivision.kpi.KpiResults;
import jp.kyoseivision.model.KpiActual;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.edit.CardEdits;

/**
 * State of the KPI results window: the plan shown, its graded results, the KPI selected; saving one KPI's actual
 * for one year. Input is checked whole before anything is written; after a save the file is read back, so what
 * is shown is what is stored.
 */
public final class KpiViewModel {
    private final MainViewModel main;
    private final ObjectProperty<Plan> plan = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<KpiResults> results = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<String> selectedKpiId = new SimpleObjectProperty<>();

    /** The PDF font chosen in 設定… or the print preview; null = found automatically. */
    public java.nio.file.Path pdfFont() {
        return PrintPreview.chosenFont(main.settings());
    }

    /** A plan's grading and what the window's tables show of it, worked out together (off the JavaFX thread). */
    public record Graded(KpiResults results, List<jp.kyoseivision.kpi.GradeSummary> summaries,
            List<jp.kyoseivision.kpi.Finding> findings) {
        public Graded {
            summaries = List.copyOf(summaries);
            findings = List.copyOf(findings);
        }

        /** Grades {@code plan}, sums each year's computed grades and finds the contradictions (in {@code locale}). */
        public static Graded of(Plan plan, java.util.Locale locale) {
            KpiResults r = KpiResults.of(plan);
            return new Graded(r, r.summaries(), r.findings(locale));
        }

        /** The computed grades' summary of {@code fy} (a year of the plan). */
        public jp.kyoseivision.kpi.GradeSummary summary(int fy) {
            return summaries.get(results.years().indexOf(fy));
        }
    }

    /**
     * Grades a plan and hands the result to {@code apply} on the JavaFX thread: at once ({@link #NOW}), or in the
     * background for large plans ({@link #inBackground}); grading that is cancelled never calls {@code apply}.
     */
    @FunctionalInterface
    public interface Runner {
        void run(Plan plan, java.util.function.Supplier<Graded> grade, java.util.function.Consumer<Graded> apply);
    }

    /** Grades on the calling thread. */
    public static final Runner NOW = (plan, grade, apply) -> apply.accept(grade.get());

    /** Plans of more cards than this are graded in the background. */
    public static final int BACKGROUND_CARDS = 400;

    /**
     * The window's way to grade: a small plan at once, a plan of more than {@code cards} cards off the JavaFX thread
     * with a progress window and 中止 over {@code owner} (issue 16).
     */
    public static Runner inBackground(javafx.stage.Window owner, I18n i18n, int cards) {
        return (plan, grade, apply) -> {
            if (plan.current().map(r -> r.measures().size()).orElse(0) <= cards) {
                apply.accept(grade.get());
            } else {
                jp.kyoseivision.ui.common.Background.run(owner, i18n, i18n.t("kpi.grading"),
                        i18n.t("dialog.error.header"), progress -> grade.get(), apply);
            }
        };
    }

    private final Runner runner;
    /** Counts gradings started: only the newest one's result is shown. */
    private int generation;
    private Graded graded;

    public KpiViewModel(MainViewModel main) {
        this(main, NOW);
    }

    public KpiViewModel(MainViewModel main, Runner runner) {
        this.main = main;
        this.runner = runner;
        main.sphereProperty().addListener((o, old, now) -> {
            Plan p = plan.get();
            plan.set(now == null ? null : p == null ? newest(now) : now.plan(p.id()).orElse(newest(now)));
            recompute();
        });
        plan.addListener((o, old, now) -> recompute());
        Sphere s = main.sphereProperty().get();
        // the plan with results to report: the newest one that has any actual, else the newest
        plan.set(s == null ? null : s.plans().stream().filter(KpiViewModel::hasActuals)
                .max(java.util.Comparator.comparingInt(Plan::edition)).orElse(newest(s)));
    }

    private static boolean hasActuals(Plan p) {
        // any KPI of the plan: an item's, a node's 数値目標 or the plan's own target
        return p.current().map(r -> r.allKpis().anyMatch(k -> !k.actuals().isEmpty())).orElse(false);
    }

    private static Plan newest(Sphere s) {
        return s.plans().stream().max(java.util.Comparator.comparingInt(Plan::edition)).orElse(null);
    }

    private void recompute() {
        int gen = ++generation;
        Plan p = plan.get();
        if (p == null) {
            graded = null;
            results.set(null);
            return;
        }
        java.util.Locale locale = main.i18n().locale();
        runner.run(p, () -> Graded.of(p, locale), g -> {
            if (gen == generation) {
                graded = g;
                results.set(g.results());
            }
        });
    }

    /** The current results with their summaries and findings; null until the plan is graded (or without a plan). */
    public Graded graded() {
        KpiResults r = results.get();
        return graded != null && graded.results() == r ? graded : null;
    }

    public Sphere sphere() {
        return main.sphereProperty().get();
    }

    public ReadOnlyObjectProperty<Sphere> sphereProperty() {
        return main.sphereProperty();
    }

    public List<Plan> plans() {
        Sphere s = sphere();
        return s == null ? List.of() : s.plans();
    }

    public ObjectProperty<Plan> planProperty() {
        return plan;
    }

    public ReadOnlyObjectProperty<KpiResults> resultsProperty() {
        return results.getReadOnlyProperty();
    }

    public ObjectProperty<String> selectedKpiIdProperty() {
        return selectedKpiId;
    }

    /** The selected KPI's line in the current results. */
    public Optional<KpiLine> selected() {
        KpiResults r = results.get();
        String id = selectedKpiId.get();
        return r == null || id == null ? Optional.empty()
                : r.all().stream().filter(l -> l.kpi().id().equals(id)).findFirst();
    }

    public jp.kyoseivision.store.Settings settings() {
        return main.settings();
    }

    public I18n i18n() {
        return main.i18n();
    }

    private final java.util.Map<String, KpiYearModel> yearModels = new java.util.HashMap<>();

    /**
     * The form model of {@code kpiId} in {@code fy}, filled from the file; kept while the window lives, so a refused
     * entry waits in its field. Actuals are results, entered after a plan is adopted: only a file opened
     * read-only makes them read-only.
     */
    public KpiYearModel yearModel(String kpiId, int fy) {
        KpiYearModel m = yearModels.computeIfAbsent(kpiId + "/" + fy, k -> new KpiYearModel(this, kpiId, fy));
        KpiResults r = results.get();
        KpiActual a = r == null ? null : r.all().stream().filter(l -> l.kpi().id().equals(kpiId)).findFirst()
                .flatMap(l -> l.kpi().actual(fy)).orElse(null);
        m.load(a, !readOnly());
        return m;
    }

    /** True while the file is open read-only: nothing can be entered. */
    public boolean readOnly() {
        return !main.hasFile() || main.readOnlyProperty().get();
    }

    /** Commits whatever is typed in any KPI form (before switching KPI, year or plan, and on closing). */
    public boolean commitPending() {
        boolean ok = true;
        for (KpiYearModel m : java.util.List.copyOf(yearModels.values())) {
            ok &= m.commitPending();
        }
        return ok;
    }

    /**
     * Checks and saves what was typed for KPI {@code kpiId} in {@code fy}; the overview grade is kept as it was.
     * Throws a {@code LocalizedException} (nothing written) when a field is invalid or the file refuses.
     */
    public void save(String kpiId, int fy, String number, String note, String recordedGrade, String progress,
            String nextSteps) {
        if (!main.hasFile()) {
            return;
        }
        // a file open read-only: MainViewModel.apply refuses (edit.readOnly) before anything is written
        KpiResults r = results.get();
        String overview = r == null ? null : r.all().stream().filter(l -> l.kpi().id().equals(kpiId)).findFirst()
                .flatMap(l -> l.kpi().actual(fy)).map(KpiActual::overviewGrade).orElse(null);
        KpiActual a = ActualInput.actual(fy, number, note, recordedGrade, overview, progress, nextSteps);
        String name = r == null ? kpiId : r.all().stream().filter(l -> l.kpi().id().equals(kpiId)).findFirst()
                .map(KpiLine::name).orElse(kpiId);
        main.applyEdit(main.i18n().t("edit.actual") + "（" + name + "、" + jp.kyoseivision.text.JapaneseYears.fiscalYear(fy,
                main.i18n().locale()) + "）", s -> CardEdits.setActual(s, kpiId, fy, a));
    }

    /**
     * Attaches {@code rule} to the plan shown, or removes its rule ({@code null}): one undoable edit, saved at once.
     * Throws a {@code LocalizedException} (nothing written) when the file is read-only or a recorded grade is not
     * one of the rule's letters.
     */
    public void setGrading(jp.kyoseivision.model.GradingRule rule) {
        Plan p = plan.get();
        if (p == null) {
            return;
        }
        if (!main.hasFile()) {
            throw new jp.kyoseivision.text.LocalizedException("edit.noFile");
        }
        String what = main.i18n().t(rule == null ? "edit.gradingRemoved" : "edit.grading") + "（" + p.title() + "）";
        main.applyEdit(what, jp.kyoseivision.edit.SphereEdit.whole(
                s -> jp.kyoseivision.edit.GradingEdits.setRule(s, p.id(), rule)));
    }
}
