package jp.kyoseivision.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import jp.kyoseivision.model.Node;
import jp.kyoseivision.model.Kpi;
import jp.kyoseivision.model.KpiActual;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Opinion;
import jp.kyoseivision.model.Role;
import jp.kyoseivision.model.Sphere;

/**
 * The texts of the bundled sample by field (card name, 内容, 効果, KPI name …), for synthetic plans: a text is made
 * by picking a real one of the field (so the lengths, and how often the field is empty, follow the real plans) and
 * filling that length with real phrases of the field (split at 、 。 and line breaks), recombined.
 */
final class SampleTexts {
    private final Map<String, List<String>> samples = new HashMap<>();
    private final Map<String, List<String>> phrases = new HashMap<>();

    SampleTexts(Sphere sample) {
        sample.revisions().forEach(r -> {
            for (Node d : r.nodesAt(2)) {
                add("direction.title", d.name());
                add("direction.agreement", d.text());
                d.roles().stream().map(Role::text).forEach(t -> add("role", t));
                for (Measure m : d.measures()) {
                    add("measure.name", m.name());
                    add("measure.content", m.content());
                    add("measure.effect", m.effect());
                    add("measure.roleSharing", m.roleSharing());
                    add("measure.notes", m.notes());
                    m.projects().stream().flatMap(g -> g.names().stream()).forEach(n -> add("project", n));
                    for (Kpi k : m.kpis()) {
                        add("kpi.name", k.name());
                        add("kpi.note", k.note());
                        for (KpiActual a : k.actuals()) {
                            add("actual.progress", a.progress());
                            add("actual.nextSteps", a.nextSteps());
                        }
                    }
                }
            }
        });
        for (Opinion o : sample.opinions()) {
            add("opinion.text", o.text());
            add("opinion.answer", o.answer());
            add("opinion.topic", o.topic());
        }
        sample.changeReasons().forEach(c -> add("change.reason", c.reason()));
    }

    private void add(String field, String text) {
        samples.computeIfAbsent(field, f -> new ArrayList<>()).add(text);
        if (text != null && !text.isBlank()) {
            List<String> into = phrases.computeIfAbsent(field, f -> new ArrayList<>());
            for (String p : text.split("(?<=[、。\n])")) {
                if (!p.isBlank()) {
                    into.add(p);
                }
            }
        }
    }

    /** A text for the field, of the length of a real one (null where the real one is null), at most max chars. */
    String text(String field, Random rnd, int max) {
        List<String> real = samples.get(field);
        String model = real.get(rnd.nextInt(real.size()));
        if (model == null || model.isBlank()) {
            return model;
        }
        List<String> pool = phrases.get(field);
        int length = Math.min(model.length(), max);
        StringBuilder sb = new StringBuilder(length + 40);
        while (sb.length() < length) {
            sb.append(pool.get(rnd.nextInt(pool.size())));
        }
        String s = sb.length() > length ? sb.substring(0, length) : sb.toString();
        if (Character.isHighSurrogate(s.charAt(s.length() - 1))) {
            s = s.substring(0, s.length() - 1);
        }
        s = s.strip();
        return s.isEmpty() ? model.substring(0, Math.min(model.length(), max)).strip() : s;
    }

    /** A real one-line text of the field (a name or title as printed), never empty: names are not recombined. */
    String line(String field, Random rnd) {
        List<String> real = samples.get(field);
        String t = null;
        while (t == null || t.isBlank()) {
            t = real.get(rnd.nextInt(real.size()));
        }
        return t.replaceAll("[\\r\\n\\t]+", "").strip();
    }

    /** The real KPIs of the sample: templates for units, directions of improvement and figures. */
    static List<Kpi> kpis(Sphere sample) {
        return sample.revisions().flatMap(r -> r.measures().stream()).flatMap(m -> m.kpis().stream())
                .filter(k -> k.baseline() != null && k.target() != null && k.baseline().value().hasNumber()
                        && k.target().value().hasNumber())
                .toList();
    }

    /** The real cards' budgets by year in order, thousand yen: templates for synthetic budgets. */
    static List<List<Long>> budgets(Sphere sample) {
        return sample.revisions().flatMap(r -> r.measures().stream()).map(m -> List.copyOf(m.budget().values()))
                .filter(b -> !b.isEmpty()).toList();
    }
}
