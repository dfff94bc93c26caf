package ru.sppr.chat.tools.bench;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * One Prometheus histogram as a server publishes it on {@code /metrics}: the cumulative count of observations at
 * or below each bucket bound, summed over the series whose labels contain a given text. Two reads give what the
 * server recorded between them, and its quantiles to the precision of the buckets.
 */
record ServerHistogram(NavigableMap<Double, Double> cumulative) {
    /** The buckets of {@code name} (e.g. {@code chat_ask_latency_seconds}) in series whose labels contain {@code labels}. */
    static ServerHistogram read(String metrics, String name, String labels) {
        var cumulative = new TreeMap<Double, Double>();
        String prefix = name + "_bucket{";
        for (String line : metrics.split("\n")) {
            int le = line.indexOf("le=\"");
            if (!line.startsWith(prefix) || !line.contains(labels) || le < 0) {
                continue;
            }
            String bound = line.substring(le + 4, line.indexOf('"', le + 4));
            double upper = bound.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(bound);
            cumulative.merge(upper, Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)), Double::sum);
        }
        return new ServerHistogram(cumulative);
    }

    /** What was recorded after {@code earlier}. */
    ServerHistogram since(ServerHistogram earlier) {
        var difference = new TreeMap<Double, Double>();
        cumulative.forEach((bound, count) -> difference.put(bound, count - earlier.cumulative.getOrDefault(bound, 0.0)));
        return new ServerHistogram(difference);
    }

    long count() {
        return cumulative.isEmpty() ? 0 : Math.round(cumulative.lastEntry().getValue());
    }

    /**
     * The upper bound, in milliseconds, of the bucket holding the {@code q} quantile: infinite when it lies beyond the
     * largest finite bound, NaN when nothing was recorded.
     */
    double quantileMs(double q) {
        long count = count();
        if (count == 0) {
            return Double.NaN;
        }
        for (Map.Entry<Double, Double> bucket : cumulative.entrySet()) {
            if (bucket.getValue() >= q * count) {
                return bucket.getKey() * 1000;
            }
        }
        return Double.NaN;
    }

    /** The largest finite bucket bound in milliseconds (what an infinite quantile is known to exceed); NaN without one. */
    double largestFiniteBoundMs() {
        Double bound = cumulative.lowerKey(Double.POSITIVE_INFINITY);
        return bound == null ? Double.NaN : bound * 1000;
    }
}
