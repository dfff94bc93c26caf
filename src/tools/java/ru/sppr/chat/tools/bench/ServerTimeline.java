package ru.sppr.chat.tools.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the server reported during a {@code bench load} measurement, read from its Prometheus metrics every 15 s:
 * heap and resident memory (left out when the read fails), with the asks answered since the previous sample and
 * their latency as the operators saw it and as the server recorded it, the JIT compiler's work, and over the whole
 * measurement the server's CPU per ask, its GC pauses and allocation.
 */
final class ServerTimeline {
    private static final String ASK_ROUTE = "uri=\"/chat/sessions/{id}/ask\"";
    private static final String JIT_MS = "jvm_compilation_time_ms_total";
    private final BenchClient client;
    private final String token;
    private final List<Map<String, Object>> samples = new ArrayList<>();
    private final List<Activity> activity = new ArrayList<>();

    ServerTimeline(BenchClient client, String token) {
        this.client = client;
        this.token = token;
    }

    /** Milliseconds the server's JIT compilers have worked since it started; -1 when its metrics cannot be read. */
    double serverJitMs() {
        String text = client.send(null, token, "GET", "/metrics", null);
        return text == null ? -1 : sum(text, JIT_MS, "");
    }

    synchronized void sample(double atSeconds, Map<String, Object> asks) {
        var sample = new LinkedHashMap<String, Object>();
        sample.put("t_s", Math.round(atSeconds));
        String text = client.send(null, token, "GET", "/metrics", null);
        if (asks != null) {
            sample.put("asks", asks.get("count"));
            sample.put("p50_ms", asks.get("p50_ms"));
            sample.put("p99_ms", asks.get("p99_ms"));
        }
        if (text != null) {
            sample.put("heap_mb", megabytes(sum(text, "jvm_memory_used_bytes{", "area=\"heap\"")));
            sample.put("rss_mb", megabytes(sum(text, "process_resident_memory_bytes", "")));
            var now = new Activity(atSeconds, sum(text, "process_cpu_time_ns_total", "") / 1e9,
                    sum(text, "jvm_gc_pause_seconds_count", ""), sum(text, "jvm_gc_pause_seconds_sum", ""),
                    sum(text, "jvm_gc_memory_allocated_bytes_total", ""), sum(text, JIT_MS, ""),
                    ServerHistogram.read(text, "chat_ask_latency_seconds", ""),
                    ServerHistogram.read(text, "http_server_requests_seconds", ASK_ROUTE));
            if (!activity.isEmpty()) {
                Activity previous = activity.getLast();
                putP99(sample, "server_ask_p99_ms_at_most", now.asks().since(previous.asks()));
                putP99(sample, "server_request_p99_ms_at_most", now.requests().since(previous.requests()));
                sample.put("server_jit_ms", Math.round(now.compileMs() - previous.compileMs()));
            }
            activity.add(now);
        }
        samples.add(sample);
    }

    /** Memory at start and end; the server's CPU per ask, GC pauses and allocation between the first and last sample. */
    synchronized Map<String, Object> summary(long asks) {
        var out = new LinkedHashMap<String, Object>();
        if (!samples.isEmpty()) {
            out.put("heap_mb_start", samples.getFirst().get("heap_mb"));
            out.put("heap_mb_end", samples.getLast().get("heap_mb"));
            out.put("rss_mb_start", samples.getFirst().get("rss_mb"));
            out.put("rss_mb_end", samples.getLast().get("rss_mb"));
        }
        if (activity.size() > 1 && asks > 0) {
            Activity first = activity.getFirst();
            Activity last = activity.getLast();
            double seconds = Math.max(last.atSeconds() - first.atSeconds(), 1e-3);
            out.put("server_cpu_ms_per_ask", Math.round((last.cpuSeconds() - first.cpuSeconds()) * 1e5 / asks) / 100.0);
            out.put("gc_pauses", Math.round(last.gcPauses() - first.gcPauses()));
            out.put("gc_pause_ms", Math.round((last.gcPauseSeconds() - first.gcPauseSeconds()) * 1e4) / 10.0);
            out.put("allocated_mb_per_s", megabytes((last.allocatedBytes() - first.allocatedBytes()) / seconds));
            out.put("server_ask_ms", quantiles(last.asks().since(first.asks())));
            out.put("server_request_ms", quantiles(last.requests().since(first.requests())));
        }
        out.put("timeline", List.copyOf(samples));
        return out;
    }

    /**
     * The server's running totals at one sample: CPU seconds, GC pauses and their seconds, bytes allocated (the JVM
     * counts allocation at each young collection, so over a few seconds it may read 0), milliseconds its JIT compilers
     * worked, and how long its asks took:
     * inside the dialogue turn, and the whole request from routing to response (with the wait for admission).
     */
    private record Activity(double atSeconds, double cpuSeconds, double gcPauses, double gcPauseSeconds,
                            double allocatedBytes, double compileMs, ServerHistogram asks, ServerHistogram requests) {}

    /**
     * p50/p95/p99 as the upper bounds of the server's histogram buckets (Micrometer's are ~15 % apart); one beyond
     * the largest finite bucket is given as "more than" that bound.
     */
    private static Map<String, Object> quantiles(ServerHistogram recorded) {
        var out = new LinkedHashMap<String, Object>();
        out.put("count", recorded.count());
        if (recorded.count() > 0) {
            for (double q : new double[] {0.5, 0.95, 0.99}) {
                double bound = recorded.quantileMs(q);
                String name = "p" + Math.round(q * 100);
                if (Double.isInfinite(bound)) {
                    out.put(name + "_ms_more_than", Math.round(recorded.largestFiniteBoundMs() * 10) / 10.0);
                } else {
                    out.put(name + "_ms_at_most", Math.round(bound * 10) / 10.0);
                }
            }
        }
        return out;
    }

    /** The bucket bound holding a window's p99, left out when the window recorded nothing or it lies beyond the buckets. */
    private static void putP99(Map<String, Object> sample, String name, ServerHistogram window) {
        double bound = window.quantileMs(0.99);
        if (Double.isFinite(bound)) {
            sample.put(name, Math.round(bound * 10) / 10.0);
        }
    }

    private static double sum(String metrics, String prefix, String label) {
        double total = 0;
        for (String line : metrics.split("\n")) {
            if (line.startsWith(prefix) && line.contains(label)) {
                total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return total;
    }

    private static double megabytes(double bytes) {
        return Math.round(bytes / 1024 / 1024 * 10) / 10.0;
    }
}
