package ru.sppr.chat.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.sppr.chat.answer.Evidence;
import ru.sppr.chat.dialog.AskResult;
import ru.sppr.chat.intent.Intent;
import ru.sppr.chat.intent.IntentPrediction;
import ru.sppr.chat.session.Exchange;
import ru.sppr.chat.session.Turn;
import ru.sppr.chat.session.TurnRole;
import ru.sppr.chat.storage.TestDatabases.Backend;
import ru.sppr.chat.telemetry.ChatMetrics;
import ru.sppr.chat.telemetry.TelemetryReport;
import ru.sppr.chat.telemetry.TelemetrySnapshot;

@OnEachBackend
class JdbiSnapshotStoreTest extends StorageTest {
    JdbiSnapshotStoreTest(Backend backend) {
        super(backend);
    }

    @Test
    void should_persist_a_window_of_turn_figures_and_start_a_new_window() {
        try (var metrics = new ChatMetrics("node-a", 100, Clock.fixed(T0, ZoneOffset.UTC))) {
            var report = new TelemetryReport(metrics, new JdbiSnapshotStore(database.jdbi()));
            for (int ms : new int[] {10, 20, 30, 40}) {
                metrics.turnAnswered(answered(0.5), Duration.ofMillis(ms));
            }

            report.persist();
            report.persist();

            List<TelemetrySnapshot> recent = report.recent(10);
            assertThat(recent).hasSize(2);
            TelemetrySnapshot first = recent.get(1);
            assertThat(first.instanceId()).isEqualTo("node-a");
            assertThat(first.values()).containsEntry("asks_in_window", 4.0).containsEntry("latency_p50_ms", 20.0)
                    .containsEntry("confidence_mean", 0.5);
            assertThat(recent.getFirst().values()).containsEntry("asks_in_window", 0.0).containsEntry("asks_total", 4.0);
            assertThat(metrics.scrape()).contains("chat_ask_latency_seconds");
        }
    }

    static AskResult answered(double confidence) {
        var q = new Turn(1, 1, 1, TurnRole.USER, "q", null, null, T0, List.of());
        var a = new Turn(2, 1, 2, TurnRole.ASSISTANT, "a", confidence, "general_query", T0, List.of());
        return new AskResult(new Exchange(q, a), IntentPrediction.of(Intent.GENERAL_QUERY, 0.9, 0.5), List.of(), Evidence.NONE);
    }
}
