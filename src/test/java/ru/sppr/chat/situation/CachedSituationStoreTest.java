package ru.sppr.chat.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import ru.sppr.chat.situation.SituationStore.EntityRow;

class CachedSituationStoreTest {
    private static final Set<String> INTERNAL = Set.of("public", "internal");
    private final FakeStore store = new FakeStore();
    private final AtomicLong nanos = new AtomicLong();
    private final CachedSituationStore cached = new CachedSituationStore(store, nanos::get);

    @Test
    void should_answer_a_repeated_read_from_memory() {
        store.names.add("Ключи");

        var first = cached.entities("ключ", INTERNAL, 10);
        var second = cached.entities("ключ", Set.of("internal", "public"), 10);

        assertThat(second).isEqualTo(first).extracting(EntityRow::name).containsExactly("Ключи");
        assertThat(store.reads.get()).isEqualTo(1);
    }

    @Test
    void should_read_again_after_a_write_through_it() {
        store.names.add("Ключи");
        cached.entities("ключ", INTERNAL, 10);

        store.names.add("Ключевской мост");
        cached.write(List.of());

        assertThat(cached.entities("ключ", INTERNAL, 10)).extracting(EntityRow::name).containsExactly("Ключи", "Ключевской мост");
        assertThat(store.reads.get()).isEqualTo(2);
    }

    @Test
    void should_read_again_after_every_kind_of_write() {
        List<Runnable> writes = List.of(() -> cached.write(List.of()), () -> cached.forget("s1"),
                () -> cached.newIncident(EventType.FIRE), () -> cached.merge(1, 2), () -> cached.clear(1, 0),
                () -> cached.attach(1, new SituationStore.Attachment("s1", Instant.EPOCH, null, 1, null, "", "", Set.of())), () -> cached.claimRules(1));
        for (Runnable write : writes) {
            cached.entities("ключ", INTERNAL, 10);
            int before = store.reads.get();
            write.run();
            cached.entities("ключ", INTERNAL, 10);
            assertThat(store.reads.get()).isEqualTo(before + 1);
        }
    }

    @Test
    void should_see_changes_made_elsewhere_once_a_read_is_older_than_its_freshness() {
        store.names.add("Ключи");
        cached.entities("ключ", INTERNAL, 10);
        store.names.add("Ключевской мост");

        nanos.addAndGet(CachedSituationStore.FRESH_FOR.toNanos() - 1);
        assertThat(cached.entities("ключ", INTERNAL, 10)).hasSize(1);
        nanos.addAndGet(2);
        assertThat(cached.entities("ключ", INTERNAL, 10)).hasSize(2);
    }

    @Test
    void should_keep_reads_of_other_clearances_and_arguments_apart() {
        store.names.add("Ключи");

        cached.entities("ключ", INTERNAL, 10);
        cached.entities("ключ", Set.of("public"), 10);
        cached.entities("ключ", INTERNAL, 5);
        cached.entities("ольх", INTERNAL, 10);

        assertThat(store.reads.get()).isEqualTo(4);
    }

    @Test
    void should_hand_out_copies_the_caller_may_change() {
        store.names.add("Ключи");

        cached.entities("ключ", INTERNAL, 10).clear();
        cached.incidentsOf(List.of("s1"), INTERNAL).get("s1").add(99L);

        assertThat(cached.entities("ключ", INTERNAL, 10)).hasSize(1);
        assertThat(cached.incidentsOf(List.of("s1"), INTERNAL)).isEqualTo(Map.of("s1", Set.of(7L)));
    }

    @Test
    void should_remember_a_bounded_number_of_rows() {
        var small = new CachedSituationStore(store, nanos::get, 50);
        store.names.add("Ключи");

        for (int i = 0; i < 1_000; i++) {
            small.entities("ключ" + i, INTERNAL, 10);
        }

        assertThat(small.rowsRemembered()).isLessThanOrEqualTo(50);
    }

    @Test
    void should_never_serve_a_read_from_before_the_last_write_to_concurrent_readers() throws Exception {
        var failures = new CopyOnWriteArrayList<String>();
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (int t = 0; t < 7; t++) {
                pool.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        int version = store.version.get();
                        int seen = cached.entities("ключ", INTERNAL, 10).size();
                        if (seen < version) {
                            failures.add("read " + seen + " names after version " + version + " was written");
                        }
                    }
                });
            }
            pool.submit(() -> {
                for (int i = 0; i < 200; i++) {
                    store.names.add("Имя " + i);
                    cached.write(List.of());
                    store.version.incrementAndGet();
                }
            });
        }

        assertThat(failures).isEmpty();
        assertThat(cached.entities("ключ", INTERNAL, 10)).hasSize(200);
    }

    /** Entities named as listed; every source reports on incident 7. */
    private static final class FakeStore implements SituationStore {
        final List<String> names = new CopyOnWriteArrayList<>();
        final AtomicInteger reads = new AtomicInteger();
        final AtomicInteger version = new AtomicInteger();

        @Override
        public List<EntityRow> entities(String query, Set<String> access, int limit) {
            reads.incrementAndGet();
            var rows = new ArrayList<EntityRow>();
            names.forEach(n -> rows.add(new EntityRow("settlement:" + n.toLowerCase(), MentionKind.SETTLEMENT, "", n, 1)));
            return rows;
        }

        @Override
        public Map<String, Set<Long>> incidentsOf(Collection<String> sourceIds, Set<String> access) {
            reads.incrementAndGet();
            var out = new java.util.LinkedHashMap<String, Set<Long>>();
            sourceIds.forEach(id -> out.put(id, new java.util.TreeSet<>(Set.of(7L))));
            return out;
        }

        @Override public void write(List<ReportAnalysis> reports) { }
        @Override public void forget(String sourceId) { }
        @Override public List<IncidentGrouper.Candidate> groupable() { return List.of(); }
        @Override public long newIncident(EventType type) { return 1; }
        @Override public void merge(long from, long into) { }
        @Override public long reportCount() { return 0; }
        @Override public void attach(long incidentId, Attachment report) { }
        @Override public Map<String, Set<String>> reportKeys() { return Map.of(); }
        @Override public Map<String, String> signatures(long incidentId) { return Map.of(); }
        @Override public List<IncidentRow> incidents(IncidentFilter filter, Set<String> access) { return List.of(); }
        @Override public List<ReportRow> reports(long incidentId, Set<String> access) { return List.of(); }
        @Override public List<EntityRow> incidentEntities(long incidentId, Set<String> access) { return List.of(); }
        @Override public List<ObservationRow> observations(Collection<String> entityKeys, Set<String> access) { return List.of(); }
        @Override public List<ObservationRow> observationsIn(Collection<String> sourceIds, Set<String> access) { return List.of(); }
        @Override public List<NamedIn> mentionsOf(String entityKey, Set<String> access, int limit) { return List.of(); }
        @Override public Optional<EntityRow> entity(String key, Set<String> access) { return Optional.empty(); }
        @Override public List<EntityRow> knownPlaces() { return List.of(); }
        @Override public int rulesVersion() { return 1; }
        @Override public boolean claimRules(int rulesVersion) { return false; }
        @Override public void clear(int rulesVersion, long seq) { }
        @Override public long derivedSeq() { return 0; }
        @Override public boolean lease(String holder, Instant now, Instant until) { return true; }
        @Override public boolean derived(String holder, long seq) { return true; }
        @Override public void release(String holder) { }
    }
}
