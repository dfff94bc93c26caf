package ru.sppr.chat.tools.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Percentiles of recorded latencies (nearest rank), for benchmark output. */
final class LatencyStats {
    private long[] nanos = new long[1024];
    private int size;
    private int windowStart;

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
        return summarise(0, size);
    }

    /** The summary of what was recorded since the previous call (or since the start). */
    synchronized Map<String, Object> window() {
        var window = summarise(windowStart, size);
        windowStart = size;
        return window;
    }

    private Map<String, Object> summarise(int from, int to) {
        long[] sorted = Arrays.copyOfRange(nanos, from, to);
        Arrays.sort(sorted);
        var out = new LinkedHashMap<String, Object>();
        out.put("count", sorted.length);
        out.put("p50_ms", millis(sorted, 0.50));
        out.put("p95_ms", millis(sorted, 0.95));
        out.put("p99_ms", millis(sorted, 0.99));
        out.put("max_ms", sorted.length == 0 ? null : sorted[sorted.length - 1] / 1e6);
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
