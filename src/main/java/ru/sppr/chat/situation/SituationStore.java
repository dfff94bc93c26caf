package ru.sppr.chat.situation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ru.sppr.chat.knowledge.source.SourceType;

/**
 * The situation model in the database. Reads take the access levels the reader is cleared for: a row known only from
 * sources above them does not exist for that reader.
 */
public interface SituationStore {
    /**
     * Replaces what was derived from the sources before (mentions, observations, incident links) with what they say now,
     * in one transaction; adds the entities they introduce.
     */
    void write(List<ReportAnalysis> reports);

    /** Removes everything derived from a source, and incidents left without reports. */
    void forget(String sourceId);

    /** Every incident as grouping sees it: type, last report time, the keys its reports name and their wording. */
    List<IncidentGrouper.Candidate> groupable();

    long newIncident(EventType type);

    /** Moves every report of incident {@code from} into {@code into} and removes {@code from}. */
    void merge(long from, long into);

    /** How many report–incident links there are (a cheap sign that someone else grouped reports). */
    long reportCount();

    /** A report grouped into an incident: who published it (when known), how well it fits, the places and objects it names. */
    record Attachment(String sourceId, Instant reportedAt, String publisher, double score, String duplicateOf, String signature,
                      String wording, Set<String> entityKeys) {}

    /** Adds a report (whose earlier links {@link #write} removed) to an incident. */
    void attach(long incidentId, Attachment report);

    /** The places and objects each grouped report names, by source id (to learn which towns lie in which regions). */
    Map<String, Set<String>> reportKeys();

    /** Signatures of an incident's reports, by source id. */
    Map<String, String> signatures(long incidentId);

    List<IncidentRow> incidents(IncidentFilter filter, Set<String> access);

    List<ReportRow> reports(long incidentId, Set<String> access);

    /** Entities named by an incident's visible reports, most named first. */
    List<EntityRow> incidentEntities(long incidentId, Set<String> access);

    /** Observations of the given entities, from visible sources, in observed order. */
    List<ObservationRow> observations(Collection<String> entityKeys, Set<String> access);

    /** Observations stated by the given sources. */
    List<ObservationRow> observationsIn(Collection<String> sourceIds, Set<String> access);

    /** The incidents each of the given sources reports on. */
    Map<String, Set<Long>> incidentsOf(Collection<String> sourceIds, Set<String> access);

    List<EntityRow> entities(String query, Set<String> access, int limit);

    /** Where visible sources name the entity: each mention with its fragment, at most {@code limit}, the latest when more. */
    List<NamedIn> mentionsOf(String entityKey, Set<String> access, int limit);

    Optional<EntityRow> entity(String key, Set<String> access);

    /** Places and objects the model knows, for the gazetteer at start. */
    List<EntityRow> knownPlaces();

    int rulesVersion();

    /**
     * Records that the model is now derived by the given rules, if it was not: true for exactly one caller (so that of
     * several nodes starting at once only one rebuilds).
     */
    boolean claimRules(int rulesVersion);

    /** Empties the model before a rebuild with the given rules version from the knowledge base as of change {@code seq}. */
    void clear(int rulesVersion, long seq);

    /** The last knowledge change ({@code change_seq}) the model holds. */
    long derivedSeq();

    /**
     * Takes or extends the lease on deriving the model until {@code until}: true when {@code holder} holds it now (it was
     * free, had expired by {@code now}, or was its own already). Of several processes on one database only the holder derives.
     */
    boolean lease(String holder, Instant now, Instant until);

    /** Records that the model holds every knowledge change up to {@code seq}; false when {@code holder} lost the lease. */
    boolean derived(String holder, long seq);

    /** Gives the lease up, if {@code holder} holds it. */
    void release(String holder);

    /** Which incidents list: one by id, or since a time, of a type, naming a place (a part of its key); all when null. */
    record IncidentFilter(Long id, Instant since, EventType type, String placeKeyPart, int limit) {}

    record IncidentRow(long id, EventType type, Instant firstReportAt, Instant lastReportAt, int reports) {}

    record ReportRow(String sourceId, String title, SourceType sourceType, Instant reportedAt, String duplicateOf) {}

    record EntityRow(String key, MentionKind kind, String subtype, String name, int mentions) {}

    /**
     * A mention of an entity in a fragment: the fragment's text with the mention's span, and the fragment's time (else
     * its source's).
     */
    record NamedIn(String sourceId, String sourceTitle, SourceType sourceType, int ordinal, String location, Instant at,
                   String text, int start, int end) {}

    record ObservationRow(long id, String entityKey, String entityName, Attribute attribute, Double value, String state, String unit,
                          Observation.Qualifier qualifier, Instant observedAt, Instant reportedAt, boolean correction,
                          String sourceId, String sourceTitle, SourceType sourceType, int ordinal, String excerpt, String location) {
        /** When the value held: the time the text gives, else the report's own time. */
        public Instant moment() {
            return observedAt != null ? observedAt : reportedAt;
        }
    }
}
