package ru.sppr.chat.telemetry;

import java.util.Arrays;

/** The last {@code capacity} observations of one quantity; thread-safe, O(1) to add. */
final class SlidingWindow {
    private final double[] values;
    private int next;
    private int size;

    SlidingWindow(int capacity) {
        this.values = new double[capacity];
    }

    synchronized void add(double value) {
        values[next] = value;
        next = (next + 1) % values.length;
        size = Math.min(size + 1, values.length);
    }

    synchronized double[] sorted() {
        double[] copy = Arrays.copyOf(values, size);
        Arrays.sort(copy);
        return copy;
    }

    /** Quantile by nearest rank, or NaN when empty. */
    static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static double mean(double[] values) {
        return values.length == 0 ? Double.NaN : Arrays.stream(values).average().orElse(Double.NaN);
    }
}
