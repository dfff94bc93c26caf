package ru.sppr.chat.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.sppr.chat.storage.TestDatabases.Backend;

/** The situation model's watermark and the lease that lets one process of several derive it. */
@OnEachBackend
class SituationWatermarkTest extends StorageTest {
    private static final Duration LEASE = Duration.ofMinutes(5);
    JdbiSituationStore store;

    SituationWatermarkTest(Backend backend) {
        super(backend);
    }

    @BeforeEach
    void setUp() {
        store = new JdbiSituationStore(database.jdbi());
    }

    @Test
    void should_let_one_holder_derive_until_its_lease_runs_out() {
        assertThat(store.lease("a", T0, T0.plus(LEASE))).isTrue();
        assertThat(store.lease("b", T0.plusSeconds(60), T0.plusSeconds(60).plus(LEASE))).as("a holds it").isFalse();
        assertThat(store.lease("a", T0.plusSeconds(60), T0.plusSeconds(60).plus(LEASE))).as("a renews it").isTrue();

        assertThat(store.derived("a", 3)).isTrue();
        assertThat(store.derived("b", 4)).as("no watermark without the lease").isFalse();
        assertThat(store.derivedSeq()).isEqualTo(3);

        Instant later = T0.plusSeconds(60).plus(LEASE).plusSeconds(1);
        assertThat(store.lease("b", later, later.plus(LEASE))).as("a stopped renewing: b takes over").isTrue();
        assertThat(store.derived("a", 5)).as("a lost it").isFalse();
        assertThat(store.derivedSeq()).isEqualTo(3);
    }

    @Test
    void should_free_the_lease_on_release_by_its_holder_only() {
        assertThat(store.lease("a", T0, T0.plus(LEASE))).isTrue();
        store.release("b");
        assertThat(store.lease("b", T0, T0.plus(LEASE))).isFalse();
        store.release("a");
        assertThat(store.lease("b", T0, T0.plus(LEASE))).isTrue();
    }

    @Test
    void should_set_the_watermark_where_a_rebuild_read_the_knowledge_base() {
        store.clear(3, 17);

        assertThat(store.derivedSeq()).isEqualTo(17);
        assertThat(store.rulesVersion()).isEqualTo(3);
    }
}
