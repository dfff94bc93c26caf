package ru.sppr.chat.telemetry;

import java.util.List;
import java.util.Objects;

/** Live figures, persisting them periodically, and the recent persisted snapshots. */
public final class TelemetryReport {
    private final ChatMetrics metrics;
    private final SnapshotStore store;

    public TelemetryReport(ChatMetrics metrics, SnapshotStore store) {
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.store = Objects.requireNonNull(store, "store");
    }

    public TelemetrySnapshot live() {
        return metrics.snapshot();
    }

    /** Persists the current window and starts a new one. */
    public TelemetrySnapshot persist() {
        TelemetrySnapshot snapshot = metrics.roll();
        store.save(snapshot);
        return snapshot;
    }

    public List<TelemetrySnapshot> recent(int limit) {
        return store.recent(limit);
    }
}
