package ru.sppr.chat.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Percentiles of recorded latencies (nearest rank), for benchmark output. */
final class LatencyStats {
    private long[] nanos = new long[1024];
    private int size;

    synchronized void add(long latencyNanos) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = latencyNanos;
    }

    synchronized int count() {
        return size;
    }

    synchronized Map<String, Object> summary() {
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        var out = new LinkedHashMap<String, Object>();
        out.put("count", size);
        out.put("p50_ms", millis(sorted, 0.50));
        out.put("p95_ms", millis(sorted, 0.95));
        out.put("p99_ms", millis(sorted, 0.99));
        out.put("max_ms", size == 0 ? null : sorted[size - 1] / 1e6);
        return out;
    }

    private static Double millis(long[] sorted, double q) {
        if (sorted.length == 0) {
            return null;
        }
        int rank = (int) Math.ceil(q * sorted.length);
        return Math.round(sorted[Math.max(0, rank - 1)] / 1e3) / 1e3;
    }
}
