package ru.sppr.chat.situation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The incidents a new report may join, held in memory between reports so grouping costs no database reads: per
 * incident its type, last report time, named places and objects and wordings, with an index from each key to the
 * incidents that name it. Loaded from the store, kept up to date by the model's own writes, and reloaded when the
 * store holds reports this node did not add (another node or process ingested) or after a source was removed.
 */
final class IncidentIndex {
    private final SituationStore store;
    private final Map<Long, IncidentGrouper.Candidate> incidents = new LinkedHashMap<>();
    private final Map<String, Set<Long>> byKey = new HashMap<>();
    private final Map<EventType, TreeSet<IncidentGrouper.Candidate>> byTime = new EnumMap<>(EventType.class);
    private static final Comparator<IncidentGrouper.Candidate> BY_TIME = Comparator
            .comparing(IncidentGrouper.Candidate::lastReportAt).thenComparingLong(IncidentGrouper.Candidate::id);
    private long reportsSeen = -1;

    IncidentIndex(SituationStore store) {
        this.store = store;
    }

    /** Reloads unless the store holds exactly the reports this index has seen. */
    void refresh() {
        long reports = store.reportCount();
        if (reports == reportsSeen) {
            return;
        }
        incidents.clear();
        byKey.clear();
        byTime.clear();
        for (var c : store.groupable()) {
            put(c);
        }
        reportsSeen = reports;
    }

    void invalidate() {
        reportsSeen = -1;
    }

    /** Incidents of the types that name one of the keys, and the most recent {@code recent} of the types in [from, to]. */
    List<IncidentGrouper.Candidate> candidates(Set<EventType> types, Instant from, Instant to, Set<String> keys, int recent) {
        Map<Long, IncidentGrouper.Candidate> found = new LinkedHashMap<>();
        for (String key : keys) {
            for (long id : byKey.getOrDefault(key, Set.of())) {
                var c = incidents.get(id);
                if (types.contains(c.type()) && active(c, from, to)) {
                    found.put(id, c);
                }
            }
        }
        if (from != null) {
            var low = new IncidentGrouper.Candidate(Long.MIN_VALUE, null, from, Set.of(), List.of(), Map.of());
            var high = new IncidentGrouper.Candidate(Long.MAX_VALUE, null, to, Set.of(), List.of(), Map.of());
            for (EventType type : types) {
                var inWindow = byTime.getOrDefault(type, new TreeSet<>(BY_TIME)).subSet(low, true, high, true).descendingSet();
                inWindow.stream().limit(recent).forEach(c -> found.putIfAbsent(c.id(), c));
            }
        }
        return new ArrayList<>(found.values());
    }

    private static boolean active(IncidentGrouper.Candidate c, Instant from, Instant to) {
        return from == null || c.lastReportAt() == null || !c.lastReportAt().isBefore(from) && !c.lastReportAt().isAfter(to);
    }

    /** Records a report the model just attached. */
    void attached(long id, EventType type, SituationStore.Attachment report) {
        var old = incidents.get(id);
        Set<String> allKeys = new HashSet<>(report.entityKeys());
        List<String> wordings = new ArrayList<>(List.of(report.wording()));
        Map<String, IncidentGrouper.Series> posts = new HashMap<>();
        Instant last = report.reportedAt();
        if (old != null) {
            allKeys.addAll(old.entityKeys());
            wordings.addAll(old.wordings());
            posts.putAll(old.posts());
            if (old.lastReportAt() != null && (last == null || old.lastReportAt().isAfter(last))) {
                last = old.lastReportAt();
            }
        }
        if (report.publisher() != null && report.reportedAt() != null) {
            posts.merge(report.publisher(), new IncidentGrouper.Series(report.reportedAt(), report.reportedAt()),
                    (a, b) -> a.with(report.reportedAt()));
        }
        put(new IncidentGrouper.Candidate(id, old == null ? type : old.type(), last, allKeys, wordings, posts));
        reportsSeen++;
    }

    private void put(IncidentGrouper.Candidate c) {
        var old = incidents.put(c.id(), c);
        if (old != null && old.lastReportAt() != null) {
            byTime.get(old.type()).remove(old);
        }
        if (c.lastReportAt() != null) {
            byTime.computeIfAbsent(c.type(), t -> new TreeSet<>(BY_TIME)).add(c);
        }
        for (String key : c.entityKeys()) {
            byKey.computeIfAbsent(key, k -> new HashSet<>()).add(c.id());
        }
    }
}
