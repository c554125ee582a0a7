package jp.kyoseivision.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntPredicate;
import jp.kyoseivision.kpi.Finding;
import jp.kyoseivision.kpi.GradeSource;
import jp.kyoseivision.kpi.GradeSummary;
import jp.kyoseivision.kpi.GradeTally;
import jp.kyoseivision.kpi.KpiLine;
import jp.kyoseivision.kpi.KpiResults;
import jp.kyoseivision.kpi.YearResult;
import jp.kyoseivision.model.GradeBand;
import jp.kyoseivision.model.GradeCount;
import jp.kyoseivision.model.KpiPoint;
import jp.kyoseivision.model.KpiReport;
import jp.kyoseivision.model.KpiValue;
import jp.kyoseivision.model.Plan;

/** The JSON of {@code kpi-report}, documented in docs/kpi-report-format.md. Field order is fixed. */
final class KpiReportJson {
    static final String FORMAT = "kyosei-vision/kpi-report";
    static final int VERSION = 1;

    private KpiReportJson() {
    }

    /**
     * Writes the report to {@code out}, one KPI and one finding at a time: nothing but the current KPI's fields is
     * held beside the results (no tree of the whole report, no text of it), so memory does not grow with the report.
     * Leaves {@code out} open and unflushed.
     */
    static void write(KpiResults r, IntPredicate years, Integer onlyYear, Writer out) throws IOException {
        Plan p = r.plan();
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            g.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("formatVersion", VERSION);
            Map<String, Object> plan = new LinkedHashMap<>();
            plan.put("id", p.id());
            plan.put("edition", p.edition());
            plan.put("title", p.title());
            plan.put("startFy", p.startFy());
            plan.put("endFy", p.endFy());
            plan.put("revisionId", r.revision() == null ? null : r.revision().id());
            g.writeObjectField("plan", plan);
            g.writeObjectField("year", onlyYear);
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("basis", p.grading().basis().name());
            List<Object> bands = new ArrayList<>();
            for (GradeBand b : p.grading().bands()) {
                bands.add(map("grade", b.grade(), "label", b.label(), "minPercent", b.minPercent()));
            }
            rule.put("bands", bands);
            g.writeObjectField("rule", rule);
            g.writeArrayFieldStart("kpis");
            for (KpiLine l : r.lines()) {
                g.writeObject(kpi(l, years));
            }
            g.writeEndArray();
            if (!r.targets().isEmpty()) {
                // the plan's own targets (人口, 高齢化率): reported, not counted in the summaries
                g.writeArrayFieldStart("targets");
                for (KpiLine l : r.targets()) {
                    g.writeObject(kpi(l, years));
                }
                g.writeEndArray();
            }
            List<Object> summaries = new ArrayList<>();
            for (int fy : r.years()) {
                if (years.test(fy)) {
                    Map<String, Object> s = new LinkedHashMap<>();
                    s.put("fy", fy);
                    for (GradeSource src : GradeSource.values()) {
                        s.put(src.name().toLowerCase(Locale.ROOT), summary(r.summary(fy, src)));
                    }
                    summaries.add(s);
                }
            }
            g.writeObjectField("summaries", summaries);
            List<Object> printed = new ArrayList<>();
            for (KpiReport rep : p.kpiReports()) {
                if (years.test(rep.fy())) {
                    List<Object> counts = new ArrayList<>();
                    for (GradeCount gc : rep.counts()) {
                        counts.add(map("grade", gc.grade(), "count", gc.count(), "percent", gc.percent()));
                    }
                    printed.add(map("id", rep.id(), "fy", rep.fy(), "date", rep.date() == null ? null
                            : rep.date().toString(), "title", rep.title(), "counts", counts));
                }
            }
            g.writeObjectField("printedSummaries", printed);
            g.writeArrayFieldStart("findings");
            for (Finding f : r.findings(Locale.JAPANESE)) {
                if (years.test(f.fy())) {
                    g.writeObject(finding(f));
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write("\n");
    }

    /** Field order fixed; see {@link #write}. Closing the generator neither closes nor flushes the writer. */
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private static Map<String, Object> finding(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", f.kind().name());
        m.put("fy", f.fy());
        m.put("no", f.no());
        m.put("kpiId", f.kpiId());
        m.put("kpiName", f.kpiName());
        m.put("value", f.value());
        m.put("target", f.target());
        m.put("percent", f.percent() == null || f.percent().isEmpty() ? null : new BigDecimal(f.percent()));
        m.put("recorded", f.recorded());
        m.put("overview", f.overview());
        m.put("computed", f.computed());
        m.put("grade", f.grade());
        m.put("printed", f.printed());
        m.put("expected", f.expected());
        m.put("message", f.message(Locale.JAPANESE));
        m.put("messageEn", f.message(Locale.ENGLISH));
        return m;
    }

    private static Map<String, Object> kpi(KpiLine l, IntPredicate years) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("no", l.no());
        m.put("measureId", l.measure() == null ? null : l.measure().id());
        m.put("measureName", l.measure() == null ? null : l.measure().name());
        m.put("scope", l.group().scope().name());
        m.put("groupLevel", l.group().level());
        m.put("groupName", l.group().name());
        m.put("nodeId", l.group().scope() == jp.kyoseivision.kpi.KpiGroup.Scope.NODE ? l.group().nodeId() : null);
        m.put("kpiId", l.kpi().id());
        m.put("name", l.kpi().name());
        m.put("qualifier", l.kpi().qualifier());
        m.put("unit", l.kpi().unit());
        m.put("better", l.kpi().better().name());
        m.put("baseline", point(l.kpi().baseline()));
        m.put("target", point(l.kpi().target()));
        List<Object> results = new ArrayList<>();
        for (YearResult y : l.years()) {
            if (!years.test(y.fy())) {
                continue;
            }
            Map<String, Object> res = new LinkedHashMap<>();
            res.put("fy", y.fy());
            KpiValue v = y.value();
            res.put("number", v == null ? null : v.number());
            res.put("note", v == null ? null : v.note());
            res.put("percent", y.computed().percent());
            res.put("computed", y.computed().grade());
            res.put("noGradeReason", y.computed().reason() == null ? null : y.computed().reason().name());
            res.put("noGradeText", y.computed().reason() == null ? null : y.computed().reasonText(Locale.JAPANESE));
            res.put("recorded", y.recorded());
            res.put("overview", y.overview());
            res.put("progress", y.actual() == null ? null : y.actual().progress());
            res.put("nextSteps", y.actual() == null ? null : y.actual().nextSteps());
            results.add(res);
        }
        m.put("results", results);
        return m;
    }

    private static Object point(KpiPoint p) {
        return p == null ? null : map("fy", p.fy(), "period", p.period(), "number", p.value().number(), "note",
                p.value().note());
    }

    private static Map<String, Object> summary(GradeSummary s) {
        List<Object> counts = new ArrayList<>();
        for (GradeTally t : s.tallies()) {
            counts.add(map("grade", t.band().grade(), "label", t.band().label(), "count", t.count(), "percent",
                    t.percent(), "line", t.line(Locale.JAPANESE)));
        }
        return map("total", s.total(), "graded", s.graded(), "ungraded", s.ungraded(), "ungradedPercent",
                s.ungradedPercent(), "notEntered", s.notEntered(), "notEnteredPercent", s.notEnteredPercent(),
                "counts", counts);
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
