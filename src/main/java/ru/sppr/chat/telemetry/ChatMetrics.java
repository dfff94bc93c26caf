package ru.sppr.chat.telemetry;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import ru.sppr.chat.dialog.AskAdmission;
import ru.sppr.chat.dialog.AskResult;
import ru.sppr.chat.dialog.TurnListener;
import ru.sppr.chat.feedback.FeedbackListener;
import ru.sppr.chat.feedback.Score;

/**
 * The service's metrics: Micrometer meters exported as Prometheus text, plus a sliding window of the last
 * {@code CHAT_TELEMETRY_WINDOW} turns from which snapshots are computed.
 */
public final class ChatMetrics implements TurnListener, FeedbackListener, AutoCloseable {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Timer askLatency;
    private final Meter.MeterProvider<Timer> requests;
    private final DistributionSummary confidence;
    private final Counter asks;
    private final SlidingWindow latencyWindow;
    private final SlidingWindow confidenceWindow;
    private final SlidingWindow feedbackWindow;
    private final DistributionSummary feedback;
    private final AtomicLong asksSinceSnapshot = new AtomicLong();
    private final ProcessActivity activity;
    private final String instanceId;
    private final Clock clock;
    private volatile Instant windowStart;

    public ChatMetrics(String instanceId, int window, Clock clock) {
        this.instanceId = instanceId;
        this.clock = clock;
        this.windowStart = clock.instant();
        this.latencyWindow = new SlidingWindow(window);
        this.confidenceWindow = new SlidingWindow(window);
        this.feedbackWindow = new SlidingWindow(window);
        this.feedback = DistributionSummary.builder("chat.feedback.score").description("Feedback, normalised to [0,1]")
                .register(registry);
        this.askLatency = Timer.builder("chat.ask.latency").description("Time to answer a question")
                .publishPercentileHistogram().register(registry);
        this.requests = Timer.builder("http.server.requests").description("HTTP requests, from routing to response")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(30)).withRegistry(registry);
        this.confidence = DistributionSummary.builder("chat.answer.confidence").description("Confidence of answers")
                .register(registry);
        this.asks = Counter.builder("chat.asks").description("Questions answered").register(registry);
        ProcessMemory.bindTo(registry);
        this.activity = new ProcessActivity(registry);
    }

    /** Stops the meters that listen to the JVM. */
    @Override
    public void close() {
        activity.close();
    }

    /** Gauges {@code chat_asks_running} and {@code chat_asks_waiting}: asks being worked on and asks in the queue. */
    public void watch(AskAdmission admission) {
        Gauge.builder("chat.asks.running", admission, AskAdmission::running)
                .description("Questions being answered now").register(registry);
        Gauge.builder("chat.asks.waiting", admission, AskAdmission::waiting)
                .description("Questions waiting for their turn").register(registry);
    }

    /**
     * One HTTP request served ({@code http_server_requests_seconds}): by route template ({@code uri}, e.g.
     * {@code /chat/sessions/{id}/ask}; paths that are no route share {@code UNMATCHED}), method and status.
     * Its difference from {@code chat_ask_latency} is the time an ask spent waiting for its turn and on the wire.
     */
    public void requestServed(String method, String route, int status, Duration took) {
        requests.withTags("method", method, "uri", route, "status", Integer.toString(status)).record(took);
    }

    @Override
    public void turnAnswered(AskResult result, Duration took) {
        askLatency.record(took);
        double c = result.exchange().answer().confidence();
        confidence.record(c);
        asks.increment();
        asksSinceSnapshot.incrementAndGet();
        latencyWindow.add(took.toNanos() / 1e6);
        confidenceWindow.add(c);
    }

    @Override
    public void feedbackGiven(Score score) {
        feedback.record(score.normalized());
        feedbackWindow.add(score.normalized());
    }

    /** Prometheus text exposition of every meter. */
    public String scrape() {
        return registry.scrape();
    }

    /** Figures since the previous snapshot (asks) and over the sliding window (latency, confidence). */
    public TelemetrySnapshot snapshot() {
        Instant now = clock.instant();
        double[] latency = latencyWindow.sorted();
        double[] conf = confidenceWindow.sorted();
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("asks_in_window", (double) asksSinceSnapshot.get());
        values.put("asks_total", asks.count());
        values.put("window_samples", (double) latency.length);
        putIfKnown(values, "latency_p50_ms", SlidingWindow.quantile(latency, 0.50));
        putIfKnown(values, "latency_p95_ms", SlidingWindow.quantile(latency, 0.95));
        putIfKnown(values, "latency_p99_ms", SlidingWindow.quantile(latency, 0.99));
        putIfKnown(values, "confidence_mean", SlidingWindow.mean(conf));
        putIfKnown(values, "feedback_mean", SlidingWindow.mean(feedbackWindow.sorted()));
        return new TelemetrySnapshot(instanceId, windowStart, now, values);
    }

    /** Takes a snapshot and starts a new window for the per-window counters. */
    public TelemetrySnapshot roll() {
        TelemetrySnapshot snapshot = snapshot();
        asksSinceSnapshot.set(0);
        windowStart = snapshot.windowEnd();
        return snapshot;
    }

    private static void putIfKnown(Map<String, Double> values, String key, double value) {
        if (!Double.isNaN(value)) {
            values.put(key, value);
        }
    }
}
