package ru.sppr.chat.situation;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Single-pass grouping of reports into incidents (topic detection and tracking): a report joins the best open incident
 * of its event type whose score reaches the threshold, else it starts one. Score = 0.25 (same type) + 0.35 place
 * (1 a shared settlement, street, road or object; 0.5 a shared district; 0.2 a shared region or country only) + 0.2
 * shared object + 0.2 time (exp(−Δt/τ), τ half the type's window; 0.5 when the report has no time). Pure.
 */
public final class IncidentGrouper {
    static final double JOIN = 0.5;

    /** An open incident of the report's type: its id, last report time and the entity keys its reports name. */
    public record Candidate(long id, Instant lastReportAt, Set<String> entityKeys) {}

    /** The incident to join and the score, if any reaches the threshold. */
    record Decision(long incidentId, double score) {}

    static Duration window(EventType type) {
        return switch (type) {
            case FLOOD, EVACUATION, ROAD_CLOSURE, STORM -> Duration.ofDays(14);
            case POWER_OUTAGE, UTILITY_OUTAGE, LANDSLIDE, EARTHQUAKE -> Duration.ofDays(4);
            default -> Duration.ofHours(72);
        };
    }

    static Optional<Decision> decide(EventType type, Instant reportedAt, Set<String> keys, Collection<Candidate> candidates) {
        return candidates.stream().filter(c -> within(type, reportedAt, c))
                .map(c -> new Decision(c.id(), score(type, reportedAt, keys, c)))
                .filter(d -> d.score() >= JOIN).max(Comparator.comparingDouble(Decision::score));
    }

    /** A report joins only incidents whose last report lies within the type's window of it. */
    private static boolean within(EventType type, Instant reportedAt, Candidate candidate) {
        return reportedAt == null || candidate.lastReportAt() == null
                || Duration.between(candidate.lastReportAt(), reportedAt).abs().compareTo(window(type)) <= 0;
    }

    static double score(EventType type, Instant reportedAt, Set<String> keys, Candidate candidate) {
        double place = 0;
        boolean object = false;
        for (String key : keys) {
            if (!candidate.entityKeys().contains(key)) {
                continue;
            }
            place = Math.max(place, placeWeight(key));
            object |= key.startsWith("object:");
        }
        double time;
        if (reportedAt == null || candidate.lastReportAt() == null) {
            time = 0.5;
        } else {
            double hours = Math.abs(Duration.between(candidate.lastReportAt(), reportedAt).toMinutes()) / 60.0;
            time = Math.exp(-hours / (window(type).toHours() / 2.0));
        }
        return 0.25 + 0.35 * place + (object ? 0.2 : 0) + 0.2 * time;
    }

    private static double placeWeight(String key) {
        if (key.startsWith("settlement:") || key.startsWith("street:") || key.startsWith("road:") || key.startsWith("object:")
                || key.startsWith("place:") || key.startsWith("river:")) {
            return 1;
        }
        if (key.startsWith("district:")) {
            return 0.5;
        }
        return key.startsWith("region:") || key.startsWith("country:") ? 0.2 : 0;
    }

    /** The keys that place a report: places and objects, without organisations and people. */
    static boolean locating(String key) {
        return List.of("settlement:", "district:", "region:", "country:", "river:", "street:", "road:", "place:", "object:")
                .stream().anyMatch(key::startsWith);
    }
}
