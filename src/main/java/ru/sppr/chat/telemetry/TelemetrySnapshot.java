package ru.sppr.chat.telemetry;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Figures over one window of the service's life, as persisted and reported. */
public record TelemetrySnapshot(String instanceId, Instant windowStart, Instant windowEnd, Map<String, Double> values) {
    public TelemetrySnapshot {
        values = Collections.unmodifiableMap(new TreeMap<>(values));
    }
}
