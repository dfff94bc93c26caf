package ru.sppr.chat.storage;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import ru.sppr.chat.telemetry.SnapshotStore;
import ru.sppr.chat.telemetry.TelemetrySnapshot;

/** Telemetry snapshots in {@code chat_telemetry}. */
public final class JdbiSnapshotStore implements SnapshotStore {
    private final Jdbi jdbi;

    public JdbiSnapshotStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void save(TelemetrySnapshot s) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO chat_telemetry (instance_id, window_start, window_end, payload)
                        VALUES (:instance, :start, :end, :payload)""")
                .bind("instance", s.instanceId()).bind("start", Times.bind(s.windowStart()))
                .bind("end", Times.bind(s.windowEnd())).bind("payload", Json.write(s.values()))
                .execute());
    }

    @Override
    public List<TelemetrySnapshot> recent(int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT instance_id, window_start, window_end, payload"
                        + " FROM chat_telemetry ORDER BY window_end DESC, id DESC LIMIT :limit")
                .bind("limit", limit)
                .map((rs, ctx) -> new TelemetrySnapshot(rs.getString("instance_id"), Times.read(rs, "window_start"),
                        Times.read(rs, "window_end"), Json.readNumbers(rs.getString("payload"))))
                .list());
    }
}
