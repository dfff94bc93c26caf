package ru.sppr.chat.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import ru.sppr.chat.knowledge.source.SourceType;
import ru.sppr.chat.situation.Attribute;
import ru.sppr.chat.situation.EventType;
import ru.sppr.chat.situation.IncidentGrouper;
import ru.sppr.chat.situation.Mention;
import ru.sppr.chat.situation.MentionKind;
import ru.sppr.chat.situation.Observation;
import ru.sppr.chat.situation.ReportAnalysis;
import ru.sppr.chat.situation.SituationStore;

/** The situation model in {@code sit_*} tables; reads join {@code kb_sources} to keep within the reader's clearance. */
public final class JdbiSituationStore implements SituationStore {
    private static final int EXCERPT = 400;
    private final Jdbi jdbi;

    public JdbiSituationStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void write(List<ReportAnalysis> reports) {
        if (reports.isEmpty()) {
            return;
        }
        jdbi.useTransaction(h -> {
            List<String> ids = reports.stream().map(ReportAnalysis::sourceId).toList();
            forgetIn(h, ids);
            Map<String, Mention> entities = new LinkedHashMap<>();
            var mentions = h.prepareBatch("INSERT INTO sit_mentions (source_id, ordinal, entity_key, kind, start_pos, end_pos, surface) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)");
            var observations = h.prepareBatch("INSERT INTO sit_observations (source_id, ordinal, entity_key, attribute, value_num, "
                    + "state, unit, qualifier, observed_at, reported_at, correction, start_pos, end_pos) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            int mentionRows = 0;
            int observationRows = 0;
            for (ReportAnalysis report : reports) {
                for (var fragment : report.fragments()) {
                    for (Mention m : fragment.mentions()) {
                        if (!m.kind().entity()) {
                            continue;
                        }
                        entities.putIfAbsent(cut(m.key(), 300), m);
                        mentions.add(report.sourceId(), fragment.ordinal(), cut(m.key(), 300), m.kind().code(), m.start(), m.end(),
                                cut(m.text(), 300));
                        mentionRows++;
                    }
                    for (Observation o : fragment.observations()) {
                        observations.add(report.sourceId(), fragment.ordinal(), cut(o.entityKey(), 300), o.attribute().code(), o.value(),
                                o.state(), o.unit(), o.qualifier().code(), ts(o.observedAt()), ts(fragment.knownAt(report.reportedAt())), o.correction(),
                                o.start(), o.end());
                        observationRows++;
                    }
                }
            }
            if (mentionRows > 0) {
                mentions.execute();
            }
            if (observationRows > 0) {
                observations.execute();
            }
            insertNewEntities(h, entities);
        });
    }

    private static void insertNewEntities(Handle h, Map<String, Mention> entities) {
        Set<String> known = new HashSet<>();
        List<String> keys = new ArrayList<>(entities.keySet());
        for (int from = 0; from < keys.size(); from += 1000) {
            h.createQuery("SELECT entity_key FROM sit_entities WHERE entity_key IN (<keys>)")
                    .bindList("keys", keys.subList(from, Math.min(keys.size(), from + 1000))).mapTo(String.class).forEach(known::add);
        }
        var insert = h.prepareBatch("INSERT INTO sit_entities (entity_key, kind, subtype, name) VALUES (?, ?, ?, ?)");
        int added = 0;
        for (var e : entities.entrySet()) {
            if (known.add(e.getKey())) {
                Mention m = e.getValue();
                insert.add(e.getKey(), m.kind().code(), m.kind() == MentionKind.OBJECT ? m.subtype() : null, cut(m.name(), 300));
                added++;
            }
        }
        if (added > 0) {
            insert.execute();
        }
    }

    @Override
    public void forget(String sourceId) {
        jdbi.useTransaction(h -> forgetIn(h, List.of(sourceId)));
    }

    /** Removes what was derived from the sources, their incident links, and incidents left without reports. */
    private static void forgetIn(Handle h, List<String> sourceIds) {
        h.createUpdate("DELETE FROM sit_mentions WHERE source_id IN (<s>)").bindList("s", sourceIds).execute();
        h.createUpdate("DELETE FROM sit_observations WHERE source_id IN (<s>)").bindList("s", sourceIds).execute();
        List<Long> incidents = h.createQuery("SELECT DISTINCT incident_id FROM sit_incident_reports WHERE source_id IN (<s>)")
                .bindList("s", sourceIds).mapTo(Long.class).list();
        if (incidents.isEmpty()) {
            return;
        }
        h.createUpdate("DELETE FROM sit_incident_reports WHERE source_id IN (<s>)").bindList("s", sourceIds).execute();
        h.createUpdate("DELETE FROM sit_incident_entities WHERE source_id IN (<s>)").bindList("s", sourceIds).execute();
        for (long id : incidents) {
            int left = h.createQuery("SELECT COUNT(*) FROM sit_incident_reports WHERE incident_id = :i").bind("i", id)
                    .mapTo(Integer.class).one();
            if (left == 0) {
                h.createUpdate("DELETE FROM sit_incidents WHERE id = :i").bind("i", id).execute();
            } else {
                refreshTimes(h, id);
            }
        }
    }

    @Override
    public List<IncidentGrouper.Candidate> groupable() {
        return jdbi.withHandle(h -> {
            Map<Long, Set<String>> named = new HashMap<>();
            h.createQuery("SELECT incident_id, entity_key FROM sit_incident_entities")
                    .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                    .forEach(e -> named.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue()));
            Map<Long, List<String>> wordings = new HashMap<>();
            h.createQuery("SELECT incident_id, wording FROM sit_incident_reports")
                    .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                    .forEach(e -> wordings.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
            Map<Long, Map<String, IncidentGrouper.Series>> posts = new HashMap<>();
            h.createQuery("SELECT incident_id, publisher, MIN(reported_at), MAX(reported_at) FROM sit_incident_reports "
                            + "WHERE publisher IS NOT NULL AND reported_at IS NOT NULL GROUP BY incident_id, publisher")
                    .map((rs, ctx) -> Map.entry(rs.getLong(1), Map.entry(rs.getString(2), new IncidentGrouper.Series(instant(rs, 3), instant(rs, 4)))))
                    .forEach(e -> posts.computeIfAbsent(e.getKey(), k -> new HashMap<>()).put(e.getValue().getKey(), e.getValue().getValue()));
            return h.createQuery("SELECT id, event_type, last_report_at FROM sit_incidents ORDER BY id")
                    .map((rs, ctx) -> new IncidentGrouper.Candidate(rs.getLong(1), EventType.parse(rs.getString(2)), instant(rs, 3),
                            named.getOrDefault(rs.getLong(1), Set.of()), wordings.getOrDefault(rs.getLong(1), List.of()),
                            posts.getOrDefault(rs.getLong(1), Map.of())))
                    .list();
        });
    }

    @Override
    public Map<String, Set<String>> reportKeys() {
        Map<String, Set<String>> out = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT source_id, entity_key FROM sit_incident_entities")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue())));
        return out;
    }

    @Override
    public void merge(long from, long into) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM sit_incident_reports WHERE incident_id = :from AND source_id IN "
                    + "(SELECT source_id FROM sit_incident_reports WHERE incident_id = :into)").bind("from", from).bind("into", into).execute();
            h.createUpdate("UPDATE sit_incident_reports SET incident_id = :into WHERE incident_id = :from")
                    .bind("from", from).bind("into", into).execute();
            h.createUpdate("UPDATE sit_incident_entities SET incident_id = :into WHERE incident_id = :from")
                    .bind("from", from).bind("into", into).execute();
            h.createUpdate("DELETE FROM sit_incidents WHERE id = :from").bind("from", from).execute();
            refreshTimes(h, into);
        });
    }

    @Override
    public long reportCount() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM sit_incident_reports").mapTo(Long.class).one());
    }

    @Override
    public long newIncident(EventType type) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO sit_incidents (event_type) VALUES (:t)").bind("t", type.code())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    @Override
    public void attach(long incidentId, Attachment report) {
        Instant reportedAt = report.reportedAt();
        jdbi.useTransaction(h -> {
            h.createUpdate("INSERT INTO sit_incident_reports (incident_id, source_id, reported_at, publisher, score, duplicate_of, "
                            + "signature, wording) VALUES (:i, :s, :at, :publisher, :score, :dup, :sig, :wording)")
                    .bind("i", incidentId).bind("s", report.sourceId()).bind("at", ts(reportedAt))
                    .bind("publisher", report.publisher() == null ? null : cut(report.publisher(), 300)).bind("score", report.score())
                    .bind("dup", report.duplicateOf()).bind("sig", report.signature()).bind("wording", report.wording()).execute();
            if (!report.entityKeys().isEmpty()) {
                var batch = h.prepareBatch("INSERT INTO sit_incident_entities (incident_id, source_id, entity_key) VALUES (?, ?, ?)");
                report.entityKeys().forEach(k -> batch.add(incidentId, report.sourceId(), cut(k, 300)));
                batch.execute();
            }
            if (reportedAt != null) {
                h.createUpdate("UPDATE sit_incidents SET first_report_at = CASE WHEN first_report_at IS NULL OR first_report_at > :at "
                                + "THEN :at ELSE first_report_at END, last_report_at = CASE WHEN last_report_at IS NULL OR last_report_at < :at "
                                + "THEN :at ELSE last_report_at END WHERE id = :i")
                        .bind("i", incidentId).bind("at", ts(reportedAt)).execute();
            }
        });
    }

    private static void refreshTimes(Handle h, long incidentId) {
        h.createUpdate("UPDATE sit_incidents SET first_report_at = (SELECT MIN(reported_at) FROM sit_incident_reports WHERE incident_id = :i), "
                + "last_report_at = (SELECT MAX(reported_at) FROM sit_incident_reports WHERE incident_id = :i) WHERE id = :i")
                .bind("i", incidentId).execute();
    }

    @Override
    public Map<String, String> signatures(long incidentId) {
        return jdbi.withHandle(h -> {
            Map<String, String> out = new LinkedHashMap<>();
            h.createQuery("SELECT source_id, signature FROM sit_incident_reports WHERE incident_id = :i ORDER BY reported_at")
                    .bind("i", incidentId).map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                    .forEach(e -> out.put(e.getKey(), e.getValue()));
            return out;
        });
    }

    @Override
    public List<IncidentRow> incidents(IncidentFilter filter, Set<String> access) {
        var sql = new StringBuilder("SELECT i.id, i.event_type, MIN(r.reported_at), MAX(r.reported_at), COUNT(*) FROM sit_incidents i "
                + "JOIN sit_incident_reports r ON r.incident_id = i.id JOIN kb_sources s ON s.id = r.source_id "
                + "WHERE s.access IN (<access>)");
        if (filter.id() != null) {
            sql.append(" AND i.id = :id");
        }
        if (filter.type() != null) {
            sql.append(" AND i.event_type = :type");
        }
        if (filter.placeKeyPart() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM sit_incident_entities e JOIN kb_sources es ON es.id = e.source_id "
                    + "WHERE e.incident_id = i.id AND es.access IN (<access>) AND e.entity_key LIKE :place)");
        }
        sql.append(" GROUP BY i.id, i.event_type");
        if (filter.since() != null) {
            sql.append(" HAVING MAX(r.reported_at) >= :since");
        }
        sql.append(" ORDER BY MAX(r.reported_at) DESC NULLS LAST, i.id DESC LIMIT :limit");
        return jdbi.withHandle(h -> {
            var q = h.createQuery(sql.toString()).bindList("access", List.copyOf(access)).bind("limit", filter.limit());
            if (filter.id() != null) {
                q.bind("id", filter.id());
            }
            if (filter.type() != null) {
                q.bind("type", filter.type().code());
            }
            if (filter.placeKeyPart() != null) {
                q.bind("place", "%" + filter.placeKeyPart() + "%");
            }
            if (filter.since() != null) {
                q.bind("since", ts(filter.since()));
            }
            return q.map((rs, ctx) -> new IncidentRow(rs.getLong(1), EventType.parse(rs.getString(2)), instant(rs, 3), instant(rs, 4),
                    rs.getInt(5))).list();
        });
    }

    @Override
    public List<ReportRow> reports(long incidentId, Set<String> access) {
        return jdbi.withHandle(h -> h.createQuery("SELECT r.source_id, s.title, r.reported_at, r.duplicate_of, s.type FROM sit_incident_reports r "
                        + "JOIN kb_sources s ON s.id = r.source_id WHERE r.incident_id = :i AND s.access IN (<access>) "
                        + "ORDER BY r.reported_at NULLS FIRST, r.source_id")
                .bind("i", incidentId).bindList("access", List.copyOf(access))
                .map((rs, ctx) -> new ReportRow(rs.getString(1), rs.getString(2), SourceType.parse("type", rs.getString(5)), instant(rs, 3), rs.getString(4))).list());
    }

    @Override
    public List<EntityRow> incidentEntities(long incidentId, Set<String> access) {
        return jdbi.withHandle(h -> h.createQuery("SELECT e.entity_key, n.kind, n.subtype, n.name, COUNT(*) FROM sit_incident_entities e "
                        + "JOIN kb_sources s ON s.id = e.source_id JOIN sit_entities n ON n.entity_key = e.entity_key "
                        + "WHERE e.incident_id = :i AND s.access IN (<access>) GROUP BY e.entity_key, n.kind, n.subtype, n.name "
                        + "ORDER BY COUNT(*) DESC, e.entity_key")
                .bind("i", incidentId).bindList("access", List.copyOf(access)).map((rs, ctx) -> entityRow(rs)).list());
    }

    @Override
    public List<ObservationRow> observations(Collection<String> entityKeys, Set<String> access) {
        if (entityKeys.isEmpty()) {
            return List.of();
        }
        return observationQuery("o.entity_key IN (<keys>)", new ArrayList<>(new LinkedHashSet<>(entityKeys)), access);
    }

    @Override
    public List<ObservationRow> observationsIn(Collection<String> sourceIds, Set<String> access) {
        if (sourceIds.isEmpty()) {
            return List.of();
        }
        return observationQuery("o.source_id IN (<keys>)", new ArrayList<>(new LinkedHashSet<>(sourceIds)), access);
    }

    private List<ObservationRow> observationQuery(String where, List<String> keys, Set<String> access) {
        return jdbi.withHandle(h -> h.createQuery("SELECT o.id, o.entity_key, n.name, o.attribute, o.value_num, o.state, o.unit, "
                        + "o.qualifier, o.observed_at, o.reported_at, o.correction, o.source_id, s.title, o.ordinal, f.text, o.start_pos, o.end_pos, s.type, f.location "
                        + "FROM sit_observations o JOIN kb_sources s ON s.id = o.source_id "
                        + "JOIN kb_fragments f ON f.source_id = o.source_id AND f.ordinal = o.ordinal "
                        + "LEFT JOIN sit_entities n ON n.entity_key = o.entity_key "
                        + "WHERE " + where + " AND s.access IN (<access>) ORDER BY o.observed_at NULLS FIRST, o.id")
                .bindList("keys", keys).bindList("access", List.copyOf(access))
                .map((rs, ctx) -> new ObservationRow(rs.getLong(1), rs.getString(2), rs.getString(3) == null ? "" : rs.getString(3),
                        Attribute.parse(rs.getString(4)), (Double) rs.getObject(5) == null ? null : rs.getDouble(5), rs.getString(6),
                        rs.getString(7), Observation.Qualifier.valueOf(rs.getString(8).toUpperCase(Locale.ROOT)),
                        instant(rs, 9), instant(rs, 10), rs.getBoolean(11), rs.getString(12), rs.getString(13), SourceType.parse("type", rs.getString(18)), rs.getInt(14),
                        excerpt(rs.getString(15), rs.getInt(16), rs.getInt(17)), rs.getString(19))).list());
    }

    @Override
    public Map<String, Set<Long>> incidentsOf(Collection<String> sourceIds, Set<String> access) {
        Map<String, Set<Long>> out = new LinkedHashMap<>();
        if (sourceIds.isEmpty()) {
            return out;
        }
        jdbi.useHandle(h -> h.createQuery("SELECT r.source_id, r.incident_id FROM sit_incident_reports r JOIN kb_sources s ON s.id = r.source_id "
                        + "WHERE r.source_id IN (<ids>) AND s.access IN (<access>)")
                .bindList("ids", new ArrayList<>(new LinkedHashSet<>(sourceIds))).bindList("access", List.copyOf(access))
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new TreeSet<>()).add(e.getValue())));
        return out;
    }

    @Override
    public List<EntityRow> entities(String query, Set<String> access, int limit) {
        String like = query == null || query.isBlank() ? "%" : "%" + query.toLowerCase(Locale.ROOT).replace('ё', 'е') + "%";
        return jdbi.withHandle(h -> h.createQuery("SELECT n.entity_key, n.kind, n.subtype, n.name, COUNT(*) FROM sit_entities n "
                        + "JOIN sit_mentions m ON m.entity_key = n.entity_key JOIN kb_sources s ON s.id = m.source_id "
                        + "WHERE s.access IN (<access>) AND (LOWER(n.name) LIKE :q OR n.entity_key LIKE :q) "
                        + "GROUP BY n.entity_key, n.kind, n.subtype, n.name ORDER BY COUNT(*) DESC, n.entity_key LIMIT :limit")
                .bindList("access", List.copyOf(access)).bind("q", like).bind("limit", limit).map((rs, ctx) -> entityRow(rs)).list());
    }

    @Override
    public List<NamedIn> mentionsOf(String entityKey, Set<String> access, int limit) {
        List<NamedIn> latest = jdbi.withHandle(h -> h.createQuery("SELECT m.source_id, s.title, s.type, m.ordinal, f.location, "
                        + "COALESCE(f.observed_at, s.observed_at) AS named_at, f.text, m.start_pos, m.end_pos FROM sit_mentions m "
                        + "JOIN kb_sources s ON s.id = m.source_id JOIN kb_fragments f ON f.source_id = m.source_id AND f.ordinal = m.ordinal "
                        + "WHERE m.entity_key = :k AND s.access IN (<access>) ORDER BY named_at DESC NULLS LAST, m.source_id, m.ordinal, m.start_pos LIMIT :limit")
                .bind("k", entityKey).bindList("access", List.copyOf(access)).bind("limit", limit)
                .map((rs, ctx) -> new NamedIn(rs.getString(1), rs.getString(2), SourceType.parse("type", rs.getString(3)), rs.getInt(4),
                        rs.getString(5), instant(rs, 6), rs.getString(7), rs.getInt(8), rs.getInt(9))).list());
        return latest.reversed();
    }

    @Override
    public Optional<EntityRow> entity(String key, Set<String> access) {
        return jdbi.withHandle(h -> h.createQuery("SELECT n.entity_key, n.kind, n.subtype, n.name, COUNT(*) FROM sit_entities n "
                        + "JOIN sit_mentions m ON m.entity_key = n.entity_key JOIN kb_sources s ON s.id = m.source_id "
                        + "WHERE n.entity_key = :k AND s.access IN (<access>) GROUP BY n.entity_key, n.kind, n.subtype, n.name")
                .bind("k", key).bindList("access", List.copyOf(access)).map((rs, ctx) -> entityRow(rs)).findOne());
    }

    @Override
    public List<EntityRow> knownPlaces() {
        return jdbi.withHandle(h -> h.createQuery("SELECT entity_key, kind, subtype, name, 0 FROM sit_entities "
                + "WHERE kind IN ('settlement', 'district', 'region', 'river', 'street')").map((rs, ctx) -> entityRow(rs)).list());
    }

    @Override
    public int rulesVersion() {
        return jdbi.withHandle(h -> h.createQuery("SELECT rules_version FROM sit_state WHERE id = 1").mapTo(Integer.class).one());
    }

    @Override
    public boolean claimRules(int rulesVersion) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE sit_state SET rules_version = :v WHERE id = 1 AND rules_version <> :v")
                .bind("v", rulesVersion).execute()) == 1;
    }

    @Override
    public void clear(int rulesVersion, long seq) {
        jdbi.useTransaction(h -> {
            for (String table : List.of("sit_mentions", "sit_observations", "sit_incident_entities", "sit_incident_reports",
                    "sit_incidents", "sit_entities")) {
                h.createUpdate("DELETE FROM " + table).execute();
            }
            h.createUpdate("UPDATE sit_state SET rules_version = :v, derived_seq = :seq WHERE id = 1")
                    .bind("v", rulesVersion).bind("seq", seq).execute();
        });
    }

    @Override
    public long derivedSeq() {
        return jdbi.withHandle(h -> h.createQuery("SELECT derived_seq FROM sit_state WHERE id = 1").mapTo(Long.class).one());
    }

    @Override
    public boolean lease(String holder, Instant now, Instant until) {
        return jdbi.withHandle(h -> h.createUpdate("""
                UPDATE sit_state SET lease_holder = :holder, lease_until = :until
                WHERE id = 1 AND (lease_holder IS NULL OR lease_holder = :holder OR lease_until < :now)""")
                .bind("holder", holder).bind("until", Times.bind(until)).bind("now", Times.bind(now)).execute()) == 1;
    }

    @Override
    public boolean derived(String holder, long seq) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE sit_state SET derived_seq = :seq WHERE id = 1 AND lease_holder = :holder")
                .bind("seq", seq).bind("holder", holder).execute()) == 1;
    }

    @Override
    public void release(String holder) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE sit_state SET lease_holder = NULL, lease_until = NULL WHERE id = 1 AND lease_holder = :holder")
                .bind("holder", holder).execute());
    }

    private static EntityRow entityRow(ResultSet rs) throws SQLException {
        return new EntityRow(rs.getString(1), MentionKind.parse(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getInt(5));
    }

    /** The sentence around a span, cut at sentence ends where it can be, else at word boundaries. */
    private static String excerpt(String text, int start, int end) {
        int from = Math.max(0, Math.min(start, text.length()));
        int to = Math.max(from, Math.min(end, text.length()));
        int s = from;
        while (s > 0 && !sentenceEnd(text, s - 1) && from - s < EXCERPT / 2) {
            s--;
        }
        int e = to;
        while (e < text.length() && !sentenceEnd(text, e) && e - to < EXCERPT / 2) {
            e++;
        }
        if (e < text.length() && text.charAt(e) != '\n') {
            e++;
        }
        return text.substring(s, e).strip();
    }

    /** A stop that ends a sentence: not the dot of an abbreviation such as «с.», «ул.», «т.» (a short lower-case word). */
    private static boolean sentenceEnd(String text, int at) {
        char c = text.charAt(at);
        if (c != '.') {
            return "!?\n".indexOf(c) >= 0;
        }
        if (at + 1 < text.length() && Character.isDigit(text.charAt(at + 1))) {
            return false;
        }
        int word = at;
        while (word > 0 && Character.isLetter(text.charAt(word - 1))) {
            word--;
        }
        int letters = at - word;
        return letters == 0 || letters > 3 || !Character.isLowerCase(text.charAt(word));
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private static OffsetDateTime ts(Instant instant) {
        return Times.bind(instant);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
