package ru.sppr.chat.situation;

import java.time.Instant;
import java.util.List;
import ru.sppr.chat.knowledge.source.SourceType;
import ru.sppr.chat.situation.SituationStore.ObservationRow;
import ru.sppr.chat.situation.SituationViews.Disagreement;
import ru.sppr.chat.situation.SituationViews.IncidentSummary;

/**
 * What changed since a moment (a shift handover): incidents first reported since, figures and states that changed,
 * and disagreements between sources that appeared since. Every line names the source it rests on.
 *
 * @param shiftStart whether {@code since} is the start of the current 12-hour shift (nobody asked for another moment)
 */
public record Digest(Instant since, Instant until, boolean shiftStart, List<NewIncident> incidents, List<Change> changes,
                     List<Conflict> conflicts) {
    /** An incident whose first report came since, with that report. */
    public record NewIncident(IncidentSummary incident, String sourceId, String sourceTitle, SourceType sourceType) {}

    /**
     * A figure or state of an entity that got a new value since: {@code before} is the last value observed before
     * (null when there was none), {@code after} the latest one, cited by its source.
     */
    public record Change(long incidentId, String incidentTitle, String entityKey, String entityName, Attribute attribute,
                         ObservationRow before, ObservationRow after) {}

    /** Two sources disagreeing about the same moment, at least one of them reported since. */
    public record Conflict(String entityKey, String entityName, Attribute attribute, Disagreement.Kind kind, ObservationRow first,
                           ObservationRow second) {}

    public boolean empty() {
        return incidents.isEmpty() && changes.isEmpty() && conflicts.isEmpty();
    }
}
