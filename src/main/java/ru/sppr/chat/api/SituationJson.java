package ru.sppr.chat.api;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.sppr.chat.situation.DangerMarks;
import ru.sppr.chat.situation.Digest;
import ru.sppr.chat.situation.EventType;
import ru.sppr.chat.situation.KeyFigures;
import ru.sppr.chat.situation.SituationModel;
import ru.sppr.chat.situation.SituationStore.EntityRow;
import ru.sppr.chat.situation.SituationStore.ObservationRow;
import ru.sppr.chat.situation.SituationStore.ReportRow;
import ru.sppr.chat.situation.SituationViews;
import ru.sppr.chat.situation.SituationViews.Figure;
import ru.sppr.chat.situation.SituationViews.FigureHistory;
import ru.sppr.chat.situation.SituationViews.IncidentSummary;

/** The situation model's views as JSON-ready maps, shared by the REST API and the CLI. */
public final class SituationJson {
    private SituationJson() {
    }

    /** An incident's card as the API and the CLI show it. */
    public static Map<String, Object> card(SituationViews.IncidentCard card) {
        var payload = new LinkedHashMap<String, Object>(summary(card.summary()));
        payload.put("entities", card.entities().stream().map(SituationJson::entity).toList());
        payload.put("figures", grouped(card.summary().type(), card.figures()).stream().map(SituationJson::history).toList());
        payload.put("reports", card.reports().stream().map(SituationJson::report).toList());
        return payload;
    }

    /** An entity's card as the API and the CLI show it. */
    public static Map<String, Object> entityCard(SituationViews.EntityCard card) {
        var payload = new LinkedHashMap<String, Object>(entity(card.entity()));
        payload.put("figures", grouped(null, card.figures()).stream().map(SituationJson::history).toList());
        return payload;
    }

    /** A card's figures in the order people read them ({@link KeyFigures#grouped}): by kind, then place. */
    private static List<FigureHistory> grouped(EventType type, List<FigureHistory> figures) {
        return KeyFigures.grouped(type, figures, FigureHistory::attribute, FigureHistory::entityKey, FigureHistory::entityName);
    }

    /** The shift handover: every line with the source it rests on. */
    public static Map<String, Object> digest(Digest d, ZoneId zone) {
        var m = new LinkedHashMap<String, Object>();
        m.put("since", text(d.since()));
        m.put("until", text(d.until()));
        m.put("timezone", zone.getId());
        m.put("shift_start", d.shiftStart());
        m.put("new_incidents", d.incidents().stream().map(n -> {
            var i = new LinkedHashMap<String, Object>(summary(n.incident()));
            i.put("source_id", n.sourceId());
            i.put("source_title", n.sourceTitle());
            return i;
        }).toList());
        m.put("changes", d.changes().stream().map(c -> {
            var i = new LinkedHashMap<String, Object>();
            i.put("incident_id", c.incidentId());
            i.put("incident", c.incidentTitle());
            i.put("entity_id", c.entityKey());
            i.put("entity", c.entityName());
            i.put("attribute", c.attribute().code());
            i.put("label", c.attribute().label());
            i.put("before", c.before() == null ? null : observation(c.before()));
            i.put("after", observation(c.after()));
            i.put("source_id", c.after().sourceId());
            return i;
        }).toList());
        m.put("conflicts", d.conflicts().stream().map(c -> {
            var i = new LinkedHashMap<String, Object>();
            i.put("entity_id", c.entityKey());
            i.put("entity", c.entityName());
            i.put("attribute", c.attribute().code());
            i.put("label", c.attribute().label());
            i.put("kind", c.kind() == SituationViews.Disagreement.Kind.CONFLICT ? "conflict" : "correction");
            i.put("first", observation(c.first()));
            i.put("second", observation(c.second()));
            return i;
        }).toList());
        return m;
    }

    public static Map<String, Object> summary(IncidentSummary s) {
        var m = new LinkedHashMap<String, Object>();
        m.put("incident_id", s.id());
        m.put("type", s.type().code());
        m.put("type_label", s.type().label());
        m.put("title", s.title());
        m.put("places", s.places());
        m.put("first_report_at", text(s.firstReportAt()));
        m.put("last_report_at", text(s.lastReportAt()));
        m.put("report_count", s.reports());
        m.put("status", s.status());
        m.put("key_figures", s.figures().stream().map(SituationJson::figure).toList());
        return m;
    }

    private static Map<String, Object> figure(Figure f) {
        var m = new LinkedHashMap<String, Object>();
        m.put("entity_id", f.entityKey());
        m.put("entity", f.entityName());
        m.put("attribute", f.attribute().code());
        m.put("label", f.attribute().label());
        m.put("value", f.value());
        m.put("observed_at", text(f.observedAt()));
        m.put("source_id", f.sourceId());
        return m;
    }

    private static Map<String, Object> history(FigureHistory h) {
        var m = new LinkedHashMap<String, Object>();
        m.put("entity_id", h.entityKey());
        m.put("entity", h.entityName());
        m.put("attribute", h.attribute().code());
        m.put("label", h.attribute().label());
        m.put("values", h.values().stream().map(SituationJson::observation).toList());
        m.put("disagreements", h.disagreements().stream().map(d -> Map.of("first", d.first(), "second", d.second(),
                "kind", d.kind() == SituationViews.Disagreement.Kind.CONFLICT ? "conflict" : "correction")).toList());
        m.put("marks", DangerMarks.of(h).stream().map(SituationJson::mark).toList());
        return m;
    }

    private static Map<String, Object> mark(DangerMarks.Mark mark) {
        var m = new LinkedHashMap<String, Object>();
        m.put("label", mark.label());
        m.put("value", mark.value());
        m.put("unit", mark.unit());
        m.put("source_id", mark.sourceId());
        return m;
    }

    private static Map<String, Object> observation(ObservationRow o) {
        var m = new LinkedHashMap<String, Object>();
        m.put("observation_id", o.id());
        m.put("value", SituationModel.shown(o));
        m.put("number", o.value());
        m.put("unit", o.unit() == null ? "" : o.unit());
        m.put("observed_at", text(o.observedAt()));
        m.put("reported_at", text(o.reportedAt()));
        m.put("correction", o.correction());
        m.put("source_id", o.sourceId());
        m.put("source_title", o.sourceTitle());
        m.put("fragment", o.ordinal());
        m.put("excerpt", o.excerpt());
        return m;
    }

    public static Map<String, Object> entity(EntityRow e) {
        var m = new LinkedHashMap<String, Object>();
        m.put("entity_id", e.key());
        m.put("kind", e.kind().code());
        m.put("subtype", e.subtype() == null ? "" : e.subtype());
        m.put("name", e.name());
        m.put("mentions", e.mentions());
        return m;
    }

    private static Map<String, Object> report(ReportRow r) {
        var m = new LinkedHashMap<String, Object>();
        m.put("source_id", r.sourceId());
        m.put("title", r.title());
        m.put("reported_at", text(r.reportedAt()));
        m.put("duplicate_of", r.duplicateOf());
        return m;
    }

    static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
