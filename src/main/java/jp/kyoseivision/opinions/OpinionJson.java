package jp.kyoseivision.opinions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Opinion;
import jp.kyoseivision.model.OpinionKind;
import jp.kyoseivision.model.Plan;
import jp.kyoseivision.model.Revision;
import jp.kyoseivision.model.Sphere;

/**
 * A list of opinions as JSON, format {@code kyosei-vision/opinions} version 1 (docs/opinions-format.md): each with
 * its kind, source and period, revision, policy area, direction, card (number and name), page, topic, text, answer,
 * status and the change it caused; then the counts per kind and per policy area as the council papers print them.
 */
public final class OpinionJson {
    public static final String FORMAT = "kyosei-vision/opinions";
    public static final int VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private OpinionJson() {
    }

    /** {@code revision} is the one the list was asked for (null: every revision). */
    public static String json(Sphere s, Revision revision, List<Opinion> opinions) {
        Concerns concerns = Concerns.of(s);
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", VERSION);
        root.put("sphere", s.name());
        if (revision != null) {
            root.set("revision", revision(s, revision));
        }
        ArrayNode kinds = root.putArray("kinds");
        Map<String, List<Opinion>> byKind = new LinkedHashMap<>();
        s.opinionKinds().forEach(k -> byKind.put(k.id(), new java.util.ArrayList<>()));
        opinions.forEach(o -> byKind.computeIfAbsent(o.kindId(), k -> new java.util.ArrayList<>()).add(o));
        for (OpinionKind k : s.opinionKinds()) {
            ObjectNode n = kinds.addObject();
            n.put("id", k.id());
            n.put("name", k.name());
            n.put("count", byKind.get(k.id()).size());
            if (revision != null) {
                ArrayNode lines = n.putArray("summary");
                AreaSummary.of(revision, byKind.get(k.id()), concerns).lines().forEach(lines::add);
            }
        }
        ArrayNode list = root.putArray("opinions");
        for (Opinion o : opinions) {
            list.add(opinion(s, concerns, o));
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode revision(Sphere s, Revision r) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", r.id());
        n.put("name", r.name());
        s.plans().stream().filter(p -> p.revisions().contains(r)).findFirst().ifPresent(p -> {
            n.put("plan", p.title());
            n.put("edition", p.edition());
        });
        return n;
    }

    private static ObjectNode opinion(Sphere s, Concerns concerns, Opinion o) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", o.id());
        ObjectNode kind = n.putObject("kind");
        kind.put("id", o.kindId());
        s.opinionKind(o.kindId()).ifPresent(k -> kind.put("name", k.name()));
        if (o.number() != null) {
            n.put("number", o.number());
        }
        ObjectNode source = n.putObject("source");
        if (o.source() != null) {
            source.put("name", o.source());
        }
        if (o.fromDate() != null) {
            source.put("from", o.fromDate().toString());
        }
        if (o.toDate() != null) {
            source.put("to", o.toDate().toString());
        }
        if (o.revisionId() != null) {
            n.put("revisionId", o.revisionId());
        }
        Concerns.Concern c = concerns.of(o);
        if (c.area() != null) {
            ObjectNode a = n.putObject("policyArea");
            a.put("id", c.area().id());
            a.put("name", c.area().name());
        }
        if (c.direction() != null) {
            ObjectNode d = n.putObject("direction");
            d.put("id", c.direction().id());
            d.put("title", c.direction().name());
        }
        if (c.measure() != null) {
            n.set("card", card(s, concerns, c.measure()));
        }
        if (o.page() != null) {
            n.put("page", o.page());
        }
        if (o.topic() != null) {
            n.put("topic", o.topic());
        }
        n.put("text", o.text());
        if (o.answer() != null) {
            n.put("answer", o.answer());
        }
        n.put("status", o.status().name());
        if (o.hasChange()) {
            ObjectNode ch = n.putObject("change");
            concerns.card(o.changeFromMeasureId()).ifPresent(m -> ch.set("from", card(s, concerns, m)));
            concerns.card(o.changeToMeasureId()).ifPresent(m -> ch.set("to", card(s, concerns, m)));
        }
        return n;
    }

    private static ObjectNode card(Sphere s, Concerns concerns, Measure m) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", m.id());
        n.put("number", m.number());
        n.put("name", m.name());
        concerns.revisionOf(m.id()).ifPresent(r -> {
            for (Plan p : s.plans()) {
                if (p.revisions().contains(r)) {
                    n.put("edition", p.edition());
                }
            }
        });
        return n;
    }
}
