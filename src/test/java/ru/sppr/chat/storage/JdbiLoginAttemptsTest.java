package ru.sppr.chat.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import ru.sppr.chat.storage.TestDatabases.Backend;
import ru.sppr.chat.tools.eval.MovableClock;

@OnEachBackend
class JdbiLoginAttemptsTest extends StorageTest {
    JdbiLoginAttemptsTest(Backend backend) {
        super(backend);
    }

    @Test
    void should_count_failures_per_key_across_nodes_and_start_again_after_a_minute() {
        var clock = new MovableClock();
        clock.set(Instant.parse("2026-04-20T12:00:00Z"));
        var nodeA = new JdbiLoginAttempts(database.jdbi(), clock);
        var nodeB = new JdbiLoginAttempts(database.jdbi(), clock);

        assertThat(nodeA.failed("a:10.0.0.1")).isEqualTo(1);
        assertThat(nodeB.failed("a:10.0.0.1")).isEqualTo(2);
        assertThat(nodeA.failed("a:10.0.0.2")).isEqualTo(1);
        clock.set(clock.instant().plus(Duration.ofSeconds(61)));
        assertThat(nodeB.failed("a:10.0.0.1")).isEqualTo(1);
    }
}
