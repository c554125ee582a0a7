package jp.kyoseivision.ui.card;

import jp.kyoseivision.ui.common.I18n;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import jp.kyoseivision.edit.InputParsers;
import jp.kyoseivision.edit.MeasureChange;
import jp.kyoseivision.model.Better;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.KpiPoint;
import jp.kyoseivision.model.KpiValue;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.text.LocalizedException;
import jp.kyoseivision.text.Numbers;

/**
 * The KPI table of the card form: name, unit, baseline year and value, target year and value, which way is
 * better. A value is a number unless its 注記 box is ticked (中止, 集計不可 …); a row is saved only when every
 * field of it reads.
 */
public final class KpiEditor {
    private final I18n i18n;
    private final BiConsumer<Measure, UnaryOperator<Measure>> commit;
    private final Measure measure;

    public KpiEditor(I18n i18n, BiConsumer<Measure, UnaryOperator<Measure>> commit, Measure measure) {
        this.i18n = i18n;
        this.commit = commit;
        this.measure = measure;
    }

    /** The controls of one KPI row. */
    private final class Row {
        final int index;
        final TextField name = new TextField();
        final TextField unit = new TextField();
        final TextField baseFy = new TextField();
        final TextField baseValue = new TextField();
        final CheckBox baseNote = new CheckBox(i18n.t("edit.kpi.note"));
        final TextField targetFy = new TextField();
        final TextField targetValue = new TextField();
        final CheckBox targetNote = new CheckBox(i18n.t("edit.kpi.note"));
        final ComboBox<Better> better = new ComboBox<>();

        Row(int index, Kpi k) {
            this.index = index;
            String p = "edit-kpi-" + (index + 1) + "-";
            name.setId(p + "name");
            unit.setId(p + "unit");
            baseFy.setId(p + "baseline-fy");
            baseValue.setId(p + "baseline");
            baseNote.setId(p + "baseline-note");
            targetFy.setId(p + "target-fy");
            targetValue.setId(p + "target");
            targetNote.setId(p + "target-note");
            better.setId(p + "better");
            name.setPrefColumnCount(24);
            unit.setPrefColumnCount(4);
            for (TextField f : List.of(baseFy, targetFy)) {
                f.setPrefColumnCount(4);
            }
            for (TextField f : List.of(baseValue, targetValue)) {
                f.setPrefColumnCount(7);
                f.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
            }
            name.setText(k.name());
            unit.setText(k.unit());
            show(k.baseline(), baseFy, baseValue, baseNote);
            show(k.target(), targetFy, targetValue, targetNote);
            better.getItems().setAll(Better.values());
            better.setConverter(new javafx.util.StringConverter<>() {
                @Override
                public String toString(Better b) {
                    return b == null ? "" : i18n.t(b == Better.HIGHER ? "edit.kpi.higher" : "edit.kpi.lower");
                }

                @Override
                public Better fromString(String s) {
                    return null;
                }
            });
            better.setValue(k.better());
        }

        private void show(KpiPoint p, TextField fy, TextField value, CheckBox note) {
            if (p == null) {
                return;
            }
            fy.setText(String.valueOf(p.fy()));
            if (p.value().number() != null) {
                value.setText(Numbers.grouped(p.value().number()));
            } else {
                value.setText(p.value().note());
                note.setSelected(true);
            }
        }

        /** The KPI the row's fields describe, or {@code null} after marking the field that does not read. */
        Kpi read(Kpi old) {
            boolean ok = true;
            if (name.getText().isBlank()) {
                CardEditor.mark(name, new LocalizedException("input.required"));
                ok = false;
            } else {
                CardEditor.clear(name);
            }
            KpiPoint base = null;
            KpiPoint target = null;
            try {
                base = point(baseFy, baseValue, baseNote);
            } catch (LocalizedException e) {
                ok = false;
            }
            try {
                target = point(targetFy, targetValue, targetNote);
            } catch (LocalizedException e) {
                ok = false;
            }
            if (!ok) {
                return null;
            }
            // what the row does not show stays as it was: the qualifier, the municipality, further targets, and a
            // point's printed period and text while its year and number are unchanged (issue 19)
            return new Kpi(old.id(), name.getText().strip(), old.qualifier(), unit.getText().strip(),
                    old.municipalityId(), kept(old.baseline(), base), kept(old.target(), target), old.milestones(),
                    better.getValue(), old.actuals(), old.note());
        }

        private static KpiPoint kept(KpiPoint old, KpiPoint now) {
            if (old == null || now == null || old.fy() != now.fy()) {
                return now;
            }
            KpiValue a = old.value();
            KpiValue b = now.value();
            boolean same = a.number() != null && b.number() != null ? a.number().compareTo(b.number()) == 0
                    : java.util.Objects.equals(a.note(), b.note()) && a.number() == null && b.number() == null;
            return same ? old : now;
        }

        private KpiPoint point(TextField fy, TextField value, CheckBox note) {
            Integer year;
            try {
                year = InputParsers.fiscalYear(fy.getText());
                CardEditor.clear(fy);
            } catch (LocalizedException e) {
                CardEditor.mark(fy, e);
                throw e;
            }
            KpiValue v;
            try {
                if (note.isSelected()) {
                    v = value.getText().isBlank() ? null : KpiValue.note(value.getText().strip());
                } else {
                    BigDecimal n = InputParsers.decimal(value.getText());
                    v = n == null ? null : new KpiValue(n, null);
                }
                CardEditor.clear(value);
            } catch (LocalizedException e) {
                CardEditor.mark(value, e);
                throw e;
            }
            if (year == null && v == null) {
                return null;
            }
            if (year == null || v == null) {
                LocalizedException e = new LocalizedException("input.required");
                CardEditor.mark(year == null ? fy : value, e);
                throw e;
            }
            return new KpiPoint(year, v);
        }
    }

    public Node render() {
        VBox box = new VBox(8);
        box.setId("edit-kpis");
        List<Kpi> kpis = measure.kpis();
        for (int i = 0; i < kpis.size(); i++) {
            Row r = new Row(i, kpis.get(i));
            // two lines per indicator: what it is, then where it starts and where it should get to
            GridPane g = new GridPane();
            g.setHgap(6);
            g.setVgap(4);
            g.getStyleClass().add("kpi-box");
            g.addRow(0, label("card.kpi.name"), r.name, label("card.kpi.unit"), r.unit, r.better, removeButton(i));
            GridPane.setColumnSpan(r.name, 1);
            HBox base = new HBox(4, label("card.kpi.baseline"), r.baseValue, r.baseNote, label("edit.kpi.fy"), r.baseFy);
            HBox target = new HBox(4, label("card.kpi.target"), r.targetValue, r.targetNote, label("edit.kpi.fy"),
                    r.targetFy);
            base.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            target.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            HBox second = new HBox(24, base, target);
            g.add(second, 0, 1, 6, 1);
            javafx.scene.layout.GridPane.setHgrow(r.name, javafx.scene.layout.Priority.ALWAYS);
            for (javafx.scene.control.Control c : List.of(r.baseNote, r.targetNote, r.better)) {
                c.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
            }
            box.getChildren().add(g);
            Runnable fire = () -> {
                Kpi old = kpis.get(r.index);
                Kpi k = r.read(old);
                if (k != null && !k.equals(old)) {
                    commit.accept(measure, x -> {
                        List<Kpi> list = new ArrayList<>(x.kpis());
                        list.set(r.index, k);
                        return MeasureChange.kpis(x, list);
                    });
                }
            };
            for (TextField f : List.of(r.name, r.unit, r.baseFy, r.baseValue, r.targetFy, r.targetValue)) {
                f.setOnAction(e -> fire.run());
                f.focusedProperty().addListener((o, was, now) -> {
                    if (was && !now) {
                        fire.run();
                    }
                });
            }
            r.baseNote.selectedProperty().addListener((o, a, b) -> fire.run());
            r.targetNote.selectedProperty().addListener((o, a, b) -> fire.run());
            r.better.valueProperty().addListener((o, a, b) -> fire.run());
        }
        if (kpis.isEmpty()) {
            box.getChildren().add(new javafx.scene.control.Label(i18n.t("card.kpi.none")));
        }
        Button add = new Button(i18n.t("edit.kpi.add"));
        add.setId("edit-kpi-add");
        add.setOnAction(e -> {
            javafx.scene.Scene scene = add.getScene();
            commit.accept(measure, x -> {
                List<Kpi> list = new ArrayList<>(x.kpis());
                list.add(new Kpi(jp.kyoseivision.edit.Ids.fresh("k"), i18n.t("edit.kpi.newName"), "", null, null,
                        Better.HIGHER, List.of(), null));
                return MeasureChange.kpis(x, list);
            });
            // the form is drawn again with the new row: the typing goes to its name, selected to be replaced
            String id = "#edit-kpi-" + (kpis.size() + 1) + "-name";
            javafx.application.Platform.runLater(() -> {
                if (scene != null && scene.lookup(id) instanceof TextField f) {
                    f.requestFocus();
                    f.selectAll();
                }
            });
        });
        box.getChildren().add(add);
        return box;
    }

    private javafx.scene.control.Label label(String key) {
        javafx.scene.control.Label l = new javafx.scene.control.Label(i18n.t(key));
        l.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        return l;
    }

    private Node removeButton(int index) {
        Button b = new Button(i18n.t("edit.kpi.remove"));
        b.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        b.setId("edit-kpi-" + (index + 1) + "-remove");
        b.setOnAction(e -> commit.accept(measure, x -> {
            List<Kpi> list = new ArrayList<>(x.kpis());
            list.remove(index);
            return MeasureChange.kpis(x, list);
        }));
        return b;
    }
}
