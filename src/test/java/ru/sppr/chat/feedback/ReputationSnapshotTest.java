package ru.sppr.chat.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ReputationSnapshotTest {
    private final AtomicInteger reads = new AtomicInteger();
    private volatile Map<String, Integer> stored = Map.of("doc-7", 2, "doc-9", -1);
    private final AtomicLong nanos = new AtomicLong();
    private final ReputationSnapshot reputation = new ReputationSnapshot(() -> {
        reads.incrementAndGet();
        return stored;
    }, nanos::get);

    @Test
    void should_answer_for_the_asked_sources_only() {
        assertThat(reputation.netNegative(List.of("doc-7", "doc-8", "doc-9")))
                .containsOnly(Map.entry("doc-7", 2), Map.entry("doc-9", -1));
        assertThat(reputation.netNegative(List.of("doc-8"))).isEmpty();
    }

    @Test
    void should_read_the_store_once_per_period_and_see_new_ratings_after_it() {
        reputation.netNegative(List.of("doc-7"));
        stored = Map.of("doc-7", 3);
        assertThat(reputation.netNegative(List.of("doc-7"))).containsExactly(Map.entry("doc-7", 2));
        assertThat(reads).hasValue(1);

        nanos.addAndGet(ReputationSnapshot.REREAD_AFTER.toNanos() + 1);

        assertThat(reputation.netNegative(List.of("doc-7"))).containsExactly(Map.entry("doc-7", 3));
        assertThat(reads).hasValue(2);
    }
}
