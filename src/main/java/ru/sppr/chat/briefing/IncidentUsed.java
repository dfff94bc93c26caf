package ru.sppr.chat.briefing;

import java.util.Objects;
import ru.sppr.chat.situation.SituationViews.IncidentSummary;

/** The incident an answer used: its number and title, for the link to its card. */
public record IncidentUsed(long id, String title) {
    public IncidentUsed {
        Objects.requireNonNull(title, "title");
    }

    static IncidentUsed of(IncidentSummary incident) {
        return new IncidentUsed(incident.id(), incident.title());
    }
}
