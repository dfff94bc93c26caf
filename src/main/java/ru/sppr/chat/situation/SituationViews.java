package ru.sppr.chat.situation;

import java.time.Instant;
import java.util.List;
import ru.sppr.chat.situation.SituationStore.EntityRow;
import ru.sppr.chat.situation.SituationStore.ObservationRow;
import ru.sppr.chat.situation.SituationStore.ReportRow;

/** What readers get from the model: incidents and entities with their figures, already within their clearance. */
public final class SituationViews {
    private SituationViews() {
    }

    /** An incident in a list: title, type, places, report times, status line (its latest observation) and key figures. */
    public record IncidentSummary(long id, EventType type, String title, List<String> places, Instant firstReportAt,
                                  Instant lastReportAt, int reports, String status, List<Figure> figures) {}

    /** An incident's card: the summary, its figures with their history and conflicts, and its reports in time order. */
    public record IncidentCard(IncidentSummary summary, List<EntityRow> entities, List<FigureHistory> figures, List<ReportRow> reports) {}

    /** The latest value of an entity's attribute. */
    public record Figure(String entityKey, String entityName, Attribute attribute, String value, Instant observedAt, String sourceId) {}

    /** All values of an entity's attribute in observed order, with the pairs that disagree. */
    public record FigureHistory(String entityKey, String entityName, Attribute attribute, List<ObservationRow> values,
                                List<Disagreement> disagreements) {}

    /** Two observations of the same moment that differ: a conflict, or a correction when the later says it corrects. */
    public record Disagreement(long first, long second, Kind kind) {
        public enum Kind { CONFLICT, CORRECTION }
    }

    /** An entity's card: what it is and its observations over time. */
    public record EntityCard(EntityRow entity, List<FigureHistory> figures) {}
}
