package ru.sppr.chat.situation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The store's reads that answering a question makes — entities by name, incidents, their reports and entities,
 * observations — remembered for a short while, since the same few names and incidents are asked about again and again.
 * <p>
 * Every write through this store starts a new generation: a read made afterwards never sees an answer remembered
 * before it, so an upload on this node is visible to the next question. Changes made by another node or process reach
 * the database directly; they are seen once the remembered answers expire, {@link #FRESH_FOR} after they were read.
 * Callers get their own mutable copies, as from the database.
 */
public final class CachedSituationStore implements SituationStore {
    /** How long a read is trusted without asking the database again (changes made elsewhere are seen after that). */
    public static final Duration FRESH_FOR = Duration.ofSeconds(2);
    /** Rows remembered at most, over all reads. */
    private static final long MAX_ROWS = 100_000;

    private final SituationStore store;
    private final AtomicLong generation = new AtomicLong();
    private final Cache<Key, Object> reads;

    /** Over a store, with the system's monotonic clock. */
    public CachedSituationStore(SituationStore store) {
        this(store, System::nanoTime);
    }

    /** Over a store, with {@code nanoTime} as the clock that ages remembered reads. */
    public CachedSituationStore(SituationStore store, LongSupplier nanoTime) {
        this(store, nanoTime, MAX_ROWS);
    }

    CachedSituationStore(SituationStore store, LongSupplier nanoTime, long maxRows) {
        this.store = Objects.requireNonNull(store, "store");
        this.reads = Caffeine.newBuilder().maximumWeight(maxRows).weigher(CachedSituationStore::rows)
                .expireAfterWrite(FRESH_FOR).ticker(nanoTime::getAsLong).executor(Runnable::run).build();
    }

    /** Rows (and reads) remembered now. */
    long rowsRemembered() {
        reads.cleanUp();
        return reads.policy().eviction().orElseThrow().weightedSize().orElseThrow();
    }

    /** A read: which one, its arguments, and the generation of the store it was made in. */
    private record Key(String read, Object first, Object second, Object third, long generation) {}

    @SuppressWarnings("unchecked")
    private <T> T remembered(String read, Object first, Object second, Object third, Supplier<T> load) {
        return (T) reads.get(new Key(read, first, second, third, generation.get()), k -> load.get());
    }

    private static int rows(Key key, Object value) {
        return 1 + (value instanceof Collection<?> c ? c.size() : value instanceof Map<?, ?> m ? m.size() : 0);
    }

    private void changed() {
        generation.incrementAndGet();
    }

    /** A write through to the store; whatever it did, even if it failed half-way, what was remembered is old. */
    private <T> T written(Supplier<T> write) {
        try {
            return write.get();
        } finally {
            changed();
        }
    }

    private void written(Runnable write) {
        try {
            write.run();
        } finally {
            changed();
        }
    }

    @Override
    public List<EntityRow> entities(String query, Set<String> access, int limit) {
        List<EntityRow> rows = remembered("entities", query, Set.copyOf(access), limit,
                () -> List.copyOf(store.entities(query, access, limit)));
        return new ArrayList<>(rows);
    }

    @Override
    public Optional<EntityRow> entity(String key, Set<String> access) {
        return remembered("entity", key, Set.copyOf(access), null, () -> store.entity(key, access));
    }

    @Override
    public List<IncidentRow> incidents(IncidentFilter filter, Set<String> access) {
        List<IncidentRow> rows = remembered("incidents", filter, Set.copyOf(access), null,
                () -> List.copyOf(store.incidents(filter, access)));
        return new ArrayList<>(rows);
    }

    @Override
    public List<ReportRow> reports(long incidentId, Set<String> access) {
        List<ReportRow> rows = remembered("reports", incidentId, Set.copyOf(access), null,
                () -> List.copyOf(store.reports(incidentId, access)));
        return new ArrayList<>(rows);
    }

    @Override
    public List<EntityRow> incidentEntities(long incidentId, Set<String> access) {
        List<EntityRow> rows = remembered("incidentEntities", incidentId, Set.copyOf(access), null,
                () -> List.copyOf(store.incidentEntities(incidentId, access)));
        return new ArrayList<>(rows);
    }

    @Override
    public List<ObservationRow> observations(Collection<String> entityKeys, Set<String> access) {
        List<String> keys = List.copyOf(entityKeys);
        List<ObservationRow> rows = remembered("observations", keys, Set.copyOf(access), null,
                () -> List.copyOf(store.observations(entityKeys, access)));
        return new ArrayList<>(rows);
    }

    @Override
    public List<ObservationRow> observationsIn(Collection<String> sourceIds, Set<String> access) {
        List<String> ids = List.copyOf(sourceIds);
        List<ObservationRow> rows = remembered("observationsIn", ids, Set.copyOf(access), null,
                () -> List.copyOf(store.observationsIn(sourceIds, access)));
        return new ArrayList<>(rows);
    }

    @Override
    public List<NamedIn> mentionsOf(String entityKey, Set<String> access, int limit) {
        return remembered("mentionsOf", entityKey + "\u0000" + limit, Set.copyOf(access), null,
                () -> List.copyOf(store.mentionsOf(entityKey, access, limit)));
    }

    @Override
    public Map<String, Set<Long>> incidentsOf(Collection<String> sourceIds, Set<String> access) {
        List<String> ids = List.copyOf(sourceIds);
        Map<String, Set<Long>> found = remembered("incidentsOf", ids, Set.copyOf(access), null,
                () -> copy(store.incidentsOf(sourceIds, access)));
        return copy(found);
    }

    private static Map<String, Set<Long>> copy(Map<String, Set<Long>> incidents) {
        Map<String, Set<Long>> copy = new LinkedHashMap<>();
        incidents.forEach((source, ids) -> copy.put(source, new TreeSet<>(ids)));
        return copy;
    }

    @Override
    public void write(List<ReportAnalysis> reports) {
        written(() -> store.write(reports));
    }

    @Override
    public void forget(String sourceId) {
        written(() -> store.forget(sourceId));
    }

    @Override
    public long newIncident(EventType type) {
        return written(() -> store.newIncident(type));
    }

    @Override
    public void merge(long from, long into) {
        written(() -> store.merge(from, into));
    }

    @Override
    public void attach(long incidentId, Attachment report) {
        written(() -> store.attach(incidentId, report));
    }

    @Override
    public boolean claimRules(int rulesVersion) {
        return written(() -> store.claimRules(rulesVersion));
    }

    @Override
    public void clear(int rulesVersion, long seq) {
        written(() -> store.clear(rulesVersion, seq));
    }

    @Override public List<IncidentGrouper.Candidate> groupable() { return store.groupable(); }
    @Override public long reportCount() { return store.reportCount(); }
    @Override public Map<String, Set<String>> reportKeys() { return store.reportKeys(); }
    @Override public Map<String, String> signatures(long incidentId) { return store.signatures(incidentId); }
    @Override public List<EntityRow> knownPlaces() { return store.knownPlaces(); }
    @Override public int rulesVersion() { return store.rulesVersion(); }
    @Override public long derivedSeq() { return store.derivedSeq(); }
    @Override public boolean lease(String holder, Instant now, Instant until) { return store.lease(holder, now, until); }
    @Override public boolean derived(String holder, long seq) { return store.derived(holder, seq); }
    @Override public void release(String holder) { store.release(holder); }
}
