package jp.kyoseivision.ui.kpi;

import jp.kyoseivision.model.KpiActual;
import jp.kyoseivision.model.KpiValue;
import jp.kyoseivision.ui.common.FieldModel;

/**
 * The view model of one KPI's form for one fiscal year: the actual (number or note), the recorded grade and the
 * two narratives. Each field commits on its own, as one undoable edit, when it is left or Enter is pressed — the
 * same rule as the card form; the other fields are saved as the file holds them, so a refused number never blocks
 * a narrative and nothing typed is dropped when the officer switches KPI, year or closes the window.
 */
public final class KpiYearModel {
    private final KpiViewModel vm;
    private final String kpiId;
    private final int fy;
    private final FieldModel number;
    private final FieldModel note;
    private final FieldModel progress;
    private final FieldModel nextSteps;
    private String recorded = "";

    KpiYearModel(KpiViewModel vm, String kpiId, int fy) {
        this.vm = vm;
        this.kpiId = kpiId;
        this.fy = fy;
        number = new FieldModel("kpi-number-" + fy, t -> {
            save(t, note().saved(), recorded, progress().saved(), nextSteps().saved());
            return t.strip();
        });
        note = new FieldModel("kpi-note-" + fy, t -> {
            save(number().saved(), t, recorded, progress().saved(), nextSteps().saved());
            return t.strip();
        });
        progress = new FieldModel("kpi-progress-" + fy, t -> {
            save(number().saved(), note().saved(), recorded, t, nextSteps().saved());
            return t;
        });
        nextSteps = new FieldModel("kpi-next-" + fy, t -> {
            save(number().saved(), note().saved(), recorded, progress().saved(), t);
            return t;
        });
    }

    private void save(String n, String nt, String rec, String prog, String next) {
        vm.save(kpiId, fy, n, nt, rec, prog, next);
    }

    public int fy() {
        return fy;
    }

    public FieldModel number() {
        return number;
    }

    public FieldModel note() {
        return note;
    }

    public FieldModel progress() {
        return progress;
    }

    public FieldModel nextSteps() {
        return nextSteps;
    }

    public String recorded() {
        return recorded;
    }

    /** The recorded grade chosen (blank: none); saved at once as one edit. */
    public void setRecorded(String grade) {
        String g = grade == null ? "" : grade;
        if (g.equals(recorded)) {
            return;
        }
        save(number.saved(), note.saved(), g, progress.saved(), nextSteps.saved());
        recorded = g;
    }

    /** What the file holds for this KPI and year (fields with pending input keep it). */
    void load(KpiActual a, boolean editable) {
        KpiValue v = a == null ? null : a.value();
        number.load(v == null || v.number() == null ? "" : v.number().toPlainString());
        note.load(v == null || v.note() == null ? "" : v.note());
        progress.load(a == null || a.progress() == null ? "" : a.progress());
        nextSteps.load(a == null || a.nextSteps() == null ? "" : a.nextSteps());
        recorded = a == null || a.recordedGrade() == null ? "" : a.recordedGrade();
        for (FieldModel f : new FieldModel[] {number, note, progress, nextSteps}) {
            f.editableProperty().set(editable);
        }
    }

    /** Commits every field holding something typed. */
    boolean commitPending() {
        return FieldModel.commitAll(java.util.List.of(number, note, progress, nextSteps));
    }
}
