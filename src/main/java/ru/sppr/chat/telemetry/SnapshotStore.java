package ru.sppr.chat.telemetry;

import java.util.List;

/** Persisted telemetry snapshots. */
public interface SnapshotStore {
    void save(TelemetrySnapshot snapshot);

    /** Newest first. */
    List<TelemetrySnapshot> recent(int limit);
}
